"""A small line edit placed over a view to type one number: Enter accepts, Escape cancels.

Numbers are read by `number_text.parse_number` ("1,5" and "1.5" are both 1.5). Text that is
not a finite number turns the border red and shows a short message under the field, which
stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from playground.ui.common.number_text import number, parse_number

INVALID_STYLE = "border: 2px solid #D62728; background: #FFF0F0;"
MESSAGE_STYLE = "background: #D62728; color: white; padding: 2px 4px;"
WIDTH_CHARS = 10


class ValueEditor(QLineEdit):
    """Hidden until `open_at`; emits `accepted(value)` or just hides again when cancelled."""

    accepted = Signal(float)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * WIDTH_CHARS + 16)
        self.message = QLabel(parent)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self.returnPressed.connect(self._accept)
        self.hide()

    @property
    def error(self) -> str:
        """The message shown for invalid text, '' when there is none."""
        return self.message.text() if self.message.isVisible() else ""

    def open_at(self, point: QPoint, value: float, tooltip: str) -> None:
        """Show the editor at `point` (kept inside the parent), holding `value`, selected."""
        self._clear_error()
        self.setText(number(value, 4))
        self.setToolTip(tooltip)
        parent = self.parentWidget()
        x = min(max(point.x(), 0), parent.width() - self.width())
        y = min(max(point.y() - self.height() // 2, 0), parent.height() - 2 * self.height())
        self.move(x, y)
        self.show()
        self.raise_()
        self.selectAll()
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def close_editor(self) -> None:
        """Hide without emitting anything."""
        self._clear_error()
        self.hide()

    def _accept(self) -> None:
        value = parse_number(self.text())
        if value is None:
            self._show_error(self.tr("Type a number, e.g. 0.5 or −1,25"))
            return
        self.close_editor()
        self.accepted.emit(value)

    def _show_error(self, text: str) -> None:
        self.setStyleSheet(INVALID_STYLE)
        self.message.setText(text)
        self.message.adjustSize()
        self.message.move(self.x(), self.y() + self.height())
        self.message.show()
        self.message.raise_()

    def _clear_error(self) -> None:
        self.setStyleSheet("")
        self.message.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            return
        if self.message.isVisible():
            self._clear_error()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.close_editor()
