"""Weight initialisers: each draws a (D_in, D_out) matrix from a NumPy Generator."""

from __future__ import annotations

import numpy as np

NAMES = ("zeros", "uniform", "uniform_half", "xavier", "he")


def init_weights(name: str, d_in: int, d_out: int, rng: np.random.Generator) -> np.ndarray:
    """A (d_in, d_out) weight matrix.

    zeros: all 0 (every neuron of a layer then stays identical: the symmetry problem);
    uniform: U[-1, 1] = 2*rand - 1; uniform_half: U[-0.5, 0.5];
    xavier (Glorot): U[-a, a] with a = sqrt(6 / (d_in + d_out));
    he: N(0, 2 / d_in).
    """
    shape = (d_in, d_out)
    match name:
        case "zeros":
            return np.zeros(shape)
        case "uniform":
            return 2.0 * rng.random(shape) - 1.0
        case "uniform_half":
            return rng.random(shape) - 0.5
        case "xavier":
            limit = np.sqrt(6.0 / (d_in + d_out))
            return rng.uniform(-limit, limit, shape)
        case "he":
            return rng.normal(0.0, np.sqrt(2.0 / d_in), shape)
    raise ValueError(f"unknown initialiser {name!r}; allowed: {', '.join(NAMES)}")
