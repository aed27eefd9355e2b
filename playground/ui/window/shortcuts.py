"""Help ▸ Keyboard shortcuts (F1): every shortcut of the window in large type, over it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from playground.ui.common.scale import point_size

OVERLAY_POINT_SIZE = 16  # at 100 %; read from the back of a lecture room


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what it does) for each action with a shortcut, in the given order."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            what = action.toolTip() if action.text() in action.toolTip() else action.text()
            rows.append((" / ".join(keys), what.replace("&", "")))
    return rows


class ShortcutsOverlay(QDialog):
    """A table of every shortcut, at OVERLAY_POINT_SIZE times the UI scale; Esc, F1 or
    Close hides it."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._actions = list(actions)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        close = QAction(self)
        close.setShortcut(QKeySequence("F1"))
        close.triggered.connect(self.reject)
        self.addAction(close)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        """Fill the table as the shortcuts and the scale are now."""
        rows = shortcut_rows(self._actions)
        rows.append(  # the one key handled outside an action (MainWindow.keyPressEvent)
            (self.tr("Enter"), self.tr("Leave a field of the controls (Space plays again)"))
        )
        cells = "".join(
            f"<tr><td style='padding: 2px 24px 2px 0'><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in rows
        )
        size = point_size(OVERLAY_POINT_SIZE)
        self.text.setText(f"<table style='font-size: {size:g}pt'>{cells}</table>")
        super().showEvent(event)
