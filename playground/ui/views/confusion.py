"""The confusion matrix: rows are true classes, columns predicted ones, counts in the cells.

Each cell is shaded by its share of its row (the fraction of that true class predicted as
that column), so a good classifier shows a dark diagonal whatever the class sizes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel, QWidget

from playground.engine.targets import ClassMetrics
from playground.ui.common import colors
from playground.ui.common.matrix_plot import MatrixPlot
from playground.ui.common.number_text import number

DARK_CELL = 0.55  # row share above which a cell's text turns white
CHAR_PIXELS = 9  # about one character of the tick font, for shortening column names


def _short(name: str, limit: int) -> str:
    """`name` cut to `limit` characters, ending in an ellipsis when cut."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def row_shares(matrix: np.ndarray) -> np.ndarray:
    """(K, K) counts -> (K, K) float: each count over its row's total (0 for empty rows)."""
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)


class ConfusionView(MatrixPlot):
    """A K x K grid of counts under an accuracy line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("true"), self.tr("predicted"), colors.sequential_lut(), parent)
        self.accuracy_label = QLabel()
        font = self.accuracy_label.font()
        font.setPointSize(12)
        font.setBold(True)
        self.accuracy_label.setFont(font)
        self.layout().insertWidget(0, self.accuracy_label)
        # Cells as wide as the room allows, so the class names under the columns fit.
        self.plot.setAspectLocked(False)
        self._names: tuple[str, ...] = ()
        self.plot.getViewBox().sigResized.connect(self._set_column_ticks)
        self.clear()

    def clear(self) -> None:
        """No matrix: an empty grid and no accuracy."""
        self.image_item.clear()
        self._set_classes(())
        self.accuracy_label.setText("")

    def _set_classes(self, names: tuple[str, ...]) -> None:
        """Tick labels and one text item per cell for the classes `names`."""
        self._names = names
        self.set_cells(len(names), names, 11 if len(names) <= 5 else 9)
        self._set_column_ticks()

    def _set_column_ticks(self) -> None:
        """Column names shortened to the width of a cell, so neighbours never overlap."""
        limit = max(2, int(self.cell_pixels() // CHAR_PIXELS))
        ticks = [(i + 0.5, _short(n, limit)) for i, n in enumerate(self._names)]
        self.plot.getAxis("bottom").setTicks([ticks])

    def show_matrix(self, metrics: ClassMetrics, class_names: tuple[str, ...]) -> None:
        """A split's metrics: its counts (K, K), rows = true class, columns = predicted, and
        its accuracy, with K class names."""
        matrix = metrics.matrix
        names = tuple(class_names)
        if names != self._names:
            self._set_classes(names)
        shares = row_shares(matrix)
        texts = [str(int(count)) for count in matrix.ravel()]
        inks = ["w" if share > DARK_CELL else colors.TEXT_HEX for share in shares.ravel()]
        self.show_cells(shares, (0.0, 1.0), texts, inks)
        if not np.isnan(metrics.accuracy):
            accuracy = number(100.0 * metrics.accuracy, 1)
            self.accuracy_label.setText(self.tr("Accuracy: {0} %").format(accuracy))
        else:
            self.accuracy_label.setText(self.tr("Accuracy: –"))
