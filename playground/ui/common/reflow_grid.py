"""A grid of equal cells with as many columns as its width holds, up to a maximum: a set of
toggles that becomes a taller grid in a narrow column (a large UI scale) instead of being
cut. Every cell is as wide as the widest widget needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


class ReflowGrid(QWidget):
    """`widgets` in reading order, at most `columns` to a row."""

    def __init__(self, widgets: Sequence[QWidget], columns: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._widgets = list(widgets)
        self._most = columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        self._place(columns)

    def _cell(self) -> int:
        return max(w.sizeHint().width() for w in self._widgets)

    def _fitting(self, width: int) -> int:
        """How many columns `width` pixels hold (at least 1, at most the maximum)."""
        spacing = self._grid.horizontalSpacing()
        return max(1, min(self._most, (width + spacing) // (self._cell() + spacing)))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()

    def _height(self, columns: int) -> int:
        rows = -(-len(self._widgets) // columns)
        row = max(w.sizeHint().height() for w in self._widgets)
        return rows * row + (rows - 1) * self._grid.verticalSpacing()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        spacing = self._grid.horizontalSpacing()
        width = self._most * self._cell() + (self._most - 1) * spacing
        return QSize(width, self._height(self.columns))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(self._cell(), self._height(self.columns))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._place(self._fitting(event.size().width()))
