"""Activation functions: value f(x) and derivative f'(x), vectorised over any shape.

Every function is free of floating-point warnings for inputs up to ±1e4: exponentials are
only ever taken of non-positive numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NAMES = (
    "linear",
    "step",
    "sigmoid",
    "tanh",
    "arctan",
    "relu",
    "leaky_relu",
    "elu",
    "softplus",
    "softmax",
)
# The activations that act on each number alone: every one but softmax, which acts on a
# whole vector. They are the ones a hidden layer may use and the explorer plots as f and f'.
ELEMENTWISE = tuple(name for name in NAMES if name != "softmax")


def _sigmoid(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Logistic function 1/(1+e^-x) = (1 + tanh(x/2)) / 2, which never overflows."""
    out = np.multiply(x, 0.5, out=out)
    np.tanh(out, out=out)
    out *= 0.5
    out += 0.5
    return out


def as_float(x) -> np.ndarray:
    """x as a floating-point array: float32 stays float32, anything else becomes float64."""
    x = np.asarray(x)
    return x if x.dtype.kind == "f" else x.astype(float)


def _put(value: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    """Return `value`, written into `out` when one is given."""
    if out is None:
        return value
    np.copyto(out, value)
    return out


def _where(condition: np.ndarray, a, b, out: np.ndarray | None) -> np.ndarray:
    return _put(np.where(condition, a, b), out)


# f(x, out, alpha) for each element-wise activation.
_VALUE = {
    "linear": lambda x, out, alpha: np.positive(x, out=out),  # +x: a copy of x
    "step": lambda x, out, alpha: _put((x >= 0).astype(float), out),
    "sigmoid": lambda x, out, alpha: _sigmoid(x, out),
    "tanh": lambda x, out, alpha: np.tanh(x, out=out),
    "arctan": lambda x, out, alpha: np.arctan(x, out=out),
    "relu": lambda x, out, alpha: np.maximum(x, 0.0, out=out),
    "leaky_relu": lambda x, out, alpha: _where(x > 0, x, alpha * x, out),
    "elu": lambda x, out, alpha: _where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)), out),
    "softplus": lambda x, out, alpha: np.add(
        np.maximum(x, 0.0), np.log1p(np.exp(-np.abs(x))), out=out
    ),
}


def _d_sigmoid(a: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    """f(1 - f)."""
    out = np.subtract(1.0, a, out=out)
    return np.multiply(out, a, out=out)


def _d_tanh(a: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    """1 - f^2."""
    out = np.multiply(a, a, out=out)
    return np.subtract(1.0, out, out=out)


def _d_arctan(z: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    """1 / (1 + x^2)."""
    out = np.multiply(z, z, out=out)
    out += 1.0
    return np.reciprocal(out, out=out)


# f'(z) given a = f(z): (z, a, out, alpha) for each element-wise activation.
_SLOPE = {
    "linear": lambda z, a, out, alpha: _put(np.ones_like(z), out),
    "step": lambda z, a, out, alpha: _put(np.zeros_like(z), out),
    "sigmoid": lambda z, a, out, alpha: _d_sigmoid(a, out),
    "tanh": lambda z, a, out, alpha: _d_tanh(a, out),
    "arctan": lambda z, a, out, alpha: _d_arctan(z, out),
    "relu": lambda z, a, out, alpha: _put((z > 0).astype(float), out),
    "leaky_relu": lambda z, a, out, alpha: _where(z > 0, 1.0, alpha, out),
    "elu": lambda z, a, out, alpha: _where(z > 0, 1.0, a + alpha, out),
    "softplus": lambda z, a, out, alpha: _sigmoid(z, out),
}


@dataclass(frozen=True)
class Activation:
    """One element-wise activation. `f` and `df` take and return arrays of the same shape.

    `f`, `df_from` and `backprop` accept `out=` to write into a preallocated array.
    """

    name: str
    alpha: float | None = None

    def f(self, x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        return _VALUE[self.name](as_float(x), out, self.alpha)

    def df(self, x: np.ndarray) -> np.ndarray:
        x = as_float(x)
        return self.df_from(x, self.f(x))

    def df_from(self, z: np.ndarray, a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Derivative at pre-activation z, given a = f(z); shapes (N, K) -> (N, K)."""
        return _SLOPE[self.name](z, a, out, self.alpha)

    def backprop(
        self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray, out: np.ndarray | None = None
    ) -> np.ndarray:
        """dL/dz = dL/da * f'(z), all (N, K); `out` must not be `grad_a`."""
        out = self.df_from(z, a, out)
        return np.multiply(out, grad_a, out=out)


@dataclass(frozen=True)
class Softmax:
    """Softmax over the last axis, max-subtracted: p_k = e^{x_k - max} / sum_j e^{x_j - max}.

    `df` is the diagonal of the Jacobian, p(1-p); `jacobian` is the full (N, K, K) matrix.
    """

    name: str = "softmax"
    alpha: float | None = None

    def f(self, x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        x = as_float(x)
        out = np.subtract(x, x.max(axis=-1, keepdims=True), out=out)
        np.exp(out, out=out)
        out /= out.sum(axis=-1, keepdims=True)
        return out

    def df(self, x: np.ndarray) -> np.ndarray:
        p = self.f(x)
        return p * (1.0 - p)

    def jacobian(self, x: np.ndarray) -> np.ndarray:
        """(N, K) -> (N, K, K): J[n] = diag(p[n]) - p[n] p[n]^T."""
        p = self.f(np.atleast_2d(x))
        return np.einsum("nk,kj->nkj", p, np.eye(p.shape[-1])) - p[:, :, None] * p[:, None, :]

    def backprop(
        self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray, out: np.ndarray | None = None
    ) -> np.ndarray:
        """dL/dz from dL/da through the Jacobian, without building it: p * (g - <g, p>)."""
        inner = np.sum(grad_a * a, axis=-1, keepdims=True)
        out = np.subtract(grad_a, inner, out=out)
        return np.multiply(out, a, out=out)


DEFAULT_ALPHA = {"leaky_relu": 0.01, "elu": 1.0}


def get(name: str, alpha: float | None = None) -> Activation | Softmax:
    """The activation called `name` (one of NAMES); `alpha` only for leaky_relu and elu."""
    if name not in NAMES:
        raise ValueError(f"unknown activation {name!r}; allowed: {', '.join(NAMES)}")
    if name == "softmax":
        return Softmax()
    if name in DEFAULT_ALPHA:
        return Activation(name, DEFAULT_ALPHA[name] if alpha is None else float(alpha))
    return Activation(name)
