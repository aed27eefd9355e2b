"""Presentation mode driven as a user would: the View and File menus, F11, F1, the scale
reaching the plots, the palette, the advanced controls, and a window that never grows."""

import numpy as np
import pytest
import test_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from playground import shipped
from playground.ui.common import colors
from playground.ui.common.scale import ui_scale
from playground.ui.graph import edge_style
from playground.ui.window.files import EXAMPLE_TITLES

window = test_main_window.window  # the fixture: the main window, shown, its first frame drawn


def _tick_point_size(plot) -> float:
    return plot.getAxis("bottom").style["tickFont"].pointSizeF()


def test_scale_reaches_plot_ticks_axis_titles_and_graph_labels(qtbot, window):
    loss_plot = window.run_tab.loss_view.loss_plot
    tick = _tick_point_size(loss_plot)
    graph_font = window.run_tab.network_view.font().pointSizeF()
    assert "12pt" in loss_plot.getAxis("bottom").labelStyle["font-size"]
    window.percent_actions[200].trigger()
    assert _tick_point_size(loss_plot) == pytest.approx(2 * tick)
    assert loss_plot.getAxis("bottom").labelStyle["font-size"] == "24pt"
    boundary = window.run_tab.boundary
    assert _tick_point_size(boundary.plot) == pytest.approx(2 * tick)
    assert boundary.train_scatter.opts["size"] == 2 * 8  # the markers grow too
    qtbot.waitUntil(lambda: window.run_tab.network_view.font().pointSizeF() > graph_font)


def test_window_never_grows_past_its_size_at_200_percent(qtbot, window):
    window.percent_actions[200].trigger()
    qtbot.wait(100)
    assert (window.width(), window.height()) == (1366, 768)
    assert window.grab().size().width() == 1366
    assert window.controls_area.width() <= 0.35 * 1366 + 1


def test_presentation_mode_scales_and_hides_advanced_controls(qtbot, window):
    training = window.training_controls
    assert training.epoch_limit.isVisibleTo(window)
    window.presentation_action.trigger()
    assert ui_scale().percent == 150
    assert not training.epoch_limit.isVisibleTo(window)
    assert not window.network_controls.init.isVisibleTo(window)
    assert window.training_controls.lr.isVisibleTo(window)
    window.presentation_action.trigger()
    assert ui_scale().percent == 100 and training.epoch_limit.isVisibleTo(window)


def test_advanced_switch_hides_rows_and_keeps_conditions(qtbot, window):
    window.advanced_action.trigger()
    assert not window.advanced_action.isChecked()
    assert not window.data_controls.seed.isVisibleTo(window)
    window.advanced_action.trigger()
    assert window.data_controls.seed.isVisibleTo(window)
    assert not window.training_controls.beta1.isVisibleTo(window)  # SGD: no Adam settings


def test_f11_toggles_full_screen(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_f1_lists_every_shortcut_in_large_type(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overlay = window.shortcuts_overlay
    qtbot.waitUntil(lambda: overlay.isVisible())
    text = overlay.text.text()
    for keys in ("F11", "Ctrl+Q", "Ctrl+O", "Ctrl+Shift+S", "Space", "F1", "Ctrl+0"):
        assert keys in text
    assert "Full screen" in text and "Play" in text
    assert "font-size: 16pt" in text
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not overlay.isVisible())


def test_colour_blind_palette_changes_the_class_colours(qtbot, window):
    boundary = window.run_tab.boundary
    before = boundary.train_scatter.data["brush"][0].color().name()
    window.palette_actions["colour-blind safe"].trigger()
    assert colors.class_hex()[0] == "#D55E00"
    after = {b.color().name().upper() for b in boundary.train_scatter.data["brush"]}
    assert "#D55E00" in after and before.upper() not in after
    assert tuple(colors.diverging_lut()[0]) == (0xD5, 0x5E, 0x00)
    strongest = {rgba[:3] for rgba, _ in edge_style.weight_pens()}  # the edges' colours
    assert (0xD5, 0x5E, 0x00) in strongest and (0xF5, 0x93, 0x22) not in strongest
    window.palette_actions["default"].trigger()
    assert np.array_equal(colors.class_colors(1)[0], colors.rgb(colors.CLASS_HEX[0]))


def test_file_menu_opens_an_example_and_starts_open_in_the_examples(qtbot, window, monkeypatch):
    starts = []

    def fake_open(parent, title, folder, filters):
        starts.append(folder)
        return str(shipped.resource("experiments", "iris_softmax.json")), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    window.open_action.trigger()
    assert starts == [str(shipped.resource("experiments"))]
    assert window.session.experiment.data.name == "iris"
    titles = {name: action.text() for name, action in window.example_actions.items()}
    assert titles["spiral_6x8"] == "Spiral, 6 layers of 8 neurons"
    assert set(titles) == set(EXAMPLE_TITLES)  # every shipped example has a title
    window.example_actions["spiral_6x8"].trigger()
    assert window.session.experiment.network.hidden == (8, 8, 8, 8, 8, 8)
    window.open_action.trigger()
    assert starts[-1] == str(shipped.resource("experiments"))  # the folder last opened


def test_ctrl_q_quits(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.session.training.thread.isRunning()


def test_at_200_percent_the_views_scroll_instead_of_being_squashed(qtbot, window):
    from playground.ui.views.metrics import MIN_METRICS_HEIGHT
    from playground.ui.views.run_tab import MIN_PLANE_HEIGHT

    window.percent_actions[200].trigger()
    tab = window.run_tab
    qtbot.waitUntil(lambda: tab.plane.height() >= 2 * MIN_PLANE_HEIGHT, timeout=3000)
    assert tab.metrics.height() >= 2 * MIN_METRICS_HEIGHT
    assert (window.width(), window.height()) == (1366, 768)
    scroll = tab.outputs_area.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.isVisible() and scroll.maximum() > 0, timeout=3000)
    window.percent_actions[100].trigger()
    qtbot.waitUntil(lambda: not scroll.isVisible(), timeout=3000)  # everything fits again


def _needed_width(widget) -> int:
    """The width a widget needs to show its whole text: a word-wrapped label its longest
    word, a push or tool button its text and a margin, a combo box its current item (its
    list opens wider), anything else its size hint."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QToolButton

    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.minimumSizeHint().width()
    if isinstance(widget, (QPushButton, QToolButton)) and not isinstance(widget, QCheckBox):
        return metrics.horizontalAdvance(widget.text()) + 6
    if isinstance(widget, QComboBox) and widget.count():
        items = max(metrics.horizontalAdvance(widget.itemText(i)) for i in range(widget.count()))
        chrome = widget.sizeHint().width() - items  # the arrow and the margins
        return metrics.horizontalAdvance(widget.currentText()) + chrome
    return widget.sizeHint().width()


def _cut_texts(window) -> list[str]:
    """Every visible label, button and combo box that is narrower than its text needs, or
    reaches past the side of the scroll area (or window) it is shown in."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel

    cut = []
    kinds = (QLabel, QAbstractButton, QComboBox)
    for widget in (w for kind in kinds for w in window.findChildren(kind)):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        name = getattr(widget, "currentText", getattr(widget, "text", lambda: ""))()
        name = name or type(widget).__name__
        if widget.width() < _needed_width(widget) - 1:
            cut.append(f"{name!r}: {widget.width()} px of {_needed_width(widget)}")
        frame = widget.parentWidget()
        while frame is not window and not isinstance(frame.parentWidget(), QAbstractScrollArea):
            frame = frame.parentWidget()
        left = widget.mapTo(frame, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > frame.width() + 1:
            cut.append(f"{name!r}: x {left}..{left + widget.width()} outside 0..{frame.width()}")
    return cut


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_at_every_scale_no_text_is_cut_at_1366_by_768(qtbot, window, percent):
    """The controls wrap their rows, the options rows and the loss header wrap, the metrics
    stack, and the graph gives way: every text keeps the width it needs, inside its view."""
    window.percent_actions[percent].trigger()
    qtbot.wait(200)
    assert (window.width(), window.height()) == (1366, 768)
    controls = window.controls_area
    assert controls.widget().width() <= controls.viewport().width()  # no sideways scrolling
    outputs = window.run_tab.outputs_area
    assert outputs.widget().width() <= outputs.viewport().width()
    assert _cut_texts(window) == []


@pytest.mark.parametrize("example", ["iris_softmax", "digits"])
def test_tables_and_images_keep_their_texts_at_200_percent(qtbot, open_window, example):
    """Three classes named in words, ten classes and the images view, at the largest scale."""
    from playground import cli

    exp, _ = cli.load_experiment(example)
    window = open_window(exp)
    window.percent_actions[200].trigger()
    qtbot.wait(200)
    assert _cut_texts(window) == []
    metrics = window.run_tab.metrics
    assert metrics.table.width() <= metrics.width()


def test_check_boxes_and_the_accuracy_grow_with_the_scale(qtbot, window):
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    def indicator(box) -> int:
        option = QStyleOptionButton()
        option.initFrom(box)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        return rect.height()

    box = window.run_tab.network_view.gradients_box
    accuracy = window.run_tab.confusion.accuracy_label
    small, text = indicator(box), accuracy.font().pointSizeF()
    window.percent_actions[200].trigger()
    assert indicator(box) >= 2 * small - 2
    assert accuracy.font().pointSizeF() == pytest.approx(2 * text) and accuracy.font().bold()
    window.percent_actions[100].trigger()
    assert indicator(box) == small


def test_the_rate_lab_keeps_its_texts_at_200_percent(qtbot, window):
    window.percent_actions[200].trigger()
    window.show_tab("rate")
    window.rate.content.secant_box.setChecked(True)
    qtbot.wait(100)
    assert _cut_texts(window) == []
    window.rate.content.setCurrentIndex(1)  # two weights: the optimisers' paths
    qtbot.wait(100)
    assert _cut_texts(window) == []


def test_the_shapes_tab_keeps_its_texts_at_200_percent(qtbot, window):
    window.percent_actions[200].trigger()
    window.show_tab("shapes")
    for key in ("bill", "columns", "layer"):
        window.shapes.choose(key)
        qtbot.wait(50)
        assert _cut_texts(window) == []


def test_the_summary_tab_keeps_its_texts_at_200_percent(qtbot, window):
    window.percent_actions[200].trigger()
    window.show_tab("summary")
    qtbot.mouseClick(window.summary.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.summary.check_table.rowCount() == 3)
    qtbot.wait(100)
    assert _cut_texts(window) == []
