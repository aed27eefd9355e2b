"""The f(x) and f'(x) plot: both curves, thin overlays of other functions, a draggable
marker x₀ with its tangent line y = f(x₀) + f'(x₀)(x − x₀).

Every curve is one PlotDataItem made once and updated with setData; values come from the
engine's f and df.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.engine import activations
from playground.ui.common import colors
from playground.ui.explorer.properties import PLOTTED

N_POINTS = 801
F_HEX, DF_HEX = colors.CLASS_HEX[1], colors.CLASS_HEX[0]
TANGENT_HEX = colors.TEXT_HEX
MARKER_HEX = "#777777"
# One colour for each function that is not the main one (there are len(PLOTTED) - 1); the
# two nearest the main curves' blue and orange come last.
OVERLAY_HEX = tuple(colors.CLASS_HEX[i] for i in (2, 3, 4, 7, 6, 9, 5, 8))
OVERLAY_WIDTH = 1.5


def tangent_line(x0: float, f0: float, slope: float, x: np.ndarray) -> np.ndarray:
    """y = f0 + slope (x − x0) at points x (N,) -> (N,)."""
    return f0 + slope * (np.asarray(x) - x0)


class FunctionPlot(QWidget):
    """Plot of the chosen activation; emits `marker_moved(x0)` when the marker moves."""

    marker_moved = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_widget = colors.plot_widget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("bottom", "x", **colors.AXIS_LABEL_STYLE)
        legend = self.plot.addLegend(
            offset=(8, 8), labelTextColor=colors.TEXT_HEX, labelTextSize="11pt"
        )
        legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        self.f_curve = self.plot.plot(pen=pg.mkPen(F_HEX, width=2.5), name="f(x)")
        self.df_curve = self.plot.plot(
            pen=pg.mkPen(DF_HEX, width=2, style=Qt.PenStyle.DashLine), name="f′(x)"
        )
        self.overlays: dict[str, pg.PlotDataItem] = {}
        for name in PLOTTED:
            curve = pg.PlotDataItem()
            curve.setZValue(-1)  # under the main curves
            curve.setVisible(False)
            self.plot.addItem(curve)
            self.overlays[name] = curve
        # The tangent and the marker do not take part in auto-ranging: a steep tangent
        # would squash the curves.
        self.tangent = pg.PlotDataItem(pen=pg.mkPen(TANGENT_HEX, width=1.5))
        self.plot.addItem(self.tangent, ignoreBounds=True)
        legend.addItem(self.tangent, self.tr("tangent at x₀"))
        self.marker = pg.InfiniteLine(
            angle=90,
            movable=True,
            pen=pg.mkPen(MARKER_HEX, width=2, style=Qt.PenStyle.DashLine),
            hoverPen=pg.mkPen(colors.TEXT_HEX, width=3),
        )
        self.marker.setToolTip(self.tr("Drag to move x₀"))
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.points = pg.ScatterPlotItem(size=10, pen=pg.mkPen("w"))
        self._point_brushes = [pg.mkBrush(F_HEX), pg.mkBrush(DF_HEX)]
        self.plot.addItem(self.points, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self._activation = activations.get("sigmoid")
        self._x = np.linspace(-6.0, 6.0, N_POINTS)
        self._overlay: set[str] = set()
        self.marker.sigPositionChanged.connect(self._marker_changed)

    # ----------------------------------------------------------------- state
    def set_activation(self, activation: activations.Activation) -> None:
        """Draw `activation` (the engine's object) as the main function."""
        self._activation = activation
        self._draw_main()
        self._show_overlays()
        self._marker_changed()

    def set_x_range(self, low: float, high: float) -> None:
        """Show x in [low, high] (low < high); the marker is kept inside."""
        self._x = np.linspace(low, high, N_POINTS)
        self.plot.setXRange(low, high, padding=0.0)
        self.marker.setBounds((low, high))  # moves the marker inside if it was not
        self._draw_main()
        for name, curve in self.overlays.items():
            curve.setData(self._x, activations.get(name).f(self._x))
        self._marker_changed()

    def set_overlay(self, names) -> None:
        """Draw the functions `names` thinly over the main one (the main one is skipped);
        leaky_relu and elu are drawn with their default α."""
        self._overlay = set(names)
        self._show_overlays()

    def set_marker(self, x: float) -> None:
        """Move the marker to x; its bounds keep it inside the x range."""
        self.marker.setValue(float(x))

    # ---------------------------------------------------------------- values
    def overlay_color(self, name: str) -> str:
        """The colour of `name`'s overlay next to the current main function."""
        others = [n for n in PLOTTED if n != self._activation.name]
        return OVERLAY_HEX[others.index(name)] if name in others else F_HEX

    def marker_values(self) -> tuple[float, float, float]:
        """(x₀, f(x₀), f'(x₀)) from the engine."""
        x0 = np.array([self.marker.value()], dtype=float)
        return float(x0[0]), float(self._activation.f(x0)[0]), float(self._activation.df(x0)[0])

    # --------------------------------------------------------------- drawing
    def _draw_main(self) -> None:
        self.f_curve.setData(self._x, self._activation.f(self._x))
        self.df_curve.setData(self._x, self._activation.df(self._x))

    def _show_overlays(self) -> None:
        for name, curve in self.overlays.items():
            curve.setPen(pg.mkPen(self.overlay_color(name), width=OVERLAY_WIDTH))
            curve.setVisible(name in self._overlay and name != self._activation.name)

    def _marker_changed(self) -> None:
        x0, f0, slope = self.marker_values()
        ends = self._x[[0, -1]]
        self.tangent.setData(ends, tangent_line(x0, f0, slope, ends))
        self.points.setData(x=[x0, x0], y=[f0, slope], brush=self._point_brushes)
        self.marker_moved.emit(x0)
