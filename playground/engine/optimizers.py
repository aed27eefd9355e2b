"""Gradient-descent optimisers that update parameter arrays in place, and L1/L2 penalties.

Settings (lr, momentum, betas) are plain attributes: change them between steps at will.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

NAMES = ("sgd", "momentum", "adam")


class SGD:
    """Plain gradient descent: p <- p - lr * g."""

    name = "sgd"

    def __init__(self, lr: float = 0.03):
        self.lr = float(lr)

    def step(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        for p, g in zip(params, grads):
            p -= self.lr * g


class Momentum:
    """Heavy-ball momentum: v <- beta * v - lr * g ; p <- p + v."""

    name = "momentum"

    def __init__(self, lr: float = 0.03, momentum: float = 0.9):
        self.lr = float(lr)
        self.momentum = float(momentum)
        self.velocity: list[np.ndarray] = []

    def step(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        if not self.velocity:
            self.velocity = [np.zeros_like(p) for p in params]
        for p, g, v in zip(params, grads, self.velocity):
            v *= self.momentum
            v -= self.lr * g
            p += v


class Adam:
    """Adam (Kingma & Ba): bias-corrected first and second moment estimates of g."""

    name = "adam"

    def __init__(
        self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ):
        self.lr = float(lr)
        self.beta1 = float(beta1)
        self.beta2 = float(beta2)
        self.eps = float(eps)
        self.t = 0
        self.m: list[np.ndarray] = []
        self.v: list[np.ndarray] = []

    def step(self, params: Sequence[np.ndarray], grads: Sequence[np.ndarray]) -> None:
        if not self.m:
            self.m = [np.zeros_like(p) for p in params]
            self.v = [np.zeros_like(p) for p in params]
        self.t += 1
        step_size = self.lr * np.sqrt(1.0 - self.beta2**self.t) / (1.0 - self.beta1**self.t)
        for p, g, m, v in zip(params, grads, self.m, self.v):
            m *= self.beta1
            m += (1.0 - self.beta1) * g
            v *= self.beta2
            v += (1.0 - self.beta2) * (g * g)
            p -= step_size * m / (np.sqrt(v) + self.eps)


def make(name: str, lr: float, **settings: float) -> SGD | Momentum | Adam:
    """An optimiser by name; unknown settings for that optimiser are ignored."""
    match name:
        case "sgd":
            return SGD(lr)
        case "momentum":
            return Momentum(lr, settings.get("momentum", 0.9))
        case "adam":
            keys = ("beta1", "beta2", "eps")
            return Adam(lr, **{k: settings[k] for k in keys if k in settings})
    raise ValueError(f"unknown optimizer {name!r}; allowed: {', '.join(NAMES)}")


def penalty(weights: Sequence[np.ndarray], l1: float, l2: float) -> float:
    """Regularisation term l1 * sum|W| + l2/2 * sum W^2 over all weight matrices (not biases)."""
    return float(sum(l1 * np.abs(w).sum() + 0.5 * l2 * np.square(w).sum() for w in weights))


def add_penalty_gradient(
    weights: Sequence[np.ndarray], grads: Sequence[np.ndarray], l1: float, l2: float
) -> None:
    """grads[l] += l1 * sign(W[l]) + l2 * W[l], in place."""
    for w, g in zip(weights, grads):
        if l1:
            g += l1 * np.sign(w)
        if l2:
            g += l2 * w
