"""Decision-boundary grids: the network evaluated over a plane of two input variables.

For 2-D datasets the plane is the dataset's domain in (x1, x2), mapped through the selected
feature transforms. For tabular data two chosen input columns vary over their training
range while every other column is held at its training mean.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.engine.datasets import Dataset, apply_features
from playground.engine.network import Network

DEFAULT_RESOLUTION = 100
_MARGIN = 0.05  # of the data range, around tabular data


@dataclass(frozen=True)
class _Folded:
    """A network whose held input columns are folded into the first layer's bias: it takes
    only the varying columns. Duck-types what `Network.layer_outputs` reads."""

    weights: list[np.ndarray]
    biases: list[np.ndarray]
    activations: list


@dataclass(frozen=True, eq=False)
class Grid:
    """A resolution x resolution plane; `inputs` (R*R, D_in) float32 are the network inputs.

    Row i of an image over the grid is y = y_values[i], column j is x = x_values[j].
    Tabular grids also keep `held` (D_in,) float64, the inputs with the varying columns
    zeroed, so that evaluating costs the same whatever the number of columns.
    """

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    axes: tuple[int, int]
    resolution: int
    inputs: np.ndarray = field(repr=False)
    held: np.ndarray | None = field(default=None, repr=False)

    @property
    def x_values(self) -> np.ndarray:
        return np.linspace(*self.x_range, self.resolution)

    @property
    def y_values(self) -> np.ndarray:
        return np.linspace(*self.y_range, self.resolution)

    def evaluate(self, net: Network) -> list[np.ndarray]:
        """Every layer's activations over the grid: (R, R, D_l) float32 for l = 1..L.

        Overflowed values are clipped to the largest float32 (NaN becomes 0)."""
        r = self.resolution
        with np.errstate(all="ignore"):  # a diverging network may overflow float32
            if self.held is None:
                layers = net.layer_outputs(self.inputs, np.float32)
            else:
                layers = Network.layer_outputs(self._folded(net), self._varying(), np.float32)
        return [np.nan_to_num(a, copy=False).reshape(r, r, -1) for a in layers]

    def _columns(self) -> list[int]:
        return list(dict.fromkeys(self.axes))  # one column when both axes show the same

    def _varying(self) -> np.ndarray:
        """(R*R, 1 or 2) the varying columns of `inputs`."""
        return self.inputs[:, self._columns()]

    def _folded(self, net: Network) -> _Folded:
        """`net` taking only the varying columns: z1 = x W[varying] + (held W + b)."""
        first = net.weights[0]
        bias = self.held @ first + net.biases[0]
        return _Folded(
            [first[self._columns()], *net.weights[1:]],
            [bias, *net.biases[1:]],
            net.activations,
        )


def _mesh(x_range, y_range, resolution: int) -> np.ndarray:
    """(R*R, 2) points, x varying fastest (row-major image order)."""
    xs = np.linspace(*x_range, resolution)
    ys = np.linspace(*y_range, resolution)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


def feature_plane(
    x_range: tuple[float, float],
    y_range: tuple[float, float],
    features: tuple[str, ...],
    resolution: int,
) -> np.ndarray:
    """(R, R, F) float64: each of the F features of (x1, x2) over the plane; [i, j] is the
    point (x_j, y_i), x and y evenly spaced over their ranges, y upwards (as in `Grid`)."""
    values = apply_features(_mesh(x_range, y_range, resolution), features)
    return values.reshape(resolution, resolution, len(features))


def plane_grid(
    domain: tuple[float, float], features: tuple[str, ...], resolution: int = DEFAULT_RESOLUTION
) -> Grid:
    """The (x1, x2) square `domain`, fed to the network through `features`."""
    values = feature_plane(domain, domain, features, resolution)
    inputs = values.reshape(-1, len(features)).astype(np.float32)
    return Grid(tuple(domain), tuple(domain), (0, 1), resolution, inputs)


def default_axes(X: np.ndarray) -> tuple[int, int]:
    """Two columns of X (N, D) to plot against each other: the first two that are not
    constant (digits: the corner pixels are always blank), then the first constant ones
    (one repeated row); the same column twice only when D is 1."""
    varying = [j for j in range(X.shape[1]) if np.ptp(X[:, j]) > 0]
    order = varying + [j for j in range(X.shape[1]) if j not in varying]
    return (order[0], order[1] if len(order) > 1 else order[0])


def tabular_grid(
    dataset: Dataset, axes: tuple[int, int], resolution: int = DEFAULT_RESOLUTION
) -> Grid:
    """Columns `axes` of the training data vary over their range, the rest sit at the mean."""
    X = dataset.X_train
    ranges = []
    for column in axes:
        lo, hi = float(X[:, column].min()), float(X[:, column].max())
        pad = _MARGIN * (hi - lo) or 1.0
        ranges.append((lo - pad, hi + pad))
    points = _mesh(ranges[0], ranges[1], resolution)
    held = X.mean(axis=0)
    inputs = np.tile(held, (len(points), 1))
    inputs[:, axes[0]] = points[:, 0]
    inputs[:, axes[1]] = points[:, 1]
    held[list(axes)] = 0.0
    return Grid(ranges[0], ranges[1], tuple(axes), resolution, inputs.astype(np.float32), held)
