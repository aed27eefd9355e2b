"""The Summary tab, driven as a user would: the Keras-style table of the course's
3 → 4 → 4 → 1 network (41 parameters), and the gradient check button."""

import pytest
from PySide6.QtCore import Qt

from playground import building
from playground.engine import gradcheck
from playground.experiment import DataSpec, Experiment, NetworkSpec
from playground.ui.common.number_text import scientific
from playground.ui.window.tabs import TAB_NAMES

SALES = Experiment(
    data=DataSpec(name="sales"),
    network=NetworkSpec(hidden=(4, 4), activations=("relu", "relu")),
)


def _cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_summary_of_the_courses_sales_network_counts_41_parameters(qtbot, open_window):
    window = open_window(SALES)
    assert "summary" in TAB_NAMES
    window.show_tab("summary")
    summary = window.summary
    assert summary.isVisible()
    assert _cells(summary.table) == [
        ["Hidden 1", "ReLU", "(3, 4)", "(4,)", "(N, 4)", "16"],
        ["Hidden 2", "ReLU", "(4, 4)", "(4,)", "(N, 4)", "20"],
        ["Output", _cells(summary.table)[2][1], "(4, 1)", "(1,)", "(N, 1)", "5"],
    ]
    assert summary.total.text() == "3 → 4 → 4 → 1: 41 parameters in all"
    headers = [summary.table.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["Layer", "Activation", "W shape", "b shape", "Output shape", "Parameters"]


def test_a_new_network_gives_a_new_summary_and_clears_the_check(qtbot, open_window):
    window = open_window()
    window.show_tab("summary")
    summary = window.summary
    qtbot.mouseClick(summary.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.check_table.rowCount() == 3)
    qtbot.mouseClick(window.network_controls.add_layer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.table.rowCount() == 4)
    assert summary.check_table.rowCount() == 0
    assert summary.verdict.text().startswith("Press “Check the gradients”")


@pytest.mark.parametrize("eps", [1e-4, 1e-6])
def test_the_gradient_check_shows_the_engines_errors_per_layer(qtbot, open_window, eps):
    window = open_window()
    window.show_tab("summary")
    summary = window.summary
    summary.eps_box.setCurrentIndex(summary.eps_box.findData(eps))
    qtbot.mouseClick(summary.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.check_table.rowCount() == 3)
    # The same check on the same starting weights and rows, computed here.
    trainer = building.build(Experiment())
    rows = slice(0, gradcheck.CHECK_ROWS)
    expected = gradcheck.layer_errors(
        trainer.net, trainer.dataset.X_train[rows], trainer.Y_train[rows], trainer.loss, eps
    )
    assert _cells(summary.check_table) == [
        [str(c.layer), f"{c.checked} of {c.total}", scientific(c.error) if c.error else "0"]
        for c in expected
    ]
    worst = max(c.error for c in expected)
    assert worst < gradcheck.AGREES_BELOW
    assert summary.verdict.text() == (
        f"Backpropagation agrees with finite differences to {scientific(worst)}."
    )


def test_a_disagreement_is_named_with_its_layer(qtbot, open_window):
    window = open_window()
    summary = window.summary
    checks = [gradcheck.LayerCheck(1, 12, 12, 2e-9), gradcheck.LayerCheck(2, 10, 10, 3e-2)]
    summary.show_check(checks)
    assert summary.verdict.text() == (
        "Backpropagation and finite differences disagree: relative error 3.0·10⁻² in layer 2."
    )
