"""Backprop equals central differences for every activation x output x loss combination."""

import zlib

import numpy as np
import pytest

from playground.engine import Network, activations, gradcheck, losses

HIDDEN = [n for n in activations.NAMES if n != "softmax"]
OUTPUT_LOSS = [
    (output, loss)
    for output in activations.NAMES
    for loss in losses.NAMES
    if loss not in losses.FUSED_OUTPUT or losses.FUSED_OUTPUT[loss] == output
]


def _targets(output: str, loss: str, rng: np.random.Generator, n: int, k: int) -> np.ndarray:
    if loss == "cross_entropy":
        return rng.integers(0, k, n)
    if loss == "bce":
        return (rng.random((n, k)) > 0.5).astype(float)
    return rng.normal(size=(n, k))


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize(("output", "loss"), OUTPUT_LOSS)
def test_backprop_matches_finite_differences(hidden, output, loss):
    rng = np.random.default_rng(zlib.crc32(f"{hidden}{output}{loss}".encode()))
    k = 3 if output == "softmax" else 2
    # A non-zero bias keeps z off the kinks of relu and step (z = 0 after a dead layer).
    net = Network([3, 4, 3, k], [hidden, hidden, output], init="uniform", seed=1, bias=0.1)
    X = rng.normal(size=(6, 3))
    error = gradcheck.max_relative_error(net, X, _targets(output, loss, rng, 6, k), loss)
    assert error < 1e-6


def test_numerical_gradients_shapes_and_eps():
    net = Network([2, 3, 1], activations=["tanh", "sigmoid"], seed=0)
    X, Y = np.ones((4, 2)), np.ones((4, 1))
    grads = gradcheck.numerical_gradients(net, X, Y, "bce", eps=1e-4)
    assert [g.shape for g in grads] == [(2, 3), (3,), (3, 1), (1,)]


def test_a_wrong_gradient_is_caught():
    """The check must be able to fail: a deliberately broken derivative is detected."""

    class BrokenTanh(activations.Activation):
        def df_from(self, z, a, out=None):
            return 1.0 - 0.5 * a * a

    net = Network([2, 3, 1], activations=[BrokenTanh("tanh"), "linear"], seed=0)
    X = np.random.default_rng(0).normal(size=(5, 2))
    assert gradcheck.max_relative_error(net, X, np.ones((5, 1)), "mse") > 1e-3


@pytest.mark.parametrize(
    ("hidden", "output", "loss"), [("tanh", "sigmoid", "bce"), ("relu", "softmax", "cross_entropy")]
)
def test_layer_errors_are_tiny_per_layer_and_leave_the_parameters_as_they_were(
    hidden, output, loss
):
    rng = np.random.default_rng(1)
    net = Network([3, 4, 4, 3 if output == "softmax" else 1], [hidden, hidden, output], seed=2)
    X = rng.normal(size=(8, 3))
    Y = rng.integers(0, 3, 8) if output == "softmax" else rng.integers(0, 2, (8, 1)).astype(float)
    before = net.params.copy()
    checks = gradcheck.layer_errors(net, X, Y, loss)
    np.testing.assert_array_equal(net.params, before)
    assert [(c.layer, c.checked, c.total) for c in checks] == [
        (1, 16, 16),
        (2, 20, 20),
        (3, net.blocks[2].size, net.blocks[2].size),
    ]
    assert all(c.error < 1e-7 for c in checks)


def test_a_wrong_gradient_shows_in_its_own_layer(monkeypatch):
    """The check can fail: a backward pass off by 1 % in layer 2 is seen there only."""
    rng = np.random.default_rng(0)
    net = Network([2, 3, 1], ["tanh", "linear"], seed=1)
    X, Y = rng.normal(size=(5, 2)), rng.normal(size=(5, 1))
    right = Network.backward

    def off(self, *args):
        value, dW, db = right(self, *args)
        return value, [dW[0], dW[1] * 1.01], db

    monkeypatch.setattr(Network, "backward", off)
    first, second = gradcheck.layer_errors(net, X, Y, "mse")
    assert first.error < 1e-7 and second.error > 1e-3


def test_a_wide_layer_is_checked_on_a_sample_of_its_parameters():
    net = Network([30, 20, 1], ["relu", "sigmoid"], seed=0)
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(4, 30)), rng.integers(0, 2, (4, 1)).astype(float)
    wide, narrow = gradcheck.layer_errors(net, X, Y, "bce", most=50)
    assert (wide.checked, wide.total) == (50, 31 * 20) and narrow.checked == narrow.total == 21
    assert wide.error < 1e-6
