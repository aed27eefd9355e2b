"""pyqtgraph axes with readable ticks: a log axis that thins its labels to what fits, and
an axis of whole numbers (epochs)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from playground.ui.common.number_text import count, significant, superscript

LABEL_PIXELS = 28  # at least this many pixels between two labels of a log axis
PLAIN_POWERS = 3  # 10^-3 .. 10^3 are written as plain numbers, further ones as powers


def power_text(log_value: float) -> str:
    """The tick text of 10**log_value: '0.02', '500', '10²⁸⁷', '2 × 10⁻⁵'."""
    exponent = math.floor(log_value + 1e-9)
    is_decade = abs(log_value - round(log_value)) < 1e-9
    if abs(exponent) <= PLAIN_POWERS:
        return significant(10.0**log_value, 1)
    if is_decade:
        return f"10{superscript(round(log_value))}"
    return significant(10.0**log_value, 1)


class LogFriendlyAxis(pg.AxisItem):
    """An axis whose log-scale ticks come in levels: decades, then 2 and 5 times them, then
    the rest, so crowded labels are dropped level by level instead of overlapping. When
    there are more decades than labels fit, only every n-th decade is ticked."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph)
        decades = np.arange(np.floor(minVal), np.ceil(maxVal) + 1)
        inside = decades[(decades >= minVal) & (decades <= maxVal)]
        most = max(2, int(size // LABEL_PIXELS))
        step = max(1, math.ceil(len(inside) / most))
        if step > 1:
            return [(None, inside[np.mod(inside, step) == 0].tolist())]
        levels = []
        for multiples in ((1,), (2, 5), (3, 4, 6, 7, 8, 9)):
            values = (decades[:, None] + np.log10(multiples)).ravel()
            levels.append((None, values[(values >= minVal) & (values <= maxVal)].tolist()))
        return levels

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        return [power_text(value) for value in values]


class WholeNumberAxis(pg.AxisItem):
    """An axis (epochs) ticked only at whole numbers, at least 1 apart, without SI prefix."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph)
        spacings = [(s, o) for s, o in super().tickSpacing(minVal, maxVal, size) if s >= 1]
        return spacings or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        return [count(round(value)) for value in values]
