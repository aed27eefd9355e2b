"""The network as a graph beside the decision boundary, fed by the same snapshots.

Columns from left to right: the inputs, each hidden layer, the output. For 2-D data every
selectable feature is an input node (the unused ones faded; clicking one toggles it) and
every neuron shows a small live map of its output over the input plane; for tabular data
the nodes are coloured by the traced sample's values. Edges are coloured and sized by their
weight, or by |∂L/∂w|; hovering explains an edge, a bias or a neuron (its equation with the
sample's numbers) and clicking an edge or a bias marker opens an editor for its value. The
view never changes the network: it emits `parameter_edit_requested` for the window to apply.

Speed: the geometry is computed when the run or the size changes (`layout`); a frame is
coloured by `styling` (one colour lookup for all maps, the edges grouped into a few pens)
and painted by `painter` in a few milliseconds. `hits` says what is under the mouse and
`texts` what to say about it.

Layer numbers: column l = 0 is the inputs, l >= 1 the neurons fed by W[l-1]; an edge
(l, i, j) is W[l][i, j]. Input node j of column 0 is the j-th node as displayed: for 2-D
data the j-th of `selectable_features`, for tabular data the j-th column.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from playground.run import RunInfo
from playground.snapshot import ParameterRef
from playground.ui.common.flow_bar import FlowBar
from playground.ui.common.scale import ui_scale
from playground.ui.common.value_editor import ValueEditor
from playground.ui.graph import hits
from playground.ui.graph import layout as graph_layout
from playground.ui.graph.captions import PAD
from playground.ui.graph.hits import Hit, HitKind
from playground.ui.graph.painter import GraphPainter
from playground.ui.graph.scene import Scene
from playground.ui.graph.styling import SceneStyler, map_rows
from playground.ui.graph.texts import GraphTexts

MIN_POINT_SIZE = 10.0


class NetworkView(QWidget):
    """The live network graph; see the module docstring.

    `scene` is what is drawn now (None before the first run)."""

    feature_toggled = Signal(str)
    neuron_hovered = Signal(int, int)
    hover_ended = Signal()
    parameter_edit_requested = Signal(object, float)  # (ParameterRef, new value)
    sample_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, editable: bool = True):
        """`editable` False: clicks neither edit a weight nor toggle a feature."""
        super().__init__(parent)
        self.editable = editable
        self._highlight: int | None = None
        self.setMouseTracking(True)
        # Every pixel is painted here, so Qt need not repaint the window, the tabs and the
        # splitter under the graph at each frame (about a megapixel each at 1920 x 1080).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(360, 320)
        self._build_toolbar()
        self.editor = ValueEditor(self)
        self.editor.accepted.connect(self._emit_edit)
        self._editing: ParameterRef | None = None
        self._show_gradients = False
        self._show_labels = False
        self._info: RunInfo | None = None
        self._texts: GraphTexts | None = None
        self._styler: SceneStyler | None = None
        self._snapshot = None
        self._units: list[np.ndarray] = []
        self.scene: Scene | None = None
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
        self.labels_box.setToolTip(
            self.tr(
                "Write the values on the edges: on every edge of a small layer; in a crowded "
                "layer on the edge under the mouse and the edges into the neuron under it"
            )
        )
        self.labels_box.toggled.connect(self.set_show_labels)
        self.total_label = QLabel()
        sample_label = QLabel(self.tr("Sample #"))
        sample_label.setBuddy(self.sample_box)
        groups = [(sample_label, self.sample_box), (self.gradients_box, self.labels_box)]
        self.toolbar = FlowBar(self, [*groups, (self.total_label,)], PAD)

    # ------------------------------------------------------------------ options
    def set_show_gradients(self, on: bool) -> None:
        """Draw |∂L/∂w| (True) or the weights (False) on the edges."""
        if bool(on) != self._show_gradients:
            self._show_gradients = bool(on)
            self.gradients_box.setChecked(self._show_gradients)
            self._relayout()  # the scale under the graph takes room

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
        self._texts = GraphTexts(info, toggles=self.editable)
        self._styler = SceneStyler(info, ui_scale().factor)
        self._snapshot = None
        sizes = info.layer_sizes
        if info.is_2d:
            used = info.feature_names
            inputs = [
                used.index(f) if f in used else graph_layout.NO_UNIT
                for f in info.selectable_features
            ]
        else:
            inputs = list(range(sizes[0]))
        self._units = [np.array(inputs), *(np.arange(d) for d in sizes[1:])]
        self.total_label.setText(self._texts.total())
        self.sample_box.setMaximum(max(len(info.train_xy) - 1, 0))
        self._relayout()

    def set_highlight(self, layer: int | None) -> None:
        """Highlight the edges of W[layer] and the neurons they feed (None: nothing)."""
        self._highlight = layer
        if self.scene is not None:
            self.scene.highlight = layer
            self.update(self._graph_rect())

    def neuron_title(self, layer: int, j: int) -> str:
        """'Neuron 2 of layer 1 (tanh)', e.g. as the title of its map shown large."""
        return self._texts.title(layer, j)

    # ------------------------------------------------------------------- a frame
    def show_snapshot(self, snapshot) -> None:
        """Redraw with the snapshot's numbers; a snapshot of another network is ignored."""
        info, scene = self._info, self.scene
        if scene is None:
            return
        shapes = tuple(w.shape for w in snapshot.weights)
        if shapes != tuple(zip(info.layer_sizes, info.layer_sizes[1:])):
            return
        self._snapshot = snapshot
        self._styler.fill_nodes(scene, snapshot)
        self._restyle()
        if scene.hover is not None:
            scene.tooltip = self._describe(scene.hover)

    def _restyle(self) -> None:
        """Edge pens, edge labels and bias colours for the snapshot and options; repaint."""
        if self.scene is None:
            return
        self._styler.style(
            self.scene,
            self._snapshot,
            self._show_gradients,
            self._show_labels,
            self._painter.metrics,
        )
        self.update(self._graph_rect())

    # ------------------------------------------------------------------ geometry
    def _update_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF()))
        self._painter = GraphPainter(font, ui_scale().factor)

    def _graph_rect(self) -> QRect:
        """Everything below the toolbar row."""
        top = 0 if self.toolbar.isHidden() else self.toolbar.height()
        return QRect(0, top, self.width(), self.height() - top)

    def _relayout(self) -> None:
        """A new scene for the current run, size and font, with the last snapshot's numbers."""
        self.toolbar.setGeometry(0, 0, self.width(), self.toolbar.heightForWidth(self.width()))
        if self._info is None:
            return
        self.editor.close_editor()
        self._set_hover(None)
        texts, metrics = self._texts, self._painter.metrics
        line = metrics.height()
        area = self._graph_rect()
        inputs, outputs = texts.input_labels(), texts.output_names()
        left = min(max(map(metrics.horizontalAdvance, inputs)), area.width() // 3) + 2 * PAD
        right = max(map(metrics.horizontalAdvance, outputs), default=0) + 2 * PAD
        top = area.top() + 2 * line + PAD
        bottom = area.bottom() - self._painter.bottom_margin(self._show_gradients)
        width, height = area.width() - left - right, bottom - top
        layout = graph_layout.layout_graph(self._units, left, top, width, height, ui_scale().factor)
        edges = layout.edges
        lines = [
            QLineF(*ends)
            for ends in zip(
                edges.x0.tolist(), edges.y0.tolist(), edges.x1.tolist(), edges.y1.tolist()
            )
        ]
        self.scene = Scene(
            layout=layout,
            input_labels=inputs,
            output_names=outputs,
            headers=texts.headers(),
            titles=texts.column_titles(),
            badges=texts.badges(),
            lines=lines,
            map_rows=map_rows(layout),
            highlight=self._highlight,
        )
        self._styler.fill_inputs(self.scene)
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)
        else:
            self._restyle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the UI scale too
            self._update_font()
            if self._styler is not None:
                self._styler.set_scale(ui_scale().factor)
            self._relayout()

    # ----------------------------------------------------------------- hovering
    def _hit(self, pos: QPointF) -> Hit | None:
        """What is under `pos` (None outside the graph)."""
        if self.scene is None or not self._graph_rect().contains(pos.toPoint()):
            return None
        return hits.hit_at(self.scene.layout, pos.x(), pos.y())

    def _hovered_neuron(self) -> tuple[int, int] | None:
        """(layer >= 1, neuron) under the mouse, or None."""
        hover = self.scene.hover if self.scene else None
        if hover is None or not hover.is_neuron:
            return None
        return hover.column, hits.shown_node(self.scene.layout, hover)

    def _set_hover(self, hit: Hit | None) -> None:
        if self.scene is None:
            return
        before = self._hovered_neuron()
        self.scene.hover = hit
        after = self._hovered_neuron()
        if before != after:
            if before is not None:
                self.hover_ended.emit()
            if after is not None:
                self.neuron_hovered.emit(*after)
        self.scene.tooltip = "" if hit is None else self._describe(hit)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor
            if hit is not None and self._clickable(hit)
            else Qt.CursorShape.ArrowCursor
        )
        self.update(self._graph_rect())

    def _clickable(self, hit: Hit) -> bool:
        """Edges and biases open an editor; input nodes of 2-D data toggle their feature."""
        if not self.editable:
            return False
        return hit.kind is not HitKind.NODE or (hit.is_input and self._info.is_2d)

    def _describe(self, hit: Hit) -> str:
        scene = self.scene
        return self._texts.describe(hit, scene.layout, self._snapshot, scene.flags)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.scene is None:
            return
        self.scene.mouse = event.position()
        hit = self._hit(event.position())
        if hit != self.scene.hover:
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
        if hit is None or not self._clickable(hit):
            return
        if hit.is_input:
            node = hits.shown_node(self.scene.layout, hit)
            self.feature_toggled.emit(self._info.selectable_features[node])
        elif self._snapshot is not None:
            self._open_editor(hits.parameter(self.scene.layout, hit), event.position().toPoint())

    # ------------------------------------------------------------------ editing
    def _open_editor(self, ref: ParameterRef, at) -> None:
        self._editing = ref
        value = self._snapshot.parameter(ref)
        self.editor.open_at(at, value, self._texts.editor_hint(ref))
        self.update(self._graph_rect())  # no hover box over the editor

    def _emit_edit(self, value: float) -> None:
        if self._editing is not None:
            self.parameter_edit_requested.emit(self._editing, value)
            self._editing = None

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self._graph_rect()
        toolbar = event.rect().intersected(QRect(0, 0, self.width(), area.top()))
        if not toolbar.isEmpty():
            painter.fillRect(toolbar, self.palette().window())
        if self.scene is None:
            painter.fillRect(area, Qt.GlobalColor.white)
            return
        self._painter.paint(painter, area, self.scene, tooltip=not self.editor.isVisible())
