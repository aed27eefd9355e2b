"""A K x K matrix as a heat map on a diverging scale symmetric about 0, with the numbers
written in the cells."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont

from playground.ui.common import colors
from playground.ui.common.matrix_plot import MatrixPlot
from playground.ui.common.number_text import number, subscript

# A softmax Jacobian's entries lie in [−1/4, 1/4]: p(1 − p) ≤ 1/4 and p_i p_j ≤ 1/4.
LEVEL = 0.25
CELL_POINT_SIZE, SMALL_POINT_SIZE = 11, 9
WIDE_CELL = 48  # pixels a cell needs for "−0.25" at CELL_POINT_SIZE


class JacobianView(MatrixPlot):
    """Entry (i, j) = ∂p_i/∂z_j drawn at row i (top to bottom), column j."""

    def __init__(self, parent=None):
        self._lut = colors.diverging_lut()
        super().__init__(self.tr("output pᵢ"), self.tr("input zⱼ"), self._lut, parent)
        self.matrix = np.zeros((0, 0))
        self.plot.getViewBox().sigResized.connect(self._fit_font)

    def _set_size(self, k: int) -> None:
        """One text item per cell and the tick labels for a k x k matrix."""
        self.set_cells(k, [f"p{subscript(i)}" for i in range(k)], CELL_POINT_SIZE)
        self.plot.getAxis("bottom").setTicks([[(j + 0.5, f"z{subscript(j)}") for j in range(k)]])
        self._fit_font()

    def _fit_font(self) -> None:
        """The cell font: smaller when the cells are too narrow for CELL_POINT_SIZE."""
        font = QFont()
        font.setPointSize(CELL_POINT_SIZE if self.cell_pixels() >= WIDE_CELL else SMALL_POINT_SIZE)
        for text in self.cell_texts:
            text.setFont(font)

    def show_matrix(self, matrix: np.ndarray) -> None:
        """Draw matrix (K, K), entries in [−LEVEL, LEVEL]."""
        if matrix.shape != self.matrix.shape:
            self._set_size(matrix.shape[0])
        self.matrix = matrix
        fills = colors.lookup(matrix.ravel(), self._lut, -LEVEL, LEVEL)
        texts = [number(value) for value in matrix.ravel()]
        inks = [tuple(int(c) for c in ink) for ink in colors.outline(fills)]
        self.show_cells(matrix, (-LEVEL, LEVEL), texts, inks)
