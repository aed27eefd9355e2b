"""The colours every view shares, and the light plot theme they are drawn in.

Class 0 is orange and class 1 blue, as in TensorFlow Playground; low values are orange and
high values blue on the diverging scale, so a two-class boundary reads the same either way.
Lookup tables are (256, 3) uint8 arrays for `ImageItem.setLookupTable`.

View ▸ Palette switches the class colours (and the diverging scale made from the first two)
to the eight Okabe–Ito colours in their published order of contrast, vermillion against blue
first: safe for every common colour-vision deficiency and visibly different from the default.
Plots made by `plot_widget` follow the UI scale (see scale.py).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from playground.ui.common.scale import scaled_font
from playground.ui.common.scaled_axis import TICK_POINT_SIZE, ScaledAxis

# Okabe-Ito and Tol colours after TF Playground's two: distinct for colour-blind viewers and
# saturated enough to survive a washed-out projector. More than ten classes cycle.
CLASS_HEX = (
    "#F59322",  # orange
    "#0877BD",  # blue
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#882255",  # wine
    "#56B4E9",  # sky blue
    "#999933",  # olive
    "#332288",  # indigo
    "#E6AB02",  # mustard
    "#666666",  # grey
)
# Okabe & Ito (2008), "Color Universal Design": vermillion and blue for two classes.
SAFE_CLASS_HEX = (
    "#D55E00",  # vermillion
    "#0072B2",  # blue
    "#009E73",  # bluish green
    "#E69F00",  # orange
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
)
PALETTES = {"default": CLASS_HEX, "colour-blind safe": SAFE_CLASS_HEX}
_palette = {"name": "default"}  # the palette in use, set by View ▸ Palette
TRAIN_HEX = "#222222"  # training curves: near-black, solid
TEST_HEX = "#D55E00"  # test curves: vermillion, dashed
TEXT_HEX = "#222222"
MARK_HEX = "#E7298A"  # magenta, apart from the class colours: what the Backprop tab points at
_SEQUENTIAL_HEX = ("#FFFFD9", "#C7E9B4", "#41B6C4", "#225EA8", "#081D58")  # YlGnBu
LUT_SIZE = 256
AXIS_LABEL_STYLE = {"font-size": "12pt", "color": TEXT_HEX}
PLOT_MARGINS = (2, 10, 16, 2)  # left, top, right, bottom: room for the outermost tick labels


def rgb(hex_color: str) -> np.ndarray:
    """'#RRGGBB' -> (3,) uint8."""
    return np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.uint8)


def set_palette(name: str) -> None:
    """Use the class colours PALETTES[name] from now on (views redraw to show them)."""
    if name not in PALETTES:
        raise KeyError(f"no palette {name!r}; palettes: {', '.join(PALETTES)}")
    _palette["name"] = name


def palette_name() -> str:
    """The name of the palette in use (a key of PALETTES)."""
    return _palette["name"]


def class_hex() -> tuple[str, ...]:
    """The class colours of the palette in use, '#RRGGBB', class 0 first."""
    return PALETTES[_palette["name"]]


def class_colors(k: int) -> np.ndarray:
    """(k, 3) uint8: the colour of each of k classes in the palette in use."""
    hexes = class_hex()
    return np.array([rgb(hexes[i % len(hexes)]) for i in range(k)], dtype=np.uint8)


def ramp(anchors: np.ndarray, n: int = LUT_SIZE) -> np.ndarray:
    """(n, 3) uint8 interpolated linearly through evenly spaced anchor colours (A, 3)."""
    anchors = np.asarray(anchors, dtype=float)
    at = np.linspace(0.0, 1.0, len(anchors))
    t = np.linspace(0.0, 1.0, n)
    channels = [np.interp(t, at, anchors[:, c]) for c in range(3)]
    return np.round(np.column_stack(channels)).astype(np.uint8)


def diverging_lut(n: int = LUT_SIZE) -> np.ndarray:
    """(n, 3) uint8: class 0's colour (orange) -> white -> class 1's (blue)."""
    low, high = class_colors(2)
    return ramp(np.array([low, (255, 255, 255), high]), n)


def sequential_lut(n: int = LUT_SIZE) -> np.ndarray:
    """(n, 3) uint8: pale yellow -> green-blue -> dark blue, for values (regression)."""
    return ramp(np.array([rgb(h) for h in _SEQUENTIAL_HEX]), n)


def lookup(values: np.ndarray, lut: np.ndarray, low: float, high: float) -> np.ndarray:
    """Values (...) mapped from [low, high] (clipped; NaN -> low) through lut (L, 3): (..., 3)."""
    span = high - low if high > low else 1.0
    t = np.nan_to_num((np.asarray(values, dtype=float) - low) / span, nan=0.0)
    return lut[np.round(np.clip(t, 0.0, 1.0) * (len(lut) - 1)).astype(int)]


def outline(fill: np.ndarray) -> np.ndarray:
    """(N, 3) uint8 outline colours: white around dark fills, near-black around light ones."""
    luma = np.asarray(fill, dtype=float) @ np.array([0.299, 0.587, 0.114]) / 255.0
    return np.where((luma < 0.5)[:, None], rgb("#FFFFFF"), rgb(TEXT_HEX))


def style_plot(plot: pg.PlotItem) -> None:
    """Dark axes and ticks of TICK_POINT_SIZE pt times the UI scale, readable on a white,
    projected plot.

    Each axis is cached as a pixmap and redrawn only when its ticks change: replaying the
    tick text every frame was half the cost of a live redraw."""
    font = scaled_font(TICK_POINT_SIZE)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(TEXT_HEX)
        axis.setTextPen(TEXT_HEX)
        axis.setStyle(tickFont=font, hideOverlappingLabels=False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def plot_widget(**options) -> pg.PlotWidget:
    """A white PlotWidget (options go to it) with the theme applied and no context menu or
    auto-range button; its left and bottom axes are ScaledAxis unless `axisItems` gives
    others (the axes given are shown)."""
    axes = {"left": ScaledAxis("left"), "bottom": ScaledAxis("bottom")}
    axes.update(options.pop("axisItems", {}))
    widget = pg.PlotWidget(background="w", axisItems=axes, **options)
    plot = widget.getPlotItem()
    style_plot(plot)
    plot.layout.setContentsMargins(*PLOT_MARGINS)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return widget
