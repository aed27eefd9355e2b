"""A pyqtgraph axis for log scales whose ticks thin out level by level."""

from __future__ import annotations

import numpy as np

from playground.ui.common.scaled_axis import ScaledAxis


class LogFriendlyAxis(ScaledAxis):
    """An axis whose log-scale ticks come in levels: decades, then 2 and 5 times them, then
    the rest, so crowded labels are dropped level by level instead of overlapping."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph)
        decades = np.arange(np.floor(minVal), np.ceil(maxVal))
        levels = []
        for multiples in ((1,), (2, 5), (3, 4, 6, 7, 8, 9)):
            values = (decades[:, None] + np.log10(multiples)).ravel()
            levels.append((None, values[(values >= minVal) & (values <= maxVal)].tolist()))
        return levels
