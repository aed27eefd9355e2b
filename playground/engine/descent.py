"""Gradient descent on one weight, for the learning-rate and derivative lab: a few costs J(w)
with their derivatives dJ/dw, the iterates w ← w − λ·dJ/dw, and the secant
(J(w + ε) − J(w)) / ε that approaches the derivative as ε shrinks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

MAX_STEPS = 200  # iterates of one run, at most
MAX_RATE = 10.0  # the lab's learning rate, at most
DIVERGED = 1e6  # |w| beyond this: the run has diverged and stops


@dataclass(frozen=True)
class Cost:
    """A cost of one weight: `J(w)` and its derivative `dJ(w)` (element-wise on arrays),
    written out as `formula` and `derivative`; `view` is the w range worth plotting and
    `rates` the learning rates that crawl, work and overshoot from `start`."""

    formula: str
    derivative: str
    J: Callable[[np.ndarray], np.ndarray]
    dJ: Callable[[np.ndarray], np.ndarray]
    view: tuple[float, float]
    start: float
    rates: dict[str, float]


COSTS = {
    "square": Cost(
        "w²",
        "2w",
        lambda w: w**2,
        lambda w: 2 * w,
        (-4.0, 4.0),
        3.0,
        {"too small": 0.01, "good": 0.1, "too large": 1.2},
    ),
    "cube": Cost(
        "w³",
        "3w²",
        lambda w: w**3,
        lambda w: 3 * w**2,
        (-2.0, 3.0),
        2.0,
        {"too small": 0.001, "good": 0.05, "too large": 0.5},
    ),
    "abs": Cost(
        "|w|",
        "sign(w)",
        np.abs,
        np.sign,
        (-4.0, 4.0),
        3.0,
        {"too small": 0.05, "good": 0.5, "too large": 2.5},
    ),
    "double_well": Cost(
        "(w² − 1)²",
        "4w(w² − 1)",
        lambda w: (w**2 - 1) ** 2,
        lambda w: 4 * w * (w**2 - 1),
        (-2.0, 2.0),
        1.8,
        {"too small": 0.001, "good": 0.05, "too large": 0.3},
    ),
    "quartic": Cost(
        "w⁴ − 3w²",
        "4w³ − 6w",
        lambda w: w**4 - 3 * w**2,
        lambda w: 4 * w**3 - 6 * w,
        (-2.2, 2.2),
        2.0,
        {"too small": 0.002, "good": 0.05, "too large": 0.25},
    ),
}


@dataclass(frozen=True)
class Descent:
    """The iterates w₀, w₁, … (K,), J at each (K,), dJ/dw at each (K,), and whether the run
    diverged (it stops at the first |w| over DIVERGED or a value that is not finite)."""

    w: np.ndarray
    J: np.ndarray
    dJ: np.ndarray
    diverged: bool


def descend(cost: Cost, start: float, rate: float, steps: int) -> Descent:
    """`steps` steps of w ← w − rate·dJ/dw from `start` (ValueError for an impossible
    rate or number of steps, naming the limit)."""
    if not 0 < rate <= MAX_RATE:
        raise ValueError(f"the learning rate must be above 0 and at most {MAX_RATE:g}: {rate}")
    if not 1 <= steps <= MAX_STEPS:
        raise ValueError(f"the number of steps must be between 1 and {MAX_STEPS}: {steps}")
    ws = [float(start)]
    diverged = False
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            w = ws[-1] - rate * float(cost.dJ(np.float64(ws[-1])))
            if not np.isfinite(w) or abs(w) > DIVERGED:
                diverged = True
                break
            ws.append(w)
        w = np.array(ws)
        return Descent(w, cost.J(w), cost.dJ(w), diverged)


def secant(cost: Cost, w: float, eps: float) -> float:
    """(J(w + eps) − J(w)) / eps: the slope of the secant, which tends to dJ/dw as eps → 0."""
    return float((cost.J(np.float64(w + eps)) - cost.J(np.float64(w))) / eps)
