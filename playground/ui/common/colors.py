"""The colours every view shares, and the light plot theme they are drawn in.

Class 0 is orange and class 1 blue, as in TensorFlow Playground; low values are orange and
high values blue on the diverging scale, so a two-class boundary reads the same either way.
Lookup tables are (256, 3) uint8 arrays for `ImageItem.setLookupTable`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem

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
TRAIN_HEX = "#222222"  # training curves: near-black, solid
TEST_HEX = "#D55E00"  # test curves: vermillion, dashed
TEXT_HEX = "#222222"
_SEQUENTIAL_HEX = ("#FFFFD9", "#C7E9B4", "#41B6C4", "#225EA8", "#081D58")  # YlGnBu
LUT_SIZE = 256
AXIS_LABEL_STYLE = {"font-size": "12pt", "color": TEXT_HEX}
TICK_POINT_SIZE = 11
PLOT_MARGINS = (2, 10, 16, 2)  # left, top, right, bottom: room for the outermost tick labels


def rgb(hex_color: str) -> np.ndarray:
    """'#RRGGBB' -> (3,) uint8."""
    return np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.uint8)


def class_colors(k: int) -> np.ndarray:
    """(k, 3) uint8: the colour of each of k classes."""
    return np.array([rgb(CLASS_HEX[i % len(CLASS_HEX)]) for i in range(k)], dtype=np.uint8)


def ramp(anchors: np.ndarray, n: int = LUT_SIZE) -> np.ndarray:
    """(n, 3) uint8 interpolated linearly through evenly spaced anchor colours (A, 3)."""
    anchors = np.asarray(anchors, dtype=float)
    at = np.linspace(0.0, 1.0, len(anchors))
    t = np.linspace(0.0, 1.0, n)
    channels = [np.interp(t, at, anchors[:, c]) for c in range(3)]
    return np.round(np.column_stack(channels)).astype(np.uint8)


def diverging_lut(n: int = LUT_SIZE) -> np.ndarray:
    """(n, 3) uint8: class 0's orange -> white -> class 1's blue."""
    return ramp(np.array([rgb(CLASS_HEX[0]), (255, 255, 255), rgb(CLASS_HEX[1])]), n)


def sequential_lut(n: int = LUT_SIZE) -> np.ndarray:
    """(n, 3) uint8: pale yellow -> green-blue -> dark blue, for values (regression)."""
    return ramp(np.array([rgb(h) for h in _SEQUENTIAL_HEX]), n)


def lookup(values: np.ndarray, lut: np.ndarray, low: float, high: float) -> np.ndarray:
    """Values (N,) mapped from [low, high] (clipped; NaN -> low) through lut (L, 3) -> (N, 3)."""
    span = high - low if high > low else 1.0
    t = np.nan_to_num((np.asarray(values, dtype=float) - low) / span, nan=0.0)
    return lut[np.round(np.clip(t, 0.0, 1.0) * (len(lut) - 1)).astype(int)]


def outline(fill: np.ndarray) -> np.ndarray:
    """(N, 3) uint8 outline colours: white around dark fills, near-black around light ones."""
    luma = np.asarray(fill, dtype=float) @ np.array([0.299, 0.587, 0.114]) / 255.0
    return np.where((luma < 0.5)[:, None], rgb("#FFFFFF"), rgb(TEXT_HEX))


def style_plot(plot: pg.PlotItem) -> None:
    """Dark axes and ticks of TICK_POINT_SIZE pt, readable on a white, projected plot.

    Each axis is cached as a pixmap and redrawn only when its ticks change: replaying the
    tick text every frame was half the cost of a live redraw."""
    font = QFont()
    font.setPointSize(TICK_POINT_SIZE)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(TEXT_HEX)
        axis.setTextPen(TEXT_HEX)
        axis.setStyle(tickFont=font, hideOverlappingLabels=False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def plot_widget(**options) -> pg.PlotWidget:
    """A white PlotWidget (options go to it) with the theme applied and no context menu or
    auto-range button."""
    widget = pg.PlotWidget(background="w", **options)
    plot = widget.getPlotItem()
    style_plot(plot)
    plot.layout.setContentsMargins(*PLOT_MARGINS)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return widget
