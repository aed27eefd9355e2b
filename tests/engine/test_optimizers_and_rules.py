"""Optimisers and the classic single-neuron rules, against hand-computed updates."""

import numpy as np
import pytest

from playground.engine import Network, optimizers, rules


def test_sgd_step():
    p = np.array([1.0, 2.0])
    optimizers.SGD(lr=0.1).step([p], [np.array([0.5, -1.0])])
    np.testing.assert_allclose(p, [0.95, 2.1])


def test_momentum_accumulates_velocity():
    p = np.array([0.0])
    opt = optimizers.Momentum(lr=0.1, momentum=0.9)
    opt.step([p], [np.array([1.0])])  # v = -0.1
    opt.step([p], [np.array([1.0])])  # v = -0.09 - 0.1 = -0.19
    np.testing.assert_allclose(p, [-0.29])


def test_adam_first_steps_by_hand():
    p = np.array([1.0])
    opt = optimizers.Adam(lr=0.01)
    g = np.array([4.0])
    opt.step([p], [g])
    # t=1: m_hat = g, v_hat = g^2 -> step = lr * g / (|g| + eps) ~= lr
    np.testing.assert_allclose(p, [1.0 - 0.01 * 4.0 / (4.0 + 1e-8)])
    opt.step([p], [np.array([-2.0])])
    m = 0.9 * 0.1 * 4 + 0.1 * -2
    v = 0.999 * 0.001 * 16 + 0.001 * 4
    m_hat, v_hat = m / (1 - 0.9**2), v / (1 - 0.999**2)
    expected = 1.0 - 0.01 * 4.0 / (4.0 + 1e-8) - 0.01 * m_hat / (np.sqrt(v_hat) + 1e-8)
    np.testing.assert_allclose(p, [expected], rtol=1e-6)


def test_lr_can_change_between_steps():
    p = np.array([0.0])
    opt = optimizers.make("sgd", 0.1)
    opt.step([p], [np.array([1.0])])
    opt.lr = 1.0
    opt.step([p], [np.array([1.0])])
    np.testing.assert_allclose(p, [-1.1])


def test_penalties_and_their_gradients():
    w = [np.array([[1.0, -2.0]])]
    assert optimizers.penalty(w, l1=0.1, l2=0.0) == pytest.approx(0.3)
    assert optimizers.penalty(w, l1=0.0, l2=0.1) == pytest.approx(0.25)
    g = [np.zeros((1, 2))]
    optimizers.add_penalty_gradient(w, g, l1=0.1, l2=0.5)
    np.testing.assert_allclose(g[0], [[0.1 + 0.5, -0.1 - 1.0]])
    h = 1e-6
    for l1, l2 in ((0.3, 0.0), (0.0, 0.7)):
        g = [np.zeros((1, 2))]
        optimizers.add_penalty_gradient(w, g, l1, l2)
        bumped = [w[0] + [[h, 0.0]]]
        numeric = (optimizers.penalty(bumped, l1, l2) - optimizers.penalty(w, l1, l2)) / h
        assert g[0][0, 0] == pytest.approx(numeric, rel=1e-4)


def test_unknown_optimizer():
    with pytest.raises(ValueError, match="allowed: sgd, momentum, adam"):
        optimizers.make("rmsprop", 0.1)


def test_perceptron_rule_by_hand():
    net = Network([2, 1], activations=["step"], init="zeros")
    X, Y = np.array([[1.0, 2.0]]), np.array([[0.0]])
    rules.rule_step(net, "perceptron", X, Y, lr=0.5)  # y_hat = step(0) = 1, error = -1
    np.testing.assert_allclose(net.weights[0], [[-0.5], [-1.0]])
    np.testing.assert_allclose(net.biases[0], [-0.5])
    before = net.weights[0].copy()
    rules.rule_step(net, "perceptron", X, Y, lr=0.5)  # now z = -3 -> right: no change
    np.testing.assert_array_equal(net.weights[0], before)


def test_adaline_is_gradient_descent_on_squared_error():
    X = np.random.default_rng(0).normal(size=(8, 3))
    Y = np.sign(X[:, :1])
    a = Network([3, 1], activations=["linear"], seed=4)
    b = Network([3, 1], activations=["linear"], seed=4)
    rules.rule_step(a, "adaline", X, Y, lr=0.1)
    _, dW, db = b.backward(X, Y, "mse")
    optimizers.SGD(0.1).step(b.weights + b.biases, dW + db)
    np.testing.assert_allclose(a.weights[0], b.weights[0])
    np.testing.assert_allclose(a.biases[0], b.biases[0])


@pytest.mark.parametrize(
    ("sizes", "acts", "rule", "message"),
    [
        ([2, 3, 1], ["tanh", "step"], "perceptron", "remove the hidden layers"),
        ([2, 1], ["sigmoid"], "perceptron", "needs a step output"),
        ([2, 1], ["tanh"], "adaline", "needs a linear output"),
        ([2, 1], ["linear"], "hebb", "unknown rule"),
    ],
)
def test_rule_needs_a_single_neuron(sizes, acts, rule, message):
    with pytest.raises(ValueError, match=message):
        rules.check_network(Network(sizes, activations=acts), rule)
