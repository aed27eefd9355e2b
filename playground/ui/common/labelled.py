"""Rows of "label, field" pairs, each label the keyboard buddy of its field."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget


def add_labelled(layout: QBoxLayout, pairs: tuple[tuple[str, QWidget], ...], gap: int) -> None:
    """Add a label and its field for each (text, field) of `pairs` to `layout`, `gap`
    pixels after each pair."""
    for text, field in pairs:
        label = QLabel(text)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addSpacing(gap)
