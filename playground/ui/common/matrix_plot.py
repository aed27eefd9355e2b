"""A K x K matrix drawn as coloured cells with a number written in each, row 0 on top."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from playground.ui.common import colors
from playground.ui.common.scale import scaled_font, ui_scale


class MatrixPlot(QWidget):
    """Entry (i, j) is the cell [j, j+1] x [i, i+1] of `plot`, rows from top to bottom;
    `image_item` colours the cells through `lut`, `cell_texts` (row-major) write them.
    `column_axis`: the pyqtgraph axis that names the columns (None: a plain one)."""

    def __init__(
        self, row_title: str, column_title: str, lut: np.ndarray, parent=None, column_axis=None
    ):
        super().__init__(parent)
        axes = {} if column_axis is None else {"axisItems": {"bottom": column_axis}}
        self._plot_widget = colors.plot_widget(**axes)
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)  # row 0 on top, as a matrix is written
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", row_title, **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("bottom", column_title, **colors.AXIS_LABEL_STYLE)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setStyle(tickLength=0)
        self.image_item = pg.ImageItem()
        self.image_item.setLookupTable(lut)
        self.plot.addItem(self.image_item)
        self.cell_texts: list[pg.TextItem] = []
        self._inks: list = []
        self._point_size = 12  # of the cell texts at 100 %
        ui_scale().changed.connect(self._rescale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot_widget)

    def set_cells(self, k: int, row_names: Sequence[str], point_size: int) -> None:
        """One text item per cell of a k x k matrix (`point_size` at 100 %), and the names of
        the rows."""
        for text in self.cell_texts:
            self.plot.removeItem(text)
        self._point_size = point_size
        font = scaled_font(point_size)
        self.cell_texts = []
        self._inks: list = [None] * (k * k)  # each cell text's colour, as last set
        for i in range(k):
            for j in range(k):
                text = pg.TextItem(anchor=(0.5, 0.5))
                text.setFont(font)
                text.setPos(j + 0.5, i + 0.5)
                self.plot.addItem(text)
                self.cell_texts.append(text)
        self.plot.getAxis("left").setTicks([[(i + 0.5, n) for i, n in enumerate(row_names)]])
        self.plot.setRange(xRange=(0, max(k, 1)), yRange=(0, max(k, 1)), padding=0.0)

    @Slot(float)
    def _rescale(self, _factor: float) -> None:
        """The cell texts at their point size times the new UI scale."""
        font = scaled_font(self._point_size)
        for text in self.cell_texts:
            text.setFont(font)

    def cell_pixels(self) -> float:
        """How many pixels wide a cell is drawn now (0 before the first layout)."""
        x_units_per_pixel = self.plot.getViewBox().viewPixelSize()[0]
        return 1.0 / x_units_per_pixel if x_units_per_pixel > 0 else 0.0

    def show_cells(
        self, image: np.ndarray, levels: tuple[float, float], texts: Sequence[str], inks
    ) -> None:
        """Colour the cells by image (K, K) within levels, and write texts[n] in ink inks[n]."""
        self.image_item.setImage(image, levels=levels, autoLevels=False)
        inks = list(inks)
        for n, (item, text, ink) in enumerate(zip(self.cell_texts, texts, inks)):
            # A new colour lays the text out again: only where it changed (texts check it).
            item.setText(text, color=ink if ink != self._inks[n] else None)
        self._inks = inks
