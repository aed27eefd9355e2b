"""Trainer: learning, determinism, live settings, label mapping, divergence guard."""

import math

import numpy as np
import pytest

from playground.engine import Network, Trainer, datasets


def _default_trainer(seed: int = 0, **kwargs) -> Trainer:
    ds = datasets.make("circle", n=200, noise=0.0, test_ratio=0.5, seed=seed)
    net = Network([2, 4, 2, 1], activations=["tanh", "tanh", "sigmoid"], seed=seed)
    settings = {"loss": "bce", "lr": 0.1, "batch_size": 10, "seed": seed} | kwargs
    return Trainer(net, ds, **settings)


def test_the_default_network_learns_the_circle():
    tr = _default_trainer()
    tr.run_epochs(200)
    result = tr.evaluate()
    assert result["train_loss"] < 0.1
    assert result["test_accuracy"] > 0.95
    assert tr.history["epoch"] == list(range(201))
    assert tr.history["train_loss"][-1] < tr.history["train_loss"][0]


def test_same_seed_gives_bit_identical_weights_and_history():
    a, b = _default_trainer(seed=3), _default_trainer(seed=3)
    a.run_epochs(20)
    b.run_epochs(20)
    np.testing.assert_array_equal(a.net.params, b.net.params)
    assert a.history == b.history
    c = _default_trainer(seed=4)
    c.run_epochs(20)
    assert not np.array_equal(a.net.params, c.net.params)


def test_steps_and_epochs_add_up():
    tr = _default_trainer()
    assert tr.steps_per_epoch == 10
    tr.run_steps(15)
    assert (tr.epoch, tr.steps) == (1, 15)
    tr.run_epochs(1)  # finishes the partly run epoch 2
    assert (tr.epoch, tr.steps) == (2, 20)


def test_steps_until_epoch_counts_rows_left_after_a_batch_size_change_mid_epoch():
    tr = _default_trainer()  # 100 training rows, 10 per step
    tr.run_steps(3)  # 30 rows of the first epoch done, 70 left
    tr.batch_size = 40
    assert tr.steps_until_epoch(1) == 2  # 40 + 30 rows
    assert tr.steps_until_epoch(3) == 2 + 2 * 3  # then whole epochs of 40 + 40 + 20 rows
    assert tr.steps_until_epoch(0) == 0
    tr.batch_size = 7
    assert tr.steps_until_epoch(1) == 10  # ceil(70 / 7)


def test_training_after_a_mid_epoch_batch_change_ends_epochs_in_place():
    tr = _default_trainer()
    tr.run_steps(3)
    tr.batch_size = 40
    assert tr.run_epochs(1) == 1
    assert tr.steps == 5  # 3 steps of 10 rows, then 40 + 30 rows
    assert tr.steps_until_epoch(2) == 3  # the next epoch starts afresh: 40 + 40 + 20 rows
    tr.run_steps(3)
    assert (tr.epoch, tr.steps) == (2, 8)
    assert tr.history["epoch"] == [0, 1, 2]


def test_full_batch_equals_manual_gradient_descent():
    tr = _default_trainer(batch_size=100, lr=0.5)
    net = Network([2, 4, 2, 1], activations=["tanh", "tanh", "sigmoid"], seed=0)
    X, y = tr.dataset.X_train, tr.dataset.y_train.reshape(-1, 1).astype(float)
    tr.run_epochs(3)
    for _ in range(3):
        _, dW, db = net.backward(X, y, "bce")
        for p, g in zip(net.weights + net.biases, dW + db):
            p -= 0.5 * g
    np.testing.assert_allclose(tr.net.params, net.params, atol=1e-12)


def test_gradients_are_exposed_in_parameter_shapes():
    tr = _default_trainer()
    assert tr.gradients is None
    tr.run_steps(1)
    dW, db = tr.gradients
    assert [g.shape for g in dW] == [w.shape for w in tr.net.weights]
    assert [g.shape for g in db] == [b.shape for b in tr.net.biases]


def test_learning_rate_changes_without_reset():
    tr = _default_trainer()
    tr.run_epochs(2)
    weights = tr.net.params.copy()
    tr.lr = 0.5
    assert tr.optimizer.lr == 0.5 and tr.epoch == 2
    np.testing.assert_array_equal(tr.net.params, weights)
    tr.set_optimizer("adam")
    tr.run_epochs(1)
    assert tr.epoch == 3 and tr.lr == 0.5


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_every_optimizer_learns(optimizer):
    lr = {"sgd": 0.1, "momentum": 0.03, "adam": 0.01}[optimizer]
    tr = _default_trainer(optimizer=optimizer, lr=lr)
    tr.run_epochs(100)
    assert tr.evaluate()["train_accuracy"] > 0.9


def test_l2_shrinks_weights_and_l1_makes_them_sparse():
    plain, l2, l1 = _default_trainer(), _default_trainer(l2=0.05), _default_trainer(l1=0.01)
    for tr in (plain, l2, l1):
        tr.run_epochs(60)
    norm = [np.sum(np.square(tr.net.weights[0])) for tr in (plain, l2)]
    assert norm[1] < norm[0]
    assert np.sum(np.abs(l1.net.weights[0]) < 0.01) >= np.sum(np.abs(plain.net.weights[0]) < 0.01)


def test_labels_are_mapped_to_the_output():
    ds = datasets.make("xor", n=100, seed=0)
    tanh_net = Network([2, 4, 1], activations=["tanh", "tanh"], seed=0)
    assert set(np.unique(Trainer(tanh_net, ds).Y_train)) == {-1.0, 1.0}
    sigmoid_net = Network([2, 4, 1], activations=["tanh", "sigmoid"], seed=0)
    assert set(np.unique(Trainer(sigmoid_net, ds).Y_train)) == {0.0, 1.0}
    blobs = datasets.make("blobs", n=90, classes=3, seed=0)
    softmax_net = Network([2, 4, 3], activations=["tanh", "softmax"], seed=0)
    tr = Trainer(softmax_net, blobs, loss="cross_entropy")
    np.testing.assert_array_equal(tr.Y_train.sum(axis=1), 1.0)
    np.testing.assert_array_equal(tr.Y_train.argmax(axis=1), blobs.y_train)


def test_three_classes_learn_with_softmax_and_confusion_matrix_adds_up():
    blobs = datasets.make("blobs", n=300, classes=3, seed=1)
    net = Network([2, 8, 3], activations=["tanh", "softmax"], seed=0)
    tr = Trainer(net, blobs, loss="cross_entropy", lr=0.1, batch_size=10)
    tr.run_epochs(50)
    assert tr.evaluate()["test_accuracy"] > 0.9
    matrix = tr.confusion_matrix("test")
    assert matrix.shape == (3, 3) and matrix.sum() == len(blobs.y_test)
    assert np.trace(matrix) / matrix.sum() == pytest.approx(tr.evaluate()["test_accuracy"])


def test_regression_has_no_accuracy():
    ds = datasets.make("plane", n=100, seed=0)
    net = Network([2, 3, 1], activations=["tanh", "linear"], seed=0)
    tr = Trainer(net, ds, loss="mse", lr=0.01)
    tr.run_epochs(30)
    result = tr.evaluate()
    assert math.isnan(result["train_accuracy"])
    assert result["train_loss"] < 0.5 * tr.history["train_loss"][0]


def test_perceptron_learns_and_but_never_xor_gate():
    for gate, learnable in (("and", True), ("xor_gate", False)):
        ds = datasets.make(gate)
        net = Network([2, 1], activations=["step"], init="zeros")
        tr = Trainer(net, ds, rule="perceptron", lr=0.1, batch_size=1)
        tr.run_epochs(100)
        assert (tr.evaluate()["train_accuracy"] == 1.0) is learnable


def test_adaline_learns_or_thresholded_at_zero():
    ds = datasets.make("or")
    net = Network([2, 1], activations=["linear"], seed=0)
    tr = Trainer(net, ds, rule="adaline", lr=0.1, batch_size=1)
    tr.run_epochs(200)
    assert tr.evaluate()["train_accuracy"] == 1.0
    np.testing.assert_array_equal(tr.Y_train.ravel(), np.where(ds.y_train == 1, 1.0, -1.0))


def test_divergence_stops_with_a_reason_and_keeps_finite_weights():
    ds = datasets.make("plane", n=200, seed=0)
    net = Network([2, 8, 8, 1], activations=["linear", "linear", "linear"], seed=0)
    tr = Trainer(net, ds, loss="mse", lr=50.0, batch_size=10)
    with np.errstate(all="raise"):  # the trainer must silence its own overflow
        completed = tr.run_epochs(100)
    assert tr.diverged and completed < 100
    assert tr.stop_reason == f"the loss diverged at epoch {tr.epoch + 1}"
    assert np.isfinite(tr.net.params).all()
    assert all(math.isfinite(v) for v in tr.history["train_loss"])
    assert tr.run_epochs(5) == 0  # stays stopped
    tr.resume()
    tr.lr = 0.001
    assert tr.run_epochs(5) == 5 and not tr.diverged


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"loss": "cross_entropy"}, "needs a softmax output"),
        ({"optimizer": "rmsprop"}, "unknown optimizer"),
        ({"batch_size": 0}, "batch_size must be at least 1"),
        ({"rule": "perceptron"}, "remove the hidden layers"),
    ],
)
def test_invalid_settings_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        _default_trainer(**kwargs)


def test_mismatched_inputs_and_classes_are_refused():
    ds = datasets.make("iris")
    with pytest.raises(ValueError, match="4 features but the network has 2 inputs"):
        Trainer(Network([2, 3], activations=["softmax"]), ds, loss="cross_entropy")
    with pytest.raises(ValueError, match="3 classes need 3 output neurons"):
        Trainer(Network([4, 1], activations=["sigmoid"]), ds)
