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
