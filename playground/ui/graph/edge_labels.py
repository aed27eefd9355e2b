"""Numbers on the graph's edges, each on its own edge in a box outlined in the edge's colour.

A layer whose edges all find a place (no label on a node or another label, each centred on
its edge) has every edge labelled; the edges of a crowded layer are labelled on hover only:
the hovered edge, or the edges into a hovered neuron (out of a hovered input).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from playground.ui.graph import equations
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.hits import Hit, HitKind

MAX_LABEL_FAN = 16  # a layer with more inputs or outputs than this is labelled on hover only


class EdgeLabel(NamedTuple):
    """The number of edge `edge` (an index of layout.edges) written in `box`."""

    edge: int
    box: QRectF
    text: str
    color: QColor


@dataclass(frozen=True, eq=False)
class EdgeNumbers:
    """What the edges' numbers show in one frame: values (E,) weights or |∂L/∂w| (NaN: none
    yet), buckets (E,) of their pens, colors the pens' colours by bucket, box (w, h) of a
    label, centres (E, 2) of the labels always shown (NaN: on hover only)."""

    values: np.ndarray
    gradients: bool
    buckets: np.ndarray
    colors: Sequence[QColor]
    box: tuple[float, float]
    centres: np.ndarray

    def labels(self, indices, centres: np.ndarray) -> list[EdgeLabel]:
        """Labels of the edges `indices` centred at centres (K, 2); NaN centres or values
        are left out."""
        w, h = self.box
        return [
            EdgeLabel(
                k,
                QRectF(x - w / 2, y - h / 2, w, h),
                equations.short(self.values[k], self.gradients),
                self.colors[self.buckets[k]],
            )
            for k, (x, y) in zip(np.asarray(indices).tolist(), centres.tolist())
            if np.isfinite(x) and np.isfinite(self.values[k])
        ]

    def shown(self) -> list[EdgeLabel]:
        """The labels always shown."""
        return self.labels(range(len(self.values)), self.centres)

    def on_hover(self, layout: graph_layout.GraphLayout, hover: Hit | None) -> list[EdgeLabel]:
        """Labels of the edges `hover` points at that are not always shown."""
        edges = layout.edges
        if hover is None or hover.kind is HitKind.BIAS:
            return []
        if hover.kind is HitKind.EDGE:
            related = np.array([hover.index])
        else:
            unit = layout.columns[hover.column].units[hover.index]
            if hover.column == 0:
                related = np.flatnonzero((edges.layer == 0) & (edges.i == unit))
            else:
                related = np.flatnonzero((edges.layer == hover.column - 1) & (edges.j == unit))
        related = related[~np.isfinite(self.centres[related, 0])]
        if not len(related):
            return []
        taken = graph_layout.label_boxes(self.centres, self.box)
        centres = graph_layout.place_labels(edges, layout, self.box, related, taken)
        return self.labels(related, centres)


def always_shown(
    layout: graph_layout.GraphLayout, box: tuple[float, float], sizes: Sequence[int]
) -> np.ndarray:
    """(E, 2) centres of the labels always shown: every edge of each layer (of at most
    MAX_LABEL_FAN inputs and outputs) whose edges all find a place; NaN elsewhere."""
    edges = layout.edges
    centres = np.full((len(edges), 2), np.nan)
    for layer, (a, b) in enumerate(zip(sizes, sizes[1:])):
        indices = np.flatnonzero(edges.layer == layer)
        if a > MAX_LABEL_FAN or b > MAX_LABEL_FAN or not len(indices):
            continue
        taken = graph_layout.label_boxes(centres, box)
        placed = graph_layout.place_labels(edges, layout, box, indices, taken)
        if np.isfinite(placed).all():
            centres[indices] = placed
    return centres
