"""The training thread: commands, back-pressure, read-only copies, clean shutdown."""

import numpy as np
import pytest
from PySide6.QtCore import QObject, QTimer, Slot

from playground import building, experiment, worker
from playground.engine.grid import Grid, plane_grid
from playground.worker import TrainingThread, training_interval


class Receiver(QObject):
    """Lives in the GUI thread, so worker signals reach it queued (as they reach the window).
    A plain function connected to a worker signal would run in the worker thread."""

    def __init__(self, worker, acknowledge: bool = True):
        super().__init__()
        self.worker, self.acknowledge = worker, acknowledge
        self.snapshots, self.failures, self.stops = [], [], []
        worker.snapshot_ready.connect(self.snapshot)
        worker.failed.connect(self.failure)
        worker.stopped.connect(self.stop)

    @Slot(object)
    def snapshot(self, snapshot) -> None:
        self.snapshots.append(snapshot)
        if self.acknowledge:
            self.worker.acknowledge()

    @Slot(str)
    def failure(self, text: str) -> None:
        self.failures.append(text)

    @Slot(int)
    def stop(self, play: int) -> None:
        self.stops.append(play)


@pytest.fixture
def training(qtbot):
    thread = TrainingThread()
    receiver = Receiver(thread.worker)
    yield thread, receiver.snapshots
    thread.shutdown()


@pytest.fixture
def receiver(qtbot):
    thread = TrainingThread()
    yield Receiver(thread.worker)
    thread.shutdown()


def _trainer(**training):
    exp = experiment.Experiment()
    if training:
        exp = experiment.Experiment(training=experiment.TrainingSpec(**training))
    return building.build(exp)


def test_load_publishes_a_paused_snapshot_with_copies(training, qtbot):
    thread, received = training
    trainer = _trainer()
    grid = plane_grid((-6, 6), ("x1", "x2"), resolution=20)
    thread.worker.load(trainer, grid)
    qtbot.waitUntil(lambda: bool(received), timeout=3000)
    snap = received[-1]
    assert snap.epoch == 0 and not snap.running and snap.generation == 1
    assert snap.grid_layers[-1].shape == (20, 20, 1)
    assert not snap.weights[0].flags.writeable
    assert snap.weights[0] is not trainer.net.weights[0]
    np.testing.assert_array_equal(snap.weights[0], trainer.net.weights[0])


def test_step_adds_exactly_one_epoch_and_play_pause(training, qtbot):
    thread, received = training
    thread.worker.load(_trainer(), None)
    qtbot.waitUntil(lambda: bool(received), timeout=3000)
    thread.worker.step_epochs(1)
    qtbot.waitUntil(lambda: received[-1].epoch == 1 and not received[-1].running, timeout=3000)
    thread.worker.play()
    qtbot.waitUntil(lambda: received[-1].epoch > 20, timeout=5000)
    thread.worker.pause()
    qtbot.waitUntil(lambda: not received[-1].running, timeout=3000)
    stopped_at = received[-1].epoch
    qtbot.wait(200)
    assert received[-1].epoch == stopped_at
    epochs = np.concatenate([s.history["epoch"] for s in received])
    np.testing.assert_array_equal(epochs, np.arange(stopped_at + 1))  # every row sent once


def test_at_most_one_snapshot_in_flight(qtbot):
    thread = TrainingThread()
    receiver = Receiver(thread.worker, acknowledge=False)
    received = receiver.snapshots
    try:
        thread.worker.load(_trainer(), None)
        thread.worker.play()
        qtbot.wait(300)
        assert len(received) == 1
        thread.worker.acknowledge()
        qtbot.waitUntil(lambda: len(received) == 2, timeout=3000)
        qtbot.wait(100)
        assert len(received) == 2
    finally:
        thread.shutdown()


def test_epoch_limit_pauses(training, qtbot):
    thread, received = training
    thread.worker.load(_trainer(), None, epoch_limit=30)
    thread.worker.play()
    qtbot.waitUntil(lambda: bool(received) and received[-1].epoch == 30, timeout=5000)
    qtbot.waitUntil(lambda: not received[-1].running, timeout=3000)


def test_live_change_runs_in_the_worker_between_steps(training, qtbot):
    thread, received = training
    trainer = _trainer()
    thread.worker.load(trainer, None)
    spec = experiment.TrainingSpec(lr=0.5, optimizer="adam")
    thread.worker.apply(lambda tr: experiment.apply_live_settings(tr, spec))
    thread.worker.step_epochs(2)
    qtbot.waitUntil(lambda: bool(received) and received[-1].epoch == 2, timeout=3000)
    assert trainer.lr == 0.5 and type(trainer.optimizer).__name__ == "Adam"


def test_divergence_stops_with_the_reason(training, qtbot):
    thread, received = training
    exp = experiment.Experiment(
        data=experiment.DataSpec(name="plane"),
        network=experiment.NetworkSpec(hidden=(8, 8), activations=("linear", "linear")),
        training=experiment.TrainingSpec(lr=10.0),
    )
    thread.worker.load(building.build(exp), None)
    thread.worker.play()
    qtbot.waitUntil(lambda: bool(received) and bool(received[-1].stop_reason), timeout=5000)
    assert "diverged" in received[-1].stop_reason and not received[-1].running


def test_shutdown_joins_while_training(qtbot):
    thread = TrainingThread()
    receiver = Receiver(thread.worker)  # noqa: F841 (keeps the connection alive)
    thread.worker.load(_trainer(), None)
    thread.worker.play()
    qtbot.wait(100)
    thread.shutdown()
    assert not thread.thread.isRunning()
    assert thread not in TrainingThread.live


def test_snapshots_carry_neuron_flags_and_a_traced_sample(training, qtbot):
    thread, received = training
    trainer = _trainer()
    thread.worker.load(trainer, None)
    thread.worker.set_sample(7)
    qtbot.waitUntil(lambda: bool(received) and received[-1].sample.index == 7, timeout=3000)
    snap = received[-1]
    row, zs, outs = snap.sample
    assert row == 7
    np.testing.assert_array_equal(outs[0], trainer.dataset.X_train[7])
    np.testing.assert_allclose(outs[-1], trainer.net.predict(trainer.dataset.X_train[7:8])[0])
    assert [z.shape for z in zs] == [(4,), (2,), (1,)]
    assert [f[0].shape for f in snap.flags] == [(4,), (2,), (1,)]


def test_an_error_in_the_loop_pauses_and_is_reported(qtbot):
    thread = TrainingThread()
    receiver = Receiver(thread.worker)
    received = receiver.snapshots
    thread.worker.load(_trainer(), None)

    def broken(trainer):
        raise RuntimeError("boom")

    thread.worker.apply(broken)
    qtbot.waitUntil(lambda: receiver.failures == ["RuntimeError: boom"], timeout=3000)
    thread.worker.step_epochs(1)  # the loop is still alive
    qtbot.waitUntil(lambda: bool(received) and received[-1].epoch == 1, timeout=3000)
    thread.shutdown()


def test_loads_are_numbered_and_snapshots_carry_the_number(receiver, qtbot):
    worker, received = receiver.worker, receiver.snapshots
    worker.load(_trainer(), None)
    assert worker.generation == 1  # counted at once, in the calling thread
    worker.load(_trainer(), None)
    assert worker.generation == 2
    qtbot.waitUntil(lambda: bool(received) and received[-1].generation == 2, timeout=3000)


def test_stopping_by_itself_at_the_epoch_limit_names_the_play(receiver, qtbot):
    worker = receiver.worker
    worker.load(_trainer(), None, epoch_limit=5)
    worker.play()
    assert worker.plays == 1
    qtbot.waitUntil(lambda: receiver.stops == [1], timeout=5000)
    qtbot.waitUntil(lambda: receiver.snapshots[-1].epoch == 5, timeout=3000)
    worker.play()  # already at the limit: stops at once
    qtbot.waitUntil(lambda: receiver.stops == [1, 2], timeout=3000)
    worker.set_epoch_limit(8)
    worker.play()
    qtbot.waitUntil(lambda: receiver.stops == [1, 2, 3], timeout=5000)
    qtbot.waitUntil(lambda: receiver.snapshots[-1].epoch == 8, timeout=3000)


def test_pause_and_step_are_not_stops(receiver, qtbot):
    worker, received = receiver.worker, receiver.snapshots
    worker.load(_trainer(), None)
    worker.play()
    qtbot.waitUntil(lambda: bool(received) and received[-1].epoch > 2, timeout=5000)
    worker.pause()
    worker.step_epochs(2)
    qtbot.waitUntil(lambda: not received[-1].running, timeout=3000)
    qtbot.wait(100)
    assert receiver.stops == []


def test_divergence_and_errors_stop_the_play(receiver, qtbot):
    worker = receiver.worker
    exp = experiment.Experiment(
        data=experiment.DataSpec(name="plane"),
        network=experiment.NetworkSpec(hidden=(8, 8), activations=("linear", "linear")),
        training=experiment.TrainingSpec(lr=10.0),
    )
    worker.load(building.build(exp), None)
    worker.play()
    qtbot.waitUntil(lambda: receiver.stops == [1], timeout=5000)
    worker.load(_trainer(), None)
    worker.play()

    def broken(trainer):
        raise RuntimeError("boom")

    worker.apply(broken)
    qtbot.waitUntil(lambda: receiver.stops == [1, 2], timeout=5000)
    assert receiver.failures == ["RuntimeError: boom"]


class CountingGrid(Grid):
    """A grid that counts its evaluations (every instance shares the list it is given)."""

    def evaluate(self, net):
        self.calls.append(1)
        return super().evaluate(net)


def _counting_grid(calls: list) -> CountingGrid:
    plain = plane_grid((-6, 6), ("x1", "x2"), resolution=10)
    grid = CountingGrid(plain.x_range, plain.y_range, plain.axes, 10, plain.inputs)
    object.__setattr__(grid, "calls", calls)
    return grid


def test_no_grid_work_while_no_view_shows_it(training, qtbot):
    thread, received = training
    calls: list = []
    thread.worker.set_views(grid=False)
    thread.worker.load(_trainer(), _counting_grid(calls))
    thread.worker.step_epochs(3)
    qtbot.waitUntil(lambda: bool(received) and received[-1].epoch == 3, timeout=3000)
    qtbot.wait(100)
    assert calls == [] and all(s.grid_layers is None for s in received)
    thread.worker.set_views(grid=True)  # shown again: the paused state gets its grid
    qtbot.waitUntil(lambda: received[-1].grid_layers is not None, timeout=3000)
    assert calls and received[-1].grid_layers[-1].shape == (10, 10, 1)


def test_flags_and_confusion_are_refreshed_less_often_but_fresh_when_paused(receiver, qtbot):
    worker, received = receiver.worker, receiver.snapshots
    trainer = _trainer()
    worker.load(trainer, None)
    worker.play()
    qtbot.waitUntil(lambda: len(received) > 12, timeout=10000)
    worker.pause()
    qtbot.waitUntil(lambda: not received[-1].running, timeout=3000)
    running = [s for s in received if s.running]
    reused = [s for s in running if s.details_epoch != s.epoch]
    assert reused, "while training, some snapshots carry earlier flags and matrix"
    for s in reused:  # shared with the snapshot that computed them, still read-only
        matrix = s.confusion["test"].matrix
        assert matrix.shape == (2, 2) and not matrix.flags.writeable
        assert s.details_epoch < s.epoch and len(s.flags) == 3
    last = received[-1]
    assert last.details_epoch == last.epoch  # paused: computed for exactly this state
    assert last.confusion["test"].matrix.sum() == len(trainer.dataset.y_test)


class SlowDrawer(QObject):
    """Acknowledges each snapshot `seconds` after it came, saying drawing took that long;
    records any snapshot that came while one was still being drawn. (Not a Receiver: an
    overriding slot would be called in the worker thread.)"""

    def __init__(self, worker, seconds: float):
        super().__init__()
        self.worker, self.seconds = worker, seconds
        self.snapshots, self.drawing, self.overlaps = [], False, 0
        worker.snapshot_ready.connect(self.snapshot)

    @Slot(object)
    def snapshot(self, snapshot) -> None:
        self.snapshots.append(snapshot)
        self.overlaps += self.drawing
        self.drawing = True
        QTimer.singleShot(round(self.seconds * 1000), self.done)

    @Slot()
    def done(self) -> None:
        self.drawing = False
        self.worker.acknowledge()


def test_a_costly_drawing_still_gets_one_snapshot_at_a_time_and_the_final_state(qtbot):
    thread = TrainingThread()
    drawer = SlowDrawer(thread.worker, seconds=0.04)
    received = drawer.snapshots
    try:
        thread.worker.load(_trainer(), None, epoch_limit=60)
        thread.worker.play()
        qtbot.waitUntil(
            lambda: bool(received) and received[-1].epoch == 60 and not drawer.drawing,
            timeout=10000,
        )
        qtbot.wait(100)
        final = received[-1]
        assert not final.running and final.details_epoch == 60
        assert drawer.overlaps == 0
        epochs = np.concatenate([s.history["epoch"] for s in received])
        np.testing.assert_array_equal(epochs, np.arange(61))  # every row sent once
    finally:
        thread.shutdown()


@pytest.mark.parametrize(
    ("frame_ms", "frames_per_second", "share"),
    [
        (1.0, worker.TRAINING_SNAPSHOTS_PER_SECOND, None),  # cheap frames: the cap
        (8.0, 1 / (0.008 / worker.FRAME_BUDGET), worker.FRAME_BUDGET),  # within the budget
        (10.0, worker.SMOOTH_SNAPSHOTS_PER_SECOND, 0.25),  # costlier: smooth before fast
        (16.0, 1 / (0.016 / worker.SMOOTH_FRAME_BUDGET), worker.SMOOTH_FRAME_BUDGET),
        (50.0, 6.0, worker.SMOOTH_FRAME_BUDGET),  # very costly: never more than that share
    ],
)
def test_frames_keep_to_a_budget_but_stay_smooth_while_they_can(frame_ms, frames_per_second, share):
    interval = training_interval(frame_ms / 1000)
    assert 1 / interval == pytest.approx(frames_per_second)
    if share is not None:
        assert frame_ms / 1000 / interval == pytest.approx(share)
