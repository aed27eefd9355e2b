"""Queries on a NetworkView for tests: where its parts are drawn and what it shows, read
from the view's `scene` (the app itself never asks these).

Layers as in the view: layer 0 is the inputs (node j: the j-th input node as displayed),
layer l >= 1 the neurons fed by W[l-1]; an edge (l, i, j) is W[l][i, j].
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF

from playground.snapshot import ParameterRef
from playground.ui.graph import hits
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.hits import HitKind
from playground.ui.graph.view import NetworkView


def _shown_index(view: NetworkView, layer: int, j: int) -> int:
    """Which of column `layer`'s shown nodes node j is."""
    found = np.flatnonzero(view.scene.layout.columns[layer].nodes == j)
    if not len(found):
        raise LookupError(f"node {j} of layer {layer} is not shown")
    return int(found[0])


def neuron_center(view: NetworkView, layer: int, j: int) -> QPointF:
    """The centre of node j of column `layer`."""
    column = view.scene.layout.columns[layer]
    return QPointF(column.x, float(column.ys[_shown_index(view, layer, j)]))


def bias_center(view: NetworkView, layer: int, j: int) -> QPointF:
    """The centre of the bias marker of neuron j of layer >= 1."""
    k = _shown_index(view, layer, j)
    return QPointF(*graph_layout.bias_center(view.scene.layout, layer, k))


def edge_midpoint(view: NetworkView, layer: int, i: int, j: int) -> QPointF:
    """A point near the middle of edge W[layer][i, j] that hovers this edge alone."""
    edges = view.scene.layout.edges
    found = np.flatnonzero((edges.layer == layer) & (edges.i == i) & (edges.j == j))
    if not len(found):
        raise LookupError(f"edge ({layer}, {i}, {j}) is not shown")
    points = [QPointF(*edges.point(int(found[0]), t)) for t in graph_layout.LABEL_POSITIONS]
    return next((p for p in points if edge_at(view, p) == (layer, i, j)), points[0])


def edge_at(view: NetworkView, pos: QPointF) -> ParameterRef | None:
    """The weight of the edge under `pos`, if no node or bias marker is there."""
    layout = view.scene.layout
    hit = hits.hit_at(layout, pos.x(), pos.y())
    return None if hit is None or hit.kind is not HitKind.EDGE else hits.parameter(layout, hit)


def neuron_at(view: NetworkView, pos: QPointF) -> tuple[int, int] | None:
    """(layer, j) of the node under `pos`, if no bias marker is there."""
    layout = view.scene.layout
    hit = hits.hit_at(layout, pos.x(), pos.y())
    if hit is None or hit.kind is not HitKind.NODE:
        return None
    return hit.column, hits.shown_node(layout, hit)


def node_size(view: NetworkView) -> float:
    """The side of every node's square, in pixels."""
    return view.scene.layout.node_size


def shown_nodes(view: NetworkView, layer: int) -> list[int]:
    """The nodes of column `layer` that are drawn (a wide layer collapses)."""
    return view.scene.layout.columns[layer].nodes.tolist()


def count_label(view: NetworkView, layer: int) -> str:
    """'(64)' beside the ellipsis of a collapsed column, '' when every node is shown."""
    column = view.scene.layout.columns[layer]
    return f"({column.total})" if column.ellipsis_y is not None else ""


def header_texts(view: NetworkView) -> list[tuple[str, str]]:
    """Above each weight matrix: its shape 'D_in × D_out' and its parameter count."""
    return [(shape, params) for shape, params, _ in view.scene.headers]


def flagged_neurons(view: NetworkView) -> dict[tuple[int, int], str]:
    """(layer >= 1, neuron) -> 'dead' or 'saturated', from the last snapshot."""
    return dict(view.scene.flags)


def edge_label_texts(view: NetworkView) -> list[str]:
    """The numbers written on the edges."""
    numbers = view.scene.numbers
    return [] if numbers is None else [label.text for label in numbers.shown()]


def tooltip_text(view: NetworkView) -> str:
    """What the hover box says now ('' when it is hidden)."""
    return view.scene.tooltip


def drawn_edges(view: NetworkView) -> list:
    """Every line the edges are drawn with, over all pen groups (QLineF)."""
    return [line for _, lines in view.scene.edge_groups for line in lines]


def pen_count(view: NetworkView) -> int:
    """How many pens (one `drawLines` call each) draw the edges."""
    return len(view.scene.edge_groups)


def edge_labels(view: NetworkView) -> list[tuple[ParameterRef, QPointF, str]]:
    """Every number drawn on an edge now, hovered ones included: (its weight, the centre of
    its box, its text)."""
    numbers, layout = view.scene.numbers, view.scene.layout
    if numbers is None:
        return []
    labels = numbers.shown() + numbers.on_hover(layout, view.scene.hover)
    return [
        (
            hits.parameter(layout, hits.Hit(HitKind.EDGE, 0, label.edge)),
            label.box.center(),
            label.text,
        )
        for label in labels
    ]


def distance_to_edge(view: NetworkView, ref: ParameterRef, point: QPointF) -> float:
    """How far `point` is from the line of edge `ref`, in pixels."""
    edges = view.scene.layout.edges
    found = np.flatnonzero(
        (edges.layer == ref.layer) & (edges.i == ref.row) & (edges.j == ref.column)
    )
    return float(graph_layout.edge_distances(edges, point.x(), point.y())[found[0]])


def gradient_scale(view: NetworkView) -> list[str]:
    """The tick texts of the |∂L/∂w| scale under the graph ([] when it is not drawn)."""
    return [text for _, text in view.scene.gradient_legend]


def captions(view: NetworkView) -> list:
    """The texts written above and below the columns (Caption: box, text, style)."""
    return view._painter.captions(view._graph_rect(), view.scene)
