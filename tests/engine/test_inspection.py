"""Dead-ReLU and saturation flags on crafted networks."""

import numpy as np

from playground.engine import Network
from playground.engine.inspection import neuron_flags

X = np.random.default_rng(0).uniform(-1, 1, (50, 2))


def test_a_relu_with_a_large_negative_bias_is_dead():
    net = Network([2, 3, 1], activations=["relu", "sigmoid"], seed=0)
    net.set_bias(0, 1, -10.0)  # z < 0 for every x in [-1, 1]^2 with |w| <= ~1.2
    dead, saturated = neuron_flags(net, X)[0]
    np.testing.assert_array_equal(dead, [False, True, False])
    assert not saturated.any()


def test_a_tanh_with_huge_weights_is_saturated_and_a_small_one_is_not():
    net = Network([2, 2, 1], activations=["tanh", "linear"], init="zeros")
    net.weights[0][:, 0] = [50.0, 50.0]  # |z| > 4 on most points
    net.weights[0][:, 1] = [0.5, 0.5]
    dead, saturated = neuron_flags(net, X)[0]
    np.testing.assert_array_equal(saturated, [True, False])
    assert not dead.any()


def test_flags_cover_every_layer_and_ignore_other_activations():
    net = Network([2, 4, 3, 1], activations=["elu", "relu", "sigmoid"], seed=1)
    flags = neuron_flags(net, X)
    assert [f[0].shape for f in flags] == [(4,), (3,), (1,)]
    assert not flags[0][0].any() and not flags[0][1].any()  # elu is never flagged


def test_trace_matches_forward_without_touching_the_cache():
    net = Network([2, 3, 1], activations=["tanh", "sigmoid"], seed=0)
    zs, outs = net.trace(X[:1])
    assert net.cache is None
    np.testing.assert_allclose(outs[-1], net.forward(X[:1]))
    np.testing.assert_allclose(zs[0], X[:1] @ net.weights[0] + net.biases[0])


def test_output_neurons_are_never_flagged():
    net = Network([2, 1], activations=["sigmoid"], init="zeros")
    net.weights[0][:, 0] = [50.0, 50.0]
    dead, saturated = neuron_flags(net, X)[0]
    assert not saturated.any() and not dead.any()
