"""Combo boxes of named choices: the title shown, the key (an engine or experiment name)
as each item's data."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def choice_box(items: dict[str, str], tooltip: str) -> QComboBox:
    """A combo box showing the values of `items`, with their keys as item data."""
    combo = QComboBox()
    for key, text in items.items():
        combo.addItem(text, key)
    combo.setToolTip(tooltip)
    return combo


def select(combo: QComboBox, key) -> None:
    """Show the item whose data is `key` (the first item if there is none)."""
    combo.setCurrentIndex(max(combo.findData(key), 0))
