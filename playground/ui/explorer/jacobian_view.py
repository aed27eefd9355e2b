"""A K x K matrix as a heat map on a diverging scale symmetric about 0, with the numbers
written in the cells."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.ui import colors
from playground.ui.explorer.formatting import subscript

# A softmax Jacobian's entries lie in [−1/4, 1/4]: p(1 − p) ≤ 1/4 and p_i p_j ≤ 1/4.
LEVEL = 0.25
CELL_POINT_SIZE, SMALL_POINT_SIZE = 11, 9
WIDE_CELL = 48  # pixels a cell needs for "−0.25" at CELL_POINT_SIZE


def cell_text(value: float) -> str:
    """Two decimals, '−' for minus, and no '−0.00'."""
    return f"{value:.2f}".replace("-", "−") if abs(value) >= 0.005 else "0.00"


class JacobianView(QWidget):
    """Entry (i, j) = ∂p_i/∂z_j drawn at row i (top to bottom), column j: the image's pixel
    (i, j) covers [j, j+1] x [i, i+1] in plot coordinates."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._widget = colors.plot_widget()
        self.plot = self._widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)  # row 0 on top, as the matrix is written
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", self.tr("output pᵢ"), **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("bottom", self.tr("input zⱼ"), **colors.AXIS_LABEL_STYLE)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setStyle(tickLength=0)
        self._lut = colors.diverging_lut()
        self.image_item = pg.ImageItem()
        self.image_item.setLookupTable(self._lut)
        self.plot.addItem(self.image_item)
        self.cell_texts: list[pg.TextItem] = []
        self.matrix = np.zeros((0, 0))
        self.plot.getViewBox().sigResized.connect(self._fit_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

    def _set_size(self, k: int) -> None:
        """One text item per cell and the tick labels for a k x k matrix."""
        for text in self.cell_texts:
            self.plot.removeItem(text)
        self.cell_texts = []
        for i in range(k):
            for j in range(k):
                text = pg.TextItem(anchor=(0.5, 0.5))
                text.setPos(j + 0.5, i + 0.5)
                self.plot.addItem(text)
                self.cell_texts.append(text)
        self.plot.getAxis("left").setTicks([[(i + 0.5, f"p{subscript(i)}") for i in range(k)]])
        self.plot.getAxis("bottom").setTicks([[(j + 0.5, f"z{subscript(j)}") for j in range(k)]])
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.0)
        self._fit_font()

    def _fit_font(self) -> None:
        """The cell font: smaller when the cells are too narrow for CELL_POINT_SIZE."""
        pixels_per_cell = 1.0 / max(self.plot.getViewBox().viewPixelSize()[0], 1e-9)
        font = QFont()
        font.setPointSize(CELL_POINT_SIZE if pixels_per_cell >= WIDE_CELL else SMALL_POINT_SIZE)
        for text in self.cell_texts:
            text.setFont(font)

    def show_matrix(self, matrix: np.ndarray) -> None:
        """Draw matrix (K, K), entries in [−LEVEL, LEVEL]."""
        if matrix.shape != self.matrix.shape:
            self._set_size(matrix.shape[0])
        self.matrix = matrix
        self.image_item.setImage(matrix, levels=(-LEVEL, LEVEL), autoLevels=False)
        fills = colors.lookup(matrix.ravel(), self._lut, -LEVEL, LEVEL)
        for text, value, ink in zip(self.cell_texts, matrix.ravel(), colors.outline(fills)):
            text.setText(cell_text(float(value)), color=tuple(int(c) for c in ink))
