"""The texts written around the network graph: the shape and parameter count of each weight
matrix above the gaps between columns, the column titles under the columns; each in the
longest form that fits."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontMetrics

from playground.ui.graph.scene import Scene

PAD = 6  # pixels around the graph's texts


class CaptionStyle(Enum):
    SHAPE = "shape"  # bold
    COUNT = "count"  # faded
    TITLE = "title"


class Caption(NamedTuple):
    """A text written around the graph in `box`."""

    box: QRectF
    text: str
    style: CaptionStyle


def lay_out(
    metrics: QFontMetrics, bold: QFontMetrics, area: QRect, scene: Scene, bottom_margin: float
) -> list[Caption]:
    """Weight headers above the gaps, column titles below, each in the longest form that
        fits every column with two spaces to spare (one for the short forms and the titles
        under the columns): shapes '8 × 8', '8×8' or none; counts
        '72 params' or '72'; titles 'layer 1' or 'L1'. An activation or hint that does not
        fit under its column (the outer ones may use the margins) is left out. `bold`
    measures the shapes; `bottom_margin` is the height kept under the graph."""
    line = metrics.height()
    columns, pitch = scene.layout.columns, scene.layout.pitch_x
    space = metrics.horizontalAdvance(" ")
    width, tight = int(pitch - 2 * space), int(pitch - space)
    top = area.top() + PAD // 2
    shape, params, bare = (list(texts) for texts in zip(*scene.headers))
    shapes = _fitting(bold, (width, tight), shape, " × ", "×")
    counts = _longest(metrics, width, params, bare)
    found = []
    for shape, count, a, b in zip(shapes, counts, columns, columns[1:]):
        x = (a.x + b.x) / 2 - width / 2
        found.append(Caption(QRectF(x, top, width, line), shape, CaptionStyle.SHAPE))
        found.append(Caption(QRectF(x, top + line, width, line), count, CaptionStyle.COUNT))
    bottom = area.bottom() - bottom_margin + PAD / 2
    long, short, second = (list(texts) for texts in zip(*scene.titles))
    names = _longest(metrics, width, long, short)
    gap = (pitch - tight) / 2
    for c, column in enumerate(columns):
        low = area.left() if c == 0 else column.x - pitch / 2 + gap
        high = area.right() if c == len(columns) - 1 else column.x + pitch / 2 - gap
        for row, text in enumerate((names[c], second[c])):
            need = metrics.horizontalAdvance(text)
            if text and need <= high - low:
                left = min(max(column.x - need / 2, low), high - need)
                box = QRectF(left, bottom + row * line, need, line)
                found.append(Caption(box, text, CaptionStyle.TITLE))
    return found


def _longest(metrics: QFontMetrics, width: int, long: list[str], short: list[str]) -> list[str]:
    """`long` when every one of its texts fits in `width` pixels, else `short`."""
    fits = all(metrics.horizontalAdvance(text) <= width for text in long)
    return long if fits else short


def _fitting(
    metrics: QFontMetrics, widths: tuple[int, int], texts: list[str], old: str, new: str
) -> list[str]:
    """`texts` if all fit in widths[0] pixels, or all with `old` written `new` if those fit
    in widths[1], or blanks."""
    tight = [text.replace(old, new) for text in texts]
    blank = [""] * len(texts)
    return _longest(metrics, widths[0], texts, _longest(metrics, widths[1], tight, blank))
