"""Classification metrics: the confusion matrix of the test split (train without one) beside
a table of each class's precision and recall on train and on test, all read from a
snapshot's `confusion` (the engine's ClassMetrics); nothing is recomputed here. In a column
too narrow for both side by side (a large UI scale), the table goes under the matrix."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from playground.engine.targets import ClassMetrics, quoted_split
from playground.ui.common.number_text import number
from playground.ui.common.scale import scaled, ui_scale
from playground.ui.views.confusion import ConfusionView

SPLITS = ("train", "test")
TABLE_FONT_SHARE = 0.85  # the table's text, relative to the window's, to leave room for the matrix
MIN_MATRIX_WIDTH = 180  # pixels at 100 %: narrower, and the table goes under the matrix
MIN_METRICS_HEIGHT = 120  # pixels at 100 %: a 2-class matrix beside its table
STACKED_ROWS = 4  # under the matrix, the table shows this many classes (more scroll)


def _percent(value: float) -> str:
    return "–" if math.isnan(value) else number(100.0 * value, 1) + " %"


class MetricsView(QWidget):
    """The confusion matrix (`confusion`) and the precision/recall table (`table`): one row
    per class, columns precision and recall for train, then for test."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.confusion = ConfusionView()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("precision\ntrain"),
                self.tr("recall\ntrain"),
                self.tr("precision\ntest"),
                self.tr("recall\ntest"),
            ]
        )
        self.table.setToolTip(
            self.tr(
                "Precision: of the rows predicted as this class, the share that is it.\n"
                "Recall: of the rows of this class, the share predicted as it."
            )
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.confusion, 1)
        self._layout.addWidget(self.table)
        self._names: tuple[str, ...] = ()
        self._shown: dict[str, ClassMetrics] | None = None
        self._fit_font()
        ui_scale().changed.connect(self._fit_font)

    def _fit_font(self) -> None:
        """The table's text at TABLE_FONT_SHARE of the window's, at any UI scale."""
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * TABLE_FONT_SHARE)
        for widget in (self.table, self.table.horizontalHeader(), self.table.verticalHeader()):
            widget.setFont(font)
        self._fit_width()

    @property
    def stacked(self) -> bool:
        """Whether the table is under the matrix (a narrow column) rather than beside it."""
        return self._layout.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        """As narrow as the table or the smallest readable matrix, stacked."""
        hint = super().minimumSizeHint()
        return QSize(max(self.table.width(), round(scaled(MIN_MATRIX_WIDTH))), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        beside = event.size().width() >= self.table.width() + scaled(MIN_MATRIX_WIDTH)
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if direction != self._layout.direction():
            self._layout.setDirection(direction)
            self._fit_height()

    def _fit_height(self) -> None:
        """Room for a readable matrix, and under it the table's first STACKED_ROWS rows."""
        height = round(scaled(MIN_METRICS_HEIGHT))
        if self.stacked:
            table = self.table
            rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), STACKED_ROWS)))
            height += table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        self.setMinimumHeight(height)

    def clear(self) -> None:
        """No metrics: an empty matrix and table."""
        self.confusion.clear()
        self.table.setRowCount(0)
        self._names = ()
        self._shown = None

    def show_metrics(self, metrics: dict[str, ClassMetrics], class_names: tuple[str, ...]):
        """Draw a snapshot's `confusion`: split name ("train", "test") -> ClassMetrics.
        Snapshots taken while training share their metrics until they are recomputed; the
        same metrics under the same names are not drawn again."""
        if metrics is self._shown and tuple(class_names) == self._names:
            return
        self._shown = metrics
        self.confusion.show_matrix(quoted_split(metrics), class_names)
        if tuple(class_names) != self._names:
            self._set_classes(tuple(class_names))
        columns = [(s, f) for s in SPLITS for f in ("precision", "recall")]
        for column, (split, field) in enumerate(columns):
            split_metrics = metrics.get(split)
            for row in range(len(class_names)):
                value = math.nan if split_metrics is None else getattr(split_metrics, field)[row]
                self.table.item(row, column).setText(_percent(float(value)))
        self._fit_width()

    def _set_classes(self, names: tuple[str, ...]) -> None:
        """One row per class, named in full, with its four cells."""
        self._names = names
        self.table.setRowCount(len(names))
        self.table.setVerticalHeaderLabels(list(names))
        for row in range(len(names)):
            for column in range(self.table.columnCount()):
                self.table.setItem(row, column, QTableWidgetItem())

    def _fit_width(self) -> None:
        """As wide as the class names and the four columns, never cutting them."""
        names = self.table.verticalHeader().sizeHint().width()
        header = self.table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in range(4)
        )
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        width = names + columns + scroll_bar + 2 * self.table.frameWidth() + 4
        self._fit_height()
        if width != self.table.width():  # new metrics every frame rarely change it
            self.table.setFixedWidth(width)
            self.updateGeometry()
