"""The confusion matrix: rows are true classes, columns predicted ones, counts in the cells.

Each cell is shaded by its share of its row (the fraction of that true class predicted as
that column), so a good classifier shows a dark diagonal whatever the class sizes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from playground.engine.targets import ClassMetrics
from playground.ui.common import colors
from playground.ui.common.log_axis import UprightNamesAxis
from playground.ui.common.matrix_plot import MatrixPlot
from playground.ui.common.number_text import number
from playground.ui.common.scale import scaled_font, ui_scale

DARK_CELL = 0.55  # row share above which a cell's text turns white
NAME_GAP = 6  # pixels kept between neighbouring column names
ACCURACY_POINT_SIZE = 12  # the accuracy above the matrix, at 100 %


def row_shares(matrix: np.ndarray) -> np.ndarray:
    """(K, K) counts -> (K, K) float: each count over its row's total (0 for empty rows)."""
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)


class ConfusionView(MatrixPlot):
    """A K x K grid of counts under an accuracy line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("true"),
            self.tr("predicted"),
            colors.sequential_lut(),
            parent,
            column_axis=UprightNamesAxis(),
        )
        self.accuracy_label = QLabel()
        self._fit_accuracy_font()
        ui_scale().changed.connect(self._fit_accuracy_font)
        self.layout().insertWidget(0, self.accuracy_label)
        # Cells as wide as the room allows, so the class names under the columns fit.
        self.plot.setAspectLocked(False)
        # Rows crowded on a small screen: drop some names rather than write them on each other.
        self.plot.getAxis("left").setStyle(hideOverlappingLabels=True)
        self._names: tuple[str, ...] = ()
        self.plot.getViewBox().sigResized.connect(self._fit_texts)
        self.clear()

    def _fit_accuracy_font(self) -> None:
        """The accuracy in bold, ACCURACY_POINT_SIZE times the UI scale."""
        font = scaled_font(ACCURACY_POINT_SIZE)
        font.setBold(True)
        self.accuracy_label.setFont(font)

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

    def _fit_texts(self) -> None:
        """After a resize: column names, and the counts only where a cell can hold them."""
        self._set_column_ticks()
        self._show_counts_if_they_fit()

    def _show_counts_if_they_fit(self) -> None:
        """Counts are written only when a cell is taller and wider than the widest count."""
        if not self.cell_texts:
            return
        widest = max(self.cell_texts, key=lambda text: len(text.toPlainText()))
        size = widest.boundingRect()
        width, height = self.plot.getViewBox().viewPixelSize()
        fits = width > 0 and height > 0  # a collapsed plot has no cells to write in
        fits = fits and 1.0 / width >= size.width() and 1.0 / height >= size.height() * 0.8
        for text in self.cell_texts:
            text.setVisible(fits)

    def _set_column_ticks(self) -> None:
        """Column names in full: across when they fit under their cells, else upright."""
        axis = self.plot.getAxis("bottom")
        width = QFontMetrics(axis.style["tickFont"]).horizontalAdvance
        widest = max((width(name) for name in self._names), default=0)
        axis.set_names(self._names, widest > self.cell_pixels() - NAME_GAP, widest)

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
        self._show_counts_if_they_fit()
        if not np.isnan(metrics.accuracy):
            accuracy = number(100.0 * metrics.accuracy, 1)
            self.accuracy_label.setText(self.tr("Accuracy: {0} %").format(accuracy))
        else:
            self.accuracy_label.setText(self.tr("Accuracy: –"))
