"""Gradient descent on one weight, checked by hand: the derivatives against central
differences, the iterates of w², the three presets' behaviour, and the secant of w² at 3."""

import numpy as np
import pytest

from playground.engine import descent
from playground.engine.descent import COSTS, descend, secant


@pytest.mark.parametrize("name", COSTS)
def test_each_derivative_matches_central_differences(name):
    cost = COSTS[name]
    w = np.linspace(*cost.view, 41)
    w = w[np.abs(w) > 1e-3]  # |w| has no derivative at 0
    numeric = (cost.J(w + 1e-6) - cost.J(w - 1e-6)) / 2e-6
    np.testing.assert_allclose(cost.dJ(w), numeric, rtol=1e-6, atol=1e-6)


def test_the_iterates_of_w_squared_by_hand():
    run = descend(COSTS["square"], 3.0, 0.1, 3)  # w ← w − 0.1·2w = 0.8 w
    np.testing.assert_allclose(run.w, [3.0, 2.4, 1.92, 1.536])
    np.testing.assert_allclose(run.J, run.w**2)
    np.testing.assert_allclose(run.dJ, 2 * run.w)
    assert not run.diverged


@pytest.mark.parametrize("name", COSTS)
def test_too_small_crawls_good_settles_too_large_overshoots(name):
    cost = COSTS[name]
    small = descend(cost, cost.start, cost.rates["too small"], 20)
    good = descend(cost, cost.start, cost.rates["good"], 100)
    large = descend(cost, cost.start, cost.rates["too large"], 100)
    assert abs(small.w[-1] - cost.start) < abs(good.w[-1] - cost.start)  # it crawls
    assert np.all(np.diff(good.J[:10]) <= 1e-12)  # each step lowers J at first
    overshoots = np.any(np.diff(np.sign(large.w)) != 0) or large.diverged
    assert overshoots  # it jumps across the minimum, or away
    if name == "square":
        assert large.diverged and abs(good.w[-1]) < 1e-6


def test_the_secant_approaches_the_derivative_as_epsilon_shrinks():
    """The course's example: w² at w = 3, ε = 0.001 gives 6.001 and ε = 0.002 gives 6.002."""
    square = COSTS["square"]
    assert secant(square, 3.0, 0.001) == pytest.approx(6.001)
    assert secant(square, 3.0, 0.002) == pytest.approx(6.002)
    errors = [abs(secant(square, 3.0, 10.0**-k) - 6.0) for k in range(1, 6)]
    assert errors == sorted(errors, reverse=True)


@pytest.mark.parametrize(
    ("rate", "steps", "message"),
    [(0.0, 5, "learning rate"), (11.0, 5, "at most 10"), (0.1, 0, "between 1 and 200")],
)
def test_impossible_settings_are_named(rate, steps, message):
    with pytest.raises(ValueError, match=message):
        descend(COSTS["square"], 1.0, rate, steps)
    assert descent.MAX_STEPS == 200


# ----------------------------------------------------------------------------- two weights
def _separable():
    from playground.engine import datasets

    ds = datasets.make("gauss", n=100, seed=0)
    return ds.X_train, ds.y_train.astype(float)


def test_the_neurons_loss_is_the_networks_and_its_gradient_the_differences():
    from playground.engine.network import Network

    X, y = _separable()
    net = Network([2, 1], ["sigmoid"])
    for w in ([0.5, -1.0], [2.0, 3.0], [-3.0, 0.2]):
        net.load_parameters([np.array(w)[:, None]], [np.zeros(1)])
        assert descent.neuron_loss(X, y, np.array(w)) == pytest.approx(net.loss(X, y, "bce"))
        numeric = [
            (
                descent.neuron_loss(X, y, np.array(w) + e)
                - descent.neuron_loss(X, y, np.array(w) - e)
            )
            / 2e-6
            for e in np.eye(2) * 1e-6
        ]
        np.testing.assert_allclose(descent.neuron_gradient(X, y, np.array(w)), numeric, rtol=1e-6)


def test_the_loss_plane_is_laid_out_row_by_w2():
    X, y = _separable()
    w1, w2, plane = descent.loss_plane(X, y)
    assert plane.shape == (len(w2), len(w1)) == (descent.PLANE_SIDE, descent.PLANE_SIDE)
    assert plane[3, 7] == pytest.approx(descent.neuron_loss(X, y, np.array([w1[7], w2[3]])))


def test_every_optimiser_walks_downhill_from_the_same_start():
    X, y = _separable()
    paths = descent.optimizer_paths(X, y, (-3.0, 2.5), 60)
    assert set(paths) == {"sgd", "momentum", "adam"}
    for path in paths.values():
        assert path.shape == (61, 2) and tuple(path[0]) == (-3.0, 2.5)
        losses = descent.neuron_loss(X, y, path)
        assert losses[-1] < 0.5 * losses[0]  # the set is separable: the loss falls a lot
    # Adam's first step moves each weight by about its rate, whatever the gradient's size.
    np.testing.assert_allclose(np.abs(paths["adam"][1] - paths["adam"][0]), 0.1, rtol=1e-3)
    with pytest.raises(ValueError, match="between 1 and 200"):
        descent.optimizer_paths(X, y, (0.0, 0.0), 0)


def test_a_run_overshoots_when_a_step_comes_back_the_way_the_last_one_went():
    square, abs_cost = COSTS["square"], COSTS["abs"]
    assert descend(square, 3.0, square.rates["too large"], 5).overshoots
    assert not descend(square, 3.0, square.rates["good"], 5).overshoots
    assert not descend(abs_cost, 3.0, 0.5, 10).overshoots  # 3, 2.5 … 0, then it stays at 0


# ---------------------------------------------------------- values that are not finite
def _log_cost() -> descent.Cost:
    """J = log w, defined for w > 0 only (NumPy warns outside, unless told not to)."""
    return descent.Cost("log w", "1/w", np.log, lambda w: 1 / w, (0.1, 4.0), 0.5, {})


def test_a_step_out_of_the_domain_stops_the_run_without_a_warning():
    run = descend(_log_cost(), 0.5, 1.0, 10)  # 0.5 − 1/0.5 = −1.5: log(−1.5) is NaN
    assert run.diverged and run.undefined
    np.testing.assert_allclose(run.w, [0.5, -1.5])
    assert np.isnan(run.J[-1]) and np.isfinite(run.J[0])


def test_a_start_out_of_the_domain_stops_before_the_first_step():
    run = descend(_log_cost(), -1.0, 0.1, 10)
    assert run.undefined and list(run.w) == [-1.0]
    run = descend(_log_cost(), 0.0, 0.1, 10)  # log 0 = −inf, 1/0 = inf
    assert run.undefined and list(run.w) == [0.0] and run.J[0] == -np.inf


def test_a_slope_that_is_not_a_number_stops_the_run_and_an_overflow_diverges():
    cost = descent.Cost("?", "?", lambda w: w**2, lambda w: np.sqrt(w - 10.0), (-1, 1), 0, {})
    run = descend(cost, 20.0, 10.0, 5)  # 20 − 10·√10 ≈ −11.6, where √(w − 10) is NaN
    assert run.diverged and run.undefined and len(run.w) == 2 and np.isnan(run.dJ[-1])
    huge = descent.Cost("?", "?", np.exp, np.exp, (-1, 1), 0, {})
    run = descend(huge, 700.0, 1.0, 5)  # w − e^700 ≈ −10³⁰⁴: beyond DIVERGED
    assert run.diverged and not run.undefined and list(run.w) == [700.0]


def test_the_secant_of_a_cost_that_is_not_finite_is_nan_without_a_warning():
    assert np.isnan(secant(_log_cost(), -2.0, 0.1))
    assert secant(_log_cost(), 0.0, 0.1) == np.inf  # (log 0.1 − log 0) / 0.1
