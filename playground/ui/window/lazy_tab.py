"""A tab whose content is imported and built the first time it is shown, so that start-up
pays only for what the first frame draws."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds `module.name()` once shown; `content` is None until then. `built(content)`,
    if given, is called once the content exists (to connect it)."""

    def __init__(
        self,
        module: str,
        name: str,
        parent: QWidget | None = None,
        built: Callable[[QWidget], None] | None = None,
    ):
        super().__init__(parent)
        self._where = (module, name)
        self._built = built
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.content is None:
            module, name = self._where
            self.content = getattr(importlib.import_module(module), name)()
            self.layout().addWidget(self.content)
            if self._built is not None:
                self._built(self.content)
            self.content.show()  # added to a widget being shown: show it now, not later
        super().showEvent(event)
