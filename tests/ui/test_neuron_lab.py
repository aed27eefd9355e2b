"""The single-neuron lab, driven as a user would: pick the data and the rule, step, read the
formula with the engine's numbers, watch the line and the arrow move, play and pause, reset,
and open XOR with a hidden layer."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground import experiment
from playground.engine import single_neuron
from playground.run import build_run
from playground.ui.common.number_text import significant, vector
from playground.ui.teaching.neuron import SPEEDS, NeuronTab, hidden_layer_experiment


@pytest.fixture
def tab(qtbot):
    view = NeuronTab()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(combo, key: str) -> None:
    """Choose the item whose data is `key`, as picking it from the list does."""
    combo.setCurrentIndex(combo.findData(key))


def _text(tab) -> str:
    """The last update as shown, its non-breaking spaces read as spaces."""
    return tab.update_text.text().replace("\u00a0", " ")


def _n(value) -> str:
    return significant(float(value), 4)


def test_it_opens_on_the_perceptron_learning_and(tab):
    assert (tab.data.currentData(), tab.rule.currentData()) == ("and", "perceptron")
    assert tab.mode.currentData() == "online"
    assert tab.rate.value() == single_neuron.RATES["perceptron"]
    assert _text(tab).startswith("No update yet")
    assert not tab.xor_note.isVisible() and not tab.hidden_button.isVisible()
    assert "3 of 4 points are on the wrong side" in tab.verdict.text()  # all but (0, 1)


def test_a_perceptron_step_writes_the_formula_with_the_engines_numbers(qtbot, tab):
    _click(qtbot, tab.step_button)  # x = (0, 0), class 0; z = b = 0.05, so ŷ = 1
    u = tab.lab.last
    text = _text(tab)
    assert f"Sample x = {vector(u.x[0], 4)}, class 0: target y = 0" in text
    assert f"ŷ = step(z) = {_n(u.y_hat[0])}" in text
    lines = text.splitlines()
    w_at = lines.index("w ← w + λ(y − ŷ)x")
    assert lines[w_at + 1].strip() == (
        f"= {vector(u.w_before, 4)} + {_n(0.1)}·({_n(0)} − {_n(1)})·{vector(u.x[0], 4)}"
    )
    assert lines[w_at + 2].strip() == f"= {vector(u.w_after, 4)}"
    b_at = lines.index("b ← b + λ(y − ŷ)")
    assert lines[b_at + 1].strip() == f"= {_n(0.05)} + {_n(0.1)}·({_n(0)} − {_n(1)})"
    assert lines[b_at + 2].strip() == f"= {_n(-0.05)}"  # 0.05 + 0.1·(0 − 1), by hand
    assert tab.counts.text().startswith("Epochs: 0 · updates: 1, of which 1 changed w or b")


def test_the_perceptron_says_when_it_makes_no_update(qtbot, tab):
    _click(qtbot, tab.step_button)
    _click(qtbot, tab.step_button)  # x = (0, 1): z = −0.35, ŷ = 0 = y
    assert not tab.lab.last.changed
    assert "ŷ = y: no update, w and b stay as they are." in _text(tab)
    assert "w ← w" not in _text(tab)
    assert "of which 1 changed w or b" in tab.counts.text()


def test_the_line_moves_after_an_update_and_is_the_engines(qtbot, tab):
    before = np.column_stack(tab.plot.line.getData())
    _click(qtbot, tab.step_button)  # b goes from 0.05 to −0.05
    after = np.column_stack(tab.plot.line.getData())
    assert not np.allclose(before, after)
    np.testing.assert_allclose(after, tab.lab.line())
    w, b = tab.lab.w, tab.lab.b
    np.testing.assert_allclose(after @ w + b, 0.0, atol=1e-12)


def test_the_arrow_points_along_w(qtbot, tab):
    for _ in range(4):
        _click(qtbot, tab.step_button)
    x, y = tab.plot.shaft.getData()
    direction = np.array([x[1] - x[0], y[1] - y[0]])
    w = tab.lab.w
    np.testing.assert_allclose(direction / np.hypot(*direction), w / np.hypot(*w))
    assert (tab.plot.head.pos().x(), tab.plot.head.pos().y()) == pytest.approx((x[1], y[1]))
    assert tab.plot.head.isVisible()


def test_the_sample_of_the_update_is_marked(qtbot, tab):
    _click(qtbot, tab.step_button)
    _click(qtbot, tab.step_button)
    x, y = tab.plot.sample_mark.getData()
    assert (list(x), list(y)) == ([0.0], [1.0])  # the second row of the truth table


def test_adaline_writes_z_in_place_of_y_hat(qtbot, tab):
    _pick(tab.rule, "adaline")
    assert tab.rate.value() == single_neuron.RATES["adaline"]
    _click(qtbot, tab.step_button)
    u = tab.lab.last
    text = _text(tab)
    assert "target y = −1" in text  # class 0 is −1 for the delta rule
    assert "w ← w + λ(y − z)x" in text and "ŷ" not in text
    assert f"{_n(0.1)}·({_n(-1)} − {_n(u.z[0])})·{vector(u.x[0], 4)}" in text
    assert f"= {vector(u.w_after, 4)}" in text


def test_the_sigmoid_neuron_writes_its_gradient_step(qtbot, tab):
    _pick(tab.rule, "sigmoid")
    _click(qtbot, tab.step_button)
    u = tab.lab.last
    text = _text(tab)
    assert f"ŷ = σ(z) = {_n(u.y_hat[0])}" in text
    assert "w ← w − λ(ŷ − y)x" in text and "b ← b − λ(ŷ − y)" in text
    assert f"= {_n(u.b_before)} − {_n(0.5)}·({_n(u.y_hat[0])} − {_n(0)})" in text
    assert f"= {_n(u.b_after)}" in text


def test_batch_mode_makes_one_averaged_update_an_epoch(qtbot, tab):
    _pick(tab.data, "clouds")
    _pick(tab.mode, "batch")
    _click(qtbot, tab.step_button)
    u = tab.lab.last
    text = _text(tab)
    assert text.startswith("Batch: one update from all 30 samples")
    assert "w ← w + λ·(1/N)Σ(y − ŷ)x" in text
    assert f"= {vector(u.w_before, 4)} + {_n(0.1)}·{vector(u.term_w, 4)}" in text
    assert tab.counts.text().startswith("Epochs: 1 · updates: 1")
    assert tab.plot.sample_mark.getData()[0].size == 0  # no one sample


def test_epoch_runs_to_the_end_of_the_epoch(qtbot, tab):
    _click(qtbot, tab.step_button)
    _click(qtbot, tab.epoch_button)
    assert (tab.lab.epochs, tab.lab.steps, tab.lab.cursor) == (1, 4, 0)


def test_the_keyboard_steps_plays_and_resets(qtbot, tab):
    tab.activateWindow()
    tab.step_button.setFocus()
    qtbot.waitUntil(tab.step_button.hasFocus)
    qtbot.keyClick(tab.step_button, Qt.Key.Key_N)
    assert tab.lab.steps == 1
    qtbot.keyClick(tab.step_button, Qt.Key.Key_E)
    assert tab.lab.epochs == 1
    qtbot.keyClick(tab.step_button, Qt.Key.Key_Home)
    assert tab.lab.steps == 0
    qtbot.keyClick(tab.step_button, Qt.Key.Key_P)
    assert tab.timer.isActive()
    qtbot.keyClick(tab.step_button, Qt.Key.Key_P)
    assert not tab.timer.isActive()


def test_play_steps_with_the_timer_and_pause_stops_it(qtbot, tab):
    _pick(tab.data, "clouds")
    _click(qtbot, tab.play_button)
    assert tab.timer.isActive() and tab.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: tab.lab.steps >= 2, timeout=5000)
    _click(qtbot, tab.play_button)
    assert not tab.timer.isActive() and tab.play_button.text() == "Play"
    steps = tab.lab.steps
    qtbot.wait(2 * tab.timer.interval())
    assert tab.lab.steps == steps


def test_play_stops_by_itself_once_separated(qtbot, tab):
    _pick(tab.speed, str(max(SPEEDS)))
    _click(qtbot, tab.play_button)
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=10_000)
    assert tab.lab.separated and not tab.play_button.isChecked()
    assert tab.verdict.text() == "Separated: every point is on its side of the line."


def test_reset_goes_back_to_the_start(qtbot, tab):
    for _ in range(3):
        _click(qtbot, tab.step_button)
    _click(qtbot, tab.play_button)
    _click(qtbot, tab.reset_button)
    assert not tab.timer.isActive()
    assert (tab.lab.steps, tab.lab.epochs) == (0, 0)
    assert list(tab.lab.w) == list(single_neuron.START_W)
    assert _text(tab).startswith("No update yet")
    np.testing.assert_allclose(np.column_stack(tab.plot.line.getData()), tab.lab.line())


def test_xor_says_one_neuron_cannot_and_offers_a_hidden_layer(qtbot, tab):
    _pick(tab.data, "xor_gate")
    assert tab.xor_note.isVisible() and tab.hidden_button.isVisible()
    assert "one neuron cannot separate XOR" in tab.xor_note.text()
    _click(qtbot, tab.epoch_button)
    assert "of 4 points are on the wrong side" in tab.verdict.text()
    with qtbot.waitSignal(tab.experiment_requested, timeout=1000) as blocker:
        _click(qtbot, tab.hidden_button)
    (exp,) = blocker.args
    assert isinstance(exp, experiment.Experiment)
    assert exp.data.name == "xor_gate" and len(exp.network.hidden) == 1
    experiment.validate(exp)
    _pick(tab.data, "or")
    assert not tab.xor_note.isVisible() and not tab.hidden_button.isVisible()


def test_xor_after_the_play_limit_says_not_separated(qtbot, tab):
    _pick(tab.data, "xor_gate")
    while tab.lab.epochs < single_neuron.MAX_PLAY_EPOCHS:
        _click(qtbot, tab.epoch_button)
    assert tab.verdict.text().startswith(
        f"Not separated after {single_neuron.MAX_PLAY_EPOCHS} epochs"
    )
    _click(qtbot, tab.play_button)  # nothing left to play
    assert not tab.timer.isActive() and not tab.play_button.isChecked()


def test_the_hidden_layer_solves_xor_within_its_epochs():
    exp = hidden_layer_experiment()
    trainer = build_run(exp).trainer
    trainer.run_epochs(exp.training.epochs)
    assert trainer.history["train_accuracy"][-1] == 1.0
    assert not trainer.diverged


def test_a_rate_too_large_diverges_and_the_lab_says_so(qtbot, tab):
    _pick(tab.data, "clouds")
    _pick(tab.rule, "adaline")
    tab.rate.setValue(single_neuron.RATE_RANGE[1])
    while tab.epoch_button.isEnabled():
        _click(qtbot, tab.epoch_button)
    assert "λ is too large" in tab.verdict.text()
    assert not tab.step_button.isEnabled() and not tab.play_button.isEnabled()
    _click(qtbot, tab.reset_button)
    assert tab.step_button.isEnabled() and not tab.lab.diverged


def test_the_formula_is_larger_than_the_text_around_it_and_follows_the_ui_scale(tab):
    from playground.ui.common.scale import ui_scale

    at_100 = tab.update_text.font().pointSizeF()
    assert at_100 > tab.counts.font().pointSizeF()
    try:
        ui_scale().set_percent(150)
        assert tab.update_text.font().pointSizeF() == pytest.approx(1.5 * at_100)
    finally:
        ui_scale().set_percent(100)


def test_in_the_window_the_hidden_layer_opens_and_learns_xor_on_the_network_tab(qtbot, open_window):
    win = open_window()
    win.show_tab("neuron")
    lab = win.neuron.content
    lab.choose("xor_gate", "perceptron")
    _click(qtbot, lab.hidden_button)
    assert win.tabs.currentWidget() is win.run_tab and win.session.running
    assert win.session.experiment.network.hidden == hidden_layer_experiment().network.hidden
    session = win.session
    qtbot.waitUntil(
        lambda: session.snapshot is not None and session.snapshot.metrics["train_accuracy"] == 1,
        timeout=30_000,
    )
