"""The learning-rate lab, driven as a user would: w² from 3 by hand, the presets that
overshoot and diverge, the secant approaching the derivative, another cost."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from playground.engine import datasets, descent
from playground.ui.teaching.rate import RateTab


@pytest.fixture
def tab(qtbot):
    view = RateTab()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_w_squared_from_3_descends_as_worked_by_hand(tab):
    assert tab.cost.currentText() == "J(w) = w²" and tab.derivative.text() == "dJ/dw = 2w"
    assert (tab.start.value(), tab.rate.value(), tab.steps.value()) == (3.0, 0.1, 20)
    assert _column(tab.table, 1)[:4] == ["3", "2.4", "1.92", "1.536"]  # w ← 0.8 w
    assert _column(tab.table, 2)[:2] == ["9", "5.76"] and _column(tab.table, 3)[:2] == ["6", "4.8"]
    assert tab.table.rowCount() == 21
    assert tab.verdict.text().startswith("After 20 steps w = 0.03459")
    x, y = tab.path.getData()
    assert list(x[:2]) == [3.0, 2.4] and list(y[:2]) == [9.0, pytest.approx(5.76)]


def test_too_large_overshoots_and_then_diverges(qtbot, tab):
    qtbot.mouseClick(tab.presets["too large"], Qt.MouseButton.LeftButton)
    assert tab.rate.value() == descent.COSTS["square"].rates["too large"]
    assert tab.verdict.text().startswith("w jumps from side to side of the minimum")
    tab.steps.setValue(60)
    assert tab.verdict.text().startswith("Diverged after")
    assert "The learning rate is too large." in tab.verdict.text()


def test_too_small_crawls(qtbot, tab):
    qtbot.mouseClick(tab.presets["too small"], Qt.MouseButton.LeftButton)
    last = float(_column(tab.table, 1)[-1])
    assert 2.0 < last < 3.0  # 20 steps of 2 % each


def test_the_secant_approaches_the_derivative(qtbot, tab):
    box = tab.secant_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert tab.secant_table.isVisible()
    epsilons, slopes = _column(tab.secant_table, 0), _column(tab.secant_table, 1)
    assert dict(zip(epsilons, slopes))["0.001"] == "6.001"
    assert dict(zip(epsilons, slopes))["0.002"] == "6.002"
    assert slopes[0] == "7"  # ε = 1: (16 − 9) / 1


def test_another_cost_brings_its_derivative_start_and_good_rate(tab):
    tab.choose("double_well")
    well = descent.COSTS["double_well"]
    assert tab.derivative.text() == "dJ/dw = 4w(w² − 1)"
    assert (tab.start.value(), tab.rate.value()) == (well.start, well.rates["good"])
    assert abs(float(_column(tab.table, 1)[-1]) - 1.0) < 1e-3  # into the well at w = 1


def test_the_lab_opens_from_the_command_line(open_window):
    from playground.ui.window.tabs import TAB_NAMES

    window = open_window()
    assert "rate" in TAB_NAMES
    assert window.rate.content is None  # not built at start-up: it costs 0.1 s
    window.show_tab("rate")
    assert window.rate.isVisible() and isinstance(window.rate.content, RateTab)


def test_two_weights_show_each_optimisers_path_from_the_same_start(qtbot, tab):
    tab.setCurrentIndex(1)
    view = tab.two_weights
    assert view.isVisible()
    view.start_w1.setValue(-2.0)
    view.steps.setValue(10)
    data = datasets.make("gauss", n=100, seed=0)
    expected = descent.optimizer_paths(data.X_train, data.y_train.astype(float), (-2.0, 2.5), 10)
    for name, curve in view.paths.items():
        x, y = curve.getData()
        np.testing.assert_allclose(np.column_stack([x, y]), expected[name])
        assert (x[0], y[0]) == (-2.0, 2.5)
    assert "SGD, λ = 0.5" in view.legend.text() and "Adam, λ = 0.1" in view.legend.text()
    assert view.ends.text().startswith("After 10 steps: SGD: L = ")
    image = view.image.image
    assert image.shape == (descent.PLANE_SIDE, descent.PLANE_SIDE)
