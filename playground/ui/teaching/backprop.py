"""The Backprop tab: backpropagation for one training sample (or a mini-batch of rows),
step by step with the numbers. Pick the sample by its index or by clicking its point in the
decision boundary; Next and Previous (buttons, Page Down and Page Up, as a presentation
clicker sends) walk through the forward pass, the loss, the backward pass and the update,
and the network graph highlights the layer of each step.

The numbers are the engine's (`explain.rows_trace`, taken in the training thread with a
snapshot of the same moment; `backprop_steps` writes them). While the tab is shown it asks
for a new trace when the sample or the weights change: at most TRACES_PER_SECOND while
training runs, so the numbers follow the training without flickering.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from playground.run import RunInfo
from playground.ui.common.flow_bar import FlowBar
from playground.ui.graph.view import NetworkView
from playground.ui.teaching.backprop_steps import DIGITS, Step, build_steps
from playground.ui.teaching.matrix_table import MatrixTable
from playground.ui.views.boundary import BoundaryView

MAX_ROWS = 8  # rows of a mini-batch written out
TRACES_PER_SECOND = 2.0  # while training runs
LOST_AFTER = 2.0  # seconds after which a trace asked for and not come is given up
PICTURE_MINIMUM = (200, 160)  # the graph's and the plane's smallest size, in pixels
ARRAY_GAP = 4  # pixels around the arrays, which sit side by side as the width allows
TITLE_GROWTH, TEXT_GROWTH = 1.3, 1.15  # the step's title and formulas, against the UI font


class BackpropTab(QWidget):
    """See the module docstring. `sample` and `rows` choose the rows, `steps` (a combo box)
    the step, `previous` and `next` move; the card shows the step's `title`, `formula`,
    `numbers` and `arrays` (MatrixTable widgets); `graph` and `boundary` show the network
    and the data at the traced moment.

    Signals: `trace_requested(first, count)` wants a trace of those training rows;
    `sample_chosen(row)` the user picked a sample here."""

    trace_requested = Signal(int, int)
    sample_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._steps: list[Step] = []
        self._index = 0
        self._info: RunInfo | None = None
        self._asked_at = -1.0  # when the last trace was asked for (-1: none in flight)
        self._traced_at = 0.0  # when the last one arrived
        self._first_row = 0  # of the traced rows
        self._build_bar()
        self._build_card()
        self.graph = NetworkView(editable=False)
        self.graph.toolbar.hide()
        self.graph.set_show_labels(True)  # the weights written on the edges
        self.boundary = BoundaryView()
        self.boundary.point_clicked.connect(self.sample.setValue)
        self.graph.setMinimumSize(*PICTURE_MINIMUM)  # the card needs the room more
        self.boundary.setMinimumSize(*PICTURE_MINIMUM)
        pictures = QSplitter(Qt.Orientation.Vertical)
        pictures.addWidget(self.graph)
        pictures.addWidget(self.boundary)
        pictures.setSizes([1000, 1000])  # halves
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.card_area)
        split.addWidget(pictures)
        split.setSizes([1100, 900])  # shares: the card takes 55 %
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        for keys, move in ((("PgDown", "Alt+Right"), 1), (("PgUp", "Alt+Left"), -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while shown
                shortcut.activated.connect(lambda m=move: self.move(m))
        self._show_step()

    def _build_bar(self) -> None:
        self.sample = QSpinBox()
        self.sample.setKeyboardTracking(False)
        self.sample.setToolTip(self.tr("The training row to follow; or click its point"))
        self.sample.valueChanged.connect(self._sample_changed)
        self.rows = QSpinBox()
        self.rows.setRange(1, MAX_ROWS)
        self.rows.setKeyboardTracking(False)
        self.rows.setToolTip(
            self.tr("A mini-batch: this many rows from the sample on; the gradient is the average")
        )
        self.rows.valueChanged.connect(lambda _: self.ask())
        self.steps = QComboBox()
        self.steps.setToolTip(self.tr("Jump to a step"))
        self.steps.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.steps.activated.connect(self.go_to)
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.previous.setToolTip(self.tr("The step before (Page Up)"))
        self.previous.clicked.connect(lambda: self.move(-1))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.setToolTip(self.tr("The next step (Page Down)"))
        self.next.clicked.connect(lambda: self.move(1))
        self.position = QLabel()
        self.moment = QLabel()
        sample_label, rows_label = QLabel(self.tr("Sample #")), QLabel(self.tr("Rows"))
        sample_label.setBuddy(self.sample)
        rows_label.setBuddy(self.rows)
        groups = [
            (sample_label, self.sample, rows_label, self.rows),
            (self.previous, self.next, self.position),
            (self.steps,),
            (self.moment,),
        ]
        self.bar = FlowBar(None, groups, last_at_end=False)

    def _build_card(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_GROWTH)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        larger = self.formula.font()
        larger.setPointSizeF(larger.pointSizeF() * TEXT_GROWTH)
        for label in (self.formula, self.numbers):
            label.setFont(larger)
        for label in (self.title, self.formula, self.numbers):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.arrays: list[MatrixTable] = []
        self._array_grid: FlowBar | None = None
        card = QWidget()
        self._card_layout = QVBoxLayout(card)
        for label in (self.title, self.formula, self.numbers):
            self._card_layout.addWidget(label)
        self._card_layout.addStretch(1)
        self.card_area = QScrollArea()
        self.card_area.setWidget(card)
        self.card_area.setWidgetResizable(True)

    # ------------------------------------------------------------------- a run
    def set_run(self, info: RunInfo) -> None:
        """A new run: its graph, its points, the range of samples; the steps are cleared
        until the next trace."""
        self.graph.set_run(info)
        self.boundary.set_run(info)
        self.boundary.setVisible(info.image_side == 0)
        n = len(info.train_xy)
        self.sample.blockSignals(True)
        self.sample.setMaximum(max(n - 1, 0))
        self.sample.blockSignals(False)
        self.rows.setMaximum(max(1, min(MAX_ROWS, n)))
        if self._info is None or info.layer_sizes != self._info.layer_sizes:
            self._index = 0  # another network: its steps from the first
        self._steps = []
        self._info = info
        self._asked_at = -1.0
        self._show_step()
        self.ask()

    def choose_sample(self, row: int) -> None:
        """Follow training row `row` (chosen elsewhere, e.g. in the Network tab's graph)."""
        self.sample.setValue(row)

    def _sample_changed(self, row: int) -> None:
        self.sample_chosen.emit(row)
        self.ask()

    # ----------------------------------------------------------------- tracing
    def ask(self) -> None:
        """Ask for a trace of the chosen rows if the tab is shown and a run is loaded."""
        if self._info is None or not self.isVisible():
            return
        self._asked_at = time.monotonic()
        first = self.sample.value()
        count = min(self.rows.value(), len(self._info.train_xy) - first)
        self.trace_requested.emit(first, max(count, 1))

    def follow(self, snapshot) -> None:
        """A new frame: trace again at the new weights (throttled while training)."""
        now = time.monotonic()
        if self._asked_at >= 0 and now - self._asked_at < LOST_AFTER:
            return  # one is on its way
        if snapshot.running and now - self._traced_at < 1.0 / TRACES_PER_SECOND:
            return
        self.ask()

    def show_trace(self, traced, snapshot) -> None:
        """A trace arrived (explain.RowsTrace, and the snapshot of the same moment)."""
        self._asked_at = -1.0
        self._traced_at = time.monotonic()
        if self._info is None:
            return
        self._steps = build_steps(traced, self._info.feature_names)
        self._first_row = traced.rows[0]
        self._index = min(self._index, len(self._steps) - 1)
        self.graph.show_snapshot(snapshot)
        if snapshot.grid_layers is not None and self.boundary.isVisibleTo(self):
            self.boundary.show_output(snapshot.grid_layers[-1])
        self.boundary.mark_rows(traced.rows)
        self.moment.setText(self.tr("Weights of epoch {0}").format(traced.epoch))
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(self._steps, start=1):
            self.steps.addItem(f"{number}. {step.title}")
        self.steps.blockSignals(False)
        self._show_step()

    # ------------------------------------------------------------------ steps
    def move(self, by: int) -> None:
        """Go `by` steps on (negative: back), within the steps."""
        self.go_to(self._index + by)

    def go_to(self, index: int) -> None:
        if self._steps:
            self._index = max(0, min(index, len(self._steps) - 1))
            self._show_step()

    @property
    def step(self) -> Step | None:
        """The step shown, or None before the first trace."""
        return self._steps[self._index] if self._steps else None

    def _show_step(self) -> None:
        step = self.step
        count = len(self._steps)
        self.previous.setEnabled(step is not None and self._index > 0)
        self.next.setEnabled(step is not None and self._index < count - 1)
        if step is None:
            self.title.setText(self.tr("Tracing the sample…"))
            self.formula.clear()
            self.numbers.clear()
            self.position.clear()
            self._set_arrays(None)
            self.graph.set_highlight(None)
            return
        self.steps.setCurrentIndex(self._index)
        self.position.setText(self.tr("step {0} of {1}").format(self._index + 1, count))
        self.title.setText(step.title)
        self.formula.setText(step.formula)
        self.numbers.setText("\n".join(step.lines))
        self._set_arrays(step)
        self.graph.set_highlight(step.layer)

    def _set_arrays(self, step: Step | None) -> None:
        if self._array_grid is not None:
            self._card_layout.removeWidget(self._array_grid)
            self._array_grid.setParent(None)  # gone now, deleted later
            self._array_grid.deleteLater()
            self._array_grid = None
        first = self._first_row
        self.arrays = [
            MatrixTable(a.label, a.values, DIGITS, first if a.samples else None)
            for a in (step.arrays if step is not None else ())
        ]
        if self.arrays:
            self._array_grid = FlowBar(
                None, [(table,) for table in self.arrays], ARRAY_GAP, last_at_end=False
            )
            self._card_layout.insertWidget(3, self._array_grid)
            self._array_grid.show()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.ask()
