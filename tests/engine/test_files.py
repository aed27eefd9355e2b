"""Experiment files with a trained state: exact round trip, refusals, atomic writes."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from playground import building
from playground import experiment as ex
from playground import run as run_module
from playground.engine.csv_data import CSVError, read_columns
from playground.trained_state import trained_state

SMALL = ex.Experiment(
    data=ex.DataSpec(name="xor", n=60),
    network=ex.NetworkSpec(hidden=(3,), activations=("tanh",)),
    training=ex.TrainingSpec(lr=0.1, batch_size=7),
    seed=3,
)


def trained(exp: ex.Experiment = SMALL, epochs: int = 4):
    trainer = building.build(exp)
    trainer.run_epochs(epochs)
    return trainer


def saved(tmp_path, exp: ex.Experiment = SMALL, epochs: int = 4):
    trainer = trained(exp, epochs)
    path = tmp_path / "trained.json"
    ex.save(exp, path, trained_state(trainer))
    return trainer, path


def test_the_saved_state_gives_the_same_loss_to_the_last_digit(tmp_path):
    trainer, path = saved(tmp_path)
    exp, state = ex.load_with_state(path)
    assert exp == SMALL and state.epoch == 4
    loaded = run_module.build_run(exp, state=state).trainer
    X, Y = trainer.dataset.X_train, trainer.Y_train
    assert loaded.net.loss(X, Y, loaded.loss) == trainer.net.loss(X, Y, trainer.loss)
    assert loaded.history == trainer.history and loaded.epoch == trainer.epoch
    for mine, theirs in zip(
        loaded.net.weights + loaded.net.biases, trainer.net.weights + trainer.net.biases
    ):
        assert np.array_equal(mine, theirs)


def test_one_more_epoch_from_the_file_equals_one_more_in_the_original(tmp_path):
    trainer, path = saved(tmp_path)  # SGD: no optimiser state to lose
    loaded = building.build(*_exp_and_state(path))
    trainer.run_epochs(1)
    loaded.run_epochs(1)
    for mine, theirs in zip(loaded.net.params, trainer.net.params):
        assert mine == theirs
    assert loaded.history == trainer.history


def _exp_and_state(path):
    exp, state = ex.load_with_state(path)
    return exp, None, None, state


def test_a_regression_history_keeps_its_nan_accuracies_as_null(tmp_path):
    exp = ex.Experiment(
        data=ex.DataSpec(name="plane", n=40), network=ex.NetworkSpec(hidden=(), activations=())
    )
    trainer, path = saved(tmp_path, exp, 2)
    assert json.loads(path.read_text())["state"]["history"]["train_accuracy"] == [None] * 3
    _, state = ex.load_with_state(path)
    assert np.isnan(state.history["train_accuracy"]).all()
    assert state.history["train_loss"] == tuple(trainer.history["train_loss"])


def test_files_without_a_state_are_as_before(tmp_path):
    path = tmp_path / "plain.json"
    ex.save(SMALL, path)
    assert path.read_text() == ex.to_json(SMALL) + "\n"
    assert "state" not in json.loads(path.read_text())
    assert ex.load_with_state(path) == (SMALL, None)
    assert ex.load(path) == SMALL


def _state_dict(tmp_path) -> dict:
    _, path = saved(tmp_path)
    return json.loads(path.read_text())


def _refused(tmp_path, d: dict | str) -> str:
    path = tmp_path / "bad.json"
    path.write_text(d if isinstance(d, str) else json.dumps(d))
    with pytest.raises(ex.ExperimentError) as error:
        ex.load_with_state(path)
    return str(error.value)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda s: s["weights"][1].append([0.5]), "state.weights[1]: shape (4, 1) does not match"),
        (
            lambda s: s["weights"][0][0].pop(),
            "state.weights[0]: must be a list of rows of numbers, all as long",
        ),
        (lambda s: s["biases"].pop(), "state.biases: the network has 2 layers, got 1"),
        (lambda s: s["biases"][0].append(1.0), "state.biases[0]: shape (4,) does not match"),
        (lambda s: s["history"]["test_loss"].pop(), "state.history: the lists have unequal"),
        (lambda s: s["history"].pop("epoch"), "state.history.epoch: must be a list"),
        (lambda s: s.update(epoch=-1), "state.epoch: must be a whole number >= 0, got -1"),
        (lambda s: s.update(shuffle={"bit_generator": "MT"}), "state.shuffle: not a PCG64"),
        (lambda s: s.update(foo=1), "state.foo: unknown field"),
    ],
)
def test_a_state_that_does_not_fit_is_refused_naming_the_field(tmp_path, change, message):
    d = _state_dict(tmp_path)
    change(d["state"])
    assert message in _refused(tmp_path, d)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused(tmp_path, token):
    d = _state_dict(tmp_path)
    d["state"]["weights"][0][0][0] = "TOKEN"
    text = json.dumps(d).replace('"TOKEN"', token)
    assert "state.weights[0]: every number must be finite" in _refused(tmp_path, text)
    d = _state_dict(tmp_path)
    d["state"]["history"]["train_loss"][0] = "TOKEN"
    text = json.dumps(d).replace('"TOKEN"', token)
    assert "state.history.train_loss: every number must be finite" in _refused(tmp_path, text)


def test_a_newer_version_and_truncated_json_are_refused(tmp_path):
    d = _state_dict(tmp_path)
    d["version"] = ex.VERSION + 1
    assert _refused(tmp_path, d) == f"version: {ex.VERSION + 1} is not allowed; allowed: 1"
    text = json.dumps(d)
    assert _refused(tmp_path, text[: len(text) // 2]).startswith("not valid JSON: line 1")


def test_a_wrong_input_width_is_refused_when_restored(tmp_path):
    d = _state_dict(tmp_path)
    d["features"] = {"selected": ["x1", "x2", "x1*x2"]}
    path = tmp_path / "wider.json"
    path.write_text(json.dumps(d))
    exp, state = ex.load_with_state(path)
    with pytest.raises(ex.ExperimentError, match=r"state.weights\[0\]: shape \(2, 3\)"):
        building.build(exp, state=state)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    trainer, path = saved(tmp_path)
    before = path.read_bytes()

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ex.ExperimentError, match="cannot write .*: No space left on device"):
        ex.save(SMALL, path, trained_state(trainer))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["trained.json"]


def test_a_state_that_cannot_be_written_leaves_the_old_file(tmp_path):
    trainer, path = saved(tmp_path)
    before = path.read_bytes()
    state = trained_state(trainer)
    state.weights[0][0, 0] = np.nan
    with pytest.raises(ex.ExperimentError, match="every number must be finite"):
        ex.save(SMALL, path, state)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["trained.json"]


def test_a_missing_folder_is_an_experiment_error(tmp_path):
    with pytest.raises(ex.ExperimentError, match="cannot write"):
        ex.save(SMALL, tmp_path / "nowhere" / "e.json")


def test_read_columns_by_header_name(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("b,a,c\n1,2,3\n4.5,5,6\n")
    assert read_columns(path, ["a", "b"]).tolist() == [[2.0, 1.0], [5.0, 4.5]]
    with pytest.raises(CSVError, match="no column named 'z'"):
        read_columns(path, ["z"])
    path.write_text("a,b\n1,x\n")
    with pytest.raises(CSVError, match="line 2, column 'b': 'x' is not a number"):
        read_columns(path, ["a", "b"])
