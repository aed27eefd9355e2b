"""Backpropagation for mini-batches of one size, in preallocated buffers.

Each layer's parameters are one block P[l] (D_in + 1, D_out) whose last row is the bias, and
each layer input carries a trailing column of ones, so z = [a, 1] @ P[l] and one product
[a, 1]^T @ dz gives dW and db together. No array is created per step.
"""

from __future__ import annotations

import numpy as np

from playground.engine import losses as loss_module


class BackpropKernel:
    """Gradient of `loss` for batches of `n` rows, written into `self.grad` (n_params,).

    `grad_blocks[l]` is the (D_in + 1, D_out) view of `self.grad` for layer l; `zs[l]` and
    `output` hold the last forward pass.
    """

    def __init__(self, net, loss: loss_module.Loss, n: int):
        self.net = net
        self.loss = loss
        self.fused = loss_module.FUSED_OUTPUT.get(loss.name) == net.output_activation
        sizes = net.sizes
        ones = [np.ones((n, d + 1)) for d in sizes[1:-1]]  # [a_l, 1] for hidden layers
        self.zs = [np.empty((n, d)) for d in sizes[1:]]
        self.deltas = [np.empty((n, d)) for d in sizes[1:]]
        self.output = np.empty((n, sizes[-1]))
        self.grad = np.empty(net.n_params)
        self.grad_blocks = net.blocks_of(self.grad)
        self._inv_n = 1.0 / n
        outs = [o[:, :-1] for o in ones] + [self.output]
        acts = net.activations
        # Per layer: (block, z, activation, a_out, next layer's input or None).
        self._forward = list(zip(net.blocks, self.zs, acts, outs, [*ones, None]))
        # Per layer from the last: (input or None for X, delta, grad block, and for l > 0
        # the pieces to go one layer down: W^T, dL/da buffer, f below, z below, a, delta below).
        self._backward = []
        for layer in range(len(acts) - 1, -1, -1):
            down = None
            if layer:
                grad_a = np.empty((n, sizes[layer]))
                down = (
                    net.weights[layer].T,
                    grad_a,
                    acts[layer - 1],
                    self.zs[layer - 1],
                    outs[layer - 1],
                    self.deltas[layer - 1],
                )
            self._backward.append(
                (
                    ones[layer - 1] if layer else None,
                    self.deltas[layer],
                    self.grad_blocks[layer],
                    down,
                )
            )

    def run(self, x_ones: np.ndarray, Y: np.ndarray) -> None:
        """Forward and backward for x_ones (n, D_in + 1) (last column 1) and targets Y (n, K)."""
        dot = np.dot
        a = x_ones
        for block, z, act, out, next_input in self._forward:
            dot(a, block, out=z)
            act.f(z, out)
            a = next_input
        delta = self.deltas[-1]
        if self.fused:
            np.subtract(self.output, Y, out=delta)
            delta *= self._inv_n
        else:
            grad_out = self.loss.grad(self.output, Y)
            self.net.activations[-1].backprop(self.zs[-1], self.output, grad_out, delta)
        for layer_input, delta, grad_block, down in self._backward:
            dot(x_ones.T if layer_input is None else layer_input.T, delta, out=grad_block)
            if down:
                w_t, grad_a, act, z, a, delta_below = down
                dot(delta, w_t, out=grad_a)
                act.backprop(z, a, grad_a, delta_below)

    def gradients(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Views (dW, db) of the last step's gradient, shaped like (weights, biases)."""
        return [g[:-1] for g in self.grad_blocks], [g[-1] for g in self.grad_blocks]


def with_ones(X: np.ndarray) -> np.ndarray:
    """(N, D) -> (N, D + 1) with a trailing column of ones."""
    return np.hstack([np.asarray(X, dtype=float), np.ones((len(X), 1))])
