"""Activations against hand-worked values and finite differences."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from playground.engine import activations

ELEMENTWISE = [n for n in activations.NAMES if n != "softmax"]
X = np.linspace(-5, 5, 41) + 0.013  # avoids the kinks at exactly 0


@pytest.mark.parametrize(
    ("name", "x", "expected"),
    [
        ("linear", -2.5, -2.5),
        ("step", -0.1, 0.0),
        ("step", 0.0, 1.0),
        ("sigmoid", 0.0, 0.5),
        ("sigmoid", np.log(3.0), 0.75),
        ("tanh", np.log(2.0), 0.6),  # (4 - 1) / (4 + 1)
        ("arctan", 1.0, np.pi / 4),
        ("relu", -3.0, 0.0),
        ("relu", 3.0, 3.0),
        ("leaky_relu", -2.0, -0.02),
        ("elu", -np.log(2.0), -0.5),
        ("softplus", 0.0, np.log(2.0)),
    ],
)
def test_hand_worked_values(name, x, expected):
    assert activations.get(name).f(np.array([x]))[0] == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivative_matches_central_difference(name):
    act = activations.get(name)
    h = 1e-6
    numeric = (act.f(X + h) - act.f(X - h)) / (2 * h)
    np.testing.assert_allclose(act.df(X), numeric, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize(
    ("name", "formula"),
    [
        ("sigmoid", lambda f, x: f * (1 - f)),
        ("tanh", lambda f, x: 1 - f**2),
        ("arctan", lambda f, x: 1 / (1 + x**2)),
        ("softplus", lambda f, x: 1 / (1 + np.exp(-x))),
    ],
)
def test_derivative_formulas_from_the_notes(name, formula):
    act = activations.get(name)
    np.testing.assert_allclose(act.df(X), formula(act.f(X), X), rtol=1e-12)


def test_alpha_is_adjustable():
    x = np.array([-2.0, 3.0])
    np.testing.assert_allclose(activations.get("leaky_relu", alpha=0.2).f(x), [-0.4, 3.0])
    np.testing.assert_allclose(activations.get("leaky_relu").df(x), [0.01, 1.0])
    np.testing.assert_allclose(activations.get("elu", alpha=2.0).f(x), [2 * np.expm1(-2), 3.0])
    assert activations.get("elu").alpha == 1.0


def test_step_and_relu_derivatives():
    np.testing.assert_array_equal(activations.get("step").df(X), np.zeros_like(X))
    np.testing.assert_array_equal(activations.get("relu").df(np.array([-1.0, 2.0])), [0, 1])


@pytest.mark.parametrize("name", activations.NAMES)
def test_no_warnings_or_nans_for_extreme_inputs(name):
    act = activations.get(name)
    x = np.array([[-1e4, -700.0, -1.0, 0.0, 1.0, 700.0, 1e4]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        values, slopes = act.f(x), act.df(x)
    assert np.isfinite(values).all() and np.isfinite(slopes).all()


def test_sigmoid_saturates_exactly():
    s = activations.get("sigmoid").f(np.array([-1e4, 1e4]))
    np.testing.assert_array_equal(s, [0.0, 1.0])


def test_softmax_rows_sum_to_one_and_shift_invariance():
    sm = activations.get("softmax")
    x = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]])
    p = sm.f(x)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(p[0], np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())
    np.testing.assert_allclose(p[1], [1 / 3] * 3)


def test_softmax_jacobian_matches_finite_differences():
    sm = activations.get("softmax")
    x = np.array([[0.3, -1.2, 2.0, 0.5], [1.0, 0.0, -1.0, 2.0]])
    jac = sm.jacobian(x)
    assert jac.shape == (2, 4, 4)
    h = 1e-6
    for n in range(2):
        for j in range(4):
            e = np.zeros(4)
            e[j] = h
            column = (sm.f(x[n] + e) - sm.f(x[n] - e)) / (2 * h)
            np.testing.assert_allclose(jac[n, :, j], column, atol=1e-9)
    p = sm.f(x)
    np.testing.assert_allclose(jac[0], np.diag(p[0]) - np.outer(p[0], p[0]))


@given(arrays(np.float64, (3, 5), elements=st.floats(-50, 50)))
def test_softmax_backprop_equals_jacobian_product(x):
    sm = activations.get("softmax")
    g = np.linspace(-1, 1, 15).reshape(3, 5)
    p = sm.f(x)
    expected = np.einsum("nkj,nk->nj", sm.jacobian(x), g)
    np.testing.assert_allclose(sm.backprop(x, p, g), expected, atol=1e-12)


def test_unknown_name_lists_the_allowed_ones():
    with pytest.raises(ValueError, match="allowed: linear, step"):
        activations.get("swish")
