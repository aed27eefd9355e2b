"""The Lessons menu and the lesson panel, driven as a user would: a lesson chosen in the
menu loads its experiment, brings its tab to the front set up, and shows its four parts
beside the views; in Portuguese, the texts are Portuguese; the panel closes, another
lesson replaces it, and free play goes on while it is shown."""

import pytest
import test_presentation
from PySide6.QtCore import QCoreApplication, Qt

from playground import lessons
from playground.ui.window.lesson_panel import LessonPanel, numbered_list

LESSONS = {lesson.number: lesson for lesson in lessons.load_lessons()}
E_O1 = 0.274811083  # Mazur's error of o1 with his starting weights


@pytest.fixture
def window(open_window):
    return open_window()


def _open(qtbot, win, number: int) -> LessonPanel:
    win.lessons.actions[number].trigger()
    qtbot.waitUntil(lambda: win.session.snapshot is not None, timeout=10_000)
    return win.lessons.panel


def _shown(panel: LessonPanel) -> dict:
    return {part: label.text() for part, label in panel.bodies.items()}


def test_the_lessons_menu_sits_between_view_and_help_with_fifteen_numbered_lessons(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Lessons", "&Help"]
    texts = [action.text() for action in window.lessons.menu.actions()]
    assert len(texts) == 15
    assert texts[0] == "1. The dot product and matrix shapes"
    assert texts[10] == "11. Backpropagation by hand"
    assert all(action in window.actions() for action in window.lessons.actions.values())
    assert window.lessons.panel is None  # made when the first lesson opens


def test_a_lesson_loads_its_experiment_opens_its_tab_and_shows_its_four_parts(qtbot, window):
    panel = _open(qtbot, window, 1)
    lesson = LESSONS[1]
    assert window.session.experiment == lesson.experiment
    assert window.tabs.currentWidget() is window.shapes
    assert window.shapes.preset.currentData() == "bill"
    assert panel.isVisible() and not panel.isFloating()
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    text = lesson.text("en")
    assert panel.title.text() == f"1. {text.title}"
    shown = _shown(panel)
    assert shown["shows"] == text.shows and shown["notice"] == text.notice
    assert shown["question"] == text.question
    assert shown["try"] == numbered_list(text.tries)
    assert shown["try"].count("<li>") == len(text.tries) == 4
    assert [panel.headings[p].text() for p in ("shows", "try", "notice", "question")] == [
        "What it shows",
        "Try",
        "Notice",
        "Before you press Play",
    ]
    assert panel.windowTitle() == "Lesson 1 of 15"
    assert window.files.path is None  # Save asks where


def test_each_tab_is_set_up_as_its_lesson_says(qtbot, window):
    _open(qtbot, window, 2)
    lab = window.neuron.content
    assert window.tabs.currentWidget() is window.neuron
    assert (lab.data.currentData(), lab.rule.currentData()) == ("and", "perceptron")
    assert lab.lab.steps == 0
    _open(qtbot, window, 5)
    rate = window.rate.content
    assert window.tabs.currentWidget() is window.rate and rate.currentWidget() is rate.one_weight
    assert rate.cost.currentData() == "square" and rate.start.value() == 3.0
    assert rate.secant_box.isChecked() and rate.secant_table.item(5, 1).text() == "6.001"
    _open(qtbot, window, 6)
    assert rate.rate.value() == 0.01 and not rate.secant_box.isChecked()
    _open(qtbot, window, 9)
    explorer = window.explorer.content
    assert explorer.tabs.currentWidget() is explorer.depth_tab
    assert explorer.chooser.activation().name == "sigmoid"
    assert window.session.experiment.network.activations == ("sigmoid",) * 6
    _open(qtbot, window, 15)
    assert window.tabs.currentWidget() is window.summary
    assert window.session.info.n_params == 41


def test_backprop_by_hand_starts_from_mazurs_weights_and_reset_keeps_them(qtbot, window):
    _open(qtbot, window, 11)
    assert window.tabs.currentWidget() is window.backprop
    tab = window.backprop.content
    qtbot.waitUntil(lambda: tab.step is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.session.snapshot.metrics["train_loss"] > 0.27, timeout=5000)
    assert window.session.snapshot.metrics["train_loss"] == pytest.approx(E_O1)
    qtbot.waitUntil(lambda: tab.steps.count() == 13, timeout=5000)
    worked = {1: "= 0.3775", 2: "= 0.5933", 4: "= 0.7514", 5: "L = 0.2748", 8: "= 0.08217"}
    for index, number in worked.items():  # the numbers the lesson asks to check
        tab.go_to(index)
        assert number in tab.numbers.text()
    tab.go_to(12)
    assert "0.4 − 0.5·0.08217 = 0.3589" in tab.numbers.text()
    curve = window.run_tab.loss_view.train_curve
    qtbot.waitUntil(
        lambda: curve.getData()[1] is not None and len(curve.getData()[1]), timeout=5000
    )
    assert curve.getData()[1][0] == pytest.approx(E_O1)  # epoch 0 with the given weights
    window.step_action.trigger()
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == 1, timeout=5000)
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.session.snapshot is not None, timeout=5000)
    assert window.session.snapshot.metrics["train_loss"] == pytest.approx(E_O1)
    window.lessons.panel.close_button.click()  # the lesson ends: Reset gives the seed's weights
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.session.snapshot is not None, timeout=5000)
    assert window.session.snapshot.metrics["train_loss"] != pytest.approx(E_O1)


def test_portuguese_lessons_show_portuguese_texts(qtbot, portuguese, open_window):
    window = open_window()
    lesson = LESSONS[4]
    text = lesson.text("pt_BR")
    assert window.lessons.actions[4].text() == f"4. {text.title}"
    panel = _open(qtbot, window, 4)
    assert panel.title.text() == f"4. {text.title}"
    assert _shown(panel)["shows"] == text.shows and _shown(panel)["notice"] == text.notice
    assert _shown(panel)["question"] == text.question
    assert "Divida cada peso pelo primeiro" in _shown(panel)["try"]
    heading = QCoreApplication.translate("LessonPanel", "Before you press Play")
    assert panel.headings["question"].text() == heading


def test_close_then_another_lesson_replaces_the_first(qtbot, window):
    panel = _open(qtbot, window, 7)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and window.lessons.current is None
    assert window.session.experiment == LESSONS[7].experiment  # the experiment stays
    _open(qtbot, window, 3)
    assert panel.isVisible() and panel.title.text().startswith("3. ")
    _open(qtbot, window, 8)
    assert panel.title.text().startswith("8. ") and window.lessons.current.number == 8
    assert len(window.findChildren(LessonPanel)) == 1
    assert window.session.experiment == LESSONS[8].experiment


def test_free_play_goes_on_with_the_panel_open(qtbot, window):
    panel = _open(qtbot, window, 14)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # Play
    assert window.session.running and panel.isVisible()
    qtbot.waitUntil(lambda: window.session.snapshot.epoch >= 20, timeout=10_000)
    line = window.training_controls.lr.lineEdit()  # any control can be used meanwhile
    line.selectAll()
    qtbot.keyClicks(line, "0.01")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.session.experiment.training.lr == 0.01 and window.session.running
    _open(qtbot, window, 10)  # a lesson pauses: its question comes before Play
    assert not window.session.running
    assert window.session.experiment == LESSONS[10].experiment
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch >= 5, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.session.running, timeout=5000)


@pytest.mark.parametrize("percent", [100, 150])
def test_the_panel_keeps_its_texts_at_1366_by_768(qtbot, window, percent):
    window.percent_actions[percent].trigger()
    panel = _open(qtbot, window, 11)
    qtbot.wait(200)
    assert (window.width(), window.height()) == (1366, 768)
    assert test_presentation._cut_texts(panel) == []
    scroll = panel.scroll
    assert scroll.widget().width() <= scroll.viewport().width()  # no sideways scrolling
    assert panel.width() <= 0.3 * window.width()
    assert panel.title.font().pointSizeF() > panel.bodies["shows"].font().pointSizeF()
