"""The network as a graph beside the decision boundary, fed by the same snapshots.

Columns from left to right: the inputs, each hidden layer, the output. For 2-D data every
selectable feature is an input node (the unused ones faded; clicking one toggles it) and
every neuron shows a small live map of its output over the input plane; for tabular data
the nodes are coloured by the traced sample's values. Edges are coloured and sized by their
weight, or by |∂L/∂w|; hovering explains an edge, a bias or a neuron (its equation with the
sample's numbers) and clicking an edge or a bias marker opens an editor for its value. The
view never changes the network: it emits `parameter_edit_requested` for the window to apply.

Speed: the geometry is computed when the run or the size changes (`graph_layout`); a frame
does one colour lookup for all maps, groups the edges into a few pens and is painted by
`graph_painter` in a few milliseconds.

Layer numbers: column l = 0 is the inputs, l >= 1 the neurons fed by W[l-1]; an edge
(l, i, j) is W[l][i, j]. Input node j of column 0 is the j-th node as displayed: for 2-D
data the j-th of `selectable_features`, for tabular data the j-th column.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from playground.run import RunInfo
from playground.snapshot import ParameterRef
from playground.ui.common import colors
from playground.ui.common.value_editor import ValueEditor
from playground.ui.graph import edge_style, equations, maps
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.maps import MAP_SIZE
from playground.ui.graph.painter import PAD, GraphPainter, Scene
from playground.ui.graph.texts import GraphTexts

MIN_POINT_SIZE = 10.0
NO_GRADIENT_HEX = "#BBBBBB"
EDGE_TOLERANCE = 5.0  # pixels from an edge that still hover it
MAX_LABEL_FAN = 16  # no numbers on a layer with more inputs or outputs than this
LABEL_SAMPLES = {False: "−0.00", True: "8·10⁻³"}  # the widest usual weight / gradient label
_WEIGHT_PENS = edge_style.weight_pens()
_GRADIENT_PENS = edge_style.gradient_pens()
_GRADIENT_SHADES = edge_style.gradient_rgb(256)


class NetworkView(QWidget):
    """The live network graph; see the module docstring."""

    feature_toggled = Signal(str)
    neuron_hovered = Signal(int, int)
    hover_ended = Signal()
    parameter_edit_requested = Signal(object, float)  # (ParameterRef, new value)
    sample_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 320)
        self._build_toolbar()
        self.editor = ValueEditor(self)
        self.editor.accepted.connect(self._emit_edit)
        self._editing: ParameterRef | None = None
        self._show_gradients = False
        self._show_labels = False
        self._info: RunInfo | None = None
        self._texts: GraphTexts | None = None
        self._snapshot = None
        self._units: list[np.ndarray] = []
        self._scene: Scene | None = None
        self._label_centres: dict[bool, np.ndarray] = {}  # by show_gradients
        # The pixel buffers under the scene's images: kept alive while they are drawn.
        self._input_pixels: np.ndarray | None = None
        self._map_pixels: np.ndarray | None = None
        self._weight_pens = [_pen(rgba, width) for rgba, width in _WEIGHT_PENS]
        self._gradient_pens = [_pen(rgba, width) for rgba, width in _GRADIENT_PENS]
        self._no_gradient_pen = _pen((*colors.rgb(NO_GRADIENT_HEX), 255), edge_style.MIN_WIDTH)
        self._update_font()

    def _build_toolbar(self) -> None:
        self.sample_box = QSpinBox()
        self.sample_box.setKeyboardTracking(False)
        self.sample_box.setToolTip(self.tr("The training row whose numbers the equations show"))
        self.sample_box.valueChanged.connect(self.sample_changed)
        self.gradients_box = QCheckBox(self.tr("Gradients"))
        self.gradients_box.setToolTip(
            self.tr(
                "Draw |∂L/∂w| instead of the weights: thick and dark where learning happens, "
                "thin and pale where the gradient vanishes (below 10⁻⁶)"
            )
        )
        self.gradients_box.toggled.connect(self.set_show_gradients)
        self.labels_box = QCheckBox(self.tr("Numbers"))
        self.labels_box.setToolTip(self.tr("Write the values on the edges where they fit"))
        self.labels_box.toggled.connect(self.set_show_labels)
        self.total_label = QLabel()
        self.toolbar = QWidget(self)
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(PAD, PAD // 2, PAD, 0)
        sample_label = QLabel(self.tr("Sample #"))
        sample_label.setBuddy(self.sample_box)
        for widget in (sample_label, self.sample_box, self.gradients_box, self.labels_box):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.total_label)

    # ------------------------------------------------------------------ options
    @property
    def show_gradients(self) -> bool:
        return self._show_gradients

    def set_show_gradients(self, on: bool) -> None:
        """Draw |∂L/∂w| (True) or the weights (False) on the edges."""
        if bool(on) != self._show_gradients:
            self._show_gradients = bool(on)
            self.gradients_box.setChecked(self._show_gradients)
            self._restyle()

    @property
    def show_labels(self) -> bool:
        return self._show_labels

    def set_show_labels(self, on: bool) -> None:
        """Write the numbers (weights or gradients) on the edges."""
        if bool(on) != self._show_labels:
            self._show_labels = bool(on)
            self.labels_box.setChecked(self._show_labels)
            self._restyle()

    # --------------------------------------------------------------------- a run
    def set_run(self, info: RunInfo) -> None:
        """A new run: the columns, input maps and sample range; clears the last snapshot."""
        self._info = info
        self._texts = GraphTexts(info)
        self._snapshot = None
        sizes = info.layer_sizes
        if info.is_2d:
            used = info.feature_names
            inputs = [used.index(f) if f in used else -1 for f in info.selectable_features]
        else:
            inputs = list(range(sizes[0]))
        self._units = [np.array(inputs), *(np.arange(d) for d in sizes[1:])]
        self.total_label.setText(self._texts.total(self.total_parameters))
        self.sample_box.setMaximum(max(len(info.train_xy) - 1, 0))
        self._relayout()

    @property
    def total_parameters(self) -> int:
        """sum over layers of (D_in + 1) * D_out: the engine's Network.n_params."""
        sizes = self._info.layer_sizes if self._info else ()
        return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))

    # ------------------------------------------------------------------- a frame
    def show_snapshot(self, snapshot) -> None:
        """Redraw with the snapshot's numbers; a snapshot of another network is ignored."""
        info, scene = self._info, self._scene
        if scene is None:
            return
        shapes = tuple(w.shape for w in snapshot.weights)
        if shapes != tuple(zip(info.layer_sizes, info.layer_sizes[1:])):
            return
        self._snapshot = snapshot
        scene.flags = _flag_names(snapshot.flags)
        self._fill_nodes(snapshot)
        self._restyle()
        if scene.hover is not None:
            scene.tooltip = self._describe(scene.hover)

    def _fill_nodes(self, snapshot) -> None:
        """The scene's node maps (2-D data with a grid) or plain fills, and bias colours."""
        scene, info = self._scene, self._info
        scene.maps, scene.plain = None, {}
        if info.is_2d and snapshot.grid_layers is not None:
            units = [column.units for column in scene.layout.columns[1:]]
            pixels = maps.layer_maps(snapshot.grid_layers, units, info.activations)
            scene.maps = _image(pixels)
            self._map_pixels = pixels
        elif snapshot.sample is not None:
            scene.plain = self._sample_values(snapshot.sample.activations)

    def _sample_values(self, outs) -> dict[tuple[int, int], tuple[QColor, QColor, str]]:
        """(column, node) -> (fill, text colour, text) of the sample's value in each
        node without a map; outs[l] (D_l,) are the sample's activations, l = 0 its inputs."""
        activations = ("linear", *self._info.activations)
        found = {}
        for c, (column, values) in enumerate(zip(self._scene.layout.columns, outs)):
            if c == 0 and self._info.is_2d:
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

    def _restyle(self) -> None:
        """Edge pens, edge labels and bias colours for the snapshot and options; repaint."""
        scene, snapshot = self._scene, self._snapshot
        if scene is None:
            return
        scene.gradient_legend = self._show_gradients
        scene.edge_groups, scene.labels, scene.bias_colors = [], [], {}
        if snapshot is not None:
            values = self._values_on_edges(snapshot)
            scene.edge_groups = self._group_edges(values)
            if self._show_labels:
                scene.labels = self._edge_labels(values)
            scene.bias_colors = self._bias_colors(snapshot)
        self.update(self._graph_rect())

    def _values_on_edges(self, snapshot) -> np.ndarray:
        """(E,) the weight or gradient each shown edge stands for (NaN: no gradient yet)."""
        edges = self._scene.layout.edges
        if self._show_gradients:
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

    def _group_edges(self, values: np.ndarray) -> list[tuple[QPen, list[QLineF]]]:
        """One (pen, lines) group per edge bucket, thin pens first."""
        lines = self._scene.lines
        if self._show_gradients:
            if np.isnan(values).all():
                return [(self._no_gradient_pen, lines)]
            buckets, pens = edge_style.gradient_buckets(values), self._gradient_pens
        else:
            buckets, pens = edge_style.weight_buckets(values), self._weight_pens
        order = np.argsort(buckets % edge_style.N_WIDTHS, kind="stable")
        return [
            (pens[bucket], [lines[k] for k in np.flatnonzero(buckets == bucket)])
            for bucket in dict.fromkeys(buckets[order].tolist())
        ]

    def _edge_labels(self, values: np.ndarray) -> list[tuple[QRectF, str]]:
        """(box, text) of every number that fits on an edge."""
        mode = self._show_gradients
        if mode not in self._label_centres:
            self._label_centres[mode] = self._place_labels()
        centres = self._label_centres[mode]
        w, h = self._label_box()
        return [
            (QRectF(x - w / 2, y - h / 2, w, h), equations.short(values[k], mode))
            for k in np.flatnonzero(np.isfinite(centres[:, 0]) & np.isfinite(values))
            for x, y in [centres[k]]
        ]

    def _place_labels(self) -> np.ndarray:
        sizes = self._info.layer_sizes
        layers = [
            layer
            for layer, (a, b) in enumerate(zip(sizes, sizes[1:]))
            if a <= MAX_LABEL_FAN and b <= MAX_LABEL_FAN
        ]
        layout = self._scene.layout
        return graph_layout.place_labels(layout.edges, layout, self._label_box(), layers)

    def _label_box(self) -> tuple[float, float]:
        metrics = self._painter.metrics
        sample = LABEL_SAMPLES[self._show_gradients]
        return metrics.horizontalAdvance(sample) + 2.0, float(metrics.height())

    def _bias_colors(self, snapshot) -> dict[tuple[int, int], QColor]:
        """(column, neuron) -> bias marker fill: by sign of b, or by |∂L/∂b| (log scale)."""
        found = {}
        for c, column in enumerate(self._scene.layout.columns[1:], start=1):
            if self._show_gradients and snapshot.gradients is None:
                continue
            if self._show_gradients:
                t = edge_style.gradient_fraction(snapshot.gradients[1][c - 1][column.units])
                shades = _GRADIENT_SHADES[np.round(np.clip(t, 0, 1) * 255).astype(int)]
            else:
                positive = snapshot.biases[c - 1][column.units] > 0
                shades = colors.class_colors(2)[positive.astype(int)]
            for unit, shade in zip(column.units.tolist(), shades):
                found[c, unit] = QColor(*(int(v) for v in shade))
        return found

    # ------------------------------------------------------------------ geometry
    def _update_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF()))
        self._painter = GraphPainter(font)

    def _graph_rect(self) -> QRect:
        """Everything below the toolbar row."""
        top = self.toolbar.height()
        return QRect(0, top, self.width(), self.height() - top)

    def _relayout(self) -> None:
        """A new scene for the current run, size and font, with the last snapshot's numbers."""
        if self._info is None:
            return
        self.editor.close_editor()
        self._set_hover(None)
        texts, metrics = self._texts, self._painter.metrics
        line = metrics.height()
        area = self._graph_rect()
        inputs, outputs = texts.input_labels(), texts.output_names()
        left = min(max(map(metrics.horizontalAdvance, inputs)), area.width() // 4) + 2 * PAD
        right = max(map(metrics.horizontalAdvance, outputs), default=0) + 2 * PAD
        top = area.top() + 2 * line + PAD
        bottom = area.bottom() - 2 * line - PAD
        layout = graph_layout.layout_graph(
            self._units, left, top, area.width() - left - right, bottom - top
        )
        edges = layout.edges
        lines = [
            QLineF(*ends)
            for ends in zip(
                edges.x0.tolist(), edges.y0.tolist(), edges.x1.tolist(), edges.y1.tolist()
            )
        ]
        self._scene = Scene(
            layout=layout,
            input_labels=inputs,
            output_names=outputs,
            headers=texts.headers(),
            titles=texts.column_titles(),
            badges=texts.badges(),
            lines=lines,
            map_rows=_map_rows(layout),
        )
        if self._info.is_2d:
            info = self._info
            pixels = maps.feature_maps(info.selectable_features, info.x_range, info.y_range)
            self._scene.input_maps = _image(pixels)
            self._input_pixels = pixels
        self._label_centres = {}
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)
        else:
            self._restyle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.toolbar.setGeometry(0, 0, self.width(), self.toolbar.sizeHint().height())
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_font()
            self._relayout()

    # ---------------------------------------------------------- queries (tests)
    def _column_index(self, layer: int, j: int) -> int:
        found = np.flatnonzero(self._scene.layout.columns[layer].nodes == j)
        if not len(found):
            raise LookupError(f"node {j} of layer {layer} is not shown")
        return int(found[0])

    def neuron_center(self, layer: int, j: int) -> QPointF:
        """The centre of node j of column `layer` (layer 0: input node j as displayed)."""
        column = self._scene.layout.columns[layer]
        return QPointF(column.x, float(column.ys[self._column_index(layer, j)]))

    def bias_center(self, layer: int, j: int) -> QPointF:
        """The centre of the bias marker of neuron j of layer >= 1."""
        k = self._column_index(layer, j)
        return QPointF(*graph_layout.bias_center(self._scene.layout, layer, k))

    def edge_midpoint(self, layer: int, i: int, j: int) -> QPointF:
        """A point near the middle of edge W[layer][i, j] that hovers this edge alone."""
        edges = self._scene.layout.edges
        found = np.flatnonzero((edges.layer == layer) & (edges.i == i) & (edges.j == j))
        if not len(found):
            raise LookupError(f"edge ({layer}, {i}, {j}) is not shown")
        points = [QPointF(*edges.point(int(found[0]), t)) for t in graph_layout.LABEL_POSITIONS]
        return next((p for p in points if self.edge_at(p) == (layer, i, j)), points[0])

    def edge_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """(layer, i, j) of the edge under `pos`, if no node or bias marker is there."""
        hit = self._hit(pos)
        return None if hit is None or hit[0] != "edge" else self._edge(hit[1])

    def neuron_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(layer, j) of the node under `pos`; layer 0 is input node j as displayed."""
        hit = self._hit(pos)
        return None if hit is None or hit[0] != "node" else self._node(hit)

    def neuron_title(self, layer: int, j: int) -> str:
        """'Neuron 2 of layer 1 (tanh)', e.g. as the title of its map shown large."""
        return self._texts.title(layer, j)

    @property
    def node_size(self) -> float:
        """The side of every node's square, in pixels."""
        return self._scene.layout.node_size

    def shown_nodes(self, layer: int) -> list[int]:
        """The nodes of column `layer` that are drawn (a wide layer collapses)."""
        return self._scene.layout.columns[layer].nodes.tolist()

    def count_label(self, layer: int) -> str:
        """'(64)' beside the ellipsis of a collapsed column, '' when every node is shown."""
        column = self._scene.layout.columns[layer]
        return f"({column.total})" if column.ellipsis_y is not None else ""

    def header_texts(self) -> list[tuple[str, str]]:
        """Above each weight matrix: its shape 'D_in × D_out' and its parameter count."""
        return [(shape, params) for shape, params, _ in self._scene.headers]

    def flagged_neurons(self) -> dict[tuple[int, int], str]:
        """(layer >= 1, neuron) -> 'dead' or 'saturated', from the last snapshot."""
        return dict(self._scene.flags) if self._scene else {}

    def edge_label_texts(self) -> list[str]:
        """The numbers written on the edges."""
        return [text for _, text in self._scene.labels] if self._scene else []

    def tooltip_text(self) -> str:
        """What the hover box says now ('' when it is hidden)."""
        return self._scene.tooltip if self._scene else ""

    # ----------------------------------------------------------------- hovering
    def _edge(self, index: int) -> tuple[int, int, int]:
        edges = self._scene.layout.edges
        return int(edges.layer[index]), int(edges.i[index]), int(edges.j[index])

    def _node(self, hit: tuple) -> tuple[int, int]:
        """(column, node as displayed) of a ('node' | 'bias', column, k) hit."""
        return hit[1], int(self._scene.layout.columns[hit[1]].nodes[hit[2]])

    def _hit(self, pos: QPointF) -> tuple | None:
        """('bias', c, k), ('node', c, k) or ('edge', index) under pos, or None; k indexes
        the shown nodes of column c."""
        if self._scene is None or not self._graph_rect().contains(pos.toPoint()):
            return None
        layout, x, y = self._scene.layout, pos.x(), pos.y()
        bias = graph_layout.bias_at(layout, x, y)
        if bias is not None:
            return ("bias", *bias)
        node = graph_layout.node_at(layout, x, y)
        if node is not None:
            return ("node", *node)
        edge = graph_layout.nearest_edge(layout.edges, x, y, EDGE_TOLERANCE)
        return None if edge is None else ("edge", edge)

    def _hovered_neuron(self) -> tuple[int, int] | None:
        """(layer >= 1, neuron) under the mouse, or None."""
        hover = self._scene.hover if self._scene else None
        if hover is None or hover[0] != "node" or hover[1] == 0:
            return None
        return self._node(hover)

    def _set_hover(self, hit: tuple | None) -> None:
        if self._scene is None:
            return
        before = self._hovered_neuron()
        self._scene.hover = hit
        after = self._hovered_neuron()
        if before != after:
            if before is not None:
                self.hover_ended.emit()
            if after is not None:
                self.neuron_hovered.emit(*after)
        self._scene.tooltip = "" if hit is None else self._describe(hit)
        clickable = hit is not None and (hit[0] != "node" or (hit[1] == 0 and self._info.is_2d))
        cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        self.update(self._graph_rect())

    def _describe(self, hit: tuple) -> str:
        """The hover text for a hit of `_hit`."""
        texts, snapshot = self._texts, self._snapshot
        if hit[0] == "node" and hit[1] == 0:
            node = self._node(hit)[1]
            return texts.input(snapshot, node, int(self._units[0][node]))
        if snapshot is None:
            return ""
        if hit[0] == "edge":
            return texts.edge(snapshot, *self._edge(hit[1]))
        c, j = self._node(hit)
        if hit[0] == "bias":
            return texts.bias(snapshot, c, j)
        return texts.neuron(snapshot, c, j, self._scene.flags.get((c, j)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._scene is None:
            return
        self._scene.mouse = event.position()
        hit = self._hit(event.position())
        if hit != self._scene.hover:
            self._set_hover(hit)
        elif hit is not None:
            self.update(self._graph_rect())  # the box follows the mouse

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._set_hover(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.editor.close_editor()
        hit = self._hit(event.position())
        if hit is None:
            return
        if hit[0] == "node" and hit[1] == 0 and self._info.is_2d:
            self.feature_toggled.emit(self._info.selectable_features[self._node(hit)[1]])
        elif hit[0] in ("bias", "edge") and self._snapshot is not None:
            self._open_editor(hit, event.position().toPoint())

    # ------------------------------------------------------------------ editing
    def _open_editor(self, hit: tuple, at) -> None:
        snapshot = self._snapshot
        if hit[0] == "bias":
            c, j = self._node(hit)
            self._editing = ParameterRef(c - 1, None, j)
            value, hint = snapshot.biases[c - 1][j], self._texts.editor_hint((c, j))
        else:
            layer, i, j = self._edge(hit[1])
            self._editing = ParameterRef(layer, i, j)
            value, hint = snapshot.weights[layer][i, j], self._texts.editor_hint(None)
        self.editor.open_at(at, float(value), hint)
        self.update(self._graph_rect())  # no hover box over the editor

    def _emit_edit(self, value: float) -> None:
        if self._editing is not None:
            self.parameter_edit_requested.emit(self._editing, value)
            self._editing = None

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self._graph_rect()
        if self._scene is None:
            painter.fillRect(area, Qt.GlobalColor.white)
            return
        self._painter.paint(painter, area, self._scene, tooltip=not self.editor.isVisible())


def _pen(rgba, width: float) -> QPen:
    pen = QPen(QColor(*(int(v) for v in rgba)), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _image(pixels: np.ndarray) -> QImage:
    """A QImage over uint32 pixels (H, W) 0xAARRGGBB; the caller keeps `pixels` alive."""
    height, width = pixels.shape
    return QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGB32)


def _map_rows(layout: graph_layout.GraphLayout) -> dict[tuple[int, int], int]:
    """(column, node) -> the top row of its map in `maps.layer_maps` order."""
    keys = [
        (c, int(node)) for c, col in enumerate(layout.columns[1:], start=1) for node in col.nodes
    ]
    return {key: k * MAP_SIZE for k, key in enumerate(keys)}


def _flag_names(flags) -> dict[tuple[int, int], str]:
    """Snapshot flags, per layer (dead (D,), saturated (D,)) -> {(l, j): name}, l from 1."""
    names = {}
    for layer, (dead, saturated) in enumerate(flags, start=1):
        for j in np.flatnonzero(saturated):
            names[layer, int(j)] = "saturated"
        for j in np.flatnonzero(dead):
            names[layer, int(j)] = "dead"
    return names
