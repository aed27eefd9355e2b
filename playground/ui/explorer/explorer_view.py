"""The activation explorer: one tab of the main window in which a student examines each
activation function, its derivative, softmax and what depth does to gradients.

The activation chooser sits in the corner of the tab bar and drives the first two tabs; the
softmax tab has inputs of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from playground.engine import activations
from playground.ui.explorer.chooser import ActivationChooser
from playground.ui.explorer.depth_tab import DepthTab
from playground.ui.explorer.function_tab import FunctionTab
from playground.ui.explorer.softmax_tab import SoftmaxTab


class ActivationExplorer(QWidget):
    """Tabs: f and f′ (`function_tab`), depth (`depth_tab`), softmax (`softmax_tab`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chooser = ActivationChooser()
        self.function_tab = FunctionTab()
        self.depth_tab = DepthTab()
        self.softmax_tab = SoftmaxTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.function_tab, self.tr("f and its derivative"))
        self.tabs.addTab(self.depth_tab, self.tr("Depth: vanishing gradients"))
        self.tabs.addTab(self.softmax_tab, self.tr("Softmax"))
        self.tabs.setCornerWidget(self.chooser, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.chooser.changed.connect(self._show_activation)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._show_activation(self.chooser.activation())

    def set_function(self, name: str) -> None:
        """Explore activation `name` (any engine activation but softmax)."""
        self.chooser.set_function(name)

    def set_alpha(self, value: float) -> None:
        """α of the chosen function (leaky_relu or elu)."""
        self.chooser.set_alpha(value)

    def show_tab(self, tab: QWidget) -> None:
        """Bring `tab` (one of the three tabs) to the front."""
        self.tabs.setCurrentWidget(tab)

    def _show_activation(self, activation: activations.Activation) -> None:
        self.function_tab.set_activation(activation)
        self.depth_tab.set_activation(activation)

    def _tab_changed(self, index: int) -> None:
        self.chooser.setVisible(self.tabs.widget(index) is not self.softmax_tab)
