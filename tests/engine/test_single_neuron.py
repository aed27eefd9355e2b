"""The single-neuron lab's engine, checked by hand and against independent computations:
one update of each rule worked out, the sigmoid neuron's step against finite differences of
the cross-entropy, batch = the average of the online updates, which sets separate, the
decision line and the arrow of w, and what bad input does."""

import numpy as np
import pytest

from playground.engine import single_neuron as sn
from playground.engine.single_neuron import Lab, decision_line, neuron, step, weight_arrow


def _bce(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray) -> float:
    """Mean binary cross-entropy of σ(X·w + b) against y in {0, 1}, written out here."""
    p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    return float(np.mean(-(y * np.log(p) + (1 - y) * np.log(1 - p))))


def test_a_perceptron_update_by_hand():
    net = neuron("perceptron", w=(0.2, 0.3), b=-0.6)
    u = step(net, [1.0, 1.0], 1, "perceptron", 0.1)  # z = −0.1, ŷ = 0, y = 1
    assert (u.z[0], u.y_hat[0], u.y[0], u.error[0]) == (pytest.approx(-0.1), 0.0, 1.0, 1.0)
    np.testing.assert_allclose(u.w_after, [0.3, 0.4])  # w + 0.1·(1 − 0)·(1, 1)
    assert u.b_after == pytest.approx(-0.5)
    np.testing.assert_allclose(u.w_before, [0.2, 0.3])
    assert u.changed and list(u.term_w) == [1.0, 1.0] and u.term_b == 1.0
    np.testing.assert_allclose(net.weights[0][:, 0], u.w_after)


def test_the_perceptron_makes_no_update_when_it_is_right():
    net = neuron("perceptron", w=(0.2, 0.3), b=-0.6)
    u = step(net, [0.0, 1.0], 0, "perceptron", 0.1)  # z = −0.3, ŷ = 0 = y
    assert u.y_hat[0] == u.y[0] == 0.0 and u.error[0] == 0.0
    assert not u.changed
    assert list(u.w_after) == [0.2, 0.3] and u.b_after == -0.6


def test_an_adaline_update_by_hand():
    net = neuron("adaline", w=(0.2, 0.3), b=0.1)
    u = step(net, [1.0, 2.0], 0, "adaline", 0.1)  # class 0 -> y = −1; z = 0.9
    assert u.y[0] == -1.0 and u.z[0] == pytest.approx(0.9) and u.y_hat[0] == u.z[0]
    np.testing.assert_allclose(u.w_after, [0.2 - 0.19, 0.3 - 0.38])  # w + 0.1·(−1 − 0.9)·x
    assert u.b_after == pytest.approx(0.1 - 0.19)


@pytest.mark.parametrize("rows", [[3], [0, 1, 2, 3]])
def test_the_sigmoid_step_is_the_cross_entropy_gradient(rows):
    data = sn.lab_data("and")
    X, labels = data.X[rows], data.labels[rows]
    w, b, lr, eps = np.array([0.4, -0.7]), 0.25, 0.5, 1e-6
    net = neuron("sigmoid", w=w, b=b)
    u = sn.update(net, X, labels, "sigmoid", lr)
    numeric_w = [
        (_bce(w + eps * e, b, X, labels) - _bce(w - eps * e, b, X, labels)) / (2 * eps)
        for e in np.eye(2)
    ]
    numeric_b = (_bce(w, b + eps, X, labels) - _bce(w, b - eps, X, labels)) / (2 * eps)
    np.testing.assert_allclose(u.term_w, numeric_w, rtol=1e-6)
    assert u.term_b == pytest.approx(numeric_b, rel=1e-6)
    np.testing.assert_allclose(u.w_after, w - lr * np.array(numeric_w), rtol=1e-6)
    assert u.b_after == pytest.approx(b - lr * numeric_b, rel=1e-6)
    np.testing.assert_allclose(u.y_hat, 1.0 / (1.0 + np.exp(-(X @ w + b))))


@pytest.mark.parametrize("rule", sn.RULES)
@pytest.mark.parametrize("data", ["and", "clouds"])
def test_a_batch_update_is_the_average_of_the_online_ones(rule, data):
    lab_data = sn.lab_data(data)
    (batch,) = sn.epoch(neuron(rule), lab_data.X, lab_data.labels, rule, 0.1, online=False)
    singles = [step(neuron(rule), x, c, rule, 0.1) for x, c in zip(lab_data.X, lab_data.labels)]
    moves = np.array([u.w_after - u.w_before for u in singles])
    np.testing.assert_allclose(batch.w_after - batch.w_before, moves.mean(axis=0), atol=1e-12)
    b_moves = [u.b_after - u.b_before for u in singles]
    assert batch.b_after - batch.b_before == pytest.approx(np.mean(b_moves), abs=1e-12)
    sign = -1.0 if rule == "sigmoid" else 1.0
    np.testing.assert_allclose(batch.w_after, batch.w_before + sign * 0.1 * batch.term_w)
    assert len(batch.x) == len(lab_data.labels)


def test_an_online_epoch_is_one_update_per_sample_in_order():
    data = sn.lab_data("or")
    updates = sn.epoch(neuron("perceptron"), data.X, data.labels, "perceptron", 0.1, True)
    assert [list(u.x[0]) for u in updates] == data.X.tolist()
    for before, after in zip(updates, updates[1:]):
        assert list(after.w_before) == list(before.w_after)


@pytest.mark.parametrize("data", ["and", "or", "nand", "clouds"])
@pytest.mark.parametrize("online", [True, False])
def test_the_perceptron_separates_the_separable_sets(data, online):
    lab = Lab(data, "perceptron")
    assert lab.data.separable
    while not lab.done:
        lab.run_epoch(sn.RATES["perceptron"], online)
    assert lab.separated and lab.misclassified == 0
    assert lab.epochs < sn.MAX_PLAY_EPOCHS
    assert not lab.run_epoch(0.1, online)[-1].changed  # nothing left to learn


@pytest.mark.parametrize("rule", ["adaline", "sigmoid"])
@pytest.mark.parametrize("data", ["and", "or", "nand", "clouds"])
def test_the_other_rules_separate_them_too(rule, data):
    lab = Lab(data, rule)
    while not lab.done:
        lab.run_epoch(sn.RATES[rule], True)
    assert lab.separated


@pytest.mark.parametrize("rule", sn.RULES)
@pytest.mark.parametrize("online", [True, False])
def test_xor_is_never_separated(rule, online):
    lab = Lab("xor_gate", rule)
    assert not lab.data.separable
    while lab.epochs < sn.MAX_PLAY_EPOCHS:
        lab.step(sn.RATES[rule], online)
        assert lab.misclassified >= 1
    assert lab.done and not lab.separated


def test_no_line_at_all_separates_xor():
    data = sn.lab_data("xor_gate")
    rng = np.random.default_rng(0)
    w, b = rng.normal(size=(20_000, 2)), rng.normal(size=20_000)
    classes = (data.X @ w.T + b > 0).astype(int)  # (4, lines)
    assert not np.any(np.all(classes == data.labels[:, None], axis=0))
    assert not np.any(np.all(classes == 1 - data.labels[:, None], axis=0))


def test_the_clouds_are_the_same_every_time_and_inside_their_box():
    first, again = sn.lab_data("clouds"), sn.lab_data("clouds")
    assert first.X.shape == (sn.CLOUD_POINTS, 2)
    np.testing.assert_array_equal(first.X, again.X)
    assert np.bincount(first.labels).tolist() == [15, 15]
    assert first.box[0] < first.X.min() and first.X.max() < first.box[1]
    assert sn.lab_data("and").box == (-0.5, 1.5)


def test_adaline_codes_the_classes_minus_one_and_one():
    assert list(sn.coded([0, 1], "adaline")) == [-1.0, 1.0]
    assert list(sn.coded([0, 1], "perceptron")) == list(sn.coded([0, 1], "sigmoid")) == [0, 1]


@pytest.mark.parametrize(
    ("w", "b"), [((1.0, 2.0), -1.0), ((0.0, 1.0), -0.5), ((1.0, 0.0), 0.25), ((-0.3, 0.2), 0.05)]
)
def test_the_decision_line_is_where_w_x_plus_b_is_zero(w, b):
    box = (-0.5, 1.5)
    ends = decision_line(np.array(w), b, box)
    np.testing.assert_allclose(ends @ np.array(w) + b, 0.0, atol=1e-12)
    assert np.all(ends >= box[0] - 1e-12) and np.all(ends <= box[1] + 1e-12)
    on_edge = np.isclose(ends, box[0]) | np.isclose(ends, box[1])
    assert on_edge.any(axis=1).all()  # each end is on the box's edge
    assert np.hypot(*(ends[1] - ends[0])) > 0


def test_no_line_when_w_is_zero_or_the_line_misses_the_box():
    assert decision_line(np.zeros(2), 0.3, (-1.0, 1.0)) is None
    assert decision_line(np.array([1.0, 1.0]), -10.0, (-1.0, 1.0)) is None  # x1 + x2 = 10
    assert decision_line(np.array([1.0, 0.0]), -3.0, (-1.0, 1.0)) is None  # x1 = 3
    assert weight_arrow(np.zeros(2), 0.3, (-1.0, 1.0)) is None


def test_the_arrow_of_w_is_normal_to_the_line_and_starts_on_it():
    w, b, box = np.array([0.3, -0.4]), 0.1, (-0.5, 1.5)
    tail, head = weight_arrow(w, b, box)
    assert w @ tail + b == pytest.approx(0.0, abs=1e-12)  # on the line
    np.testing.assert_allclose((head - tail) / np.hypot(*(head - tail)), w / np.hypot(*w))
    assert np.hypot(*(head - tail)) == pytest.approx(sn.ARROW_SHARE * 2.0)
    far = weight_arrow(w, 10.0, box)  # the line is out of the box: from its centre
    np.testing.assert_allclose(far[0], [0.5, 0.5])


def test_the_lab_counts_steps_epochs_and_changes():
    lab = Lab("and", "perceptron")
    lab.step(0.1, online=True)
    lab.step(0.1, online=True)  # (0, 1) is right: no change
    assert (lab.cursor, lab.steps, lab.changes, lab.epochs) == (2, 2, 1, 0)
    assert len(lab.run_epoch(0.1, online=True)) == 2  # the rest of the epoch
    assert (lab.cursor, lab.epochs, lab.steps) == (0, 1, 4)
    lab.step(0.1, online=False)
    assert (lab.cursor, lab.epochs, lab.steps) == (0, 2, 5)
    lab.reset()
    assert (lab.epochs, lab.steps, lab.last) == (0, 0, None)
    assert list(lab.w) == list(sn.START_W) and lab.b == sn.START_B


def test_a_too_large_rate_diverges_and_then_the_lab_refuses_to_go_on():
    lab = Lab("clouds", "adaline")
    while not lab.diverged:
        lab.run_epoch(sn.RATE_RANGE[1], online=True)
    assert lab.done and lab.epochs < sn.MAX_PLAY_EPOCHS
    with pytest.raises(ValueError, match="diverged"):
        lab.step(0.1, online=True)
    lab.reset()
    assert not lab.diverged


def test_bad_input_is_refused_with_a_message():
    with pytest.raises(ValueError, match="unknown rule"):
        neuron("hebb")
    with pytest.raises(ValueError, match="unknown data"):
        sn.lab_data("circle")
    with pytest.raises(ValueError, match="learning rate"):
        step(neuron("perceptron"), [0.0, 0.0], 0, "perceptron", 5.0)
    with pytest.raises(ValueError, match="learning rate"):
        step(neuron("perceptron"), [0.0, 0.0], 0, "perceptron", float("nan"))
    with pytest.raises(ValueError, match="sigmoid output"):
        step(neuron("perceptron"), [0.0, 0.0], 0, "sigmoid", 0.1)
