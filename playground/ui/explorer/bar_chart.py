"""A bar per class, coloured like the class, with its value written at the end of the bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.ui.common import colors
from playground.ui.common.number_text import number, subscript

MAX_BARS = 10
MANY_BARS = 6
BAR_WIDTH = 0.7
VALUE_POINT_SIZE = 11


class BarChart(QWidget):
    """One BarGraphItem and MAX_BARS value labels, made once; `show_values` updates them."""

    def __init__(self, y_label: str, y_range: tuple[float, float], parent=None):
        super().__init__(parent)
        self._widget = colors.plot_widget()
        self.plot = self._widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setLabel("left", y_label, **colors.AXIS_LABEL_STYLE)
        self.plot.setYRange(*y_range, padding=0.0)
        self.plot.getAxis("bottom").setStyle(tickLength=0)
        self.plot.addItem(pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen(colors.TEXT_HEX)))
        self.bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=BAR_WIDTH)
        self.plot.addItem(self.bars)
        font = QFont()
        font.setPointSize(VALUE_POINT_SIZE)
        self.value_texts = []
        for _ in range(MAX_BARS):
            text = pg.TextItem(color=colors.TEXT_HEX)
            text.setFont(font)
            self.plot.addItem(text)
            self.value_texts.append(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

    def show_values(self, values: np.ndarray, symbol: str) -> None:
        """Bars for values (K,), K <= MAX_BARS; bar k is labelled symbol with subscript k."""
        k = len(values)
        x = np.arange(k, dtype=float)
        brushes = [pg.mkBrush(c) for c in colors.CLASS_HEX[:k]]
        self.bars.setOpts(x=x, height=values, width=BAR_WIDTH, brushes=brushes)
        decimals = 3 if k <= MANY_BARS else 2  # many bars are too narrow for three
        for i, text in enumerate(self.value_texts):
            text.setVisible(i < k)
            if i < k:
                value = float(values[i])
                text.setText(number(value, decimals))
                text.setAnchor((0.5, 1.0) if value >= 0 else (0.5, 0.0))
                text.setPos(i, value)
        self.plot.getAxis("bottom").setTicks([[(i, f"{symbol}{subscript(i)}") for i in range(k)]])
        self.plot.setXRange(-0.6, k - 0.4, padding=0.0)
