"""A pyqtgraph axis whose tick labels are written by number_text: '0,5' and '−1' in
Portuguese, '1,5 × 10⁶' instead of '1.5e+06', '10⁻³' on a log scale. pyqtgraph's own
labels are Python's formatting ('0.5', '6e+06') whatever the language, and its automatic
SI prefix writes '(x1e-06)' into the title: both are replaced."""

from __future__ import annotations

import pyqtgraph as pg

from playground.ui.common.number_text import power_of_ten, tick_texts


class NumberAxis(pg.AxisItem):
    """An AxisItem (options as for it) whose tick labels follow the locale."""

    def __init__(self, orientation: str, **options):
        super().__init__(orientation, **options)
        self.enableAutoSIPrefix(False)  # the labels write large and small values themselves

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        return tick_texts([value * scale for value in values], spacing * scale)

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        return [power_of_ten(value) for value in values]
