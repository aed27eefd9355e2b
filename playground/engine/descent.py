"""Gradient descent on one weight, for the learning-rate and derivative lab: a few costs J(w)
with their derivatives dJ/dw, the iterates w ← w − λ·dJ/dw, and the secant
(J(w + ε) − J(w)) / ε that approaches the derivative as ε shrinks. And on two weights: the
cross-entropy of a sigmoid neuron without bias over (w₁, w₂), and the paths the optimisers
(gradient descent, momentum, Adam) take on it from the same start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine import optimizers

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
    diverged: it stops before the first w over DIVERGED in size or not finite, or at the
    first w where J or dJ/dw is not finite (`undefined`: w left J's domain, as log w does
    below 0; that w is the last iterate)."""

    w: np.ndarray
    J: np.ndarray
    dJ: np.ndarray
    diverged: bool
    undefined: bool

    @property
    def overshoots(self) -> bool:
        """Whether some step goes back the way the one before came: w jumps across a
        minimum instead of settling into it."""
        moves = np.sign(np.diff(self.w))
        return bool(np.any(moves[1:] * moves[:-1] < 0))


def descend(cost: Cost, start: float, rate: float, steps: int) -> Descent:
    """`steps` steps of w ← w − rate·dJ/dw from `start`, fewer if the run diverges or
    leaves J's domain (ValueError for an impossible rate or number of steps, naming the
    limit). Values that are not finite stop the run without a NumPy warning."""
    if not 0 < rate <= MAX_RATE:
        raise ValueError(f"the learning rate must be above 0 and at most {MAX_RATE:g}: {rate}")
    if not 1 <= steps <= MAX_STEPS:
        raise ValueError(f"the number of steps must be between 1 and {MAX_STEPS}: {steps}")
    ws = [float(start)]
    diverged = False
    with np.errstate(all="ignore"):
        undefined = not _defined(cost, ws[0])
        while not (diverged or undefined) and len(ws) <= steps:
            w = ws[-1] - rate * float(cost.dJ(np.float64(ws[-1])))
            diverged = not np.isfinite(w) or abs(w) > DIVERGED
            if not diverged:
                ws.append(w)
                undefined = not _defined(cost, w)
        w = np.array(ws)
        return Descent(w, cost.J(w), cost.dJ(w), diverged or undefined, undefined)


def _defined(cost: Cost, w: float) -> bool:
    """Whether J and dJ/dw are both finite at w."""
    return bool(np.isfinite(cost.J(np.float64(w))) and np.isfinite(cost.dJ(np.float64(w))))


def secant(cost: Cost, w: float, eps: float) -> float:
    """(J(w + eps) − J(w)) / eps: the slope of the secant, which tends to dJ/dw as eps → 0
    (NaN or ±inf, without a warning, where J is not finite)."""
    with np.errstate(all="ignore"):
        return float((cost.J(np.float64(w + eps)) - cost.J(np.float64(w))) / eps)


# --- two weights ---------------------------------------------------------------------------

PLANE_SPAN = (-8.0, 8.0)  # w₁ and w₂ from, to
PLANE_SIDE = 80  # the loss is evaluated on this many points a side
PATH_RATES = {"sgd": 0.5, "momentum": 0.1, "adam": 0.1}  # each optimiser's learning rate


def neuron_loss(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Mean cross-entropy of σ(X·w) against labels y (N,) in {0, 1}, for X (N, 2) and one
    weight vector w (2,) or many (..., 2): shape (...,). Computed from the logits."""
    z = np.tensordot(w, X, axes=([-1], [1]))  # (..., N)
    return np.mean(np.logaddexp(0.0, z) - y * z, axis=-1)


def neuron_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """dL/dw (2,) of `neuron_loss` at w (2,): Xᵀ(σ(X·w) − y) / N."""
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(y)


def loss_plane(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """w₁ (S,), w₂ (S,) and the loss L (S, S) with L[i, j] at (w₁[j], w₂[i])."""
    axis = np.linspace(*PLANE_SPAN, PLANE_SIDE)
    w = np.stack(np.meshgrid(axis, axis), axis=-1)  # (S, S, 2): [i, j] = (w1[j], w2[i])
    return axis, axis, neuron_loss(X, y, w)


def optimizer_paths(
    X: np.ndarray, y: np.ndarray, start: tuple[float, float], steps: int
) -> dict[str, np.ndarray]:
    """For each optimiser of PATH_RATES: the weights (steps + 1, 2) of the neuron trained on
    the whole of (X, y) from `start` by the engine's optimiser, one step at a time."""
    if not 1 <= steps <= MAX_STEPS:
        raise ValueError(f"the number of steps must be between 1 and {MAX_STEPS}: {steps}")
    paths = {}
    for name, rate in PATH_RATES.items():
        w = np.array(start, dtype=float)
        optimizer = optimizers.make(name, rate)
        path = [w.copy()]
        for _ in range(steps):
            optimizer.step([w], [neuron_gradient(X, y, w)])
            path.append(w.copy())
        paths[name] = np.array(path)
    return paths
