"""A cost typed in the learning-rate lab, as a user would: w³ and Enter shows 3w² and the
engine's descent; a bad formula says why in red and changes nothing; the presets and the
secants work on the typed cost; and SymPy is loaded only when a formula is typed."""

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.engine import descent
from playground.ui.common.number_text import significant
from playground.ui.teaching.rate import RateTab


@pytest.fixture
def tab(open_window) -> RateTab:
    """The lab in a 1366 x 768 window, opened from its tab."""
    window = open_window()
    window.show_tab("rate")
    return window.rate.content


def _type(qtbot, tab: RateTab, text: str) -> None:
    """Click the formula field, type `text` over what is there and press Enter. QTest types
    Latin-1 only: '−' and '⁴' arrive as from an input method or a paste."""
    edit = tab.formula.edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    for char in text:
        if ord(char) < 256:
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_typing_w_cubed_shows_its_derivative_and_the_engines_descent(qtbot, tab):
    _type(qtbot, tab, "w³")
    assert tab.derivative.text() == "dJ/dw = 3w²"
    assert tab.cost.currentText() == "J(w) = w³ (typed)"
    assert tab.cost.currentIndex() == tab.cost.count() - 1
    cost = tab._cost()
    expected = descent.descend(cost, tab.start.value(), tab.rate.value(), tab.steps.value())
    assert tab.table.rowCount() == len(expected.w)
    for column, values in ((1, expected.w), (2, expected.J), (3, expected.dJ)):
        assert _column(tab.table, column)[:5] == [significant(v, 5) for v in values[:5]]
    x, y = tab.curve.getData()
    np.testing.assert_allclose(y, x**3)
    assert tab.formula.error == ""


def test_the_same_formula_typed_in_python_or_as_the_course_writes_it(qtbot, tab):
    _type(qtbot, tab, "w**4 - 3*w**2")
    assert tab.derivative.text() == "dJ/dw = 4w³ − 6w"
    _type(qtbot, tab, "w⁴ − 3w²")
    assert tab.derivative.text() == "dJ/dw = 4w³ − 6w"
    assert tab.cost.count() == len(descent.COSTS) + 1  # one typed item, replaced


def test_a_bad_formula_says_why_and_keeps_the_previous_curve_and_table(qtbot, tab):
    _type(qtbot, tab, "w**2 - 3w")
    before = (tab.curve.getData()[1].copy(), _column(tab.table, 1), tab.derivative.text())
    _type(qtbot, tab, "x**2")
    assert tab.formula.message.isVisible()
    assert "Unknown name 'x': use w" in tab.formula.error
    assert "D62728" in tab.formula.edit.styleSheet()  # a red border
    after = (tab.curve.getData()[1], _column(tab.table, 1), tab.derivative.text())
    np.testing.assert_array_equal(after[0], before[0])
    assert after[1:] == before[1:] and tab.cost.currentText() == "J(w) = w² − 3w (typed)"
    qtbot.keyClicks(tab.formula.edit, "!")  # typing again clears the message
    assert tab.formula.error == "" and tab.formula.edit.styleSheet() == ""


def test_the_presets_and_the_secants_work_on_a_typed_cost(qtbot, tab):
    _type(qtbot, tab, "w^4 - 3w^2")
    cost = tab._cost()
    for key, button in tab.presets.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert tab.rate.value() == cost.rates[key]
    tab.secant_box.setChecked(True)
    w0 = tab.start.value()
    slopes = [float(s.replace("−", "-")) for s in _column(tab.secant_table, 1)]
    assert slopes[-1] == pytest.approx(float(cost.dJ(np.float64(w0))), rel=1e-3)  # ε = 0.001
    assert slopes[-1] == pytest.approx(descent.secant(cost, w0, 0.001), rel=1e-4)


def test_a_preset_chosen_again_and_the_typed_cost_back(qtbot, tab):
    _type(qtbot, tab, "w³")
    tab.choose("double_well")
    assert tab.derivative.text() == "dJ/dw = 4w(w² − 1)"
    tab.cost.setCurrentIndex(tab.cost.count() - 1)
    assert tab.derivative.text() == "dJ/dw = 3w²"


def test_a_step_out_of_the_domain_stops_the_run_and_says_so(qtbot, tab):
    _type(qtbot, tab, "log(w)")
    tab.rate.setValue(10.0)  # 3 − 10/3 < 0, where log has no value
    assert tab.verdict.text().startswith("Stopped after 1 steps: at w = −0.3333")
    assert _column(tab.table, 2)[-1] == "NaN"
    x, y = tab.path.getData()
    assert list(x) == [3.0] and np.all(np.isfinite(y))  # the plot shows only numbers


def test_sympy_is_loaded_when_a_formula_is_typed_not_at_start_up():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from playground.ui import configure_plots\n"
        "from playground.ui.window.main_window import MainWindow\n"
        "configure_plots()\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "window.show_tab('rate')\n"
        "app.processEvents()\n"
        "assert 'sympy' not in sys.modules, 'loaded at start-up or with the lab'\n"
        "field = window.rate.content.formula\n"
        "field.edit.setText('w**3')\n"
        "field.apply()\n"
        "assert window.rate.content.derivative.text() == 'dJ/dw = 3w²'\n"
        "assert 'sympy' in sys.modules\n"
        "window.shutdown()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment
    )
    assert result.returncode == 0, result.stderr
