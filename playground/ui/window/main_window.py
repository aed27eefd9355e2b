"""The main window: control panels on the left, the live views on the right, a toolbar.

The window owns the current Experiment. An edit that changes the data, features, network or
seed builds a new run (handed to the worker); an edit of the learning settings is applied
to the running trainer by the worker between steps. Views only draw snapshots.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from playground import experiment
from playground.engine import datasets
from playground.engine.grid import Grid, default_axes, plane_grid, tabular_grid
from playground.experiment import Experiment, ExperimentError
from playground.run import RunInfo, run_info
from playground.snapshot import ParameterRef, Snapshot
from playground.ui.controls.data import DataControls
from playground.ui.controls.features import FeaturesControls
from playground.ui.controls.network import NetworkControls
from playground.ui.controls.training import TrainingControls
from playground.ui.explorer import ActivationExplorer
from playground.ui.views.run_tab import RunViews
from playground.ui.window.message_bar import MessageBar
from playground.ui.window.parameter_edit import ParameterEdit
from playground.worker import TrainingThread

# Speed choices: (label, epochs per second or None for as fast as possible).
SPEEDS = ((2, "2 / s"), (10, "10 / s"), (50, "50 / s"), (None, None))
MIN_POINT_SIZE, MAX_POINT_SIZE = 7, 24
PANEL_NAMES = ("network", "explorer")  # the tabs of the views, for --panel


class MainWindow(QMainWindow):
    """Neural Playground's window; `experiment` is the run shown, `snapshot` the last drawn."""

    def __init__(self, exp: Experiment | None = None, base_dir: str | Path | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("Neural Playground"))
        self.experiment = exp or Experiment()
        self.base_dir = base_dir
        self.snapshot: Snapshot | None = None
        self.info: RunInfo | None = None
        self._generation = 0
        self._running = False
        self._raw: datasets.Dataset | None = None
        self._trained_dataset: datasets.Dataset | None = None
        self._axes = (0, 1)
        self._screenshot: tuple[str, object] | None = None

        self.undo_stack = QUndoStack(self)
        self.training = TrainingThread(self)
        self.worker = self.training.worker
        self.worker.snapshot_ready.connect(self.draw_snapshot)
        self.worker.failed.connect(self.training_failed)

        self._build_toolbar()
        self._build_panels()
        self._build_views()
        self._build_status_bar()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls_area)
        splitter.addWidget(self.views_area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 1000])
        self.setCentralWidget(splitter)
        if not self.start_run(self.experiment):
            self.start_run(Experiment())

    # ------------------------------------------------------------------ building
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Training"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.play_action = self._action(self.tr("Play"), "Space", self.toggle_play)
        self.play_action.setToolTip(self.tr("Play / Pause (Space)"))
        self.step_action = self._action(self.tr("Step"), "Right", self.step)
        self.step_action.setToolTip(self.tr("Train one epoch (→)"))
        self.reset_action = self._action(self.tr("Reset"), "R", self.reset)
        self.reset_action.setToolTip(self.tr("Start again from the same weights (R)"))
        self.open_action = self._action(
            self.tr("Open…"), QKeySequence.StandardKey.Open, self.open_experiment
        )
        self.save_action = self._action(
            self.tr("Save…"), QKeySequence.StandardKey.Save, self.save_experiment
        )
        self.larger_text = self._action(
            self.tr("Larger text"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_text(+1)
        )
        self.smaller_text = self._action(
            self.tr("Smaller text"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_text(-1)
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        for action in (self.play_action, self.step_action, self.reset_action):
            bar.addAction(action)
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("epochCounter")
        self.epoch_label.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 0 12px;")
        bar.addWidget(self.epoch_label)
        bar.addWidget(QLabel(self.tr("Speed")))
        self.speed = QComboBox()
        for value, text in SPEEDS:
            self.speed.addItem(text or self.tr("fastest"), value)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed.setToolTip(self.tr("At most this many epochs per second"))
        self.speed.currentIndexChanged.connect(
            lambda i: self.worker.set_speed(self.speed.itemData(i))
        )
        bar.addWidget(self.speed)
        bar.addSeparator()
        bar.addAction(self.open_action)
        bar.addAction(self.save_action)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_panels(self) -> None:
        self.data_panel = DataControls()
        self.features_panel = FeaturesControls()
        self.network_panel = NetworkControls()
        self.training_panel = TrainingControls()
        self.panels = (self.data_panel, self.features_panel, self.network_panel)
        column = QWidget()
        layout = QVBoxLayout(column)
        for panel in (*self.panels, self.training_panel):
            panel.changed.connect(self.set_experiment)
            layout.addWidget(panel)
        layout.addStretch(1)
        self.training_panel.invalid.connect(self.message_bar_error)
        self.controls_area = QScrollArea()
        self.controls_area.setWidget(column)
        self.controls_area.setWidgetResizable(True)
        self.controls_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_controls()

    def _fit_controls(self) -> None:
        """Make the controls column as wide as its widest row needs (nothing clipped)."""
        column = self.controls_area.widget()
        scrollbar = self.controls_area.verticalScrollBar().sizeHint().width()
        self.controls_area.setMinimumWidth(column.minimumSizeHint().width() + scrollbar + 4)

    def _build_views(self) -> None:
        self.message_bar = MessageBar()
        self.message_bar.reset_requested.connect(self.reset)
        self.views = RunViews()
        self.views.axis_chosen.connect(self.set_plot_axis)
        graph = self.views.network_view
        graph.feature_toggled.connect(self.toggle_feature)
        graph.parameter_edit_requested.connect(self.edit_parameter)
        graph.sample_changed.connect(self.worker.set_sample)
        self.tabs = QTabWidget()
        self.panels_by_name: dict[str, QWidget] = {}
        self._add_panel("network", self.views, self.tr("Network"))
        self.explorer = ActivationExplorer()
        self._add_panel("explorer", self.explorer, self.tr("Activation explorer"))
        self.views_area = QWidget()
        layout = QVBoxLayout(self.views_area)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)

    def _add_panel(self, name: str, widget: QWidget, title: str) -> None:
        """A tab that `--panel name` and `show_panel(name)` open."""
        self.panels_by_name[name] = widget
        self.tabs.addTab(widget, title)

    def show_panel(self, name: str) -> None:
        """Bring the named panel (a tab of the views, see PANEL_NAMES) to the front."""
        self.tabs.setCurrentWidget(self.panels_by_name[name])

    def _build_status_bar(self) -> None:
        self.status_text = QLabel()
        self.statusBar().addWidget(self.status_text, 1)

    # ------------------------------------------------------------------- runs
    def start_run(self, exp: Experiment) -> bool:
        """Build the run for `exp` and hand it to the worker; on failure keep the old run,
        show why, and return False."""
        try:
            raw = experiment.raw_dataset(exp, self.base_dir)
            trainer = experiment.build(exp, self.base_dir, raw)
        except (ExperimentError, ValueError) as error:
            self.message_bar.show_error(self.tr("This change cannot be used: {0}").format(error))
            self._show_experiment(self.experiment)
            return False
        if exp.data != self.experiment.data or self._raw is None:
            self._axes = default_axes(trainer.dataset.X_train)
        self.experiment = exp
        self._raw = raw
        self._trained_dataset = trainer.dataset
        grid = self._grid(trainer.dataset)
        self.info = run_info(raw, trainer, grid)
        self._generation += 1
        self.snapshot = None
        self.undo_stack.clear()  # edits belong to the run they were made in
        self.worker.load(trainer, grid, exp.training.epochs)
        if self._running:
            self.worker.play()
        self.message_bar.clear()
        self.views.set_run(self.info, self._axes)
        self._show_experiment(exp)
        self.network_panel.show_summary(self._network_summary(trainer.net))
        self._fit_controls()
        return True

    def _grid(self, trained: datasets.Dataset) -> Grid:
        raw = self._raw
        if datasets.is_2d(raw):
            return plane_grid(raw.domain, self.experiment.features.selected)
        return tabular_grid(trained, self._axes)

    def _network_summary(self, net) -> str:
        shape = " → ".join(str(size) for size in net.sizes)
        return self.tr("{0} · {1} parameters").format(shape, net.n_params)

    def _show_experiment(self, exp: Experiment) -> None:
        for panel in (*self.panels, self.training_panel):
            panel.show_experiment(exp)

    @Slot(object)
    def set_experiment(self, exp: Experiment) -> None:
        """Apply an edit: live settings go to the running trainer, the rest rebuild."""
        if not experiment.needs_rebuild(self.experiment, exp):
            try:
                experiment.validate(exp)
            except ExperimentError as error:
                self.message_bar_error(str(error))
                return
            spec = exp.training
            self.experiment = exp
            self.worker.apply(lambda trainer: experiment.apply_live_settings(trainer, spec))
            self.worker.set_epoch_limit(spec.epochs)
            self.message_bar.clear()
            self._show_experiment(exp)
            return
        self.start_run(exp)

    @Slot(str)
    def training_failed(self, text: str) -> None:
        """The worker hit an unexpected error: it paused; say so and offer Reset."""
        self._set_running(False)
        self.message_bar.show_divergence(
            self.tr("Training stopped on an unexpected error: {0}. Reset to start again.").format(
                text
            )
        )

    @Slot(str)
    def message_bar_error(self, text: str) -> None:
        self.message_bar.show_error(text)
        self._show_experiment(self.experiment)

    def set_plot_axis(self, axis: int, column: int) -> None:
        """Plot another feature of tabular data on the x (0) or y (1) axis."""
        axes = list(self._axes)
        axes[axis] = column
        self._axes = (axes[0], axes[1])
        grid = tabular_grid(self._trained_dataset, self._axes)
        self.info = dataclasses.replace(
            self.info,
            x_label=self._trained_dataset.feature_names[axes[0]],
            y_label=self._trained_dataset.feature_names[axes[1]],
            x_range=grid.x_range,
            y_range=grid.y_range,
            train_xy=self._trained_dataset.X_train[:, axes],
            test_xy=self._trained_dataset.X_test[:, axes],
        )
        self.worker.set_grid(grid)
        self.views.set_plane(self.info)

    # --------------------------------------------------------------- controls
    def toggle_play(self) -> None:
        if self._running:
            self.worker.pause()
        else:
            self.worker.play()
        self._set_running(not self._running)

    def step(self) -> None:
        self.worker.step_epochs(1)

    def reset(self) -> None:
        """Start the current experiment again: same seed, same starting weights."""
        self.start_run(self.experiment)

    def toggle_feature(self, name: str) -> None:
        """An input node of the graph was clicked: switch that feature on or off."""
        self.features_panel.toggle(name, name not in self.experiment.features.selected)

    def edit_parameter(self, ref: ParameterRef, value: float) -> None:
        """Set the weight or bias `ref` in the engine; Ctrl+Z undoes it. Training carries on
        from the edited weights."""
        old = self.snapshot.parameter(ref)
        self.undo_stack.push(ParameterEdit(self.worker, ref, old, value))

    def zoom_text(self, steps: int) -> None:
        """Make the text of the whole window larger or smaller (for a projector)."""
        app = QApplication.instance()
        font = app.font()
        font.setPointSizeF(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, font.pointSizeF() + steps)))
        app.setFont(font)
        QTimer.singleShot(0, self._fit_controls)  # once the widgets have the new font
        self.statusBar().showMessage(
            self.tr("Text size {0} pt (Ctrl+Plus / Ctrl+Minus)").format(f"{font.pointSizeF():g}"),
            3000,
        )

    def run_epochs(self, n: int) -> None:
        """Train until epoch n (the experiment's epoch limit), live, then pause."""
        limited = dataclasses.replace(self.experiment.training, epochs=n)
        self.set_experiment(dataclasses.replace(self.experiment, training=limited))
        if not self._running:
            self.toggle_play()

    def screenshot_when_done(self, path: str, then) -> None:
        """Save the window as `path` once training has stopped, then call `then()`."""
        self._screenshot = (path, then)

    def _take_screenshot(self) -> None:
        path, then = self._screenshot
        self._screenshot = None
        if not self.grab().save(path):
            self.message_bar.show_error(self.tr("Cannot save the screenshot {0}").format(path))
        then()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.play_action.setText(self.tr("Pause") if running else self.tr("Play"))

    def open_experiment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an experiment"), "", self.tr("Experiments (*.json)")
        )
        if not path:
            return
        try:
            exp = experiment.load(path)
        except ExperimentError as error:
            self.message_bar.show_error(self.tr("Cannot open {0}: {1}").format(path, error))
            return
        previous_dir, self.base_dir = self.base_dir, Path(path).parent
        if not self.start_run(exp):
            self.base_dir = previous_dir

    def save_experiment(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the experiment"), "experiment.json", self.tr("Experiments (*.json)")
        )
        if not path:
            return
        try:
            experiment.save(self.experiment, path)
        except (ExperimentError, OSError) as error:
            self.message_bar.show_error(self.tr("Cannot save {0}: {1}").format(path, error))
            return
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)

    # ---------------------------------------------------------------- drawing
    @Slot(object)
    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Draw and paint one snapshot of the current run, then let the worker go on.

        The scene updates pyqtgraph posts, and the paint they cause, are handled here, while
        the worker waits: painting while it trains would make both compete for the
        interpreter lock, which costs milliseconds at every hand-over."""
        try:
            if snapshot.generation == self._generation:
                self._draw(snapshot)
                QCoreApplication.sendPostedEvents()
        finally:
            self.worker.acknowledge()

    def _draw(self, snap: Snapshot) -> None:
        self.snapshot = snap
        self.views.draw(snap)
        settled = snap.commands == self.worker.commands_sent  # no command still on its way
        if settled and self._running != snap.running:
            self._set_running(snap.running)
        self.epoch_label.setText(self.tr("Epoch {0}").format(f"{snap.epoch:,}"))
        self.status_text.setText(self._status(snap))
        if snap.stop_reason and not self.message_bar.isVisible():
            self.message_bar.show_divergence(self._divergence_text(snap))
        if self._screenshot and settled and not snap.running:
            QTimer.singleShot(50, self._take_screenshot)

    def _status(self, snap: Snapshot) -> str:
        m = snap.metrics
        parts = [self.tr("Epoch {0}").format(f"{snap.epoch:,}")]
        parts.append(self.tr("train loss {0}").format(f"{m['train_loss']:.4g}"))
        if not math.isnan(m["test_loss"]):
            parts.append(self.tr("test loss {0}").format(f"{m['test_loss']:.4g}"))
        if not math.isnan(m["train_accuracy"]):
            split = "test_accuracy" if not math.isnan(m["test_accuracy"]) else "train_accuracy"
            parts.append(self.tr("accuracy {0} %").format(f"{100 * m[split]:.1f}"))
        parts.append(self.tr("{0} epochs/s").format(f"{snap.epochs_per_second:,.0f}"))
        return "   ·   ".join(parts)

    def _divergence_text(self, snap: Snapshot) -> str:
        return self.tr(
            "The loss diverged at epoch {0}: the learning rate {1} is too high for this "
            "network. Training is paused at the last good weights; lower the learning rate "
            "and press Play, or Reset."
        ).format(snap.epoch + 1, f"{self.experiment.training.lr:g}")

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the training loop and join its thread (idempotent)."""
        if self.training.thread.isRunning():
            self.training.shutdown()
