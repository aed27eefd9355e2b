"""Losses against hand-worked values and finite differences."""

import numpy as np
import pytest

from playground.engine import losses

Y_HAT = np.array([[0.8, 0.1], [0.3, 0.6], [0.5, 0.9]])
Y = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])


def test_mse_hand_worked():
    # per sample 1/2 sum_k (y_hat - y)^2: (0.04 + 0.01)/2, (0.09 + 0.16)/2, (0.25 + 0.01)/2
    assert losses.get("mse").value(Y_HAT, Y) == pytest.approx((0.025 + 0.125 + 0.13) / 3)


def test_mae_hand_worked():
    assert losses.get("mae").value(Y_HAT, Y) == pytest.approx((0.3 + 0.7 + 0.6) / 3)


def test_bce_hand_worked():
    expected = -(np.log(0.8) + np.log(0.9) + np.log(0.7) + np.log(0.6) + np.log(0.5) + np.log(0.9))
    assert losses.get("bce").value(Y_HAT, Y) == pytest.approx(expected / 3)


def test_cross_entropy_accepts_labels_and_one_hot():
    p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    ce = losses.get("cross_entropy")
    expected = -(np.log(0.7) + np.log(0.8)) / 2
    assert ce.value(p, np.array([0, 2])) == pytest.approx(expected)
    assert ce.value(p, np.eye(3)[[0, 2]]) == pytest.approx(expected)


@pytest.mark.parametrize("name", losses.NAMES)
def test_gradient_matches_central_difference(name):
    loss = losses.get(name)
    y_hat = Y_HAT.copy()
    h = 1e-7
    numeric = np.zeros_like(y_hat)
    for idx in np.ndindex(y_hat.shape):
        plus, minus = y_hat.copy(), y_hat.copy()
        plus[idx] += h
        minus[idx] -= h
        numeric[idx] = (loss.value(plus, Y) - loss.value(minus, Y)) / (2 * h)
    np.testing.assert_allclose(loss.grad(Y_HAT, Y), numeric, rtol=1e-5, atol=1e-8)


@pytest.mark.parametrize("name", losses.NAMES)
def test_no_log_zero_or_overflow_warnings(name):
    y_hat = np.array([[0.0, 1.0], [1.0, 0.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        value = losses.get(name).value(y_hat, Y[:2])
        grad = losses.get(name).grad(y_hat, Y[:2])
    assert np.isfinite(value) and np.isfinite(grad).all()


@pytest.mark.parametrize(("name", "output"), [("bce", "sigmoid"), ("cross_entropy", "softmax")])
def test_fused_logit_form_equals_plain_form(name, output):
    from playground.engine import activations

    z = np.array([[0.5, -1.0], [2.0, 0.1], [-3.0, 4.0]])
    loss = losses.get(name)
    plain = loss.value(activations.get(output).f(z), Y)
    assert loss.value_from_logits(z, Y) == pytest.approx(plain, rel=1e-12)


def test_fused_logit_form_is_finite_for_huge_logits():
    z = np.array([[1e4], [-1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        value = losses.get("bce").value_from_logits(z, np.array([[0.0], [1.0]]))
    assert value == pytest.approx(1e4)


def test_check_output_and_unknown_name():
    losses.check_output("bce", "sigmoid")
    with pytest.raises(ValueError, match="needs a softmax output"):
        losses.check_output("cross_entropy", "tanh")
    with pytest.raises(ValueError, match="allowed: mse, mae, bce, cross_entropy"):
        losses.get("hinge")
