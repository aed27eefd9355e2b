"""How the network graph's edges look: every edge falls in one of a few pen buckets.

Weights: colour by sign (blue positive, orange negative), width and strength growing with
|w| up to FULL_WEIGHT. Gradients: width and a sequential colour by log10 |∂L/∂w| over
GRADIENT_DECADES, so vanishing gradients fade out. Quantising to buckets lets the view draw
all edges of a bucket with one pen and one `drawLines` call. Pure NumPy, no Qt.
"""

from __future__ import annotations

import numpy as np

from playground.ui.common import colors

N_PEN_WIDTHS = 8
MIN_PEN_WIDTH, MAX_PEN_WIDTH = 0.5, 6.0  # edge pens, in pixels
FULL_WEIGHT = 2.0  # |w| drawn at the full width
GRADIENT_DECADES = (-6.0, 0.0)  # log10 |g| drawn at the thinnest and the widest
MIN_STRENGTH = 0.35  # the colour of the thinnest weight edges, mixed with white
GRADIENT_LUT_START = 48  # skip the palest colours, invisible on white


def widths() -> np.ndarray:
    """(N_PEN_WIDTHS,) pen widths in pixels, thinnest first."""
    return np.linspace(MIN_PEN_WIDTH, MAX_PEN_WIDTH, N_PEN_WIDTHS)


def _level(t: np.ndarray) -> np.ndarray:
    """Fractions in [0, 1] (NaN -> 0) -> width buckets 0..N_PEN_WIDTHS-1."""
    t = np.clip(np.nan_to_num(t, nan=0.0), 0.0, 1.0)
    return np.round(t * (N_PEN_WIDTHS - 1)).astype(int)


def weight_buckets(w: np.ndarray) -> np.ndarray:
    """Weights (E,) -> (E,) buckets: width level, plus N_PEN_WIDTHS for positive weights."""
    w = np.asarray(w, dtype=float)
    return _level(np.abs(w) / FULL_WEIGHT) + N_PEN_WIDTHS * (w > 0)


def weight_pens() -> list[tuple[tuple[int, int, int, int], float]]:
    """The (RGBA, width) of each of the 2 * N_PEN_WIDTHS weight buckets: opaque colours paler
    for small weights (translucent wide lines are several times slower to draw)."""
    strength = np.linspace(MIN_STRENGTH, 1.0, N_PEN_WIDTHS)[:, None]
    pens = []
    for hex_color in colors.class_hex()[:2]:  # the palette in use
        mixed = np.round(255.0 - strength * (255.0 - colors.rgb(hex_color))).astype(int)
        pens += [((*(int(c) for c in rgb), 255), float(wd)) for rgb, wd in zip(mixed, widths())]
    return pens


def gradient_fraction(g: np.ndarray) -> np.ndarray:
    """|gradients| (E,) -> their place in [0, 1] on the log10 scale of GRADIENT_DECADES."""
    low, high = GRADIENT_DECADES
    magnitude = np.maximum(np.abs(np.asarray(g, dtype=float)), 10.0 ** (low - 1))
    return (np.log10(magnitude) - low) / (high - low)


def gradient_buckets(g: np.ndarray) -> np.ndarray:
    """Gradients (E,) -> (E,) buckets 0..N_PEN_WIDTHS-1 by log10 magnitude."""
    return _level(gradient_fraction(g))


def gradient_rgb(n: int = N_PEN_WIDTHS) -> np.ndarray:
    """(n, 3) uint8 sequential colours from faint (tiny gradients) to dark (large)."""
    lut = colors.sequential_lut()
    return lut[np.linspace(GRADIENT_LUT_START, len(lut) - 1, n).round().astype(int)]


def gradient_pens() -> list[tuple[tuple[int, int, int, int], float]]:
    """The (RGBA, width) of each of the N_PEN_WIDTHS gradient buckets."""
    return [
        ((int(r), int(g), int(b), 255), float(wd))
        for (r, g, b), wd in zip(gradient_rgb(), widths())
    ]
