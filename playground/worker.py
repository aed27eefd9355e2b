"""The only bridge between the engine and Qt: a QObject that trains inside a QThread.

The GUI controls the worker through thread-safe methods (they queue a command and wake the
loop; queued slots would never run while the loop is busy). The loop trains in chunks of
steps and publishes read-only `Snapshot` copies, with at most one snapshot in flight: the
next is sent only after the GUI calls `acknowledge()` once it has drawn the last one, and
never more than ~60 per second.

Python runs one thread at a time, so whatever a frame costs comes out of training: the
snapshot's extra work here and the drawing in the GUI (the loop pauses while the GUI draws,
up to DRAW_WAIT, because competing for the interpreter lock makes both slower). While
training, the loop therefore measures what a frame costs (all the time between two
snapshots that was not spent training: taking one, waiting for the GUI to draw it, handing
over the interpreter) and spaces snapshots so that frames take at most
FRAME_BUDGET of the time (and never more than TRAINING_SNAPSHOTS_PER_SECOND), except that
it keeps SMOOTH_SNAPSHOTS_PER_SECOND, a smooth animation, for frames costing up to
SMOOTH_FRAME_BUDGET: big networks draw smoothly, small ones train fast. The costly
details, neuron flags and the confusion matrix, are refreshed at most DETAILS_PER_SECOND
while training and in every paused snapshot; the grid is evaluated only while a view that
shows it is visible (`set_views`).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque

from PySide6.QtCore import QObject, QThread, Signal, Slot

from playground.engine.grid import Grid
from playground.engine.training import Trainer
from playground.snapshot import Snapshot, take_snapshot

MAX_SNAPSHOTS_PER_SECOND = 60  # when paused: edits show at once
TRAINING_SNAPSHOTS_PER_SECOND = 30  # while training, at most
FRAME_BUDGET = 0.22  # the share of the time frames may take while training
SMOOTH_SNAPSHOTS_PER_SECOND = 25  # kept while frames take at most SMOOTH_FRAME_BUDGET
SMOOTH_FRAME_BUDGET = 0.3
DETAILS_PER_SECOND = 4  # flags and confusion matrix while training, at most
DRAW_WAIT = 0.1  # the longest training waits for the GUI to finish drawing
CHUNK_SECONDS = 0.008  # train this long between looks at the command queue
IDLE_WAIT = 0.05
SWITCH_INTERVAL = 0.001  # the GUI waits at most this long for the interpreter lock


def training_interval(frame_seconds: float) -> float:
    """The least time between two snapshots while training, for frames that cost
    `frame_seconds`: enough that frames take at most FRAME_BUDGET of the time, or up to
    SMOOTH_FRAME_BUDGET to keep SMOOTH_SNAPSHOTS_PER_SECOND; never under the cap's interval."""
    budgeted = frame_seconds / FRAME_BUDGET
    smooth = max(1.0 / SMOOTH_SNAPSHOTS_PER_SECOND, frame_seconds / SMOOTH_FRAME_BUDGET)
    return max(1.0 / TRAINING_SNAPSHOTS_PER_SECOND, min(budgeted, smooth))


class _RateMeter:
    """Epochs per second over the last second or so."""

    def __init__(self):
        self._marks: deque[tuple[float, int]] = deque(maxlen=64)

    def reset(self) -> None:
        self._marks.clear()

    def rate(self, epoch: int) -> float:
        now = time.perf_counter()
        self._marks.append((now, epoch))
        while len(self._marks) > 2 and now - self._marks[0][0] > 1.0:
            self._marks.popleft()
        (t0, e0), (t1, e1) = self._marks[0], self._marks[-1]
        return (e1 - e0) / (t1 - t0) if t1 > t0 else 0.0


class Worker(QObject):
    """Owns the Trainer it is given; only the loop in the worker thread touches it."""

    snapshot_ready = Signal(object)
    failed = Signal(str)  # an unexpected error in the loop; training is paused
    stopped = Signal(int)  # play number `n` ended by itself: epoch limit, divergence, error

    def __init__(self):
        super().__init__()
        self._wake = threading.Condition()
        self._commands: deque = deque()
        self._acknowledged = True
        self._quit = False
        # Written by the GUI thread only (under the lock): the number of the last run loaded
        # (snapshots carry it as their generation) and of the last play() sent.
        self.generation = 0
        self.plays = 0
        # Loop state: touched only by the worker thread.
        self._trainer: Trainer | None = None
        self._grid: Grid | None = None
        self._generation = 0
        self._running = False
        self._play = 0  # the number of the play() the loop runs for
        self._target_epoch: int | None = None  # for Step
        self._epoch_limit: int | None = None
        self._max_epochs_per_second: float | None = None
        self._history_sent = 0
        self._sample_index = 0
        self._dirty = False
        self._last_emit = 0.0
        self._due = 0.0  # while training, when the next snapshot is due
        self._meter = _RateMeter()
        self._seconds_per_step = 1e-4  # measured as training goes
        self._show_grid = True
        self._frame_seconds = 0.0  # what a frame costs training, measured
        self._frame_started: float | None = None  # when the last training snapshot began
        self._trained_seconds = 0.0  # spent training (or pacing a capped speed) since then
        self._details: Snapshot | None = None  # the last snapshot with fresh flags/confusion
        self._details_at = 0.0

    # ------------------------------------------- thread-safe commands (GUI thread)
    def _send(self, *command) -> None:
        with self._wake:
            self._commands.append(command)
            self._wake.notify()

    def load(self, trainer: Trainer, grid: Grid | None, epoch_limit: int | None = None) -> None:
        """Start a new run (paused) with this trainer; the GUI must not touch it afterwards.
        Its snapshots carry the new `generation`."""
        with self._wake:
            self.generation += 1
            self._commands.append(("load", trainer, grid, epoch_limit, self.generation))
            self._wake.notify()

    def play(self) -> None:
        """Train until paused or stopped; `plays` counts the calls, and `stopped(n)` says that
        play number n ended by itself (at once when the epoch limit is already reached)."""
        with self._wake:
            self.plays += 1
            self._commands.append(("play", self.plays))
            self._wake.notify()

    def pause(self) -> None:
        self._send("pause")

    def step_epochs(self, n: int = 1) -> None:
        """Train exactly n more epochs (on top of steps still to do), then pause."""
        self._send("step", n)

    def apply(self, change) -> None:
        """Run change(trainer) in the worker thread between steps (live settings, edits)."""
        self._send("apply", change)

    def set_epoch_limit(self, limit: int | None) -> None:
        self._send("limit", limit)

    def set_speed(self, max_epochs_per_second: float | None) -> None:
        """Cap the training speed (None: as fast as possible)."""
        self._send("speed", max_epochs_per_second)

    def set_sample(self, index: int) -> None:
        """Trace training row `index` in the snapshots (for the graph's equations)."""
        self._send("sample", index)

    def set_grid(self, grid: Grid | None) -> None:
        self._send("grid", grid)

    def set_views(self, grid: bool) -> None:
        """Whether a view that draws the grid (decision boundary, neuron maps) is visible;
        when none is, snapshots carry no grid and the loop does no grid work."""
        self._send("views", grid)

    def acknowledge(self) -> None:
        """The GUI has drawn the last snapshot: the next one may be sent."""
        with self._wake:
            self._acknowledged = True
            self._wake.notify()

    def quit(self) -> None:
        with self._wake:
            self._quit = True
            self._wake.notify()

    # ------------------------------------------------------ the loop (worker thread)
    @Slot()
    def run(self) -> None:
        """The loop; an unexpected error pauses training and is reported, never fatal."""
        while not self._quit:
            try:
                self._turn()
            except Exception as error:  # noqa: BLE001 (the thread must survive anything)
                self._stop()
                self._acknowledged = True
                self.failed.emit(f"{type(error).__name__}: {error}")

    def _turn(self) -> None:
        """Carry out the queued commands, then train a chunk and/or publish a snapshot."""
        with self._wake:
            while self._commands:
                self._execute(*self._commands.popleft())
            if self._quit:
                return
            training = self._trainer is not None and (
                self._running or self._target_epoch is not None
            )
            if not training and not self._snapshot_due():
                self._wake.wait(IDLE_WAIT)
                return
        if training:
            self._wait_for_drawing()
            self._train_chunk()
        if self._snapshot_due():
            self._publish()

    def _execute(self, kind: str, *args) -> None:
        match kind:
            case "load":
                self._trainer, self._grid, self._epoch_limit, self._generation = args
                self._running = False
                self._target_epoch = None
                self._history_sent = 0
                self._meter.reset()
                self._seconds_per_step = 1e-4
                self._details = None
            case "play":
                self._play = args[0]
                if self._trainer is not None:
                    self._trainer.resume()
                    self._running = True
                    self._target_epoch = None
                    if self._at_limit():
                        self._stop()
            case "pause":
                self._running = False
                self._target_epoch = None
            case "step":
                if self._trainer is not None:
                    self._trainer.resume()
                    self._running = False
                    pending = self._target_epoch
                    base = pending if pending is not None else self._trainer.epoch
                    self._target_epoch = base + args[0]
            case "apply":
                if self._trainer is not None:
                    args[0](self._trainer)
            case "limit":
                self._epoch_limit = args[0]
            case "speed":
                self._max_epochs_per_second = args[0]
            case "grid":
                self._grid = args[0]
            case "views":
                self._show_grid = args[0]
            case "sample":
                self._sample_index = args[0]
        self._dirty = True

    def _at_limit(self) -> bool:
        return self._epoch_limit is not None and self._trainer.epoch >= self._epoch_limit

    def _train_chunk(self) -> None:
        """Train until the next snapshot is due (at most CHUNK_SECONDS), never past a Step
        target or the epoch limit; when the speed is capped, to the end of the epoch, then
        wait."""
        trainer = self._trainer
        started = time.perf_counter()
        capped = bool(self._max_epochs_per_second)
        if capped:
            steps = trainer.steps_until_epoch(trainer.epoch + 1)
        else:
            until_due = self._due - started
            seconds = min(max(until_due, 0.001), CHUNK_SECONDS)
            steps = max(1, int(seconds / self._seconds_per_step))
        for goal in (self._target_epoch, self._epoch_limit):
            if goal is not None:
                steps = min(steps, trainer.steps_until_epoch(goal))
        done = trainer.run_steps(steps)
        if done and not capped:
            measured = (time.perf_counter() - started) / done
            self._seconds_per_step = 0.7 * self._seconds_per_step + 0.3 * measured
        if self._target_epoch is not None and trainer.epoch >= self._target_epoch:
            self._target_epoch = None
        if trainer.diverged or self._at_limit():
            self._stop()
        self._dirty = True
        if capped:
            pause = 1.0 / self._max_epochs_per_second - (time.perf_counter() - started)
            if pause > 0:
                with self._wake:
                    self._wake.wait(pause)
        self._trained_seconds += time.perf_counter() - started

    def _stop(self) -> None:
        """Stop training by itself (not on a command); say so if it was playing."""
        if self._running:
            self.stopped.emit(self._play)
        self._running = False
        self._target_epoch = None

    def _snapshot_due(self) -> bool:
        """Whether to publish now: while training at the pace `_due` keeps, paused at once
        (at most MAX_SNAPSHOTS_PER_SECOND), and only once the last one is drawn."""
        training = self._running or self._target_epoch is not None
        due = self._due if training else self._last_emit + 1.0 / MAX_SNAPSHOTS_PER_SECOND
        return (
            self._dirty
            and self._trainer is not None
            and self._acknowledged
            and time.perf_counter() >= due
        )

    def _wait_for_drawing(self) -> None:
        """Let the GUI draw the snapshot in flight without competing for the interpreter."""
        deadline = self._last_emit + DRAW_WAIT
        with self._wake:
            while not (self._acknowledged or self._quit or self._commands):
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    return
                self._wake.wait(remaining)

    def _publish(self) -> None:
        started = time.perf_counter()
        snapshot = self._snapshot()
        now = time.perf_counter()
        with self._wake:
            if snapshot.running and self._frame_started is not None:
                cost = started - self._frame_started - self._trained_seconds
                self._frame_seconds = 0.7 * self._frame_seconds + 0.3 * max(cost, 0.0)
            self._frame_started = started if snapshot.running else None
            self._trained_seconds = 0.0
            self._acknowledged = False
            self._last_emit = now
            # A steady pace: a snapshot sent late makes the next one due sooner (by at most
            # one interval), so the frame rate is what training_interval asks for.
            interval = training_interval(self._frame_seconds)
            self._due = max(self._due, started - interval) + interval
        self._dirty = False
        self.snapshot_ready.emit(snapshot)

    def _snapshot(self) -> Snapshot:
        """The next snapshot; flags and confusion are reused from a recent one while
        training (refreshed DETAILS_PER_SECOND), fresh when paused."""
        running = self._running or self._target_epoch is not None
        now = time.perf_counter()
        fresh = not running or self._details is None
        fresh = fresh or now - self._details_at >= 1.0 / DETAILS_PER_SECOND
        snapshot = take_snapshot(
            self._trainer,
            self._grid if self._show_grid else None,
            generation=self._generation,
            history_from=self._history_sent,
            running=running,
            epochs_per_second=self._meter.rate(self._trainer.epoch),
            sample_index=self._sample_index,
            details_from=None if fresh else self._details,
        )
        if fresh:
            self._details, self._details_at = snapshot, now
        self._history_sent += len(snapshot.history["epoch"])
        return snapshot


class TrainingThread:
    """A Worker moved to its own QThread; `shutdown()` stops the loop and joins the thread.

    Every started, not yet joined TrainingThread is in `TrainingThread.live` (tests check
    that none is left behind).
    """

    live: set[TrainingThread] = set()

    def __init__(self, parent: QObject | None = None):
        self.thread = QThread(parent)
        self.thread.setObjectName("training")
        self.worker = Worker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.thread.start()
        TrainingThread.live.add(self)

    def shutdown(self) -> None:
        self.worker.quit()
        self.thread.quit()
        self.thread.wait()
        TrainingThread.live.discard(self)
