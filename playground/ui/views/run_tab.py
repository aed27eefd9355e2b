"""The run tab: the graph beside the loss curves, the decision boundary (for image data the
images view instead) and, for classification, the confusion matrix with precision and
recall. It draws the session's run live; it never trains."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from playground.run import Run
from playground.snapshot import PREDICTED_ROWS, Snapshot
from playground.ui.common.flow_bar import FlowBar
from playground.ui.common.scale import scaled, ui_scale
from playground.ui.graph import maps
from playground.ui.graph.view import NetworkView
from playground.ui.views.boundary import BoundaryView
from playground.ui.views.images import ImagesView
from playground.ui.views.loss import LossView
from playground.ui.views.metrics import MetricsView

if TYPE_CHECKING:
    from playground.ui.window.session import Session

MIN_PLANE_HEIGHT = 200  # px at 100 %: the decision plane or the images stay readable


class ViewsColumn(QScrollArea):
    """Scrolls up and down only, so it is never narrower than what its views need (their
    texts are never cut at the side): the graph beside it gives way instead."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.viewport().installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        hint, widget = super().minimumSizeHint(), self.widget()
        if widget is None:
            return hint
        frame = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(widget.minimumSizeHint().width() + frame, hint.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt)
        if watched is self.viewport() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a view's needs changed: the splitter asks again
        return super().eventFilter(watched, event)


class RunTab(QSplitter):
    """Every view of the session's run, shown live: a new run starts them afresh, each
    snapshot drawn goes to all of them. Picking another feature for the x or y axis of
    tabular data re-plots the run. The graph's own signals are on `network_view`."""

    def __init__(self, session: Session, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        self.boundary = BoundaryView()
        self.loss_view = LossView()
        self.metrics = MetricsView()
        self.confusion = self.metrics.confusion
        self.images = ImagesView()
        self.network_view = NetworkView()
        self.network_view.neuron_hovered.connect(self.hover_neuron)
        self.network_view.hover_ended.connect(lambda: self.hover_neuron(None, None))
        self.show_test = QCheckBox(self.tr("Show test data"))
        self.show_test.toggled.connect(self.boundary.set_show_test)
        self.discretize = QCheckBox(self.tr("Discretize output"))
        self.discretize.setToolTip(self.tr("Show the predicted class instead of the output"))
        self.discretize.toggled.connect(self.boundary.set_discretize)
        self.x_feature, self.y_feature = QComboBox(), QComboBox()
        for box, axis in ((self.x_feature, 0), (self.y_feature, 1)):
            box.setToolTip(self.tr("Feature on this axis; the others are held at their mean"))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.activated.connect(lambda i, a=axis: session.replot(a, i))
        self.axis_labels = (QLabel(self.tr("x axis")), QLabel(self.tr("y axis")))
        # The options wrap onto more rows in a narrow column, so no text is ever cut.
        groups = [
            (self.show_test,),
            (self.discretize,),
            (self.axis_labels[0], self.x_feature),
            (self.axis_labels[1], self.y_feature),
        ]
        self.plane_options = FlowBar(None, groups, last_at_end=False)
        plane = QWidget()
        plane_layout = QVBoxLayout(plane)
        plane_layout.setContentsMargins(0, 0, 0, 0)
        plane_layout.addWidget(self.boundary, 1)
        plane_layout.addWidget(self.plane_options)
        self.plane = plane
        self.outputs = QSplitter(Qt.Orientation.Vertical)
        for widget, stretch in (
            (self.loss_view, 2),
            (plane, 5),
            (self.images, 5),
            (self.metrics, 2),
        ):
            self.outputs.addWidget(widget)
            self.outputs.setStretchFactor(self.outputs.count() - 1, stretch)
        # When the window is too small for every view at a readable size (a large UI scale
        # on a small screen), the column of views scrolls instead of squashing them.
        self.outputs_area = ViewsColumn()
        self.outputs_area.setWidget(self.outputs)
        self.outputs_area.setWidgetResizable(True)
        self.outputs_area.setFrameShape(QFrame.Shape.NoFrame)
        self.outputs_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_minimum_heights()
        ui_scale().changed.connect(self._fit_minimum_heights)
        self.addWidget(self.network_view)
        self.addWidget(self.outputs_area)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([500, 500])
        self._hovered: tuple[int, int] | None = None
        session.run_started.connect(self.set_run)
        session.plane_changed.connect(self.boundary.set_run)
        session.snapshot_drawn.connect(self.draw)

    def _fit_minimum_heights(self) -> None:
        """The heights below which the plane and the images are no longer readable, at the
        current UI scale (the metrics keep their own)."""
        for widget in (self.plane, self.images):
            widget.setMinimumHeight(round(scaled(MIN_PLANE_HEIGHT)))

    # ------------------------------------------------------------------ a run
    def set_run(self, run: Run) -> None:
        """A new run: every view starts afresh."""
        info = run.info
        self.boundary.set_run(info)
        self.network_view.set_run(info)
        self.loss_view.clear(info.task == "classification")
        self.metrics.clear()
        images = info.image_side > 0
        if images:
            self.images.set_run(info, PREDICTED_ROWS)
        self.images.setVisible(images)
        self.plane.setVisible(not images)
        tabular = not info.is_2d
        for box, axis in ((self.x_feature, 0), (self.y_feature, 1)):
            box.clear()
            box.addItems(list(info.feature_names))
            box.setCurrentIndex(run.axes[axis])
        for widget in (*self.axis_labels, self.x_feature, self.y_feature):
            widget.setVisible(tabular)
        classification = info.task == "classification"
        self.metrics.setVisible(classification)
        # Tables: the metrics matter more than a slice of the input space.
        height = self.outputs.height() or 600
        if not classification:
            shares = (0.3, 0.7, 0.0)
        elif images:
            shares = (0.25, 0.42, 0.33)
        else:
            shares = (0.3, 0.45, 0.25) if info.is_2d else (0.33, 0.3, 0.37)
        plane_share = 0.0 if images else shares[1]
        sizes = (shares[0], plane_share, shares[1] - plane_share, shares[2])
        self.outputs.setSizes([round(share * height) for share in sizes])

    # ---------------------------------------------------------------- a frame
    def draw(self, snap: Snapshot) -> None:
        """Hand one snapshot to every view."""
        self.loss_view.append(snap.history)
        if snap.grid_layers is not None and not self.plane.isHidden():  # hidden for images
            self.boundary.show_output(snap.grid_layers[-1])
        self.network_view.show_snapshot(snap)
        self._show_hovered_neuron()
        if snap.confusion is not None and self.metrics.isVisible():
            self.metrics.show_metrics(snap.confusion, self.session.info.class_names)
        if self.images.isVisible():
            self.images.show_snapshot(snap)
        if not snap.running:
            self.loss_view.flush()

    def hover_neuron(self, layer: int | None, neuron: int | None) -> None:
        """Show neuron `neuron` of layer `layer` large in the boundary view (None: stop)."""
        self._hovered = None if layer is None else (layer, neuron)
        if self._hovered is None:
            self.boundary.show_neuron(None)
        else:
            self._show_hovered_neuron()

    def _show_hovered_neuron(self) -> None:
        snap = self.session.snapshot
        if self._hovered is None or snap is None or snap.grid_layers is None:
            return
        layer, neuron = self._hovered
        values = snap.grid_layers[layer - 1][..., neuron]
        levels = maps.levels(self.session.info.activations[layer - 1], values)
        self.boundary.show_neuron(values, levels, self.network_view.neuron_title(layer, neuron))
