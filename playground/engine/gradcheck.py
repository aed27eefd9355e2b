"""Gradient check: central finite differences compared with backpropagation."""

from __future__ import annotations

import numpy as np

from playground.engine.network import Network


def numerical_gradients(
    net: Network, X: np.ndarray, Y: np.ndarray, loss: str = "mse", eps: float = 1e-5
) -> list[np.ndarray]:
    """(L(p + eps) - L(p - eps)) / (2 eps) for every parameter, shaped like W0, b0, W1, b1..."""
    grads = []
    for param in _parameters(net):
        grad = np.zeros_like(param)
        for index in np.ndindex(param.shape):
            saved = param[index]
            param[index] = saved + eps
            plus = net.loss(X, Y, loss)
            param[index] = saved - eps
            minus = net.loss(X, Y, loss)
            param[index] = saved
            grad[index] = (plus - minus) / (2.0 * eps)
        grads.append(grad)
    return grads


def max_relative_error(
    net: Network, X: np.ndarray, Y: np.ndarray, loss: str = "mse", eps: float = 1e-5
) -> float:
    """Largest relative error ||g_bp - g_num|| / (||g_bp|| + ||g_num||) over the W and b arrays.

    The norms are taken per parameter array (0 when both gradients are exactly zero), the
    usual form of the check: element-wise ratios are dominated by finite-difference noise
    (about 1e-10) wherever a gradient is itself tiny.
    """
    _, dW, db = net.backward(X, Y, loss)
    analytic = [g for pair in zip(dW, db) for g in pair]
    numeric = numerical_gradients(net, X, Y, loss, eps)
    worst = 0.0
    for a, n in zip(analytic, numeric):
        scale = np.linalg.norm(a) + np.linalg.norm(n)
        if scale:
            worst = max(worst, float(np.linalg.norm(a - n) / scale))
    return worst


def _parameters(net: Network) -> list[np.ndarray]:
    """W0, b0, W1, b1, ... (the live arrays)."""
    return [p for pair in zip(net.weights, net.biases) for p in pair]
