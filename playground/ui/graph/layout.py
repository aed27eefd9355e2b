"""Where the network graph's nodes and edges go: pure geometry in widget pixels, no Qt.

Columns are the layers from left to right, the inputs first. Each column lists the units its
nodes stand for: the network's neuron (or input) index, or NO_UNIT for an input node the
network does not use (a feature that is switched off: drawn faded, with no edges). A column
wider than MAX_FULL collapses to its first HEAD nodes, an ellipsis slot and its last node.
Edges join every shown node with a unit to every shown node of the next column, from the
right side of one to the left side of the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

NO_UNIT = -1  # the unit of an input node that is not fed to the network
MAX_FULL = 12  # a column of up to this many nodes shows them all
HEAD = 5  # a collapsed column shows its first HEAD nodes, "⋮" and its last node
MIN_NODE, MAX_NODE = 14.0, 72.0  # node side in pixels; the largest times the UI scale
NODE_SHARE_Y = 0.72  # node side / vertical slot pitch
NODE_SHARE_X = 0.42  # node side / horizontal column pitch
BIAS_SHARE, MIN_BIAS = 0.24, 8.0  # bias marker side / node side, its smallest side at 100 %
LABEL_CLEARANCE = 1.0  # a label's centre keeps this many label heights from other edges
# Where along an edge a label (or a test's click) may go: the middle first.
LABEL_POSITIONS = (0.5, *(round(0.5 + s * k / 40, 3) for k in range(1, 17) for s in (-1, 1)))


@dataclass(frozen=True, eq=False)
class Column:
    """One layer's shown nodes, K of them.

    x: the centre of the column; nodes (K,): each node's index in the layer as displayed;
    units (K,): the network index each stands for (NO_UNIT: none); ys (K,): node centres;
    total: how many nodes the layer has; ellipsis_y: the centre of the "⋮" slot of a
    collapsed column, else None.
    """

    x: float
    nodes: np.ndarray
    units: np.ndarray
    ys: np.ndarray
    total: int
    ellipsis_y: float | None


@dataclass(frozen=True, eq=False)
class Edges:
    """E shown connections: layer (E,) the index of W they belong to, i (E,) and j (E,) the
    row and column of W; (x0, y0) -> (x1, y1), each (E,), their endpoints."""

    layer: np.ndarray
    i: np.ndarray
    j: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray

    def __len__(self) -> int:
        return len(self.layer)

    def point(self, index: int, t: float) -> tuple[float, float]:
        """The point a fraction t of the way along edge `index`."""
        return (
            float(self.x0[index] + t * (self.x1[index] - self.x0[index])),
            float(self.y0[index] + t * (self.y1[index] - self.y0[index])),
        )


@dataclass(frozen=True, eq=False)
class GraphLayout:
    """Columns, the side of every (square) node, the distance between columns, the edges."""

    columns: tuple[Column, ...]
    node_size: float
    pitch_x: float
    edges: Edges
    scale: float = 1.0  # the UI scale it was laid out at

    @property
    def bias_size(self) -> float:
        return max(MIN_BIAS * self.scale, BIAS_SHARE * self.node_size)


def shown_slots(total: int) -> tuple[np.ndarray, int | None]:
    """Which of `total` nodes are shown, (K,) indices, and the slot of the ellipsis (None
    when all are shown); the ellipsis takes the slot after the first HEAD nodes."""
    if total <= MAX_FULL:
        return np.arange(total), None
    return np.array([*range(HEAD), total - 1]), HEAD


def layout_graph(
    units: Sequence[np.ndarray],
    left: float,
    top: float,
    width: float,
    height: float,
    scale: float = 1.0,
) -> GraphLayout:
    """Lay out columns of nodes in the rectangle (left, top, width, height), with node sides
    as large as room allows up to MAX_NODE times the UI `scale`.

    units[c] (D_c,) is what every node of column c stands for (see the module docstring).
    Columns are evenly spaced; each column's slots (shown nodes and ellipsis) are centred
    vertically with one common pitch, so that the tallest column fills the height.
    """
    slots = [shown_slots(len(u)) for u in units]
    n_slots = max(len(shown) + (gap is not None) for shown, gap in slots)
    pitch_x = width / max(len(units), 1)
    pitch_y = height / max(n_slots, 1)
    room = min(NODE_SHARE_Y * pitch_y, NODE_SHARE_X * pitch_x)
    node = float(np.clip(room, MIN_NODE, MAX_NODE * scale))
    columns = []
    for c, (column_units, (shown, gap)) in enumerate(zip(units, slots)):
        count = len(shown) + (gap is not None)
        first = top + height / 2 - (count - 1) * pitch_y / 2
        slot = np.arange(len(shown))
        if gap is not None:
            slot[gap:] += 1
        columns.append(
            Column(
                x=left + (c + 0.5) * pitch_x,
                nodes=shown,
                units=np.asarray(column_units, dtype=int)[shown],
                ys=first + slot * pitch_y,
                total=len(column_units),
                ellipsis_y=None if gap is None else first + gap * pitch_y,
            )
        )
    return GraphLayout(tuple(columns), node, pitch_x, _edges(columns, node), scale)


def _edges(columns: Sequence[Column], node: float) -> Edges:
    """Every connection between shown nodes with units in neighbouring columns."""
    parts = []
    for layer, (a, b) in enumerate(zip(columns, columns[1:])):
        src = np.flatnonzero(a.units != NO_UNIT)
        dst = np.flatnonzero(b.units != NO_UNIT)
        s, d = (m.ravel() for m in np.meshgrid(src, dst, indexing="ij"))
        parts.append(
            (
                np.full(len(s), layer),
                a.units[s],
                b.units[d],
                np.full(len(s), a.x + node / 2),
                a.ys[s],
                np.full(len(s), b.x - node / 2),
                b.ys[d],
            )
        )
    layer, i, j, x0, y0, x1, y1 = (np.concatenate(p) for p in zip(*parts))
    return Edges(layer.astype(int), i.astype(int), j.astype(int), x0, y0, x1, y1)


def node_at(layout: GraphLayout, x: float, y: float) -> tuple[int, int] | None:
    """(column, k) of the shown node whose square contains (x, y), k indexing column.nodes."""
    half = layout.node_size / 2
    for c, column in enumerate(layout.columns):
        if abs(x - column.x) <= half:
            hits = np.flatnonzero(np.abs(column.ys - y) <= half)
            if len(hits):
                return c, int(hits[0])
    return None


def bias_center(layout: GraphLayout, column: int, k: int) -> tuple[float, float]:
    """The centre of node k's bias marker: the node's lower-left corner."""
    col = layout.columns[column]
    half = layout.node_size / 2
    return col.x - half, float(col.ys[k]) + half


def bias_at(layout: GraphLayout, x: float, y: float) -> tuple[int, int] | None:
    """(column, k) of the bias marker under (x, y); inputs (column 0) have none."""
    half = layout.bias_size / 2 + 1
    for c, column in enumerate(layout.columns[1:], start=1):
        bx, _ = bias_center(layout, c, 0)
        if abs(x - bx) <= half:
            hits = np.flatnonzero(np.abs(column.ys + layout.node_size / 2 - y) <= half)
            if len(hits):
                return c, int(hits[0])
    return None


def edge_distances(edges: Edges, x, y) -> np.ndarray:
    """Distances from points (x, y), scalars or (P,) arrays, to every edge: (E,) or (P, E)."""
    x, y = np.asarray(x, dtype=float)[..., None], np.asarray(y, dtype=float)[..., None]
    dx, dy = edges.x1 - edges.x0, edges.y1 - edges.y0
    length2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x - edges.x0) * dx + (y - edges.y0) * dy) / length2, 0.0, 1.0)
    return np.hypot(edges.x0 + t * dx - x, edges.y0 + t * dy - y)


def nearest_edge(edges: Edges, x: float, y: float, tolerance: float) -> int | None:
    """Index of the edge closest to (x, y) if it is within `tolerance` pixels, else None."""
    if not len(edges):
        return None
    distances = edge_distances(edges, x, y)
    best = int(np.argmin(distances))
    return best if distances[best] <= tolerance else None


def node_boxes(layout: GraphLayout) -> np.ndarray:
    """(N, 4) every shown node's square as (left, top, right, bottom)."""
    half = layout.node_size / 2
    return np.array(
        [
            (col.x - half, y - half, col.x + half, y + half)
            for col in layout.columns
            for y in col.ys
        ],
        dtype=float,
    ).reshape(-1, 4)


def place_labels(
    edges: Edges,
    layout: GraphLayout,
    box: tuple[float, float],
    indices: Sequence[int],
    taken: np.ndarray | None = None,
) -> np.ndarray:
    """(len(indices), 2) centres, each on its edge, for number labels of size box = (w, h)
    on the edges `indices`; NaN where a label does not fit.

    Greedy: each edge takes the first of LABEL_POSITIONS whose box overlaps no node, no box
    of `taken` ((K, 4) as left, top, right, bottom) and no label placed before it, preferring
    points LABEL_CLEARANCE * h or more from every other edge of its layer, else the farthest
    (so that the label reads as this edge's).
    """
    w, h = box
    taken = np.vstack([node_boxes(layout), np.empty((0, 4)) if taken is None else taken])
    t = np.array(LABEL_POSITIONS)
    centres = np.full((len(indices), 2), np.nan)
    for n, index in enumerate(indices):
        cx = edges.x0[index] + t * (edges.x1[index] - edges.x0[index])  # (T,)
        cy = edges.y0[index] + t * (edges.y1[index] - edges.y0[index])
        others = (edges.layer == edges.layer[index]) & (np.arange(len(edges)) != index)
        distance = edge_distances(_subset(edges, others), cx, cy).min(axis=1, initial=np.inf)
        boxes = np.column_stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2])  # (T, 4)
        overlaps = (
            (taken[None, :, 0] < boxes[:, None, 2])
            & (boxes[:, None, 0] < taken[None, :, 2])
            & (taken[None, :, 1] < boxes[:, None, 3])
            & (boxes[:, None, 1] < taken[None, :, 3])
        ).any(axis=1)
        free = np.flatnonzero(~overlaps)
        if len(free):
            best = free[np.argmax(np.minimum(distance[free], LABEL_CLEARANCE * h))]
            centres[n] = cx[best], cy[best]
            taken = np.vstack([taken, boxes[best]])
    return centres


def label_boxes(centres: np.ndarray, box: tuple[float, float]) -> np.ndarray:
    """(K, 4) boxes of size box = (w, h) around centres (K, 2), NaN rows left out."""
    w, h = box
    centres = centres[np.isfinite(centres[:, 0])]
    return np.column_stack([centres - (w / 2, h / 2), centres + (w / 2, h / 2)])


def _subset(edges: Edges, mask: np.ndarray) -> Edges:
    """The edges where mask (E,) is True."""
    return Edges(*(getattr(edges, f.name)[mask] for f in fields(Edges)))
