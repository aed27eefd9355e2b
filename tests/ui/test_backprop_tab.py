"""The Backprop tab, driven as a user would: a 2 → 2 → 1 sigmoid network with given weights,
worked out by hand here for the AND gate's row x = (1, 1), y = 1, and every number the tab
shows checked against it; Next and Previous by button and by key, the graph's highlight,
a sample picked by clicking its point, a mini-batch's gradients and a wide network."""

import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from playground.experiment import DataSpec, Experiment, FeatureSpec, NetworkSpec, TrainingSpec
from playground.ui.common.number_text import significant
from playground.ui.teaching.backprop_steps import WRITTEN

W1, B1 = np.array([[0.1, 0.3], [0.2, 0.4]]), np.array([0.1, -0.1])
W2, B2 = np.array([[0.5], [-0.6]]), np.array([0.2])
LR = 0.5

HAND_NETWORK = Experiment(
    data=DataSpec(name="and"),
    features=FeatureSpec(selected=("x1", "x2"), standardize=False),
    network=NetworkSpec(hidden=(2,), activations=("sigmoid",), output_activation="sigmoid"),
    training=TrainingSpec(loss="mse", lr=LR, batch_size=1),
)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def n(value: float) -> str:
    return significant(value, 4)


class Hand:
    """x = (1, 1), y = 1 through the network above, every number by hand."""

    z1 = [1 * 0.1 + 1 * 0.2 + 0.1, 1 * 0.3 + 1 * 0.4 - 0.1]  # 0.4, 0.6
    a1 = [sigmoid(z) for z in z1]  # 0.5987, 0.6457
    z2 = a1[0] * 0.5 + a1[1] * -0.6 + 0.2  # 0.1119
    a2 = sigmoid(z2)  # 0.5280
    loss = 0.5 * (a2 - 1) ** 2  # 0.1114
    dl_da2 = a2 - 1
    slope2 = a2 * (1 - a2)
    delta2 = dl_da2 * slope2
    dw2 = [a1[0] * delta2, a1[1] * delta2]
    dl_da1 = [delta2 * 0.5, delta2 * -0.6]  # one path each
    slope1 = [a * (1 - a) for a in a1]
    delta1 = [d * s for d, s in zip(dl_da1, slope1)]
    dw1 = [[1 * delta1[0], 1 * delta1[1]], [1 * delta1[0], 1 * delta1[1]]]


def _load_weights(win) -> list:
    """The given weights into the engine, through the training thread that owns them; the
    list returned gets an item once they are in."""
    done = []

    def load(trainer) -> None:
        trainer.net.load_parameters([W1, W2], [B1, B2])
        done.append(True)

    win.session.worker.apply(load)
    return done


@pytest.fixture
def hand_tab(qtbot, open_window):
    win = open_window(HAND_NETWORK)
    loaded = _load_weights(win)
    qtbot.waitUntil(lambda: bool(loaded), timeout=5000)
    win.show_tab("backprop")
    tab = win.backprop.content
    row = [tuple(r) for r in win.session.run.trainer.dataset.X_train].index((1.0, 1.0))
    tab.sample.setValue(row)
    qtbot.waitUntil(lambda: tab.step is not None and f"row {row}" in tab.step.title, timeout=5000)
    return win, tab, row


def _walk(qtbot, tab) -> list[tuple[str, str, str]]:
    """(title, formula, numbers) of every step, moving with the Next button."""
    shown = []
    while True:
        shown.append((tab.title.text(), tab.formula.text(), tab.numbers.text()))
        if not tab.next.isEnabled():
            return shown
        qtbot.mouseClick(tab.next, Qt.MouseButton.LeftButton)


def test_every_number_of_a_2_2_1_sigmoid_network_as_worked_by_hand(qtbot, hand_tab):
    _, tab, row = hand_tab
    h = Hand
    assert (n(h.z1[0]), n(h.a1[0]), n(h.a2), n(h.loss)) == ("0.4", "0.5987", "0.528", "0.1114")
    steps = _walk(qtbot, tab)
    titles = [title for title, _, _ in steps]
    assert titles == [
        f"The input: training row {row}",
        "Layer 1, forward: the weighted sum",
        "Layer 1, forward: the activation Sigmoid",
        "Layer 2, forward: the weighted sum",
        "Layer 2, forward: the activation Sigmoid",
        "The loss: MSE (squared error)",
        "Layer 2, backward: the loss's gradient ∂L/∂a",
        "Layer 2, backward: δ = ∂L/∂z",
        "Layer 2, backward: the gradients of W and b",
        "Layer 1, backward: ∂L/∂a, the total derivative",
        "Layer 1, backward: δ = ∂L/∂z",
        "Layer 1, backward: the gradients of W and b",
        "The update: gradient descent with learning rate λ",
    ]
    numbers = [lines.splitlines() for _, _, lines in steps]
    assert numbers[0] == ["x₁ = 1", "x₂ = 1", "y = 1"]
    assert numbers[1] == [
        f"z₁ = 1·0.1 + 1·0.2 + 0.1 = {n(h.z1[0])}",
        f"z₂ = 1·0.3 + 1·0.4 + (−0.1) = {n(h.z1[1])}",
    ]
    assert numbers[2] == [f"a₁ = σ(0.4) = {n(h.a1[0])}", f"a₂ = σ(0.6) = {n(h.a1[1])}"]
    assert numbers[3] == [f"z₁ = {n(h.a1[0])}·0.5 + {n(h.a1[1])}·(−0.6) + 0.2 = {n(h.z2)}"]
    assert numbers[4] == [f"a₁ = σ({n(h.z2)}) = {n(h.a2)}"]
    assert numbers[5] == [f"a₁ = {n(h.a2)}, y₁ = 1", f"L = {n(h.loss)}"]
    assert numbers[6] == [f"∂L/∂a₁ = {n(h.a2)} − 1 = {n(h.dl_da2)}"]
    assert numbers[7] == [f"δ₁ = ({n(h.dl_da2)})·{n(h.slope2)} = {n(h.delta2)}"]
    assert numbers[8] == [
        f"∂L/∂W₁₁ = a₁·δ₁ = {n(h.a1[0])}·({n(h.delta2)}) = {n(h.dw2[0])}",
        f"∂L/∂W₂₁ = a₂·δ₁ = {n(h.a1[1])}·({n(h.delta2)}) = {n(h.dw2[1])}",
    ]
    # The total derivative: each hidden neuron's ∂L/∂a sums its paths (one each here).
    assert numbers[9] == [
        f"∂L/∂a₁ = δ₁⁽²⁾·W₁₁⁽²⁾ = ({n(h.delta2)})·0.5 = {n(h.dl_da1[0])}",
        f"∂L/∂a₂ = δ₁⁽²⁾·W₂₁⁽²⁾ = ({n(h.delta2)})·(−0.6) = {n(h.dl_da1[1])}",
    ]
    assert numbers[10] == [
        f"δ₁ = ({n(h.dl_da1[0])})·{n(h.slope1[0])} = {n(h.delta1[0])}",
        f"δ₂ = {n(h.dl_da1[1])}·{n(h.slope1[1])} = {n(h.delta1[1])}",
    ]
    assert numbers[11][0] == f"∂L/∂W₁₁ = a₁·δ₁ = 1·({n(h.delta1[0])}) = {n(h.dw1[0][0])}"
    assert len(numbers[11]) == 4
    after = 0.5 - LR * h.dw2[0]
    assert numbers[12] == [
        f"λ = {n(LR)}",
        f"W₁₁⁽²⁾: 0.5 − 0.5·({n(h.dw2[0])}) = {n(after)}",
    ]
    # The arrays the last step shows: W before and after, b before and after, per layer.
    tables = {table.title.text(): table.model.values for table in tab.arrays}
    np.testing.assert_allclose(
        tables["<b>W⁽²⁾ after</b>  (2 × 1)"][:, 0], W2[:, 0] - LR * np.array(h.dw2)
    )
    np.testing.assert_allclose(
        tables["<b>W⁽¹⁾ after</b>  (2 × 2)"], W1 - LR * np.array(h.dw1), rtol=1e-12
    )


def test_next_and_previous_by_key_and_the_graph_highlights_each_steps_layer(qtbot, hand_tab):
    win, tab, _ = hand_tab
    win.activateWindow()  # shortcuts go to the active window, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert tab.position.text() == "step 1 of 13" and not tab.previous.isEnabled()
    assert tab.graph.scene.highlight is None  # the input: no layer yet
    assert win.run_tab.network_view.scene.titles[0][2] == "click: on/off"
    assert tab.graph.scene.titles[0][2] == ""  # this graph only shows
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert tab.position.text() == "step 2 of 13" and tab.graph.scene.highlight == 0
    qtbot.keyClick(win, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert tab.step.title == "Layer 2, forward: the weighted sum" and tab.graph.scene.highlight == 1
    qtbot.keyClick(win, Qt.Key.Key_PageUp)
    assert tab.position.text() == "step 3 of 13"
    tab.steps.activated.emit(9)  # chosen from the list of steps
    assert tab.step.title == "Layer 1, backward: ∂L/∂a, the total derivative"
    assert tab.steps.currentIndex() == 9 and tab.graph.scene.highlight == 0
    for _ in range(10):
        qtbot.mouseClick(tab.next, Qt.MouseButton.LeftButton)
    assert tab.position.text() == "step 13 of 13" and not tab.next.isEnabled()
    win.show_tab("network")  # the keys belong to the tab while it is shown
    qtbot.keyClick(win, Qt.Key.Key_PageUp)
    assert tab.position.text() == "step 13 of 13"


def test_a_point_clicked_in_the_boundary_is_the_sample_everywhere(qtbot, hand_tab):
    win, tab, row = hand_tab
    other = (row + 1) % 4
    x, y = win.session.info.train_xy[other]
    view = tab.boundary.plot.vb
    widget = tab.boundary._plot_widget
    at = widget.mapFromScene(view.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: tab.step is not None and f"row {other}" in tab.step.title)
    assert tab.sample.value() == other and win.session.sample == other
    assert win.run_tab.network_view.sample_box.value() == other  # the graph's equations too
    marked = tab.boundary.marks.getData()
    assert (marked[0][0], marked[1][0]) == (x, y)
    win.run_tab.network_view.sample_box.setValue(row)  # and back, from the Network tab
    qtbot.waitUntil(lambda: f"row {row}" in tab.step.title)


def test_a_mini_batch_shows_each_samples_gradient_and_their_average(qtbot, hand_tab):
    _, tab, _ = hand_tab
    tab.sample.setValue(0)
    tab.rows.setValue(3)
    qtbot.waitUntil(lambda: tab.step is not None and "rows 0 to 2" in tab.step.title)
    tab.go_to(8)  # layer 2's gradients
    assert tab.numbers.text().startswith("With N = 3 rows, ∂L/∂W is the average")
    tables = {table.title.text(): table for table in tab.arrays}
    average = tables["<b>∂L/∂W⁽²⁾</b>  (2 × 1)"].model.values
    own = [tables[f"<b>row {r}: ∂Lₙ/∂W⁽²⁾</b>  (2 × 1)"].model.values for r in range(3)]
    np.testing.assert_allclose(np.mean(own, axis=0), average, rtol=1e-12)
    tab.go_to(1)
    a_prev = next(t for t in tab.arrays if t.title.text().startswith("<b>a⁽⁰⁾"))
    assert [a_prev.model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "#0",
        "#1",
        "#2",
    ]


def test_the_numbers_follow_the_training(qtbot, hand_tab):
    win, tab, _ = hand_tab
    assert tab.moment.text() == "Weights of epoch 0"
    tab.go_to(12)
    before = tab.numbers.text()
    win.step_action.trigger()  # train one epoch
    qtbot.waitUntil(lambda: tab.moment.text() == "Weights of epoch 1", timeout=5000)
    assert tab.step.title.startswith("The update") and tab.numbers.text() != before
    win.session.reset()  # the same network again: the same step
    qtbot.waitUntil(lambda: tab.step is not None and tab.moment.text() == "Weights of epoch 0")
    assert tab.position.text() == "step 13 of 13"
    wider = dataclasses.replace(HAND_NETWORK.network, hidden=(3,))
    win.session.set_experiment(dataclasses.replace(HAND_NETWORK, network=wider))
    qtbot.waitUntil(lambda: tab.step is not None and tab.graph.scene.layout.columns[1].total == 3)
    assert tab.position.text() == "step 1 of 13"  # another network: from the first step


def test_a_wide_network_is_shown_without_every_number(qtbot, open_window):
    exp = Experiment(
        data=DataSpec(name="digits", n=200),
        network=NetworkSpec(hidden=(256,), activations=("relu",)),
    )
    win = open_window(exp)
    win.show_tab("backprop")
    tab = win.backprop.content
    qtbot.waitUntil(lambda: tab.step is not None, timeout=5000)
    tab.go_to(1)
    lines = tab.numbers.text().splitlines()
    assert len(lines) == WRITTEN + 1 and lines[-1] == "… and 250 more neurons"
    assert "+ … (64 terms)" in lines[0]
    W = next(t for t in tab.arrays if t.title.text().startswith("<b>W⁽¹⁾"))
    assert (W.model.rowCount(), W.model.columnCount()) == (64, 256)
    assert W.table.maximumWidth() < 1000  # it scrolls
    assert not tab.boundary.isVisibleTo(tab)  # images have no plane
    tab.go_to(len(tab._steps) - 4)  # layer 1's ∂L/∂a: ten paths each, cut after WRITTEN
    assert tab.step.title == "Layer 1, backward: ∂L/∂a, the total derivative"
    assert "+ … (10 terms)" in tab.numbers.text()


def test_a_softmax_output_without_its_loss_goes_through_the_jacobian(qtbot, open_window):
    exp = Experiment(
        data=DataSpec(name="iris"),
        network=NetworkSpec(hidden=(3,), activations=("tanh",), output_activation="softmax"),
        training=TrainingSpec(loss="mse"),
    )
    win = open_window(exp)
    win.show_tab("backprop")
    tab = win.backprop.content
    qtbot.waitUntil(lambda: tab.step is not None, timeout=5000)
    tab.go_to(7)
    assert tab.step.title == "Layer 2, backward: δ = ∂L/∂z"
    assert "softmax Jacobian" in tab.formula.text()
    tables = {table.title.text(): table.model.values for table in tab.arrays}
    jacobian, delta = tables["<b>∂a⁽²⁾/∂z⁽²⁾</b>  (3 × 3)"], tables["<b>δ⁽²⁾</b>  (1 × 3)"]
    dl_da = tables["<b>∂L/∂a⁽²⁾</b>  (1 × 3)"]
    np.testing.assert_allclose(dl_da @ jacobian, delta, rtol=1e-10)
    first = tab.numbers.text().splitlines()[0]
    assert first.endswith(f"= {n(delta[0, 0])}") and first.count("·") == 3


def test_no_trace_is_asked_for_while_the_tab_is_hidden(qtbot, open_window):
    win = open_window()
    win.show_tab("backprop")
    tab = win.backprop.content
    qtbot.waitUntil(lambda: tab.step is not None, timeout=5000)
    win.show_tab("network")
    with qtbot.assertNotEmitted(tab.trace_requested, wait=300):
        win.session.step()
        qtbot.waitUntil(lambda: win.session.snapshot.epoch == 1, timeout=5000)
