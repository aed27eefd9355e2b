"""The multilayer perceptron: dense layers, forward pass with a cache, backpropagation.

Shapes follow the course notes: X is (N, D_in), layer l has W[l] (D_l, D_{l+1}) and
b[l] (D_{l+1},), and z = a_prev @ W + b, a = f(z). All parameters live in one flat vector
`params` (n_params,) so an optimiser updates them in one operation; W[l] and b[l] are views
of its block l, shaped (D_l + 1, D_{l+1}) with b as the last row.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from playground.engine import activations as act_module
from playground.engine import losses as loss_module
from playground.engine.initializers import init_weights
from playground.engine.kernel import BackpropKernel, with_ones
from playground.engine.wording import QT_TRANSLATE_NOOP, WordedError

MAX_WIDTH = 4096


class Network:
    """A fully connected network with one activation per layer.

    `sizes` lists the widths from input to output, e.g. [2, 4, 2, 1]; `activations` has one
    entry per layer (len(sizes) - 1), each a name from `activations.NAMES` or an object
    from `activations.get` (to choose alpha). `bias` is the constant every bias starts at.
    """

    def __init__(
        self,
        sizes: Sequence[int],
        activations: Sequence[str | act_module.Activation | act_module.Softmax],
        init: str = "xavier",
        seed: int = 0,
        bias: float = 0.0,
    ):
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2:
            raise ValueError("a network needs at least an input size and an output size")
        if any(s < 1 or s > MAX_WIDTH for s in sizes):
            raise WordedError(
                QT_TRANSLATE_NOOP("Network", "every layer size must be between 1 and {0}: got {1}"),
                MAX_WIDTH,
                sizes,
            )
        if len(activations) != len(sizes) - 1:
            raise ValueError(
                f"{len(sizes) - 1} layers need {len(sizes) - 1} activations, got {len(activations)}"
            )
        self.sizes = sizes
        self.activations = [a if not isinstance(a, str) else act_module.get(a) for a in activations]
        if any(a.name == "softmax" for a in self.activations[:-1]):
            raise ValueError("softmax can only be the output activation")
        self.init = init
        self.seed = int(seed)
        rng = np.random.default_rng(self.seed)
        self.params = np.empty(sum((i + 1) * o for i, o in zip(sizes, sizes[1:])))
        self.blocks = self.blocks_of(self.params)
        self.weights = [block[:-1] for block in self.blocks]
        self.biases = [block[-1] for block in self.blocks]
        for w, (d_in, d_out) in zip(self.weights, zip(sizes, sizes[1:])):
            w[...] = init_weights(init, d_in, d_out, rng)
        for b in self.biases:
            b[...] = float(bias)
        self.cache: tuple[list[np.ndarray], list[np.ndarray]] | None = None

    def blocks_of(self, flat: np.ndarray) -> list[np.ndarray]:
        """Views of a flat (n_params,) vector as the per-layer (D_l + 1, D_{l+1}) blocks."""
        blocks, start = [], 0
        for d_in, d_out in zip(self.sizes, self.sizes[1:]):
            end = start + (d_in + 1) * d_out
            blocks.append(flat[start:end].reshape(d_in + 1, d_out))
            start = end
        return blocks

    # ----------------------------------------------------------------- structure
    @property
    def n_layers(self) -> int:
        return len(self.weights)

    @property
    def n_params(self) -> int:
        return self.params.size

    @property
    def output_activation(self) -> str:
        return self.activations[-1].name

    def summary(self) -> str:
        """A Keras-style table: layer, output shape, parameter count, then the total."""
        rows = [("Layer (activation)", "Output shape", "Param #")]
        rows.append(("input", f"(None, {self.sizes[0]})", "0"))
        for i, (w, b, a) in enumerate(zip(self.weights, self.biases, self.activations), 1):
            name = "output" if i == self.n_layers else f"dense_{i}"
            rows.append((f"{name} ({a.name})", f"(None, {w.shape[1]})", str(w.size + b.size)))
        widths = [max(len(r[c]) for r in rows) + 3 for c in range(3)]
        line = "=" * sum(widths)
        body = ["".join(cell.ljust(wd) for cell, wd in zip(r, widths)).rstrip() for r in rows]
        return "\n".join([body[0], line, *body[1:], line, f"Total params: {self.n_params}"])

    def set_weight(self, layer: int, i: int, j: int, value: float) -> None:
        """W[layer][i, j] = value (the connection from neuron i to neuron j of the next layer)."""
        self.weights[layer][i, j] = float(value)

    def set_bias(self, layer: int, j: int, value: float) -> None:
        self.biases[layer][j] = float(value)

    def copy_parameters(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Independent copies of (weights, biases)."""
        return [w.copy() for w in self.weights], [b.copy() for b in self.biases]

    def load_parameters(self, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]) -> None:
        """Overwrite every W and b in place with the given arrays (shapes must match)."""
        for mine, new in zip(self.weights + self.biases, list(weights) + list(biases)):
            if mine.shape != np.shape(new):
                raise ValueError(f"shape {np.shape(new)} does not match {mine.shape}")
            mine[...] = new

    # ------------------------------------------------------------------- forward
    def forward(self, X: np.ndarray) -> np.ndarray:
        """(N, D_in) -> (N, D_out); keeps (zs, activations) in `self.cache` for backward."""
        self.cache = self.trace(X)
        return self.cache[1][-1]

    def trace(self, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Every layer's pre-activations zs[l] (N, D_l+1) and activations outs[l] (N, D_l),
        with outs[0] = X; nothing is cached."""
        a = np.asarray(X, dtype=float)
        outputs = [a]
        zs = []
        for w, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ w
            z += b
            a = act.f(z)
            zs.append(z)
            outputs.append(a)
        return zs, outputs

    def layer_outputs(self, X: np.ndarray, dtype: type = np.float64) -> list[np.ndarray]:
        """Activations of every layer for X (N, D_in): a list of (N, D_l), l = 1..L.

        No cache is kept; dtype=np.float32 is faster for large grids.
        """
        a = np.asarray(X, dtype=dtype)
        outs = []
        for w, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ w.astype(dtype, copy=False)
            z += b.astype(dtype, copy=False)
            a = act.f(z, out=z)  # in place: z is not needed afterwards
            outs.append(a)
        return outs

    def predict(self, X: np.ndarray, dtype: type = np.float64) -> np.ndarray:
        """Output (N, D_out) for X (N, D_in), without touching the cache."""
        return self.layer_outputs(X, dtype)[-1]

    # ------------------------------------------------------------------ backward
    def backward(
        self, X: np.ndarray, Y: np.ndarray, loss: str | loss_module.Loss = "mse"
    ) -> tuple[float, list[np.ndarray], list[np.ndarray]]:
        """Forward X (N, D_in), then backpropagate the loss against targets Y (N, D_out).

        Y may also be integer labels (N,) for a softmax output. Returns (loss, dW, db) with
        dW[l] shaped like W[l] and db[l] like b[l]. Sigmoid + bce and softmax +
        cross_entropy use the fused gradient dL/dz = (y_hat - Y) / N.
        """
        loss = loss_module.get(loss) if isinstance(loss, str) else loss
        Y = loss_module.as_targets(Y, (len(X), self.sizes[-1]))
        kernel = BackpropKernel(self, loss, len(X))
        kernel.run(with_ones(X), Y)
        dW, db = kernel.gradients()
        return self.loss_value(loss, kernel.zs[-1], kernel.output, Y), dW, db

    def loss(self, X: np.ndarray, Y: np.ndarray, loss: str | loss_module.Loss = "mse") -> float:
        """The loss of the current parameters on (X, Y), computed as `backward` computes it."""
        loss = loss_module.get(loss) if isinstance(loss, str) else loss
        y_hat = self.forward(X)
        Y = loss_module.as_targets(Y, y_hat.shape)
        return self.loss_value(loss, self.cache[0][-1], y_hat, Y)

    def loss_value(self, loss: loss_module.Loss, z: np.ndarray, y_hat: np.ndarray, Y) -> float:
        """Loss from the output pre-activation z and y_hat = f(z), both (N, D_out)."""
        if loss_module.FUSED_OUTPUT.get(loss.name) == self.output_activation:
            return loss.value_from_logits(z, Y)
        return loss.value(y_hat, Y)
