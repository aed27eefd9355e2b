"""Gradient check: central finite differences compared with backpropagation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine import losses as loss_module
from playground.engine.network import Network

MAX_CHECKED = 200  # parameters compared per layer at most (a random sample of a wider one)
CHECK_ROWS = 20  # the window checks on the first training rows, at most this many
EPSILONS = (1e-3, 1e-4, 1e-5, 1e-6, 1e-7)  # the window's choices of eps; 1e-5 by default
AGREES_BELOW = 1e-5  # a relative error under this: backprop agrees with the differences


def numerical_gradients(
    net: Network, X: np.ndarray, Y: np.ndarray, loss: str = "mse", eps: float = 1e-5
) -> list[np.ndarray]:
    """(L(p + eps) - L(p - eps)) / (2 eps) for every parameter, shaped like W0, b0, W1, b1..."""
    grads = []
    for param in _parameters(net):
        grad = np.zeros_like(param)
        for index in np.ndindex(param.shape):
            grad[index] = _central(net, X, Y, loss, param, index, eps)
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
    return max(_relative_error(a, n) for a, n in zip(analytic, numeric))


@dataclass(frozen=True)
class LayerCheck:
    """One layer's check: `checked` of its `total` weights and biases compared, and the
    relative error ||g_bp − g_num|| / (||g_bp|| + ||g_num||) over them (0 if both are 0)."""

    layer: int  # 1 for the first weight layer
    checked: int
    total: int
    error: float


def layer_errors(
    net: Network,
    X: np.ndarray,
    Y: np.ndarray,
    loss: str | loss_module.Loss = "mse",
    eps: float = 1e-5,
    most: int = MAX_CHECKED,
    seed: int = 0,
) -> list[LayerCheck]:
    """Backprop against central differences (L(p + eps) − L(p − eps)) / 2 eps, layer by layer,
    on X (N, D_in) and Y, for every weight and bias of a layer, or `most` of them chosen at
    random (`seed`) in a wider one. The parameters are put back exactly as they were."""
    _, dW, db = net.backward(X, Y, loss)
    rng = np.random.default_rng(seed)
    found = []
    for layer, block in enumerate(net.blocks):
        analytic = np.vstack([dW[layer], db[layer][None, :]]).ravel()  # the block's layout
        picked = np.arange(block.size)
        if block.size > most:
            picked = np.sort(rng.choice(block.size, most, replace=False))
        flat = block.reshape(-1)  # a view: writing it writes the network's parameters
        numeric = np.array([_central(net, X, Y, loss, flat, i, eps) for i in picked])
        error = _relative_error(analytic[picked], numeric)
        found.append(LayerCheck(layer + 1, len(picked), block.size, error))
    return found


def _central(net: Network, X, Y, loss, array: np.ndarray, index, eps: float) -> float:
    """(L(p + eps) − L(p − eps)) / 2 eps for the parameter array[index] (a live array of the
    network), which is put back exactly as it was."""
    saved = array[index]
    array[index] = saved + eps
    plus = net.loss(X, Y, loss)
    array[index] = saved - eps
    minus = net.loss(X, Y, loss)
    array[index] = saved
    return (plus - minus) / (2.0 * eps)


def _relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """||a − n|| / (||a|| + ||n||), 0 when both are exactly zero."""
    scale = np.linalg.norm(analytic) + np.linalg.norm(numeric)
    return float(np.linalg.norm(analytic - numeric) / scale) if scale else 0.0


def _parameters(net: Network) -> list[np.ndarray]:
    """W0, b0, W1, b1, ... (the live arrays)."""
    return [p for pair in zip(net.weights, net.biases) for p in pair]
