"""Help ▸ Keyboard shortcuts (F1): every shortcut of the window in large type, over it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from playground.ui.common.scale import point_size

OVERLAY_POINT_SIZE = 16  # at 100 %; read from the back of a lecture room
MIN_POINT_SIZE = 9  # the smallest it shrinks to, to fit in a small window


def _on_keyboards(key: QKeySequence) -> bool:
    """False for the dedicated Undo/Redo keys and F13 and above, which few keyboards have."""
    first = key[0].key()
    return first not in (Qt.Key.Key_Undo, Qt.Key.Key_Redo) and not (
        Qt.Key.Key_F13 <= first <= Qt.Key.Key_F35
    )


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what it does) for each action with a shortcut, in the given order."""
    rows = []
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if _on_keyboards(k)
        ]
        if keys:
            what = action.text().replace("&", "")
            if what in action.toolTip():  # "Play / Pause (Space)" says more than "Play"
                what = re.sub(r"\s*\([^)]*\)$", "", action.toolTip())
            rows.append((" / ".join(keys), what))
    return rows


class ShortcutsOverlay(QDialog):
    """A table of every shortcut, at OVERLAY_POINT_SIZE times the UI scale or as large as
    fits in the window, in two columns or one; Esc, F1 or Close hides it."""

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
        hint = self._fit(rows)
        self.resize(hint)
        super().showEvent(event)

    def _fit(self, rows: list[tuple[str, str]]) -> QSize:
        """Show the largest table, from OVERLAY_POINT_SIZE times the scale down to
        MIN_POINT_SIZE, two columns or else one, that fits in 90 % of the window; its size."""
        parent = self.parentWidget()
        room = parent.size() * 0.9 if parent else None
        size = point_size(OVERLAY_POINT_SIZE)
        while True:
            for columns in (2, 1):
                self.text.setText(_table(rows, columns, size))
                hint = self.sizeHint()
                fits = room is None or (
                    hint.width() <= room.width() and hint.height() <= room.height()
                )
                if fits or size <= MIN_POINT_SIZE:
                    return hint
            size -= 1


def _table(rows: list[tuple[str, str]], columns: int, size: float) -> str:
    """HTML: rows of (keys, what) in `columns` columns (down, then across), at `size` pt."""
    per_column = -(-len(rows) // columns)
    lines = (
        "".join(_cells(rows[i]) for i in range(start, len(rows), per_column))
        for start in range(per_column)
    )
    body = "".join(f"<tr>{line}</tr>" for line in lines)
    return f"<table style='font-size: {size:g}pt'>{body}</table>"


def _cells(row: tuple[str, str]) -> str:
    keys, what = row
    return (
        f"<td style='padding: 2px 16px 2px 0'><b>{keys}</b></td>"
        f"<td style='padding: 2px 40px 2px 0'>{what}</td>"
    )
