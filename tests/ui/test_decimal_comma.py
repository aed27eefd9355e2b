"""In Portuguese (Brazil) every number the window shows is written with the decimal comma:
labels, buttons, lists, tables, spin boxes, every plot's tick labels and texts, the network
graph's captions, edge numbers and hover texts, the status line, each tab and its inner
tabs; and every number field takes '0.5' and '0,5' alike.

The window is opened in pt_BR as `--lang pt_BR` does (language.install), trained a few
epochs, and read as a user would see it. A number written with a point is a failure, except
a group of thousands ('1.234' is a count in Portuguese) and the few texts of ALLOWED, which
are not numbers of the app but names (versions, a licence).
"""

from __future__ import annotations

import re

import graph_probe as probe
import numpy as np
import pytest
import shown_texts as shown
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QTabWidget

from playground import experiment, shipped, version
from playground.experiment import Experiment, TrainingSpec
from playground.ui.common.number_box import NumberBox
from playground.ui.window.about import AboutDialog, library_versions
from playground.ui.window.tabs import TAB_NAMES

# A number token; it has a decimal point unless its points group thousands ('12.345').
NUMBER = re.compile(r"(?<![\w.,])[−-]?\d+(?:[.,]\d+)*")
GROUPED = re.compile(r"[−-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
TAG = re.compile(r"<[^>]*>")
# Not numbers of the app: its version and those of the libraries (About), a licence name.
ALLOWED = (version(), *(number for _, number in library_versions()), "CC BY 4.0")
EPOCHS = 3


def points_in(text: str) -> list[str]:
    """The numbers of `text` (markup removed) written with a decimal point."""
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    plain = TAG.sub(" ", text)
    return [n for n in NUMBER.findall(plain) if "." in n and not GROUPED.fullmatch(n)]


# ------------------------------------------------------------------------ driving
def _train(qtbot, window, epochs: int = EPOCHS) -> None:
    for _ in range(epochs):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.snapshot.epoch == epochs, timeout=10_000)
    qtbot.waitUntil(lambda: not window.session.snapshot.running, timeout=10_000)


def _work_the_tab(qtbot, window, name: str) -> None:
    """What a student would do first on tab `name`, so that it shows its numbers."""
    if name == "backprop":
        tab = window.backprop.content
        qtbot.waitUntil(lambda: tab.step is not None, timeout=10_000)
    elif name == "neuron":
        tab = window.neuron.content
        for _ in range(3):
            qtbot.mouseClick(tab.step_button, Qt.MouseButton.LeftButton)
    elif name == "rate":
        window.rate.content.secant_box.setChecked(True)
    elif name == "summary":
        summary = window.summary
        qtbot.mouseClick(summary.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: summary.check_table.rowCount() > 0, timeout=10_000)


def _all_texts(qtbot, window) -> list[tuple[str, str]]:
    """The menus, the controls and the status line, then each tab as it is worked: its
    inner tabs one by one, the Backprop tab's steps one by one."""
    found = shown.menu_texts(window) + shown.everything(qtbot, window)
    for name in TAB_NAMES:
        window.show_tab(name)
        qtbot.wait(50)
        _work_the_tab(qtbot, window, name)
        tab = window.tabs_by_name[name]
        found += shown.inner_tabs(qtbot, tab)
        if name == "backprop":  # the other steps of the pass, one after another
            steps = window.backprop.content
            while steps.next.isEnabled():
                qtbot.mouseClick(steps.next, Qt.MouseButton.LeftButton)
                found += shown.widget_texts(tab) + shown.plot_texts(tab)
    return found + shown.widget_texts(window.statusBar())


def _shown_with_a_point(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in found if points_in(text)]


# -------------------------------------------------------------------------- tests
def test_the_check_finds_points_and_passes_commas_and_counts():
    assert points_in("loss 0.25") == ["0.25"]
    assert points_in("−1.5 × 10⁶") == ["−1.5"]
    assert points_in("<b style='font-size:13pt'>f(0,5) = 0,6225</b>") == []
    assert points_in("12.345 épocas, 1.234.567 parâmetros") == []
    assert points_in("Digits 8×8, spiral_6x8.json, x₁, W⁽²⁾, 10⁻⁵") == []
    assert points_in(f"Versão {version()}") == []


@pytest.mark.parametrize("name", [None, "iris_softmax"])
def test_every_number_shown_in_portuguese_has_a_decimal_comma(qtbot, open_window, portuguese, name):
    exp = None if name is None else experiment.load(shipped.experiment_file(name))
    window = open_window(exp)
    _train(qtbot, window)
    found = _all_texts(qtbot, window)
    assert len(found) > 200  # the texts were read
    assert any("," in text for _, text in found if NUMBER.search(text))
    wrong = _shown_with_a_point(found)
    assert not wrong, "\n".join(f"{where}: {text!r}" for where, text in wrong[:40])


def test_the_about_dialog_in_portuguese(qtbot, portuguese):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not _shown_with_a_point(shown.widget_texts(dialog))


# -------------------------------------------------------------------------- typing
def test_a_number_box_reads_either_separator_and_writes_the_locales(qtbot, portuguese):
    box = NumberBox()
    qtbot.addWidget(box)
    box.setRange(-10.0, 10.0)
    box.setDecimals(2)
    box.setValue(-1.5)
    assert box.text() == "−1,50"
    states = QValidator.State
    for text, state in {
        "0.5": states.Acceptable,
        "0,5": states.Acceptable,
        "−1,25": states.Acceptable,
        "0,123": states.Acceptable,  # rounded to the decimals shown
        "": states.Intermediate,
        "−": states.Intermediate,
        "1,": states.Acceptable,
        "2e": states.Intermediate,
        "20": states.Intermediate,  # out of range: put back when editing ends
        "abc": states.Invalid,
        "1,5,": states.Invalid,
    }.items():
        assert box.validate(text, len(text))[0] == state, text
    assert box.valueFromText("2.5") == box.valueFromText("2,5") == 2.5


def _type(qtbot, box: NumberBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _typeable(box: NumberBox) -> bool:
    return box.isVisible() and box.minimum() <= 0.5 <= box.maximum() and box.decimals() >= 1


def _type_both(qtbot, box: NumberBox) -> None:
    """'0.5' and '0,5' typed into `box` (after another value) both make it 0.5."""
    other = box.minimum() if box.minimum() != 0.5 else box.maximum()
    for text in ("0.5", "0,5"):
        box.setValue(other)
        _type(qtbot, box, text)
        where = type(box.parentWidget()).__name__
        assert box.value() == 0.5, (where, text, box.text())
        assert box.text() == "0," + "5".ljust(box.decimals(), "0"), (where, box.text())


def test_every_spin_box_takes_a_point_and_a_comma(qtbot, open_window, portuguese):
    window = open_window()
    typed = set()

    def type_into_those_shown() -> None:
        for box in window.findChildren(NumberBox):
            if id(box) not in typed and _typeable(box):
                typed.add(id(box))
                _type_both(qtbot, box)

    for name in TAB_NAMES:
        window.show_tab(name)
        qtbot.wait(20)
        type_into_those_shown()
        for tabs in window.tabs_by_name[name].findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(20)
                type_into_those_shown()
    assert len(typed) >= 8  # the explorer's, the labs', the training controls'


def test_the_training_controls_take_a_point_and_a_comma(qtbot, open_window, portuguese):
    window = open_window(Experiment(training=TrainingSpec(optimizer="momentum")))
    box = window.training_controls.momentum
    assert box.isVisible()
    for text, value in (("0.5", 0.5), ("0,25", 0.25)):
        _type(qtbot, box, text)
        qtbot.waitUntil(lambda v=value: window.session.experiment.training.momentum == v)
    lr = window.training_controls.lr
    for text, value in (("0.5", 0.5), ("0,25", 0.25)):
        lr.lineEdit().selectAll()
        qtbot.keyClicks(lr.lineEdit(), text)
        qtbot.keyClick(lr.lineEdit(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda v=value: window.session.experiment.training.lr == v)
        assert lr.currentText() == text.replace(".", ",")


@pytest.mark.parametrize("text", ["0.5", "0,5"])
def test_the_value_editor_takes_a_point_and_a_comma(qtbot, open_window, portuguese, text):
    window = open_window()
    graph = window.run_tab.network_view
    point = probe.edge_midpoint(graph, 0, 1, 2).toPoint()
    qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=point)
    assert graph.editor.isVisible() and "," in graph.editor.text()
    graph.editor.selectAll()
    qtbot.keyClicks(graph.editor, text)
    qtbot.keyClick(graph.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.snapshot.weights[0][1, 2] == 0.5, timeout=5000)


def test_a_typed_cost_takes_a_decimal_comma(qtbot, portuguese):
    from playground.ui.teaching.rate import RateTab

    tab = RateTab()
    qtbot.addWidget(tab)
    tab.formula.edit.setText("0,5w² + 1.5w")
    tab.formula.apply()
    assert not tab.formula.error
    assert tab.derivative.text() == "dJ/dw = w + 3/2"
    np.testing.assert_allclose(tab._cost().dJ(np.array([1.0])), [2.5])
