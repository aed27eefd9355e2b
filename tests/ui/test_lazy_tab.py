"""A tab built the first time it is shown (start-up pays only for the first frame)."""

from PySide6.QtWidgets import QTabWidget

from playground.ui.explorer import ActivationExplorer
from playground.ui.window.lazy_tab import LazyTab


def test_the_content_is_built_when_the_tab_is_first_shown(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    lazy = LazyTab("playground.ui.explorer", "ActivationExplorer")
    tabs.addTab(QTabWidget(), "first")
    tabs.addTab(lazy, "explorer")
    tabs.show()
    assert lazy.content is None
    tabs.setCurrentWidget(lazy)
    assert isinstance(lazy.content, ActivationExplorer) and lazy.content.isVisible()
    built = lazy.content
    tabs.setCurrentIndex(0)
    tabs.setCurrentWidget(lazy)
    assert lazy.content is built  # built once
