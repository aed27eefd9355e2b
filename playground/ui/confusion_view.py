"""The confusion matrix: rows are true classes, columns predicted ones, counts in the cells.

Each cell is shaded by its share of its row (the fraction of that true class predicted as
that column), so a good classifier shows a dark diagonal whatever the class sizes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.ui import colors

DARK_CELL = 0.55  # row share above which a cell's text turns white
CHAR_PIXELS = 9  # about one character of the tick font, for shortening column names


def _short(name: str, limit: int) -> str:
    """`name` cut to `limit` characters, ending in an ellipsis when cut."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def row_shares(matrix: np.ndarray) -> np.ndarray:
    """(K, K) counts -> (K, K) float: each count over its row's total (0 for empty rows)."""
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)


class ConfusionView(QWidget):
    """A K x K grid of counts under an accuracy line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.accuracy_label = QLabel()
        font = self.accuracy_label.font()
        font.setPointSize(12)
        font.setBold(True)
        self.accuracy_label.setFont(font)
        self._plot_widget = colors.plot_widget()
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)  # true class 0 on top
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", self.tr("true"), **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("bottom", self.tr("predicted"), **colors.AXIS_LABEL_STYLE)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setStyle(tickLength=0)
        self.image_item = pg.ImageItem()
        self.image_item.setLookupTable(colors.sequential_lut())
        self.plot.addItem(self.image_item)
        self.cell_texts: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.accuracy_label)
        layout.addWidget(self._plot_widget)
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
        k = len(names)
        for text in self.cell_texts:
            self.plot.removeItem(text)
        font = QFont()
        font.setPointSize(11 if k <= 5 else 9)
        self.cell_texts = []
        for i in range(k):
            for j in range(k):
                text = pg.TextItem(anchor=(0.5, 0.5))
                text.setFont(font)
                text.setPos(j + 0.5, i + 0.5)
                self.plot.addItem(text)
                self.cell_texts.append(text)
        self.plot.getAxis("left").setTicks([[(i + 0.5, n) for i, n in enumerate(names)]])
        self._set_column_ticks()
        self.plot.setRange(xRange=(0, max(k, 1)), yRange=(0, max(k, 1)), padding=0.0)

    def _set_column_ticks(self) -> None:
        """Column names shortened to the width of a cell, so neighbours never overlap."""
        x_units_per_pixel = self.plot.getViewBox().viewPixelSize()[0]
        cell = 1.0 / x_units_per_pixel if x_units_per_pixel > 0 else 0.0
        limit = max(2, int(cell // CHAR_PIXELS))
        ticks = [(i + 0.5, _short(n, limit)) for i, n in enumerate(self._names)]
        self.plot.getAxis("bottom").setTicks([ticks])

    def show_matrix(self, matrix: np.ndarray, class_names: tuple[str, ...]) -> None:
        """Counts (K, K) int, rows = true class, columns = predicted, with K class names."""
        names = tuple(class_names)
        if names != self._names:
            self._set_classes(names)
        shares = row_shares(matrix)
        self.image_item.setImage(shares, levels=(0.0, 1.0), autoLevels=False)
        for text, count, share in zip(self.cell_texts, matrix.ravel(), shares.ravel()):
            text.setText(str(int(count)), color="w" if share > DARK_CELL else colors.TEXT_HEX)
        total = int(matrix.sum())
        if total:
            accuracy = 100.0 * np.trace(matrix) / total
            self.accuracy_label.setText(self.tr("Accuracy: {0:.1f} %").format(accuracy))
        else:
            self.accuracy_label.setText(self.tr("Accuracy: –"))
