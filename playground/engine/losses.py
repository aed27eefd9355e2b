"""Loss functions: each is defined per sample (summed over the outputs) and averaged over N.

`value(y_hat, Y)` -> float and `grad(y_hat, Y)` -> (N, K) = dL/dy_hat take predictions and
targets of shape (N, K). Targets may also be integer class labels of shape (N,) for
`cross_entropy`, or (N,) for a single output.

Two pairs have a fused form computed from the output layer's pre-activation z (logits):
sigmoid + bce and softmax + cross_entropy, whose gradient dL/dz is simply (y_hat - Y) / N.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NAMES = ("mse", "mae", "bce", "cross_entropy")

# Predictions are clipped this far from 0 and 1 before taking logarithms.
_EPS = 1e-12

# Which output activation each loss has a fused logits form with.
FUSED_OUTPUT = {"bce": "sigmoid", "cross_entropy": "softmax"}


def as_targets(Y: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Targets as float (N, K): integer labels (N,) become one-hot when K > 1."""
    Y = np.asarray(Y)
    n, k = shape
    if Y.ndim == 1 and k > 1:
        one_hot = np.zeros(shape)
        one_hot[np.arange(n), Y.astype(int)] = 1.0
        return one_hot
    return Y.reshape(shape).astype(float, copy=False)


def _softplus(z: np.ndarray) -> np.ndarray:
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


@dataclass(frozen=True)
class Loss:
    """A loss by name; see the module docstring for the conventions."""

    name: str

    def value(self, y_hat: np.ndarray, Y: np.ndarray) -> float:
        y_hat = np.atleast_2d(np.asarray(y_hat, dtype=float))
        Y = as_targets(Y, y_hat.shape)
        n = y_hat.shape[0]
        match self.name:
            case "mse":
                per_output = 0.5 * (y_hat - Y) ** 2
            case "mae":
                per_output = np.abs(y_hat - Y)
            case "bce":
                p = np.clip(y_hat, _EPS, 1.0 - _EPS)
                per_output = -(Y * np.log(p) + (1.0 - Y) * np.log1p(-p))
            case "cross_entropy":
                per_output = -Y * np.log(np.clip(y_hat, _EPS, 1.0))
        return float(per_output.sum() / n)

    def grad(self, y_hat: np.ndarray, Y: np.ndarray) -> np.ndarray:
        """dL/dy_hat, (N, K)."""
        y_hat = np.atleast_2d(np.asarray(y_hat, dtype=float))
        Y = as_targets(Y, y_hat.shape)
        n = y_hat.shape[0]
        match self.name:
            case "mse":
                g = y_hat - Y
            case "mae":
                g = np.sign(y_hat - Y)
            case "bce":
                p = np.clip(y_hat, _EPS, 1.0 - _EPS)
                g = (p - Y) / (p * (1.0 - p))
            case "cross_entropy":
                g = -Y / np.clip(y_hat, _EPS, 1.0)
        return g / n

    def value_from_logits(self, z: np.ndarray, Y: np.ndarray) -> float:
        """The fused loss computed stably from the output pre-activation z, (N, K)."""
        n = z.shape[0]
        if self.name == "bce":
            return float(np.sum(_softplus(z) - Y * z) / n)
        if self.name == "cross_entropy":
            m = z.max(axis=1, keepdims=True)
            log_sum = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
            return float(np.sum(Y * (log_sum - z)) / n)
        raise ValueError(f"{self.name} has no fused form")


def check_output(name: str, output_activation: str) -> None:
    """Raise ValueError when a loss cannot be used with that output activation."""
    if name in FUSED_OUTPUT and output_activation != FUSED_OUTPUT[name]:
        raise ValueError(
            f"the {name} loss needs a {FUSED_OUTPUT[name]} output, not {output_activation}"
        )


def get(name: str) -> Loss:
    """The loss called `name` (one of NAMES)."""
    if name not in NAMES:
        raise ValueError(f"unknown loss {name!r}; allowed: {', '.join(NAMES)}")
    return Loss(name)
