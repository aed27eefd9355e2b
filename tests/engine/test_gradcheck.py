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
