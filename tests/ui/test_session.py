"""The session without a window: runs, live settings, refusals, the running state and the
snapshots it lets through."""

import dataclasses

import pytest
from PySide6.QtWidgets import QWidget

from playground.experiment import DataSpec, Experiment, NetworkSpec, TrainingSpec
from playground.snapshot import ParameterRef
from playground.ui.window.session import Session


class Recorder:
    """Every signal of a session, in order, as (name, argument)."""

    NAMES = (
        "run_started",
        "experiment_changed",
        "plane_changed",
        "running_changed",
        "snapshot_drawn",
        "refused",
        "training_failed",
    )

    def __init__(self, session: Session):
        self.events: list[tuple[str, object]] = []
        for name in self.NAMES:
            getattr(session, name).connect(lambda arg, n=name: self.events.append((n, arg)))

    def named(self, name: str) -> list:
        return [arg for n, arg in self.events if n == name]


@pytest.fixture
def session(qtbot):
    s = Session()
    s.recorder = Recorder(s)
    assert s.start_run(Experiment())
    qtbot.waitUntil(lambda: s.snapshot is not None, timeout=5000)
    yield s
    s.shutdown()


def _with_training(exp: Experiment, **fields) -> Experiment:
    return dataclasses.replace(exp, training=dataclasses.replace(exp.training, **fields))


def test_a_run_starts_paused_and_its_snapshots_are_drawn(session):
    events = session.recorder.events
    assert [n for n, _ in events[:2]] == ["experiment_changed", "run_started"]
    run = session.recorder.named("run_started")[0]
    assert run is session.run and session.info is run.info and run.experiment == Experiment()
    assert not session.running and session.snapshot.epoch == 0
    assert session.recorder.named("snapshot_drawn")[-1] is session.snapshot
    assert session.snapshot.generation == session.worker.generation


def test_play_until_the_epoch_limit_then_paused_by_itself(qtbot, session):
    session.set_experiment(_with_training(session.experiment, epochs=4))
    assert session.recorder.named("run_started") == [session.run]  # live: no new run
    session.toggle_play()
    assert session.running
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    assert session.recorder.named("running_changed") == [True, False]
    qtbot.waitUntil(lambda: session.snapshot.epoch == 4, timeout=3000)
    assert not session.snapshot.running
    session.toggle_play()  # at the limit already: it pauses again at once
    qtbot.waitUntil(lambda: not session.running, timeout=3000)
    assert session.recorder.named("running_changed") == [True, False, True, False]


def test_step_pauses_playing(qtbot, session):
    session.toggle_play()
    session.step()
    assert not session.running
    qtbot.waitUntil(lambda: not session.snapshot.running and session.snapshot.epoch > 0)


def test_a_new_run_keeps_playing_and_drops_old_snapshots(qtbot, session):
    session.toggle_play()
    qtbot.waitUntil(lambda: session.snapshot.epoch > 2, timeout=5000)
    old = session.snapshot
    assert session.start_run(dataclasses.replace(session.experiment, seed=3))
    assert session.running and session.snapshot is None
    drawn = len(session.recorder.named("snapshot_drawn"))
    session.draw_snapshot(old)  # a late snapshot of the previous run
    assert session.snapshot is None and len(session.recorder.named("snapshot_drawn")) == drawn
    qtbot.waitUntil(lambda: session.snapshot is not None and session.snapshot.epoch > 0)
    session.toggle_play()


def test_a_change_that_cannot_be_used_is_refused_naming_the_field(session):
    run, exp = session.run, session.experiment
    bad = _with_training(exp, rule="perceptron")
    assert not session.start_run(bad)
    session.set_experiment(_with_training(exp, lr=-1.0))
    refused = session.recorder.named("refused")
    assert "network.hidden" in refused[0] and "training.lr" in refused[1]
    assert session.run is run and session.experiment is exp


def test_divergence_pauses(qtbot, session):
    exp = Experiment(
        data=DataSpec(name="plane"),
        network=NetworkSpec(hidden=(8, 8), activations=("linear", "linear")),
        training=TrainingSpec(lr=10.0),
    )
    assert session.start_run(exp)
    session.toggle_play()
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    qtbot.waitUntil(lambda: bool(session.snapshot and session.snapshot.stop_reason))


def test_an_error_pauses_and_is_reported(qtbot, session):
    def broken(trainer):
        raise ValueError("odd")

    session.toggle_play()
    session.worker.apply(broken)
    qtbot.waitUntil(lambda: session.recorder.named("training_failed") == ["ValueError: odd"])
    qtbot.waitUntil(lambda: not session.running, timeout=3000)


def test_parameter_edits_undo_and_redo_and_a_new_run_forgets_them(qtbot, session):
    old = float(session.snapshot.weights[0][0, 0])
    session.edit_parameter(ParameterRef(0, 0, 0), 2.0)
    qtbot.waitUntil(lambda: session.snapshot.weights[0][0, 0] == 2.0, timeout=3000)
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: session.snapshot.weights[0][0, 0] == old, timeout=3000)
    session.undo_stack.redo()
    qtbot.waitUntil(lambda: session.snapshot.weights[0][0, 0] == 2.0, timeout=3000)
    session.reset()
    assert session.undo_stack.count() == 0
    qtbot.waitUntil(lambda: session.snapshot is not None, timeout=3000)
    assert session.snapshot.weights[0][0, 0] == old


def test_replot_moves_a_table_to_other_columns(qtbot, session):
    assert session.start_run(Experiment(data=DataSpec(name="iris")))
    session.replot(0, 2)
    assert session.run.axes == (2, 1)
    assert session.recorder.named("plane_changed") == [session.info]
    qtbot.waitUntil(lambda: session.snapshot is not None, timeout=3000)
    session.reset()  # same data: the plotted columns stay
    assert session.run.axes == (2, 1)


def test_a_hidden_view_gets_snapshots_without_a_grid(qtbot, session):
    view = QWidget()
    qtbot.addWidget(view)
    view.show()
    session.draw_grid_while_visible(view)
    session.step()
    qtbot.waitUntil(lambda: session.snapshot.epoch == 1, timeout=5000)
    assert session.snapshot.grid_layers is not None
    view.hide()  # e.g. another tab in front
    session.step()
    qtbot.waitUntil(lambda: session.snapshot.epoch == 2, timeout=5000)
    assert session.snapshot.grid_layers is None
    view.show()  # in front again: the paused state is drawn with its grid
    qtbot.waitUntil(lambda: session.snapshot.grid_layers is not None, timeout=5000)
    assert session.snapshot.epoch == 2
