"""The session: the one owner of the current experiment, its run, the training thread, the
undo stack and whether training is playing.

An edit that changes the data, features, network or seed builds a new run (handed to the
worker); an edit of the learning settings is applied to the running trainer by the worker
between steps. A change that cannot be used is refused, and the session keeps what it had.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from playground import experiment, explain
from playground.engine import gradcheck
from playground.experiment import Experiment, ExperimentError
from playground.run import Run, RunInfo, build_run, replot
from playground.snapshot import ParameterRef, Snapshot, take_snapshot
from playground.trained_state import TrainedState
from playground.translation import said
from playground.ui.window.parameter_edit import ParameterEdit
from playground.worker import TrainingThread


class Session(QObject):
    """The run shown in the window and the training thread behind it.

    Signals: `run_started(Run)` a new run (new data, network or seed, or Reset);
    `experiment_changed(Experiment)` the experiment was accepted (a new run or live
    settings); `plane_changed(RunInfo)` the same run plotted on other tabular axes;
    `running_changed(bool)` Play or Pause; `snapshot_drawn(Snapshot)` a snapshot of the
    current run to draw now (it is `snapshot` already); `refused(message)` a change that
    cannot be used, the message naming the problem; `training_failed(message)` the worker
    hit an unexpected error and paused.
    """

    run_started = Signal(object)
    experiment_changed = Signal(object)
    plane_changed = Signal(object)
    running_changed = Signal(bool)
    snapshot_drawn = Signal(object)
    refused = Signal(str)
    training_failed = Signal(str)
    gradients_checked = Signal(object)  # list[gradcheck.LayerCheck] of the current run
    rows_traced = Signal(object, object)  # explain.RowsTrace and the Snapshot of that moment
    sample_chosen = Signal(int)  # the training row the graph and the Backprop tab show
    _traced = Signal(int, object, object)  # from the training thread: generation, both

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.experiment = Experiment()
        self.run: Run | None = None
        self.state: TrainedState | None = None  # the trained state the run started from
        self.snapshot: Snapshot | None = None
        self._running = False
        self._grid_view: QObject | None = None
        self.undo_stack = QUndoStack(self)
        self.training = TrainingThread(self)
        self.worker = self.training.worker
        self.worker.snapshot_ready.connect(self.draw_snapshot)
        self.worker.stopped.connect(self._stopped)
        self.worker.failed.connect(self.training_failed)
        self._traced.connect(self._deliver_trace)
        self.sample = 0

    @property
    def info(self) -> RunInfo | None:
        return self.run.info if self.run else None

    @property
    def base_dir(self) -> Path | None:
        """The folder relative CSV paths are read from (None: the current one)."""
        return self.run.base_dir if self.run else None

    @property
    def running(self) -> bool:
        """True between Play and Pause, or until training stops by itself."""
        return self._running

    # ------------------------------------------------------------------- runs
    def start_run(
        self, exp: Experiment, base_dir: str | Path | None = None, state: TrainedState | None = None
    ) -> bool:
        """Build the run for `exp` (CSV paths from `base_dir`), from the trained `state` of a
        file if given (Reset then goes back to it), and hand it to the worker; on failure
        keep the current run, emit `refused` and return False."""
        try:
            run = build_run(exp, base_dir, previous=self.run, state=state)
        except (ExperimentError, ValueError) as error:
            self.refused.emit(self.tr("This change cannot be used: {0}").format(said(error)))
            return False
        self.run, self.experiment, self.snapshot, self.state = run, exp, None, state
        self.undo_stack.clear()  # edits belong to the run they were made in
        self.worker.load(run.trainer, run.grid, exp.training.epochs)
        if self._running:
            self.worker.play()
        self.experiment_changed.emit(exp)
        self.run_started.emit(run)
        return True

    @Slot(object)
    def set_experiment(self, exp: Experiment) -> None:
        """Apply an edit: live settings go to the running trainer, the rest rebuild."""
        if experiment.needs_rebuild(self.experiment, exp):
            self.start_run(exp, self.base_dir)
            return
        try:
            experiment.validate(exp)
        except ExperimentError as error:
            self.refused.emit(said(error))
            return
        spec = exp.training
        self.experiment = exp
        self.worker.apply(lambda trainer: experiment.apply_live_settings(trainer, spec))
        self.worker.set_epoch_limit(spec.epochs)
        self.experiment_changed.emit(exp)

    def replot(self, axis: int, column: int) -> None:
        """Plot tabular column `column` on the x (0) or y (1) axis."""
        self.run = replot(self.run, axis, column)
        self.worker.set_grid(self.run.grid)
        self.plane_changed.emit(self.run.info)

    # --------------------------------------------------------------- controls
    def toggle_play(self) -> None:
        if self._running:
            self.worker.pause()
        else:
            self.worker.play()
        self._set_running(not self._running)

    def step(self) -> None:
        """Train one epoch, then pause."""
        self._set_running(False)
        self.worker.step_epochs(1)

    def reset(self) -> None:
        """Start the current experiment again: same seed, same starting weights (those of
        the file it was opened from, if it held trained weights)."""
        self.start_run(self.experiment, self.base_dir, self.state)

    def run_epochs(self, n: int) -> None:
        """Train until epoch n (the experiment's epoch limit), live, then pause."""
        limited = dataclasses.replace(self.experiment.training, epochs=n)
        self.set_experiment(dataclasses.replace(self.experiment, training=limited))
        if not self._running:
            self.toggle_play()

    def check_gradients(self, eps: float) -> None:
        """Compare backprop with central differences (step `eps`) on the current weights and
        the first gradcheck.CHECK_ROWS training rows, in the training thread, which owns
        the network; `gradients_checked` brings the result (read-only records)."""
        done = self.gradients_checked

        def check(trainer) -> None:
            rows = slice(0, gradcheck.CHECK_ROWS)
            X, Y = trainer.dataset.X_train[rows], trainer.Y_train[rows]
            done.emit(gradcheck.layer_errors(trainer.net, X, Y, trainer.loss, eps))

        self.worker.apply(check)

    def edit_parameter(self, ref: ParameterRef, value: float) -> None:
        """Set the weight or bias `ref` in the engine; undo puts back its value in the last
        snapshot. Training carries on from the edited weights."""
        old = self.snapshot.parameter(ref)
        self.undo_stack.push(ParameterEdit(self.worker, ref, old, value))

    def set_speed(self, max_epochs_per_second: float | None) -> None:
        self.worker.set_speed(max_epochs_per_second)

    def set_sample(self, index: int) -> None:
        """Trace training row `index` in the snapshots; `sample_chosen` tells the views."""
        if index != self.sample:
            self.sample = index
            self.worker.set_sample(index)
            self.sample_chosen.emit(index)

    def trace_rows(self, first: int, count: int) -> None:
        """Backpropagation written out for training rows first .. first + count − 1 on the
        current weights, in the training thread; `rows_traced` brings it with a snapshot of
        the same moment (a trace of a run replaced meanwhile is dropped). Rows that do not
        exist are refused with a message."""
        done, generation = self._traced, self.worker.generation
        grid = self.run.grid if self.run is not None and not self.info.image_side else None

        def trace(trainer) -> None:
            try:
                traced = explain.rows_trace(trainer, first, count)
            except ValueError as error:
                self.refused.emit(said(error))
                return
            snapshot = take_snapshot(
                trainer, grid, generation, len(trainer.history["epoch"]), sample_index=first
            )
            done.emit(generation, traced, snapshot)

        self.worker.apply(trace)

    @Slot(int, object, object)
    def _deliver_trace(self, generation: int, traced, snapshot: Snapshot) -> None:
        if generation == self.worker.generation:
            self.rows_traced.emit(traced, snapshot)

    def draw_grid_while_visible(self, view) -> None:
        """Have the worker evaluate the grid only while the widget `view` is visible (the
        decision plane: it is shown with the graph's neuron maps, and hidden with its tab or
        for image data, which draw no plane); hidden, it gets no grid."""
        self._grid_view = view
        view.installEventFilter(self)
        self.worker.set_views(grid=not view.isHidden())  # a window not yet shown: drawn soon

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._grid_view and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.worker.set_views(grid=event.type() == QEvent.Type.Show)
        return super().eventFilter(watched, event)

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.running_changed.emit(running)

    @Slot(int)
    def _stopped(self, play: int) -> None:
        """Training stopped by itself; unless the user has pressed Play since, it is paused."""
        if play == self.worker.plays:
            self._set_running(False)

    # ---------------------------------------------------------------- drawing
    @Slot(object)
    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Have one snapshot of the current run drawn (`snapshot_drawn`) and painted, then
        let the worker go on; snapshots of an earlier run are dropped.

        The scene updates pyqtgraph posts, and the paint they cause, are handled here, while
        the worker waits: painting while it trains would make both compete for the
        interpreter lock, which costs milliseconds at every hand-over. The worker measures
        what frames cost training and spaces snapshots to keep them within a budget."""
        try:
            if snapshot.generation == self.worker.generation and self.training.thread.isRunning():
                self.snapshot = snapshot
                self.snapshot_drawn.emit(snapshot)
                QCoreApplication.sendPostedEvents()
        finally:
            self.worker.acknowledge()

    def shutdown(self) -> None:
        """Stop the training loop and join its thread (idempotent)."""
        if self.training.thread.isRunning():
            self.training.shutdown()
