"""What is under a point of the network graph: a node, a bias marker or an edge, and which
network parameter or node that is. Pure geometry on a `GraphLayout`, no Qt.

Priority when they overlap: a bias marker (it sits on its node's corner), then a node, then
the nearest edge within EDGE_TOLERANCE pixels.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from playground.snapshot import ParameterRef
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.layout import GraphLayout

EDGE_TOLERANCE = 5.0  # pixels from an edge that still hover it


class HitKind(Enum):
    NODE = "node"
    BIAS = "bias"
    EDGE = "edge"


class Hit(NamedTuple):
    """One thing of the graph under the mouse.

    NODE and BIAS: the node (or its bias marker) `index` among the shown nodes of `column`
    (column.nodes[index] is the node as displayed). EDGE: edge `index` of layout.edges,
    which starts in `column`.
    """

    kind: HitKind
    column: int
    index: int

    @property
    def is_input(self) -> bool:
        """An input node (column 0)."""
        return self.kind is HitKind.NODE and self.column == 0

    @property
    def is_neuron(self) -> bool:
        """A neuron's node (column >= 1), not its bias marker."""
        return self.kind is HitKind.NODE and self.column > 0


def hit_at(layout: GraphLayout, x: float, y: float) -> Hit | None:
    """What is under (x, y), or None."""
    bias = graph_layout.bias_at(layout, x, y)
    if bias is not None:
        return Hit(HitKind.BIAS, *bias)
    node = graph_layout.node_at(layout, x, y)
    if node is not None:
        return Hit(HitKind.NODE, *node)
    edge = graph_layout.nearest_edge(layout.edges, x, y, EDGE_TOLERANCE)
    if edge is None:
        return None
    return Hit(HitKind.EDGE, int(layout.edges.layer[edge]), edge)


def shown_node(layout: GraphLayout, hit: Hit) -> int:
    """The node as displayed (its index in the layer) of a NODE or BIAS hit."""
    return int(layout.columns[hit.column].nodes[hit.index])


def parameter(layout: GraphLayout, hit: Hit) -> ParameterRef:
    """The weight of an EDGE hit or the bias of a BIAS hit."""
    if hit.kind is HitKind.BIAS:
        return ParameterRef(hit.column - 1, None, shown_node(layout, hit))
    edges = layout.edges
    return ParameterRef(
        int(edges.layer[hit.index]), int(edges.i[hit.index]), int(edges.j[hit.index])
    )
