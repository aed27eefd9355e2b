"""What the network graph shows: a `Scene`, laid out by the view when the run or the size
changes and coloured by `styling` when the snapshot changes; the painter draws it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPen

from playground.ui.graph.edge_labels import EdgeNumbers
from playground.ui.graph.hits import Hit, HitKind
from playground.ui.graph.layout import GraphLayout, bias_center


@dataclass(eq=False)
class Scene:
    """What the graph shows. Nodes are keyed (column, node) with node as displayed.

    layout: the geometry; input_labels / output_names: texts beside the first / last
    column; headers: (shape, params, bare count) per weight matrix; titles: (name,
    short name,
    activation) per column; badges: flag -> its word; lines: one QLineF per edge of
    layout.edges; edge_groups: (pen, lines) to draw; numbers: the numbers on the edges
    (None: not shown);
    maps: the neurons' maps stacked, map_rows[key] the top row of a node's map; input_maps:
    one map per input node, in order; plain: key -> (fill, ink, text) for nodes drawn
    without a map; bias_colors: key -> fill of the bias marker; flags: key -> 'dead' or
    'saturated'; hover: the Hit under the mouse, or None; tooltip: its text, shown beside
    `mouse`; gradient_legend: the ticks (place in [0, 1], text) of the |∂L/∂w| scale drawn
    under the graph (empty: none); highlight: the index l of the weight matrix W[l] whose
    edges and neurons are highlighted (the Backprop tab's current layer), or None.
    """

    layout: GraphLayout
    input_labels: tuple[str, ...]
    output_names: tuple[str, ...]
    headers: list[tuple[str, str, str]]
    titles: list[tuple[str, str, str]]
    badges: dict[str, str]
    lines: list[QLineF]
    edge_groups: list[tuple[QPen, list[QLineF]]] = field(default_factory=list)
    numbers: EdgeNumbers | None = None
    maps: QImage | None = None
    map_rows: dict[tuple[int, int], int] = field(default_factory=dict)
    input_maps: QImage | None = None
    plain: dict[tuple[int, int], tuple[QColor, QColor, str]] = field(default_factory=dict)
    bias_colors: dict[tuple[int, int], QColor] = field(default_factory=dict)
    flags: dict[tuple[int, int], str] = field(default_factory=dict)
    hover: Hit | None = None
    tooltip: str = ""
    mouse: QPointF = field(default_factory=QPointF)
    gradient_legend: list[tuple[float, str]] = field(default_factory=list)
    highlight: int | None = None

    def node_rect(self, c: int, k: int) -> QRectF:
        """The square of the k-th shown node of column c."""
        column, size = self.layout.columns[c], self.layout.node_size
        return QRectF(column.x - size / 2, float(column.ys[k]) - size / 2, size, size)

    def bias_rect(self, c: int, k: int) -> QRectF:
        x, y = bias_center(self.layout, c, k)
        size = self.layout.bias_size
        return QRectF(x - size / 2, y - size / 2, size, size)

    def hovered(self, kind: HitKind, c: int, k: int) -> bool:
        """Whether the mouse is over the k-th shown node (or bias marker) of column c."""
        return self.hover == Hit(kind, c, k)
