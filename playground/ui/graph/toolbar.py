"""The graph's toolbar row: groups of widgets laid out left to right that wrap onto more rows
when the width is too small for them (large text, a narrow tab), so that no text is cut.
The last group sits at the right end of its row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

SPACING = 8  # between groups; the widgets of a group are closer
INNER = 4


class FlowBar(QWidget):
    """Widget groups (each kept on one row) that wrap; `heightForWidth` says how tall."""

    def __init__(self, parent: QWidget, groups: Sequence[Sequence[QWidget]], margin: int):
        super().__init__(parent)
        self._groups = [list(group) for group in groups]
        self._margin = margin
        for group in self._groups:
            for widget in group:
                widget.setParent(self)

    def _group_width(self, group: list[QWidget]) -> int:
        return sum(w.sizeHint().width() for w in group) + INNER * (len(group) - 1)

    def _rows(self, width: int) -> list[list[list[QWidget]]]:
        """The groups of each row for `width` pixels."""
        room = width - 2 * self._margin
        rows: list[list[list[QWidget]]] = [[]]
        used = 0
        for group in self._groups:
            needed = self._group_width(group) + (SPACING if rows[-1] else 0)
            if rows[-1] and used + needed > room:
                rows.append([])
                used, needed = 0, self._group_width(group)
            rows[-1].append(group)
            used += needed
        return rows

    def _row_height(self, row: list[list[QWidget]]) -> int:
        return max(w.sizeHint().height() for group in row for w in group)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self._rows(width)
        return sum(map(self._row_height, rows)) + INNER * (len(rows) - 1) + self._margin

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's text or font changed
            self._arrange()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def setGeometry(self, *rect) -> None:
        """Place the bar, and its widgets again even when its size is unchanged."""
        super().setGeometry(*rect)
        self._arrange()

    def _arrange(self) -> None:
        """Put every widget at its size hint, row by row."""
        y = self._margin // 2
        for row in self._rows(self.width()):
            height = self._row_height(row)
            x = self._margin
            for group in row:
                if group is self._groups[-1]:
                    x = max(x, self.width() - self._margin - self._group_width(group))
                for widget in group:
                    hint = widget.sizeHint()
                    top = y + (height - hint.height()) // 2
                    widget.setGeometry(QRect(x, top, hint.width(), hint.height()))
                    x += hint.width() + INNER
                x += SPACING - INNER
            y += height + INNER
