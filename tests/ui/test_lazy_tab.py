"""A tab built the first time it is shown (start-up pays only for the first frame)."""

from PySide6.QtWidgets import QTabWidget

from playground.ui.explorer import ActivationExplorer
from playground.ui.window.lazy_tab import LazyTab


def test_the_content_is_built_when_the_tab_is_first_shown(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    connected = []
    lazy = LazyTab("playground.ui.explorer", "ActivationExplorer", built=connected.append)
    tabs.addTab(QTabWidget(), "first")
    tabs.addTab(lazy, "explorer")
    tabs.show()
    assert lazy.content is None and connected == []
    tabs.setCurrentWidget(lazy)
    assert connected == [lazy.content]  # to be wired up once it exists
    assert isinstance(lazy.content, ActivationExplorer) and lazy.content.isVisible()
    built = lazy.content
    tabs.setCurrentIndex(0)
    tabs.setCurrentWidget(lazy)
    assert lazy.content is built and connected == [built]  # built once
