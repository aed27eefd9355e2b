"""A row of check boxes, one for each function that can be drawn over the main one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from playground.ui.common import names
from playground.ui.explorer import properties

ROWS = 2  # tall enough for the items to wrap onto two rows
SWATCH = 14  # pixels: the colour square in front of each name


def _swatch(hex_color: str) -> QIcon:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(QColor(hex_color))
    return QIcon(pixmap)


class OverlayList(QListWidget):
    """Checkable functions flowing left to right; emits `changed(names)` with the checked
    ones. The main function's item is hidden: it is already drawn."""

    changed = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setIconSize(QSize(SWATCH, SWATCH))
        self.setToolTip(self.tr("Draw other functions over this one, to compare them"))
        for name in properties.PLOTTED:
            item = QListWidgetItem(names.activation(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        row = self.sizeHintForRow(0) + 2 * self.spacing()
        self.setFixedHeight(ROWS * row + 2 * self.frameWidth() + 2 * self.spacing())
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit(self.checked())

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def checked(self) -> list[str]:
        """The names of the checked functions (the hidden main one included: it is drawn
        as an overlay again once another function is the main one)."""
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, names) -> None:
        """Check exactly the functions `names` (emits `changed` once)."""
        self.blockSignals(True)
        for item in self._items():
            on = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit(self.checked())

    def set_main(self, main: str, color_of: Callable[[str], str]) -> None:
        """Hide the main function's item and colour the others' swatches by `color_of`."""
        self.blockSignals(True)
        for item in self._items():
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(name == main)
            item.setIcon(_swatch(color_of(name)))
        self.blockSignals(False)
