"""The MLP: shapes, a hand-worked forward/backward pass, parameter access, summary."""

import numpy as np
import pytest

from playground.engine import Network, activations


def test_shapes_follow_the_course_notes():
    net = Network([2, 4, 2, 1], activations=["tanh", "tanh", "sigmoid"], init="xavier", seed=0)
    assert [w.shape for w in net.weights] == [(2, 4), (4, 2), (2, 1)]
    assert [b.shape for b in net.biases] == [(4,), (2,), (1,)]
    assert net.n_params == 12 + 10 + 3
    assert net.forward(np.zeros((5, 2))).shape == (5, 1)
    loss, dW, db = net.backward(np.ones((5, 2)), np.ones((5, 1)), loss="bce")
    assert [g.shape for g in dW] == [w.shape for w in net.weights]
    assert [g.shape for g in db] == [b.shape for b in net.biases]
    assert loss > 0


def test_hand_worked_single_sigmoid_neuron():
    # z = 0.5*1 + (-1)*2 + 0.25 = -1.25 ; a = sigmoid(z) ; mse = 1/2 (a - 1)^2
    net = Network([2, 1], activations=["sigmoid"], init="zeros", bias=0.25)
    net.set_weight(0, 0, 0, 0.5)
    net.set_weight(0, 1, 0, -1.0)
    X, Y = np.array([[1.0, 2.0]]), np.array([[1.0]])
    a = 1 / (1 + np.exp(1.25))
    assert net.forward(X)[0, 0] == pytest.approx(a)
    loss, dW, db = net.backward(X, Y, loss="mse")
    assert loss == pytest.approx(0.5 * (a - 1) ** 2)
    delta = (a - 1) * a * (1 - a)  # chain rule: dL/da * da/dz
    np.testing.assert_allclose(dW[0], [[delta * 1.0], [delta * 2.0]])
    np.testing.assert_allclose(db[0], [delta])


def test_no_hidden_layer_is_logistic_regression():
    net = Network([3, 1], activations=["sigmoid"], seed=1)
    X = np.random.default_rng(0).normal(size=(6, 3))
    expected = 1 / (1 + np.exp(-(X @ net.weights[0] + net.biases[0])))
    np.testing.assert_allclose(net.forward(X), expected)


def test_forward_cache_holds_every_layer():
    net = Network([2, 3, 1], activations=["relu", "linear"], seed=0)
    X = np.array([[1.0, -1.0]])
    net.forward(X)
    zs, outs = net.cache
    assert len(zs) == 2 and len(outs) == 3
    np.testing.assert_allclose(zs[0], X @ net.weights[0] + net.biases[0])
    np.testing.assert_allclose(outs[1], np.maximum(zs[0], 0))


def test_editing_a_weight_changes_the_output():
    net = Network([2, 1], activations=["linear"], seed=0)
    X = np.array([[2.0, 3.0]])
    before = net.forward(X)[0, 0]
    net.set_weight(0, 1, 0, net.weights[0][1, 0] + 1.0)
    assert net.forward(X)[0, 0] == pytest.approx(before + 3.0)
    net.set_bias(0, 0, 5.0)
    assert net.biases[0][0] == 5.0


def test_copy_and_load_parameters():
    net = Network([2, 3, 1], activations=["tanh", "sigmoid"], seed=0)
    weights, biases = net.copy_parameters()
    net.weights[0] += 1.0
    net.load_parameters(weights, biases)
    np.testing.assert_array_equal(net.weights[0], weights[0])
    with pytest.raises(ValueError, match="does not match"):
        net.load_parameters([np.zeros((9, 9))] + weights[1:], biases)


def test_predict_float32_matches_float64():
    net = Network([2, 8, 8, 1], activations=["tanh", "relu", "sigmoid"], seed=3)
    X = np.random.default_rng(1).uniform(-6, 6, (100, 2))
    np.testing.assert_allclose(net.predict(X, np.float32), net.forward(X), atol=1e-5)
    assert net.predict(X, np.float32).dtype == np.float32


def test_alpha_objects_are_accepted():
    net = Network([1, 1], activations=[activations.get("leaky_relu", alpha=0.5)], init="zeros")
    net.set_weight(0, 0, 0, 1.0)
    np.testing.assert_allclose(net.forward(np.array([[-2.0]])), [[-1.0]])


def test_summary_lists_layers_and_total():
    text = Network([2, 4, 2, 1], activations=["tanh", "tanh", "sigmoid"]).summary()
    assert "dense_1 (tanh)" in text and "(None, 4)" in text
    assert "output (sigmoid)" in text
    assert text.splitlines()[-1] == "Total params: 25"


@pytest.mark.parametrize(
    ("sizes", "acts", "message"),
    [
        ([2], [], "at least an input size"),
        ([2, 0, 1], ["tanh", "sigmoid"], "between 1 and"),
        ([2, 3, 1], ["tanh"], "2 layers need 2 activations"),
        ([2, 3, 1], ["softmax", "sigmoid"], "softmax can only be the output"),
        ([2, 3, 1], ["tanh", "swish"], "unknown activation"),
    ],
)
def test_impossible_networks_are_refused(sizes, acts, message):
    with pytest.raises(ValueError, match=message):
        Network(sizes, activations=acts)


@pytest.mark.parametrize("init", ["zeros", "uniform", "uniform_half", "xavier", "he"])
def test_initialisers_are_deterministic_per_seed(init):
    a = Network([3, 5, 2], activations=["tanh", "softmax"], init=init, seed=7)
    b = Network([3, 5, 2], activations=["tanh", "softmax"], init=init, seed=7)
    for wa, wb in zip(a.weights, b.weights):
        np.testing.assert_array_equal(wa, wb)


def test_initialiser_ranges():
    big = 400
    net = Network([big, big], activations=["linear"], init="uniform", seed=0)
    assert -1 <= net.weights[0].min() < -0.99 and 0.99 < net.weights[0].max() <= 1
    net = Network([big, big], activations=["linear"], init="uniform_half", seed=0)
    assert net.weights[0].min() >= -0.5 and net.weights[0].max() <= 0.5
    limit = np.sqrt(6 / (2 * big))
    net = Network([big, big], activations=["linear"], init="xavier", seed=0)
    assert np.abs(net.weights[0]).max() <= limit
    assert net.weights[0].std() == pytest.approx(limit / np.sqrt(3), rel=0.02)
    net = Network([big, big], activations=["linear"], init="he", seed=0)
    assert net.weights[0].std() == pytest.approx(np.sqrt(2 / big), rel=0.02)
    net = Network([2, 3], activations=["linear"], bias=0.1)
    np.testing.assert_array_equal(net.biases[0], [0.1, 0.1, 0.1])


def test_zero_init_keeps_neurons_of_a_layer_identical():
    """The symmetry problem: with zeros every hidden neuron gets the same gradient."""
    net = Network([2, 3, 1], activations=["tanh", "sigmoid"], init="zeros", bias=0.1)
    X = np.random.default_rng(0).normal(size=(20, 2))
    Y = (X[:, :1] > 0).astype(float)
    for _ in range(50):
        _, dW, db = net.backward(X, Y, "bce")
        for p, g in zip(net.weights + net.biases, dW + db):
            p -= 0.5 * g
    hidden = net.weights[0]
    np.testing.assert_allclose(hidden, np.repeat(hidden[:, :1], 3, axis=1))
