"""Neuron colours: each neuron's output over the input plane as a small ARGB image, and the
colour of a single activation value. Pure NumPy; the view wraps the pixels in a QImage.

Colours come from the diverging lookup table (orange negative or low, blue positive or
high). Bounded activations use their fixed range; unbounded ones a symmetric range set by
the largest magnitude shown.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from playground.engine.grid import feature_plane
from playground.ui.common import colors

MAP_SIZE = 50  # side of a neuron's map in pixels: about every 2nd point of a 100 x 100 grid
BOUNDED = {
    "tanh": (-1.0, 1.0),
    "arctan": (-math.pi / 2, math.pi / 2),
    "sigmoid": (0.0, 1.0),
    "step": (0.0, 1.0),
    "softmax": (0.0, 1.0),
}


def argb_lut(lut: np.ndarray) -> np.ndarray:
    """(L, 3) uint8 RGB -> (L,) uint32 opaque 0xAARRGGBB, the pixel format of
    QImage.Format_RGB32."""
    rgb = lut.astype(np.uint32)
    return (0xFF << 24) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


def channels(pixels: np.ndarray) -> np.ndarray:
    """uint32 0xAARRGGBB pixels (N,) -> (N, 3) uint8 RGB."""
    pixels = np.asarray(pixels, dtype=np.uint32)
    return np.stack([(pixels >> s) & 0xFF for s in (16, 8, 0)], axis=-1).astype(np.uint8)


DIVERGING = argb_lut(colors.diverging_lut(256))  # 256 entries: every uint8 is an index


def levels(activation: str, values: np.ndarray, axis=None):
    """(low, high) colour levels for values of `activation`: its fixed range if bounded,
    else ±max|values| (1 where that is 0), floats, or arrays over the axes `axis` keeps.

    E.g. the levels of a neuron's map (R, R) shown large: levels(activation, grid[..., j])."""
    if activation in BOUNDED:
        return BOUNDED[activation]
    with np.errstate(invalid="ignore"):
        m = np.max(np.abs(values), axis=axis)
    m = np.where(np.isfinite(m) & (m > 0), m, 1.0)
    return (-m, m) if axis is not None else (-float(m), float(m))


def to_argb(values: np.ndarray, low, high) -> np.ndarray:
    """Values (N, ...) -> uint32 pixels of the same shape; low and high are scalars or (N,)
    levels, one per leading row. Values are clipped to the levels."""
    values = np.asarray(values, dtype=np.float32)
    extra = (1,) * (values.ndim - 1)
    low = np.reshape(np.asarray(low, dtype=np.float32), (-1, *extra))
    high = np.reshape(np.asarray(high, dtype=np.float32), (-1, *extra))
    top = len(DIVERGING) - 1
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        position = np.subtract(values, low, dtype=np.float32)
        position *= top / (high - low)
        position += 0.5
        np.clip(position, 0.0, top, out=position)
        # uint8 indices are always inside the 256-entry table (NaN too) and fast to gather.
        return DIVERGING[position.astype(np.uint8)]


@functools.cache
def _samples(n: int, reverse: bool) -> np.ndarray:
    """MAP_SIZE evenly spaced indices into n grid lines (last first when `reverse`)."""
    ends = (n - 1, 0) if reverse else (0, n - 1)
    indices = np.linspace(*ends, MAP_SIZE).round().astype(np.intp)
    indices.setflags(write=False)  # shared by every call
    return indices


def downsample(grid: np.ndarray, units: np.ndarray) -> np.ndarray:
    """A layer over the grid, (R, C, D) with row i = y_i upwards, -> (K, MAP_SIZE, MAP_SIZE)
    maps of neurons `units` (K,), evenly sampled, top row = largest y (as images are drawn)."""
    rows, cols = _samples(grid.shape[0], True), _samples(grid.shape[1], False)
    return np.moveaxis(grid.take(rows, 0).take(cols, 1).take(units, 2), -1, 0)


def layer_maps(
    grid_layers: tuple[np.ndarray, ...], units: list[np.ndarray], activations: tuple[str, ...]
) -> np.ndarray:
    """Pixels (K_total * S, S) uint32 of every shown neuron's map stacked top to bottom:
    layer l's neurons units[l] (K_l,) over grid_layers[l] (R, R, D_l+1), in layer order,
    each on the levels of its activation (one lookup for all)."""
    maps, lows, highs = [], [], []
    for grid, shown, activation in zip(grid_layers, units, activations):
        m = downsample(grid, shown)
        low, high = levels(activation, m, axis=(1, 2))
        maps.append(m)
        lows.append(np.broadcast_to(low, len(shown)))
        highs.append(np.broadcast_to(high, len(shown)))
    stacked = np.concatenate(maps)
    pixels = to_argb(stacked, np.concatenate(lows), np.concatenate(highs))
    return pixels.reshape(-1, stacked.shape[-1])


def feature_maps(
    features: tuple[str, ...], x_range: tuple[float, float], y_range: tuple[float, float]
) -> np.ndarray:
    """Pixels (F * S, S) uint32: each feature of (x1, x2) over the plane, top row = largest
    x2, on a symmetric scale of its own."""
    values = feature_plane(x_range, y_range, features, MAP_SIZE)  # (S, S, F), y upwards
    maps = np.moveaxis(values[::-1], -1, 0)
    low, high = levels("linear", maps, axis=(1, 2))
    return to_argb(maps, low, high).reshape(-1, MAP_SIZE)


def value_colors(values: np.ndarray, activation: str) -> np.ndarray:
    """(D,) activations of one layer for one sample -> (D,) uint32 colours, on the levels
    of the activation (unbounded: ±max(1, largest |value| of the layer), so that small
    values stay pale)."""
    low, high = levels(activation, values)
    if activation not in BOUNDED:
        low, high = np.minimum(low, -1.0), np.maximum(high, 1.0)
    return to_argb(values, low, high)
