"""Building a run from an experiment, without Qt: the plotted plane, kept axes, re-plotting,
errors that name the field, and the engine facts the views read."""

import dataclasses

import numpy as np
import pytest

from playground import building
from playground.engine.datasets import FEATURES
from playground.experiment import (
    DataSpec,
    Experiment,
    ExperimentError,
    FeatureSpec,
    NetworkSpec,
    TrainingSpec,
)
from playground.run import build_run, replot

IRIS = Experiment(data=DataSpec(name="iris"))


def _with(exp: Experiment, section: str, **fields) -> Experiment:
    return dataclasses.replace(
        exp, **{section: dataclasses.replace(getattr(exp, section), **fields)}
    )


def test_2d_data_are_plotted_in_their_own_plane_whatever_the_features():
    exp = _with(Experiment(), "features", selected=("x1", "x2", "x1^2", "sin_x1"))
    run = build_run(exp)
    info = run.info
    assert info.is_2d and run.axes == (0, 1)
    assert (info.x_label, info.y_label) == ("x₁", "x₂")
    assert info.x_range == info.y_range == run.raw.domain
    np.testing.assert_array_equal(info.train_xy, run.raw.X_train)  # raw points, not features
    np.testing.assert_array_equal(info.test_labels, run.raw.y_test)
    assert info.selectable_features == FEATURES
    assert info.feature_names == ("x1", "x2", "x1^2", "sin_x1")
    assert run.grid.inputs.shape[1] == 4  # the grid feeds the network its four features


def test_tabular_data_are_plotted_on_two_columns_the_network_sees():
    run = build_run(IRIS)
    info, trained = run.info, run.trainer.dataset
    assert not info.is_2d and run.axes == (0, 1)
    assert (info.x_label, info.y_label) == ("sepal_length", "sepal_width")
    np.testing.assert_array_equal(info.train_xy, trained.X_train[:, [0, 1]])  # standardised
    assert info.selectable_features == ()
    assert info.class_names == trained.class_names and info.n_classes == 3


def test_engine_facts_for_the_views():
    run = build_run(Experiment())  # 2 -> 4 -> 2 -> 1, tanh hidden, sigmoid output
    info = run.info
    assert info.layer_sizes == (2, 4, 2, 1)
    assert info.layer_params == ((2 + 1) * 4, (4 + 1) * 2, (2 + 1) * 1)
    assert info.n_params == sum(info.layer_params) == 25
    assert info.output_activation == "sigmoid"
    assert info.output_range == (0.0, 1.0) and info.threshold == 0.5
    signed = build_run(_with(Experiment(), "network", output_activation="tanh")).info
    assert signed.output_range == (-1.0, 1.0) and signed.threshold == 0.0


def test_replot_changes_only_the_plane():
    run = build_run(IRIS)
    moved = replot(run, 1, 3)
    assert moved.axes == (0, 3) and run.axes == (0, 1)  # the old run is left as it was
    assert moved.info.y_label == "petal_width" and moved.info.x_label == "sepal_length"
    trained = run.trainer.dataset
    np.testing.assert_array_equal(moved.info.train_xy, trained.X_train[:, [0, 3]])
    column = trained.X_train[:, 3]
    assert moved.info.y_range[0] < column.min() and moved.info.y_range[1] > column.max()
    assert moved.trainer is run.trainer and moved.grid.axes == (0, 3)
    assert moved.info.n_params == run.info.n_params and not moved.info.is_2d


def test_replot_refuses_2d_data():
    with pytest.raises(ValueError, match="2-D"):
        replot(build_run(Experiment()), 0, 1)


@pytest.mark.parametrize(
    "change",
    [
        lambda exp: dataclasses.replace(exp, seed=5),
        lambda exp: _with(exp, "network", hidden=(3,), activations=("relu",)),
        lambda exp: _with(exp, "training", lr=0.3),
        lambda exp: _with(exp, "features", standardize=False),
    ],
)
def test_axes_are_kept_when_the_data_stay_the_same(change):
    previous = replot(build_run(IRIS), 0, 2)
    run = build_run(change(IRIS), previous=previous)
    assert run.axes == (2, 1)
    assert run.info.x_label == "petal_length"


def test_axes_reset_when_the_data_or_their_folder_change(tmp_path):
    previous = replot(build_run(IRIS), 0, 2)
    assert build_run(_with(IRIS, "data", test_ratio=0.3), previous=previous).axes == (0, 1)
    assert build_run(IRIS, base_dir=tmp_path, previous=previous).axes == (0, 1)
    assert build_run(IRIS, previous=None).axes == (0, 1)


def test_a_new_run_starts_from_the_experiments_weights():
    first, again = build_run(Experiment()), build_run(Experiment())
    np.testing.assert_array_equal(first.trainer.net.params, again.trainer.net.params)
    assert first.trainer is not again.trainer


@pytest.mark.parametrize(
    ("exp", "field"),
    [
        (
            Experiment(training=TrainingSpec(rule="perceptron")),
            "network.hidden",
        ),
        (
            Experiment(data=DataSpec(name="csv", csv_path="missing.csv")),
            "data.csv_path",
        ),
        (
            Experiment(features=FeatureSpec(selected=())),
            "features.selected",
        ),
        (
            Experiment(network=NetworkSpec(hidden=(4,), activations=("tanh", "tanh"))),
            "network.activations",
        ),
    ],
)
def test_errors_name_the_field(exp, field, tmp_path):
    with pytest.raises(ExperimentError, match=field.replace(".", r"\.")):
        build_run(exp, base_dir=tmp_path)


def test_csv_paths_start_from_the_base_folder(tmp_path):
    rows = [f"{i},{i % 7},{int(i % 7 > 3)}" for i in range(40)]
    (tmp_path / "table.csv").write_text("u,v,label\n" + "\n".join(rows) + "\n")
    exp = Experiment(data=DataSpec(name="csv", csv_path="table.csv"))
    run = build_run(exp, base_dir=tmp_path)
    assert run.base_dir == tmp_path and not run.info.is_2d
    assert (run.info.x_label, run.info.y_label) == ("u", "v")
    assert building.raw_dataset(exp, tmp_path).X_train.shape == run.raw.X_train.shape


def test_digits_are_square_images_and_other_data_are_not():
    digits = build_run(Experiment(data=DataSpec(name="digits"))).info
    assert digits.image_side == 8
    raw_test = building.raw_dataset(Experiment(data=DataSpec(name="digits")), None).X_test
    assert digits.test_images.shape == (len(raw_test), 8, 8)
    np.testing.assert_array_equal(digits.test_images[3].ravel(), raw_test[3])
    for exp in (IRIS, Experiment()):
        info = build_run(exp).info
        assert info.image_side == 0 and info.test_images is None
