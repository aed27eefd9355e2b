"""pyqtgraph axes with readable ticks: a log axis that thins its labels to what fits, an
axis of whole numbers (epochs) and an axis of names that can stand upright."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics

from playground.ui.common import colors
from playground.ui.common.number_text import count
from playground.ui.common.scale import point_size
from playground.ui.common.scaled_axis import ScaledAxis

LABEL_PIXELS = 28  # at least this many pixels between two labels of a log axis
UPRIGHT_ROOM = 10  # pixels of an upright-names axis beyond its longest name


def nice_step(at_least: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `at_least`."""
    step = 1
    while step < at_least:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return step


class LogFriendlyAxis(ScaledAxis):
    """An axis whose log-scale ticks come in levels: decades, then 2 and 5 times them, then
    the rest, so crowded labels are dropped level by level instead of overlapping. When
    there are more decades than labels fit, only every n-th decade is ticked. (The labels
    are NumberAxis's: '0.02', '500', '10²⁸⁷'.)"""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph)
        decades = np.arange(np.floor(minVal), np.ceil(maxVal) + 1)
        inside = decades[(decades >= minVal) & (decades <= maxVal)]
        most = max(2, int(size // LABEL_PIXELS))
        step = nice_step(len(inside) / most)
        if step > 1:
            return [(None, inside[np.mod(inside, step) == 0].tolist())]
        levels = []
        for multiples in ((1,), (2, 5), (3, 4, 6, 7, 8, 9)):
            values = (decades[:, None] + np.log10(multiples)).ravel()
            levels.append((None, values[(values >= minVal) & (values <= maxVal)].tolist()))
        return levels


class WholeNumberAxis(ScaledAxis):
    """An axis (epochs) ticked only at whole numbers, at least 1 apart, without SI prefix,
    whose first and last labels may reach past its ends by half a label: pyqtgraph would
    hide them, and the epochs the plot starts and ends at are the ones a reader looks for."""

    OVERHANG = "000000"  # half of this text's width (a NumberAxis: no SI prefix)

    def boundingRect(self):  # noqa: N802 (Qt)
        rect = super().boundingRect()
        room = QFontMetrics(self.style["tickFont"]).horizontalAdvance(self.OVERHANG) / 2
        if self.orientation in ("top", "bottom"):
            return rect.adjusted(-room, 0, room, 0)
        return rect.adjusted(0, -room, 0, room)

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph)
        spacings = [(s, o) for s, o in super().tickSpacing(minVal, maxVal, size) if s >= 1]
        return spacings or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph)
        return [count(round(value)) for value in values]


class UprightNamesAxis(ScaledAxis):
    """A bottom axis naming the columns of a matrix (name i under x = i + 0.5) that, when
    upright, writes each name turned a quarter left, reading upwards and ending at the
    axis: a name then needs only a line's width, however long it is."""

    def __init__(self, *args, **kwargs):
        super().__init__("bottom", *args, **kwargs)
        self.names: tuple[str, ...] = ()
        self.upright = False

    def set_names(self, names: tuple[str, ...], upright: bool, longest: float = 0.0) -> None:
        """Name the columns, across or upright (with room for `longest` pixels of text)."""
        self.names, self.upright = tuple(names), upright
        # `longest` is measured in the scaled tick font already: not scaled again.
        pg.AxisItem.setHeight(self, longest + UPRIGHT_ROOM if upright else None)
        # Upright, pyqtgraph lays out short stand-ins (the index), so no name is dropped
        # for overlapping its neighbours when written across.
        texts = [str(i) if upright else name for i, name in enumerate(self.names)]
        self.setTicks([[(i + 0.5, text) for i, text in enumerate(texts)]])

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N802, N803 (pyqtgraph)
        if not self.upright:
            super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
            return
        super().drawPicture(p, axisSpec, tickSpecs, [])
        p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        length = self.height() - UPRIGHT_ROOM / 2
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for rect, _, index in textSpecs:
            p.save()
            p.translate(rect.center().x(), rect.top())
            p.rotate(-90)
            line = QRectF(-length, -rect.height() / 2, length, rect.height())
            p.drawText(line, align, self.names[int(index)])
            p.restore()


def title_length(title: str) -> int:
    """How many pixels long an axis title in colors.AXIS_LABEL_STYLE is written."""
    font = QFont()
    font.setPointSizeF(point_size(float(colors.AXIS_LABEL_STYLE["font-size"].removesuffix("pt"))))
    return QFontMetrics(font).horizontalAdvance(title)
