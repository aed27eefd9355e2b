"""The depth tab: the largest gradient factor k stacked layers can pass back, (max f′)ᵏ, on a
log axis against k — the vanishing-gradient picture. max f′ comes from the engine's df."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from playground.engine import activations
from playground.ui.common import colors, names
from playground.ui.common.log_axis import LogFriendlyAxis
from playground.ui.common.number_text import significant, superscript
from playground.ui.explorer import properties

MAX_DEPTH = 20
DEFAULT_DEPTH = 10
DEPTHS = np.arange(1, MAX_DEPTH + 1)
GRID = np.linspace(-20.0, 20.0, 40001)  # step 0.001, through 0
FLOOR = 1e-15  # a product below this (the step's 0) is drawn here, the log axis has no 0
CHOSEN_HEX = colors.CLASS_HEX[1]
COMPARED = {"sigmoid": colors.CLASS_HEX[0], "relu": colors.CLASS_HEX[2]}


def max_derivative(name: str, alpha: float | None = None) -> float:
    """max of the engine's f'(x) over x in [−20, 20]: the most one layer can pass back."""
    return float(activations.get(name, alpha).df(GRID).max())


def products(largest_slope: float) -> np.ndarray:
    """(MAX_DEPTH,): largest_slope ** k for k = 1..MAX_DEPTH, clipped below at FLOOR."""
    return np.maximum(largest_slope ** DEPTHS.astype(float), FLOOR)


class DepthTab(QWidget):
    """A depth slider, the value of (max f′)ᵏ, and the plot of it against k."""

    max_derivative = staticmethod(max_derivative)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, MAX_DEPTH)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(self.tr("How many layers with this activation are stacked"))
        self.depth_label = QLabel()
        metrics = self.depth_label.fontMetrics()
        self.depth_label.setMinimumWidth(metrics.horizontalAdvance("k = 20 "))
        self.value_label = QLabel()
        font = self.value_label.font()
        font.setPointSize(max(font.pointSize(), 10) + 3)
        font.setBold(True)
        self.value_label.setFont(font)
        self.slope_label = QLabel()
        self.slope_label.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Backpropagation multiplies the gradient by f′(z) once per layer (and by the "
                "weights, taken as 1 here), so after k layers it is at most (max f′)ᵏ. Below 1 "
                "this shrinks exponentially with depth: the gradient vanishes and the first "
                "layers hardly learn. Above 1 it can grow without bound: the gradient explodes."
            )
        )
        explanation.setWordWrap(True)
        self._widget = colors.plot_widget(axisItems={"left": LogFriendlyAxis("left")})
        self.plot = self._widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setLogMode(x=False, y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("bottom", self.tr("layers k"), **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("left", self.tr("(max f′)ᵏ"), **colors.AXIS_LABEL_STYLE)
        self.plot.setXRange(0.5, MAX_DEPTH + 0.5, padding=0.0)
        self.plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(2, MAX_DEPTH + 1, 2)]])
        legend = self.plot.addLegend(
            offset=(8, -8), labelTextColor=colors.TEXT_HEX, labelTextSize="11pt"
        )
        legend.setBrush(pg.mkBrush(255, 255, 255, 210))
        for name, hex_color in COMPARED.items():
            self.plot.plot(
                DEPTHS,
                products(max_derivative(name)),
                pen=pg.mkPen(hex_color, width=1.5, style=Qt.PenStyle.DashLine),
                name=names.activation(name),
            )
        self.chosen_curve = self.plot.plot(
            pen=pg.mkPen(CHOSEN_HEX, width=2.5),
            symbol="o",
            symbolSize=6,
            symbolBrush=CHOSEN_HEX,
            symbolPen=None,
            name=self.tr("chosen activation"),
        )
        self.depth_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#777777", width=1.5))
        self.plot.addItem(self.depth_line, ignoreBounds=True)
        self.depth_point = self.plot.plot(
            symbol="o", symbolSize=13, symbolBrush=CHOSEN_HEX, symbolPen=pg.mkPen("w", width=2)
        )
        slider_row = QHBoxLayout()
        slider_label = QLabel(self.tr("Layers"))
        slider_label.setBuddy(self.slider)
        slider_row.addWidget(slider_label)
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self.depth_label)
        layout = QVBoxLayout(self)
        layout.addLayout(slider_row)
        layout.addWidget(self.value_label)
        layout.addWidget(self.slope_label)
        layout.addWidget(self._widget, 1)
        layout.addWidget(explanation)

        self._activation = activations.get("sigmoid")
        self._largest_slope = max_derivative("sigmoid")
        self.slider.setValue(DEFAULT_DEPTH)
        self.slider.valueChanged.connect(self._show_depth)
        self.set_activation(self._activation)

    # ------------------------------------------------------------ public API
    def set_activation(self, activation: activations.Activation) -> None:
        """Stack layers of the engine's `activation`."""
        self._activation = activation
        self._largest_slope = max_derivative(activation.name, activation.alpha)
        self.chosen_curve.setData(DEPTHS, products(self._largest_slope))
        self.slope_label.setText(
            self.tr("Largest slope max f′: {0}").format(
                properties.translated(properties.CARDS[activation.name].largest_slope)
            )
        )
        self._show_depth()

    def set_depth(self, k: int) -> None:
        """k stacked layers, 1..MAX_DEPTH."""
        if not 1 <= k <= MAX_DEPTH:
            raise ValueError(f"depth must be 1..{MAX_DEPTH}, not {k}")
        self.slider.setValue(k)

    def product_at(self, k: int) -> float:
        """(max f′)ᵏ for the chosen activation."""
        return self._largest_slope**k

    # --------------------------------------------------------------- display
    def _show_depth(self) -> None:
        k = self.slider.value()
        name = names.activation(self._activation.name)
        if self._activation.alpha is not None:
            name += f" (α = {significant(self._activation.alpha, 3)})"
        self.depth_label.setText(f"k = {k}")
        self.value_label.setText(
            self.tr("{name}, {k} layers: (max f′)ᵏ = {base}{power} ≈ {value}").format(
                name=name,
                k=k,
                base=significant(self._largest_slope, 4),
                power=superscript(k),
                value=significant(self.product_at(k), 2),
            )
        )
        self.depth_line.setValue(k)
        self.depth_point.setData([k], [max(self.product_at(k), FLOOR)])
