"""Backpropagation written out layer by layer, every intermediate array kept, for teaching.

`trace(net, X, Y, loss)` runs the forward pass and the backward pass of the course notes
on the rows X (N, D_in) with targets Y, and returns one `LayerRecord` per layer, from the
first to the last, and the loss. Layer l (inputs D_in, outputs D_out) is

    z = a_prev W + b,  a = f(z)
    dL/da      = the loss's gradient (output layer) or dL/da_prev of the layer above
    delta      = dL/dz = dL/da ⊙ f'(z)  (softmax: the Jacobian product; with a fused loss,
                 sigmoid + bce or softmax + cross entropy, (a − Y) / N as Network.backward)
    dW = a_prevᵀ delta,  db = Σ_rows delta,  dL/da_prev = delta Wᵀ

The loss is the mean over the N rows, so delta carries the factor 1/N and dW is the
average of the rows' own gradients (`row_dW`). dW and db equal `Network.backward` on the
same rows. The arrays are read-only copies: later training does not change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from playground.engine import losses as loss_module
from playground.engine.network import Network


def _frozen(array: np.ndarray) -> np.ndarray:
    copy = np.array(array, dtype=float)
    copy.setflags(write=False)
    return copy


@dataclass(frozen=True, eq=False)
class LayerRecord:
    """One layer's forward and backward numbers for N rows (see the module docstring).

    Shapes: a_prev (N, D_in), W (D_in, D_out), b (D_out,), z and a (N, D_out), dL_da and
    delta (N, D_out), dW (D_in, D_out), db (D_out,), dL_da_prev (N, D_in). df_dz is the
    activation's derivative at z: f′(z) (N, D_out) for an element-wise activation, the
    Jacobian ∂a/∂z (N, D_out, D_out) for softmax (its row k is ∂a_k/∂z). For a hidden
    layer, W_next (D_out, D_next) and delta_next (N, D_next) are the layer above's, which
    `dL_da_terms` needs; both are None for the output layer.
    """

    activation: str
    a_prev: np.ndarray
    W: np.ndarray
    b: np.ndarray
    z: np.ndarray
    a: np.ndarray
    dL_da: np.ndarray
    delta: np.ndarray
    dW: np.ndarray
    db: np.ndarray
    dL_da_prev: np.ndarray
    df_dz: np.ndarray
    W_next: np.ndarray | None = None
    delta_next: np.ndarray | None = None

    def dL_da_terms(self, row: int, j: int) -> np.ndarray:
        """The total derivative of a hidden neuron: ∂L/∂a_j for row `row` as its terms, one
        per neuron k of the next layer, delta_next[row, k] · W_next[j, k] (D_next,); they
        sum to dL_da[row, j]."""
        if self.W_next is None:
            raise ValueError("the output layer's dL/da comes from the loss, not from terms")
        return self.delta_next[row] * self.W_next[j]

    def row_dW(self, row: int) -> np.ndarray:
        """Row `row`'s own gradient of the loss on that row alone, (D_in, D_out): N times
        a_prev[row]ᵀ delta[row]; the average over the rows is dW."""
        return len(self.delta) * np.outer(self.a_prev[row], self.delta[row])

    def row_db(self, row: int) -> np.ndarray:
        """Row `row`'s own gradient for b, (D_out,); the average over the rows is db."""
        return len(self.delta) * self.delta[row]

    def gradient_step(self, lr: float) -> tuple[np.ndarray, np.ndarray]:
        """W (D_in, D_out) and b (D_out,) after one step of plain gradient descent with
        learning rate `lr`: W − lr·dW and b − lr·db (read-only)."""
        return _frozen(self.W - lr * self.dW), _frozen(self.b - lr * self.db)


class Trace(NamedTuple):
    """`layers`: one LayerRecord per layer, first to last; `loss`: the loss on the rows."""

    layers: list[LayerRecord]
    loss: float


def _slope(activation, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """f′(z) (N, D) of an element-wise activation; softmax's Jacobian (N, D, D)."""
    if activation.name == "softmax":
        return activation.jacobian(z)
    return activation.df_from(z, a)


def trace(
    net: Network, X: np.ndarray, Y: np.ndarray, loss: str | loss_module.Loss = "mse"
) -> Trace:
    """Forward and backward pass of `net` on X (N, D_in) against Y (N, D_out), or integer
    labels (N,) for a softmax output, with `loss`; nothing of `net` changes."""
    loss = loss_module.get(loss) if isinstance(loss, str) else loss
    X = np.atleast_2d(np.asarray(X, dtype=float))
    Y = loss_module.as_targets(Y, (len(X), net.sizes[-1]))
    zs, outs = net.trace(X)
    output = net.activations[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        dL_da = loss.grad(outs[-1], Y)
    if loss_module.FUSED_OUTPUT.get(loss.name) == output.name:
        delta = (outs[-1] - Y) / len(X)
    else:
        delta = output.backprop(zs[-1], outs[-1], dL_da)
    records: list[LayerRecord] = []
    above: tuple[np.ndarray, np.ndarray] | tuple[None, None] = (None, None)
    for layer in range(len(net.weights) - 1, -1, -1):
        W, a_prev = net.weights[layer], outs[layer]
        dL_da_prev = delta @ W.T
        arrays = (a_prev, W, net.biases[layer], zs[layer], outs[layer + 1], dL_da, delta)
        records.append(
            LayerRecord(
                net.activations[layer].name,
                *(_frozen(x) for x in arrays),
                dW=_frozen(a_prev.T @ delta),
                db=_frozen(delta.sum(axis=0)),
                dL_da_prev=_frozen(dL_da_prev),
                df_dz=_frozen(_slope(net.activations[layer], zs[layer], outs[layer + 1])),
                W_next=above[0],
                delta_next=above[1],
            )
        )
        if layer:
            above = (records[-1].W, records[-1].delta)
            dL_da = dL_da_prev
            delta = net.activations[layer - 1].backprop(zs[layer - 1], outs[layer], dL_da)
    return Trace(records[::-1], net.loss_value(loss, zs[-1], outs[-1], Y))
