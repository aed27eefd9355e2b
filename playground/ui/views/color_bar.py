"""A colour bar beside a heat map: what its colours mean, as numbers or as class names. Its
bar, tick labels and the room they take follow the UI scale."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtGui import QFontMetrics

from playground.ui.common import colors
from playground.ui.common.number_axis import NumberAxis
from playground.ui.common.scale import scaled, scaled_font, ui_scale

BAR_WIDTH = 14
TICK_ROOM = 16  # pixels beside the bar for the tick marks and the gap before their text
BLOCK = 32  # lookup-table entries per class block, so the blocks' edges stay crisp


def class_blocks(k: int) -> np.ndarray:
    """(k * BLOCK, 3) uint8: k blocks of the class colours, one per class, in order."""
    return np.repeat(colors.class_colors(k), BLOCK, axis=0)


class ColorBar(pg.ColorBarItem):
    """A fixed (not draggable) vertical colour bar whose right axis names its values;
    `named_ticks` are the (value, text) pairs written beside it (empty: plain numbers,
    written by its NumberAxis)."""

    def __init__(self):
        super().__init__(width=BAR_WIDTH, interactive=False, pen=colors.TEXT_HEX)
        for name in ("left", "right", "top", "bottom"):
            self.getAxis(name).setPen(colors.TEXT_HEX)
        self.axis.setTextPen(colors.TEXT_HEX)
        self.named_ticks: list[tuple[float, str]] = []
        self._rescale()
        ui_scale().changed.connect(self._rescale)

    def setAxisItems(self, axisItems=None) -> None:  # noqa: N802, N803 (pyqtgraph)
        """pyqtgraph's ColorBarItem makes its axes itself (through this): the right one,
        which carries the numbers, is a NumberAxis."""
        super().setAxisItems({"right": NumberAxis("right"), **(axisItems or {})})

    @Slot()
    def _rescale(self) -> None:
        """The bar's width, the tick font and the room for the names at the current scale."""
        self.axis.setStyle(tickFont=scaled_font(colors.TICK_POINT_SIZE))
        self.layout.setColumnFixedWidth(1, round(scaled(BAR_WIDTH)))  # as pyqtgraph sets it
        self._fit_axis()
        self.axis.picture = None  # the cached ticks are drawn again in the new font
        self.axis.update()

    def _fit_axis(self) -> None:
        """Named ticks: as wide as the longest name; numbers: as wide as they grow."""
        metrics = QFontMetrics(self.axis.style["tickFont"])
        longest = max((metrics.horizontalAdvance(text) for _, text in self.named_ticks), default=0)
        self.axis.setWidth(longest + round(scaled(TICK_ROOM)) if longest else None)

    def show_scale(
        self,
        lut: np.ndarray,
        levels: tuple[float, float],
        ticks: Sequence[tuple[float, str]] | None = None,
    ) -> None:
        """Colours lut (L, 3) from levels[0] (bottom) to levels[1] (top); ticks (value, text)
        name the values, or None for numbers chosen by the axis."""
        positions = np.linspace(0.0, 1.0, len(lut))
        self.setColorMap(pg.ColorMap(positions, np.asarray(lut)))
        self.setLevels(levels)
        self.named_ticks = [] if ticks is None else list(ticks)
        self.axis.setTicks([self.named_ticks] if self.named_ticks else None)
        self._fit_axis()

    def show_classes(self, names: Sequence[str]) -> None:
        """One block per class, in its colour, named."""
        k = len(names)
        ticks = [(i + 0.5, name) for i, name in enumerate(names)]
        self.show_scale(class_blocks(k), (0.0, float(k)), ticks)
