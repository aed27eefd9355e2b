"""A snapshot's colours and numbers in the graph's scene: node maps or fills, edge pens
grouped by bucket, numbers on the edges, bias marker colours and neuron flags.

A frame does one colour lookup for all maps and groups the edges into a few pens, so that
`GraphPainter` draws it in a few `drawImage` and `drawLines` calls. Nodes are keyed
(column, node) with node as displayed, as in `Scene`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPen

from playground.run import RunInfo
from playground.snapshot import NeuronFlags
from playground.ui.common import colors
from playground.ui.common.number_text import superscript
from playground.ui.graph import edge_style, equations, maps
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.edge_labels import EdgeNumbers, always_shown
from playground.ui.graph.maps import MAP_SIZE
from playground.ui.graph.scene import Scene

NO_GRADIENT_HEX = "#BBBBBB"
LABEL_SAMPLES = {False: "−0.00", True: "8·10⁻³"}  # the widest usual weight / gradient label
_GRADIENT_SHADES = edge_style.gradient_rgb(256)


class SceneStyler:
    """Fills the scenes of the run `info` from its snapshots. Keeps the pixel buffers under
    the scene's images alive while they are drawn, and the label places of the last layout."""

    def __init__(self, info: RunInfo, scale: float = 1.0):
        self.info = info
        self.set_scale(scale)
        self._input_pixels: np.ndarray | None = None
        self._map_pixels: np.ndarray | None = None
        self._labelled: tuple | None = None  # the (layout, box) of _centres
        self._centres = np.empty((0, 2))

    def set_scale(self, scale: float) -> None:
        """Edge pens as wide as edge_style says times the UI `scale`."""
        self._weight_pens = [_pen(rgba, w * scale) for rgba, w in edge_style.weight_pens()]
        self._gradient_pens = [_pen(rgba, w * scale) for rgba, w in edge_style.gradient_pens()]
        no_gradient = (*colors.rgb(NO_GRADIENT_HEX), 255)
        self._no_gradient_pen = _pen(no_gradient, edge_style.MIN_PEN_WIDTH * scale)

    # ------------------------------------------------------------------ nodes
    def fill_inputs(self, scene: Scene) -> None:
        """For 2-D data, one map of each selectable feature over the input plane."""
        info = self.info
        if info.is_2d:
            pixels = maps.feature_maps(info.selectable_features, info.x_range, info.y_range)
            scene.input_maps = _image(pixels)
            self._input_pixels = pixels

    def fill_nodes(self, scene: Scene, snapshot) -> None:
        """The node maps (2-D data with a grid) or plain fills, and the neuron flags."""
        info = self.info
        scene.flags = flag_names(snapshot.flags)
        scene.maps, scene.plain = None, {}
        if info.is_2d and snapshot.grid_layers is not None:
            units = [column.units for column in scene.layout.columns[1:]]
            pixels = maps.layer_maps(snapshot.grid_layers, units, info.activations)
            scene.maps = _image(pixels)
            self._map_pixels = pixels
        elif snapshot.sample is not None:
            scene.plain = _sample_values(scene, info, snapshot.sample.activations)

    # ------------------------------------------------------------------ edges
    def style(
        self, scene: Scene, snapshot, gradients: bool, labels: bool, metrics: QFontMetrics
    ) -> None:
        """Edge pens, edge numbers and bias colours for the snapshot (or none) and options:
        |∂L/∂w| when `gradients`, else the weights; numbers on the edges when `labels`."""
        scene.gradient_legend = gradient_ticks() if gradients else []
        scene.edge_groups, scene.numbers, scene.bias_colors = [], None, {}
        if snapshot is None:
            return
        values = _values_on_edges(scene.layout.edges, snapshot, gradients)
        buckets, pens = self._buckets(values, gradients)
        scene.edge_groups = _group_edges(scene.lines, buckets, pens)
        if labels:
            box = metrics.horizontalAdvance(LABEL_SAMPLES[gradients]) + 6.0, metrics.height() + 2.0
            colors = [pen.color() for pen in pens]
            centres = self._label_centres(scene.layout, box)
            scene.numbers = EdgeNumbers(values, gradients, buckets, colors, box, centres)
        scene.bias_colors = _bias_colors(scene.layout, snapshot, gradients)

    def _buckets(self, values: np.ndarray, gradients: bool) -> tuple[np.ndarray, list[QPen]]:
        """(E,) the pen bucket of every edge, and the pens by bucket."""
        if not gradients:
            return edge_style.weight_buckets(values), self._weight_pens
        if np.isnan(values).all():
            return np.zeros(len(values), dtype=int), [self._no_gradient_pen]
        return edge_style.gradient_buckets(values), self._gradient_pens

    def _label_centres(
        self, layout: graph_layout.GraphLayout, box: tuple[float, float]
    ) -> np.ndarray:
        """(E, 2) centres of the numbers always shown for this layout and box (NaN: on hover)."""
        key = (layout, box)
        if self._labelled != key:
            self._labelled = key
            self._centres = always_shown(layout, box, self.info.layer_sizes)
        return self._centres


def gradient_ticks() -> list[tuple[float, str]]:
    """The |∂L/∂w| scale's ticks: (place in [0, 1], '10⁻⁶'), every other decade."""
    low, high = (int(v) for v in edge_style.GRADIENT_DECADES)
    return [
        ((e - low) / (high - low), "1" if e == 0 else f"10{superscript(e)}")
        for e in range(low, high + 1, 2)
    ]


def _group_edges(
    lines: list[QLineF], buckets: np.ndarray, pens: list[QPen]
) -> list[tuple[QPen, list[QLineF]]]:
    """One (pen, lines) group per edge bucket, thin pens first."""
    order = np.argsort(buckets % edge_style.N_PEN_WIDTHS, kind="stable")
    return [
        (pens[bucket], [lines[k] for k in np.flatnonzero(buckets == bucket)])
        for bucket in dict.fromkeys(buckets[order].tolist())
    ]


def _values_on_edges(edges: graph_layout.Edges, snapshot, gradients: bool) -> np.ndarray:
    """(E,) the weight or gradient each shown edge stands for (NaN: no gradient yet)."""
    if gradients:
        if snapshot.gradients is None:
            return np.full(len(edges), np.nan)
        matrices = snapshot.gradients[0]
    else:
        matrices = snapshot.weights
    values = np.empty(len(edges))
    for layer, w in enumerate(matrices):
        at = edges.layer == layer
        values[at] = w[edges.i[at], edges.j[at]]
    return values


def _bias_colors(
    layout: graph_layout.GraphLayout, snapshot, gradients: bool
) -> dict[tuple[int, int], QColor]:
    """(column, neuron) -> bias marker fill: by sign of b, or by |∂L/∂b| (log scale)."""
    if gradients and snapshot.gradients is None:
        return {}
    found = {}
    for c, column in enumerate(layout.columns[1:], start=1):
        if gradients:
            t = edge_style.gradient_fraction(snapshot.gradients[1][c - 1][column.units])
            shades = _GRADIENT_SHADES[np.round(np.clip(t, 0, 1) * 255).astype(int)]
        else:
            positive = snapshot.biases[c - 1][column.units] > 0
            shades = colors.class_colors(2)[positive.astype(int)]
        for unit, shade in zip(column.units.tolist(), shades):
            found[c, unit] = QColor(*(int(v) for v in shade))
    return found


def _sample_values(
    scene: Scene, info: RunInfo, outs
) -> dict[tuple[int, int], tuple[QColor, QColor, str]]:
    """(column, node) -> (fill, text colour, text) of the sample's value in each node
    without a map; outs[l] (D_l,) are the sample's activations, l = 0 its inputs."""
    activations = ("linear", *info.activations)
    found = {}
    for c, (column, values) in enumerate(zip(scene.layout.columns, outs)):
        if c == 0 and info.is_2d:
            continue  # 2-D inputs always show their feature's map
        pixels = maps.value_colors(values, activations[c])[column.units]
        inks = colors.outline(maps.channels(pixels))
        for node, unit, fill, ink in zip(column.nodes, column.units, pixels, inks):
            found[c, int(node)] = (
                QColor.fromRgba(int(fill)),
                QColor(*(int(v) for v in ink)),
                equations.number(values[unit]),
            )
    return found


def flag_names(flags: tuple[NeuronFlags, ...]) -> dict[tuple[int, int], str]:
    """Snapshot flags, one NeuronFlags per layer -> {(l, j): 'dead' or 'saturated'}, l
    from 1 (dead wins over saturated)."""
    names = {}
    for layer, layer_flags in enumerate(flags, start=1):
        for j in np.flatnonzero(layer_flags.saturated):
            names[layer, int(j)] = "saturated"
        for j in np.flatnonzero(layer_flags.dead):
            names[layer, int(j)] = "dead"
    return names


def map_rows(layout: graph_layout.GraphLayout) -> dict[tuple[int, int], int]:
    """(column, node) -> the top row of its map in `maps.layer_maps` order."""
    keys = [
        (c, int(node)) for c, col in enumerate(layout.columns[1:], start=1) for node in col.nodes
    ]
    return {key: k * MAP_SIZE for k, key in enumerate(keys)}


def _pen(rgba, width: float) -> QPen:
    pen = QPen(QColor(*(int(v) for v in rgba)), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _image(pixels: np.ndarray) -> QImage:
    """A QImage over uint32 pixels (H, W) 0xAARRGGBB; the caller keeps `pixels` alive."""
    height, width = pixels.shape
    return QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGB32)
