"""The backprop trace: the same gradients as Network.backward for every activation, output
and loss, the total derivative as its terms, the rows' own gradients, and a 2 → 2 → 1
sigmoid network worked out by hand."""

import math

import numpy as np
import pytest

from playground.engine import activations, losses
from playground.engine.backprop import trace
from playground.engine.network import Network

# (output activation, loss, output width): every pairing the engine accepts.
OUTPUTS = [
    ("sigmoid", "bce", 1),
    ("sigmoid", "mse", 1),
    ("linear", "mse", 1),
    ("linear", "mae", 2),
    ("tanh", "mse", 2),
    ("softmax", "cross_entropy", 3),
    ("softmax", "mse", 3),
]


def _targets(output: str, width: int, n: int, rng) -> np.ndarray:
    if output == "softmax":
        return rng.integers(0, width, n)
    if output == "sigmoid":
        return rng.integers(0, 2, (n, width)).astype(float)
    return rng.normal(size=(n, width))


@pytest.mark.parametrize("hidden", activations.ELEMENTWISE)
@pytest.mark.parametrize(("output", "loss", "width"), OUTPUTS)
def test_the_trace_gives_the_gradients_of_network_backward(hidden, output, loss, width):
    rng = np.random.default_rng(3)
    net = Network([3, 4, 5, width], [hidden, hidden, output], seed=1, bias=0.1)
    X, Y = rng.normal(size=(6, 3)), _targets(output, width, 6, rng)
    records, value = trace(net, X, Y, loss)
    expected_loss, dW, db = net.backward(X, Y, loss)
    assert value == pytest.approx(expected_loss, rel=1e-12)
    assert [r.activation for r in records] == [hidden, hidden, output]
    for record, w, b, g_w, g_b in zip(records, net.weights, net.biases, dW, db):
        np.testing.assert_allclose(record.dW, g_w, rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(record.db, g_b, rtol=1e-10, atol=1e-14)
        np.testing.assert_array_equal(record.W, w)
        np.testing.assert_array_equal(record.b, b)
        np.testing.assert_allclose(record.z, record.a_prev @ record.W + record.b)
        np.testing.assert_allclose(record.dL_da_prev, record.delta @ record.W.T)
    for below, above in zip(records, records[1:]):  # each layer feeds the next
        np.testing.assert_array_equal(below.a, above.a_prev)
        np.testing.assert_allclose(below.dL_da, above.dL_da_prev)
    np.testing.assert_array_equal(records[0].a_prev, X)


def test_shapes_follow_the_course_notes():
    net = Network([3, 4, 4, 1], ["relu", "relu", "sigmoid"])
    records, _ = trace(net, np.ones((2, 3)), np.ones((2, 1)), "bce")
    shapes = [
        (r.a_prev.shape, r.W.shape, r.b.shape, r.z.shape, r.a.shape, r.delta.shape, r.dW.shape)
        for r in records
    ]
    assert shapes == [
        ((2, 3), (3, 4), (4,), (2, 4), (2, 4), (2, 4), (3, 4)),
        ((2, 4), (4, 4), (4,), (2, 4), (2, 4), (2, 4), (4, 4)),
        ((2, 4), (4, 1), (1,), (2, 1), (2, 1), (2, 1), (4, 1)),
    ]
    assert all(r.dL_da_prev.shape == r.a_prev.shape for r in records)


def test_a_hidden_neurons_derivative_is_the_sum_over_its_paths():
    """∂L/∂a_j = Σ_k δ_k W_jk over the next layer's neurons: the total derivative."""
    rng = np.random.default_rng(0)
    net = Network([2, 3, 4, 2], ["tanh", "sigmoid", "softmax"], seed=2)
    records, _ = trace(net, rng.normal(size=(5, 2)), rng.integers(0, 2, 5), "cross_entropy")
    for layer in records[:-1]:
        for row in range(5):
            for j in range(layer.a.shape[1]):
                terms = layer.dL_da_terms(row, j)
                assert terms.shape == (layer.W_next.shape[1],)
                assert terms.sum() == pytest.approx(layer.dL_da[row, j], abs=1e-15)
    with pytest.raises(ValueError, match="output layer"):
        records[-1].dL_da_terms(0, 0)


def test_the_batch_gradient_is_the_average_of_the_rows_own():
    rng = np.random.default_rng(4)
    net = Network([2, 3, 1], ["relu", "linear"], seed=5)
    X, Y = rng.normal(size=(4, 2)), rng.normal(size=(4, 1))
    records, _ = trace(net, X, Y, "mse")
    for layer in range(2):
        alone = [trace(net, X[n : n + 1], Y[n : n + 1], "mse").layers[layer] for n in range(4)]
        record = records[layer]
        for n, single in enumerate(alone):
            np.testing.assert_allclose(record.row_dW(n), single.dW, atol=1e-15)
            np.testing.assert_allclose(record.row_db(n), single.db, atol=1e-15)
        np.testing.assert_allclose(np.mean([record.row_dW(n) for n in range(4)], 0), record.dW)


def test_the_trace_is_read_only_and_leaves_the_network_alone():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], seed=0)
    before = net.params.copy()
    records, _ = trace(net, np.ones((1, 2)), np.ones((1, 1)), "bce")
    assert net.cache is None  # no forward pass was kept
    net.params += 1.0  # training goes on: the trace keeps the numbers it showed
    np.testing.assert_array_equal(records[0].W, before[:4].reshape(2, 2))
    with pytest.raises(ValueError):
        records[0].W[0, 0] = 5.0


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def test_a_2_2_1_sigmoid_network_worked_out_by_hand():
    """x = (1, 0.5), y = 1, W1 = [[0.1, 0.3], [0.2, 0.4]], b1 = (0.1, -0.1),
    W2 = (0.5, -0.6), b2 = 0.2, squared error ½(a − y)², every step by hand."""
    net = Network([2, 2, 1], ["sigmoid", "sigmoid"])
    net.load_parameters(
        [np.array([[0.1, 0.3], [0.2, 0.4]]), np.array([[0.5], [-0.6]])],
        [np.array([0.1, -0.1]), np.array([0.2])],
    )
    # Forward, by hand: z1 = x W1 + b1, a1 = σ(z1), z2 = a1 W2 + b2, a2 = σ(z2).
    z1 = [1 * 0.1 + 0.5 * 0.2 + 0.1, 1 * 0.3 + 0.5 * 0.4 - 0.1]  # 0.3, 0.4
    a1 = [sigmoid(z) for z in z1]  # 0.574443, 0.598688
    z2 = a1[0] * 0.5 + a1[1] * -0.6 + 0.2
    a2 = sigmoid(z2)
    loss = 0.5 * (a2 - 1.0) ** 2
    # Backward: dL/da2 = a2 − y, δ2 = (a2 − y) a2 (1 − a2), dW2 = a1ᵀ δ2, db2 = δ2.
    dl_da2 = a2 - 1.0
    delta2 = dl_da2 * a2 * (1 - a2)
    # Hidden: dL/da1_j = δ2 W2_j (one path each), δ1_j = dL/da1_j a1_j (1 − a1_j).
    dl_da1 = [delta2 * 0.5, delta2 * -0.6]
    delta1 = [d * a * (1 - a) for d, a in zip(dl_da1, a1)]
    dw1 = [[1 * delta1[0], 1 * delta1[1]], [0.5 * delta1[0], 0.5 * delta1[1]]]

    (first, second), value = trace(net, [[1.0, 0.5]], [[1.0]], "mse")
    assert z1 == pytest.approx([0.3, 0.4]) and a1 == pytest.approx([0.574443, 0.598688], abs=1e-6)
    np.testing.assert_allclose(first.z[0], z1)
    np.testing.assert_allclose(first.a[0], a1)
    assert second.z[0, 0] == pytest.approx(z2) and second.a[0, 0] == pytest.approx(a2)
    assert value == pytest.approx(loss)
    assert second.dL_da[0, 0] == pytest.approx(dl_da2)
    assert second.delta[0, 0] == pytest.approx(delta2)
    np.testing.assert_allclose(second.dW[:, 0], [a1[0] * delta2, a1[1] * delta2])
    assert second.db[0] == pytest.approx(delta2)
    np.testing.assert_allclose(second.dL_da_prev[0], dl_da1)
    np.testing.assert_allclose(first.dL_da[0], dl_da1)
    np.testing.assert_allclose(first.delta[0], delta1)
    np.testing.assert_allclose(first.dW, dw1)
    np.testing.assert_allclose(first.db, delta1)
    assert first.dL_da_terms(0, 1) == pytest.approx([delta2 * -0.6])
    # The numbers themselves, to six places, as a student would write them.
    assert (round(a2, 6), round(loss, 6), round(delta2, 6)) == (0.531959, 0.109531, -0.116532)


def test_a_single_sample_may_be_given_as_a_flat_row():
    net = Network([2, 1], ["linear"])
    records, _ = trace(net, [1.0, 2.0], [3.0], losses.get("mse"))
    assert records[0].a_prev.shape == (1, 2) and records[0].dW.shape == (2, 1)


@pytest.mark.parametrize("hidden", activations.ELEMENTWISE)
def test_each_layer_keeps_its_activations_slope(hidden):
    """df_dz is f′(z), checked by central differences; softmax keeps its Jacobian."""
    rng = np.random.default_rng(8)
    net = Network([2, 3, 3], [hidden, "softmax"], seed=2)
    first, second = trace(net, rng.normal(size=(2, 2)), [0, 2], "cross_entropy").layers
    f = activations.get(hidden).f
    h = 1e-6
    np.testing.assert_allclose(
        first.df_dz, (f(first.z + h) - f(first.z - h)) / (2 * h), rtol=1e-5, atol=1e-7
    )
    softmax = activations.get("softmax").f
    for k in range(3):
        step = np.zeros(3)
        step[k] = h
        column = (softmax(second.z + step) - softmax(second.z - step)) / (2 * h)
        np.testing.assert_allclose(second.df_dz[:, :, k], column, atol=1e-8)


def test_the_gradient_step_is_w_minus_the_rate_times_the_gradient():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], seed=3)
    (first, second), before = trace(net, [[1.0, -2.0]], [[1.0]], "bce")
    W, b = second.gradient_step(0.5)
    np.testing.assert_allclose(W, second.W - 0.5 * second.dW)
    np.testing.assert_allclose(b, second.b - 0.5 * second.db)
    assert not W.flags.writeable
    # A small enough gradient step lowers the loss on that row.
    steps = [record.gradient_step(0.1) for record in (first, second)]
    net.load_parameters([w for w, _ in steps], [b for _, b in steps])
    assert trace(net, [[1.0, -2.0]], [[1.0]], "bce").loss < before
