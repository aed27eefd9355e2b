"""The plane of the single-neuron lab: the samples coloured by class, those on the wrong
side ringed, the sample of the last online update marked, the decision line w·x + b = 0 and
the weight vector w as an arrow across it, towards class 1. The view is fixed to the data
set's box; every position comes from `engine.single_neuron`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.engine.datasets import FEATURE_LABELS
from playground.engine.single_neuron import Lab, LabData
from playground.ui.common import colors
from playground.ui.common.scale import scaled, scaled_font, ui_scale

POINT_SIZE, OUTLINE_WIDTH = 14, 1.2
WRONG_SIZE, WRONG_WIDTH = 24, 2.0  # the ring around a sample on the wrong side
MARK_SIZE, MARK_WIDTH = 32, 3.0  # the ring around the sample of the last update
LINE_WIDTH = 3.0
ARROW_WIDTH, HEAD_LENGTH = 3.0, 18
ARROW_HEX = "#6A3D9A"  # purple: apart from the class colours and the line
LABEL_POINT_SIZE = 14  # the "w" beside the arrow
LABEL_OFFSET = 0.3  # how far the "w" is from the arrow's middle, in arrow lengths


class NeuronPlot(QWidget):
    """`points` (the samples), `wrong_marks`, `sample_mark`, `line` (its data: the two
    ends of the line), `shaft` and `head` (the arrow of w) and `w_label`, in `plot`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._plot_widget = colors.plot_widget()
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setAspectLocked(True, ratio=1.0)
        self.plot.setLabel("bottom", FEATURE_LABELS["x1"], **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("left", FEATURE_LABELS["x2"], **colors.AXIS_LABEL_STYLE)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.line = pg.PlotDataItem()
        self.shaft = pg.PlotDataItem()
        self.head = pg.ArrowItem(tipAngle=30, tailLen=None)
        self.w_label = pg.TextItem("w", color=ARROW_HEX, anchor=(0.5, 0.5))
        self.wrong_marks = pg.ScatterPlotItem(symbol="o", brush=None)
        self.points = pg.ScatterPlotItem(symbol="o")
        self.sample_mark = pg.ScatterPlotItem(symbol="o", brush=None)
        drawn_in_order = (self.line, self.wrong_marks, self.points, self.sample_mark)
        for item in (*drawn_in_order, self.shaft, self.head, self.w_label):  # w on top
            self.plot.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot_widget)
        self._lab: Lab | None = None
        ui_scale().changed.connect(self._rescale)

    def show_lab(self, lab: Lab) -> None:
        """Draw `lab` as it is now: its data, line, arrow, wrong samples and last update."""
        if self._lab is None or self._lab.data is not lab.data:
            self.plot.setRange(xRange=lab.data.box, yRange=lab.data.box, padding=0.02)
        self._lab = lab
        self._style()
        self._draw_points(lab.data)
        wrong = lab.data.X[lab.wrong]
        self.wrong_marks.setData(x=wrong[:, 0], y=wrong[:, 1])
        last = lab.last
        marked = last.x if last is not None and len(last.x) == 1 else np.zeros((0, 2))
        self.sample_mark.setData(x=marked[:, 0], y=marked[:, 1])
        self._draw_line(lab.line())
        self._draw_arrow(lab.arrow())

    def _draw_points(self, data: LabData) -> None:
        fill = colors.class_colors(2)[data.labels]
        outline = colors.outline(fill)
        self.points.setData(
            x=data.X[:, 0],
            y=data.X[:, 1],
            brush=[pg.mkBrush(*rgb) for rgb in fill],
            pen=[pg.mkPen(*rgb, width=scaled(OUTLINE_WIDTH)) for rgb in outline],
        )

    def _draw_line(self, ends: np.ndarray | None) -> None:
        if ends is None:
            self.line.setData([], [])
        else:
            self.line.setData(ends[:, 0], ends[:, 1])

    def _draw_arrow(self, ends: np.ndarray | None) -> None:
        """The shaft from tail to head and the head turned along it (on the screen, whose
        y points down: angle 0 points left, angles turn clockwise)."""
        for item in (self.shaft, self.head, self.w_label):
            item.setVisible(ends is not None)
        if ends is None:
            return
        self.shaft.setData(ends[:, 0], ends[:, 1])
        dx, dy = ends[1] - ends[0]
        self.head.setStyle(angle=float(np.degrees(np.arctan2(dy, -dx))))
        self.head.setPos(*ends[1])
        beside = LABEL_OFFSET * np.array([-dy, dx])  # off the shaft's middle, along the line
        self.w_label.setPos(*((ends[0] + ends[1]) / 2 + beside))

    def _style(self) -> None:
        """Sizes and pens at the current UI scale."""
        self.points.setSize(scaled(POINT_SIZE))
        self.wrong_marks.setSize(scaled(WRONG_SIZE))
        self.wrong_marks.setPen(pg.mkPen(colors.TEXT_HEX, width=scaled(WRONG_WIDTH)))
        self.sample_mark.setSize(scaled(MARK_SIZE))
        self.sample_mark.setPen(pg.mkPen(colors.MARK_HEX, width=scaled(MARK_WIDTH)))
        self.line.setPen(pg.mkPen(colors.TEXT_HEX, width=scaled(LINE_WIDTH)))
        self.shaft.setPen(pg.mkPen(ARROW_HEX, width=scaled(ARROW_WIDTH)))
        self.head.setStyle(headLen=scaled(HEAD_LENGTH), pen=ARROW_HEX, brush=ARROW_HEX)
        self.w_label.setFont(scaled_font(LABEL_POINT_SIZE))

    @Slot(float)
    def _rescale(self, _factor: float) -> None:
        if self._lab is not None:
            self.show_lab(self._lab)
