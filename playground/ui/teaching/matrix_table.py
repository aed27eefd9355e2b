"""A read-only table of a matrix of any size, titled with its name and shape: cells are
written only when they scroll into view (a 784 × 256 matrix costs no more than a 2 × 2),
each number to a fixed count of significant digits with the locale's separator."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from playground.ui.common.number_text import significant

VISIBLE_ROWS, VISIBLE_COLUMNS = 8, 6  # beyond these the table scrolls
MIN_COLUMNS = 2  # a narrow place shows at least these, and scrolls
CELL_PADDING = 12
Index = QModelIndex | QPersistentModelIndex


class MatrixModel(QAbstractTableModel):
    """`values` (R, C) as text with `digits` significant digits; headers count from 1, or
    the rows are named '#first', '#first + 1', … when `first_row` is given."""

    def __init__(self, values: np.ndarray, digits: int, first_row: int | None = None, parent=None):
        super().__init__(parent)
        self.values = np.atleast_2d(values)
        self.digits = digits
        self.first_row = first_row

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else self.values.shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else self.values.shape[1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return significant(self.values[index.row(), index.column()], self.digits)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical and self.first_row is not None:
            return f"#{self.first_row + section}"
        return str(section + 1)

    def widest_text(self) -> str:
        """The longest text among the values most likely to be written longest: the
        extremes, and the smallest magnitudes of either sign (powers of ten)."""
        values = self.values[np.isfinite(self.values)]
        if values.size == 0:
            return "NaN"
        candidates = [values.min(), values.max(), -1.0 / 3.0 if values.min() < 0 else 1.0 / 3.0]
        for side in (values[values < 0], values[values > 0]):
            if side.size:
                candidates.append(side[np.argmin(np.abs(side))])
        return max((significant(v, self.digits) for v in candidates), key=len)


class MatrixTable(QWidget):
    """'W⁽¹⁾  (2 × 2)' over the table of its numbers; `table` is the QTableView."""

    def __init__(
        self,
        label: str,
        values: np.ndarray,
        digits: int,
        first_row: int | None = None,
        parent: QWidget | None = None,
    ):
        """`first_row`: the rows are training rows from that one on (see MatrixModel)."""
        super().__init__(parent)
        values = np.atleast_2d(values)
        rows, columns = values.shape
        self.title = QLabel(f"<b>{label}</b>  ({rows} × {columns})")
        self.table = QTableView()
        self.model = MatrixModel(values, digits, first_row, self.table)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addStretch(1)  # a taller cell of a grid: the table stays under its title
        self._fit()

    def _fit(self) -> None:
        """Columns as wide as the longest number; at most VISIBLE_ROWS × VISIBLE_COLUMNS
        cells shown (fewer for a smaller matrix or a narrower place), scroll bars beyond."""
        metrics = self.table.fontMetrics()
        self._cell = metrics.horizontalAdvance(self.model.widest_text()) + CELL_PADDING
        self.table.horizontalHeader().setDefaultSectionSize(self._cell)
        side = self.table.verticalHeader()
        side.setDefaultSectionSize(metrics.height() + 6)
        rows, columns = self.model.values.shape
        frame = 2 * self.table.frameWidth()
        self._scroll = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        left = side.sizeHint().width() + frame + (self._scroll if rows > VISIBLE_ROWS else 0)
        self._full_width = left + columns * self._cell
        self._rows_height = self.table.horizontalHeader().sizeHint().height() + frame
        self._rows_height += min(rows, VISIBLE_ROWS) * side.defaultSectionSize()
        self.table.setMaximumWidth(left + min(columns, VISIBLE_COLUMNS) * self._cell)
        self.table.setMinimumWidth(left + min(columns, MIN_COLUMNS) * self._cell)
        self._fit_height(self.table.maximumWidth())

    def _fit_height(self, width: int) -> None:
        """Room for the horizontal scroll bar when `width` does not show every column."""
        cut = width < self._full_width
        self.table.setFixedHeight(self._rows_height + (self._scroll if cut else 0))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        """As wide as the table may be: a flowing row gives it that when there is room."""
        hint = super().sizeHint()
        return QSize(self.table.maximumWidth(), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_height(self.table.width())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # the UI scale
            self._fit()
