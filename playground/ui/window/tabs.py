"""The tabs on the right of the window, under the message bar: the run's views beside the
network graph, the activation explorer and the teaching tabs (those costly to build are
built when first shown),
each wired to the session. `--panel NAME` and `MainWindow.show_tab(name)` open one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from playground.ui.teaching.shapes import ShapesTab
from playground.ui.teaching.summary import SummaryTab
from playground.ui.views.run_tab import RunTab
from playground.ui.window.lazy_tab import LazyTab
from playground.ui.window.message_bar import MessageBar

if TYPE_CHECKING:
    from playground.ui.window.main_window import MainWindow

# In the order shown.
TAB_NAMES = ("network", "explorer", "backprop", "neuron", "rate", "shapes", "summary")


def build_tabs(win: MainWindow) -> None:
    """The message bar and the tabs, in `win.tabs_area`; each tab also an attribute of
    `win` (run_tab, explorer, backprop, neuron, rate, shapes, summary) and in
    `win.tabs_by_name`."""
    session = win.session
    win.message_bar = MessageBar()
    win.message_bar.reset_requested.connect(session.reset)
    win.run_tab = RunTab(session)
    graph = win.run_tab.network_view
    graph.feature_toggled.connect(win.toggle_feature)
    graph.parameter_edit_requested.connect(session.edit_parameter)
    graph.sample_changed.connect(session.set_sample)
    session.sample_chosen.connect(graph.sample_box.setValue)
    win.run_tab.boundary.point_clicked.connect(session.set_sample)
    session.draw_grid_while_visible(win.run_tab.plane)  # the plane and the maps
    win.explorer = LazyTab("playground.ui.explorer", "ActivationExplorer")
    win.backprop = LazyTab(
        "playground.ui.teaching.backprop", "BackpropTab", built=lambda tab: _connect(tab, session)
    )
    win.neuron = LazyTab(
        "playground.ui.teaching.neuron",
        "NeuronTab",
        built=lambda tab: tab.experiment_requested.connect(lambda exp: _play_in_network(win, exp)),
    )
    win.rate = LazyTab("playground.ui.teaching.rate", "RateTab")  # 0.1 s: when first shown
    win.shapes = ShapesTab()
    win.summary = SummaryTab()
    win.summary.check_requested.connect(session.check_gradients)
    session.gradients_checked.connect(win.summary.show_check)
    session.run_started.connect(lambda run: win.summary.set_run(run.info))
    titles = {
        "network": QCoreApplication.translate("Tabs", "Network"),
        "explorer": QCoreApplication.translate("Tabs", "Activation explorer"),
        "backprop": QCoreApplication.translate("Tabs", "Backprop"),
        "neuron": QCoreApplication.translate("Tabs", "Single neuron"),
        "rate": QCoreApplication.translate("Tabs", "Learning rate"),
        "shapes": QCoreApplication.translate("Tabs", "Shapes"),
        "summary": QCoreApplication.translate("Tabs", "Summary"),
    }
    widgets = {
        "network": win.run_tab,
        "explorer": win.explorer,
        "backprop": win.backprop,
        "neuron": win.neuron,
        "rate": win.rate,
        "shapes": win.shapes,
        "summary": win.summary,
    }
    win.tabs = QTabWidget()
    win.tabs_by_name = {}
    for name in TAB_NAMES:
        win.tabs_by_name[name] = widgets[name]
        win.tabs.addTab(widgets[name], titles[name])
    win.tabs_area = QWidget()
    win.tabs_area.setMinimumSize(1, 1)  # the tabs take what is left, never widen the window
    layout = QVBoxLayout(win.tabs_area)
    layout.addWidget(win.message_bar)
    layout.addWidget(win.tabs, 1)


def _connect(tab, session) -> None:
    """Wire the Backprop tab (built when first shown) to the session, and give it the run."""
    tab.trace_requested.connect(session.trace_rows)
    tab.sample_chosen.connect(session.set_sample)
    session.rows_traced.connect(tab.show_trace)
    session.sample_chosen.connect(tab.choose_sample)
    session.snapshot_drawn.connect(tab.follow)
    session.run_started.connect(lambda run: tab.set_run(run.info))
    session.plane_changed.connect(tab.set_run)
    tab.choose_sample(session.sample)
    if session.run is not None:
        tab.set_run(session.run.info)


def _play_in_network(win: MainWindow, exp) -> None:
    """Open `exp` (the single-neuron lab's XOR with a hidden layer) and train it live on the
    Network tab."""
    if win.session.start_run(exp):
        win.show_tab("network")
        if not win.session.running:
            win.session.toggle_play()
