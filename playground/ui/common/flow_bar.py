"""A row of widget groups laid out left to right that wraps onto more rows when the width is
too small for them (large text, a narrow column), so that no text is cut. The last group
may sit at the right end of its row. Used by the graph's toolbar and the views' option rows;
in a layout it asks for the height its rows need at the width it gets (height for width).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SPACING = 8  # between groups; the widgets of a group are closer
INNER = 4


class FlowBar(QWidget):
    """Widget groups (each kept on one row) that wrap; `heightForWidth` says how tall."""

    def __init__(
        self,
        parent: QWidget | None,
        groups: Sequence[Sequence[QWidget]],
        margin: int = 0,
        last_at_end: bool = True,
    ):
        super().__init__(parent)
        self._groups = [list(group) for group in groups]
        self._margin = margin
        self._last_at_end = last_at_end
        for group in self._groups:
            for widget in group:
                widget.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _shown(self) -> list[list[QWidget]]:
        """The groups with a visible widget, and only those widgets."""
        shown = [[w for w in group if not w.isHidden()] for group in self._groups]
        return [group for group in shown if group]

    def _group_width(self, group: list[QWidget]) -> int:
        return sum(w.sizeHint().width() for w in group) + INNER * (len(group) - 1)

    def _rows(self, width: int) -> list[list[list[QWidget]]]:
        """The groups of each row for `width` pixels."""
        room = width - 2 * self._margin
        rows: list[list[list[QWidget]]] = [[]]
        used = 0
        for group in self._shown():
            needed = self._group_width(group) + (SPACING if rows[-1] else 0)
            if rows[-1] and used + needed > room:
                rows.append([])
                used, needed = 0, self._group_width(group)
            rows[-1].append(group)
            used += needed
        return rows

    def _row_height(self, row: list[list[QWidget]]) -> int:
        return max((w.sizeHint().height() for group in row for w in group), default=0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt)
        rows = self._rows(width)
        return sum(map(self._row_height, rows)) + INNER * (len(rows) - 1) + self._margin

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        """Every group on one row."""
        groups = self._shown()
        width = sum(map(self._group_width, groups)) + SPACING * max(len(groups) - 1, 0)
        width += 2 * self._margin
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        """As narrow as the widest group, one group a row."""
        width = max(map(self._group_width, self._shown()), default=0) + 2 * self._margin
        return QSize(width, self.heightForWidth(width))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's text, font or visibility
            self._arrange()
            self.updateGeometry()
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
        last = self._shown()[-1:] if self._last_at_end else []
        for row in self._rows(self.width()):
            height = self._row_height(row)
            x = self._margin
            for group in row:
                if [group] == last:
                    x = max(x, self.width() - self._margin - self._group_width(group))
                for widget in group:
                    hint = widget.sizeHint()
                    top = y + (height - hint.height()) // 2
                    widget.setGeometry(QRect(x, top, hint.width(), hint.height()))
                    x += hint.width() + INNER
                x += SPACING - INNER
            y += height + INNER
