"""A banner above the views that says what went wrong and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton


class MessageBar(QFrame):
    """Hidden until there is something to say: an error (a change that was refused) or a
    divergence (with a Reset button). The user can dismiss it."""

    reset_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Start again from the first weights (R)"))
        self.reset_button.clicked.connect(self.reset_requested)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss this message"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reset_button)
        layout.addWidget(close)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "#FDECEA", "#8A1C1C", reset=False)

    def show_divergence(self, text: str) -> None:
        self._show(text, "#FFF4E5", "#7A4100", reset=True)

    def _show(self, text: str, background: str, foreground: str, reset: bool) -> None:
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {foreground}; "
            f"border-radius: 4px; }} QLabel {{ color: {foreground}; font-size: 11pt; }}"
        )
        self.text.setText(text)
        self.reset_button.setVisible(reset)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()
