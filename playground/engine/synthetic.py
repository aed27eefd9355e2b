"""The generated datasets: 2-D point clouds in the style of TensorFlow Playground, the logic
gates and the sales table. Each returns a `Dataset` with every row in train (see
`datasets.make`, which splits them).

A 2-D generator is (n, k classes, noise, rng) -> X (n, 2), y (n,); its points live in `DOMAIN`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from playground.engine.dataset import Dataset, unsplit

DOMAIN = (-6.0, 6.0)
GATE_DOMAIN = (-0.5, 1.5)

PLANE_N = 500  # points of a 2-D dataset when no number is given
SALES_N = 10_000  # rows of the sales table when no number is given
_RADIUS = 5.0  # TF Playground's radius for circle, xor and spiral
_XOR_GAP = 0.3  # how far xor points are pushed away from the axes
_BUMPS = np.array(  # multi_gauss bumps: centre x1, centre x2, sign
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=float,
)


_XY = tuple[np.ndarray, np.ndarray]


def _class_sizes(n: int, k: int) -> list[int]:
    """n points shared as evenly as possible among k classes."""
    return [n // k + (i < n % k) for i in range(k)]


def _labels(sizes: Sequence[int]) -> np.ndarray:
    """(sum(sizes),) int64: sizes[0] zeros, then sizes[1] ones, and so on."""
    return np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)


def _polar(r: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """(N, 2) points (r sin angle, r cos angle), as TF Playground draws them."""
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def _jitter(
    rng: np.random.Generator, shape: int | tuple[int, ...], noise: float, scale: float
) -> np.ndarray:
    """Uniform noise in [-noise * scale, noise * scale] of the given shape."""
    return noise * rng.uniform(-scale, scale, shape)


def _circle(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class 1: a disc of radius 2.5; class 0: the ring 3.5..5 around it. Jitter ±5 * noise."""
    sizes = _class_sizes(n, 2)
    r = np.concatenate(
        [rng.uniform(0.7 * _RADIUS, _RADIUS, sizes[0]), rng.uniform(0.0, 0.5 * _RADIUS, sizes[1])]
    )
    angle = rng.uniform(0.0, 2.0 * np.pi, n)
    return _polar(r, angle) + _jitter(rng, (n, 2), noise, _RADIUS), _labels(sizes)


def _xor(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class 1 where x1 * x2 > 0 (quadrants I, III), 0.3 away from the axes. Jitter ±5 * noise."""
    X = rng.uniform(-_RADIUS, _RADIUS, (n, 2))
    X += np.sign(X) * _XOR_GAP
    y = (X[:, 0] * X[:, 1] > 0).astype(np.int64)
    return X + _jitter(rng, (n, 2), noise, _RADIUS), y


def _gaussian_clouds(centres: np.ndarray, n: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class k drawn around centres[k] (K, 2); variance 0.5 at noise 0 up to 4 at noise 0.5."""
    y = _labels(_class_sizes(n, len(centres)))
    sd = np.sqrt(0.5 + 7.0 * noise)
    return centres[y] + rng.normal(0.0, sd, (n, 2)), y


def _gauss(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class 0 around (-2, -2), class 1 around (2, 2)."""
    return _gaussian_clouds(np.array([[-2.0, -2.0], [2.0, 2.0]]), n, noise, rng)


def _blobs(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """k clouds evenly spaced on the circle of radius 4."""
    angles = 2.0 * np.pi * np.arange(k) / k
    return _gaussian_clouds(_polar(np.full(k, 4.0), angles), n, noise, rng)


def _spiral_arms(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """k interleaved arms of 1.75 turns out to radius 5, arm j turned by 2 pi j / k.

    Points are evenly spaced along each arm; jitter ±noise (TF Playground's spiral for k = 2).
    """
    sizes = _class_sizes(n, k)
    y = _labels(sizes)
    t = np.concatenate([np.arange(m) / m for m in sizes])  # position along the arm, in [0, 1)
    angle = 1.75 * 2.0 * np.pi * t + 2.0 * np.pi * y / k
    return _polar(_RADIUS * t, angle) + _jitter(rng, (n, 2), noise, 1.0), y


def _plane(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """y = (x1 + x2) / 12 in [-1, 1], plus uniform noise in [-noise, noise]."""
    X = rng.uniform(*DOMAIN, (n, 2))
    return X, X.sum(axis=1) / 12.0 + _jitter(rng, n, noise, 1.0)


def _multi_gauss(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """y = sum of six signed unit Gaussian bumps (sd 1), plus uniform noise in [-noise, noise]."""
    X = rng.uniform(*DOMAIN, (n, 2))
    squared_distance = ((X[:, None, :] - _BUMPS[:, :2]) ** 2).sum(axis=2)  # (n, 6)
    y = np.exp(-0.5 * squared_distance) @ _BUMPS[:, 2]
    return X, y + _jitter(rng, n, noise, 1.0)


# name -> (generator, number of classes: None means the `classes` argument, 0 regression)
# name -> (generator, number of classes: None means the `classes` argument, 0 regression)
PLANE_GENERATORS = {
    "circle": (_circle, 2),
    "xor": (_xor, 2),
    "gauss": (_gauss, 2),
    "spiral": (_spiral_arms, 2),
    "plane": (_plane, 0),
    "multi_gauss": (_multi_gauss, 0),
    "blobs": (_blobs, None),
    "spiral_k": (_spiral_arms, None),
}

GATES = {  # labels for the inputs (0,0), (0,1), (1,0), (1,1)
    "and": (0, 0, 0, 1),
    "or": (0, 1, 1, 1),
    "nand": (1, 1, 1, 0),
    "xor_gate": (0, 1, 1, 0),
}


def plane_dataset(
    name: str, n: int, noise: float, classes: int, rng: np.random.Generator
) -> Dataset:
    """A generated 2-D dataset, all rows in train, points clipped to DOMAIN."""
    generate, n_classes = PLANE_GENERATORS[name]
    k = classes if n_classes is None else n_classes
    X, y = generate(n, k, noise, rng)
    class_names = [str(c) for c in range(k)]
    return unsplit(name, np.clip(X, *DOMAIN), y, k, ("x1", "x2"), class_names, DOMAIN)


def gate(name: str) -> Dataset:
    """The 4 rows of a gate's truth table, all in train."""
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array(GATES[name], dtype=np.int64)
    return unsplit(name, X, y, 2, ("x1", "x2"), ("0", "1"), GATE_DOMAIN)


def sales(n: int, noise: float, rng: np.random.Generator) -> Dataset:
    """Daily online, store and refund figures in [0, 10]; profit (1) when 4x + 3y - z > 20.

    Noise adds Gaussian jitter of sd noise * 10 to the features after labelling.
    """
    X = rng.uniform(0.0, 10.0, (n, 3))
    y = (X @ np.array([4.0, 3.0, -1.0]) > 20.0).astype(np.int64)
    X += rng.normal(0.0, noise * 10.0, X.shape)
    return unsplit("sales", X, y, 2, ("online", "store", "refunds"), ("loss", "profit"))
