"""The experiment description: JSON round trip, validation messages, building and live settings."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground import building
from playground import experiment as ex
from playground.engine import activations, datasets, initializers, losses, optimizers, rules
from playground.shipped import example_names, resource

SHIPPED = [resource("experiments", f"{name}.json") for name in example_names()]


def nested(path: str, value: object) -> dict:
    """{"a": {"b": value}} for the dotted path "a.b" (a plain key for top-level fields)."""
    section, _, field = path.rpartition(".")
    return {section: {field: value}} if section else {field: value}


def weights_of(trainer) -> list[np.ndarray]:
    return [p.copy() for p in trainer.net.weights + trainer.net.biases]


# ------------------------------------------------------------------ round trip
def test_defaults_round_trip_through_json():
    exp = ex.Experiment()
    assert ex.from_json(ex.to_json(exp)) == exp
    assert ex.from_dict({}) == exp
    assert json.loads(ex.to_json(exp))["network"]["hidden"] == [4, 2]


def test_missing_sections_and_fields_use_defaults():
    exp = ex.from_dict({"training": {"lr": 0.1}, "seed": 7})
    assert exp == ex.Experiment(training=ex.TrainingSpec(lr=0.1), seed=7)


def test_every_dataclass_field_has_exactly_one_rule():
    paths = {
        f"{name}.{f.name}" for name, cls in ex.SECTIONS.items() for f in dataclasses.fields(cls)
    }
    assert set(ex.FIELD_RULES) == paths | {"seed", "version"}


def _fraction(**kwargs):
    return st.floats(min_value=0.0, max_value=1.0, exclude_max=True, **kwargs)


@st.composite
def experiments(draw) -> ex.Experiment:
    """Any valid experiment: every field drawn from its allowed values."""
    name = draw(st.sampled_from((*datasets.NAMES, "csv")))
    path = st.text(min_size=1)
    data = ex.DataSpec(
        name=name,
        n=draw(st.none() | st.integers(datasets.MIN_N, datasets.MAX_N)),
        noise=draw(st.floats(0.0, datasets.MAX_NOISE)),
        test_ratio=draw(st.floats(0.0, datasets.MAX_TEST_RATIO)),
        classes=draw(st.integers(datasets.MIN_CLASSES, datasets.MAX_CLASSES)),
        csv_path=draw(path if name == "csv" else st.none() | path),
        label=draw(st.integers(-50, 50) | st.text()),
    )
    features = ex.FeatureSpec(
        selected=tuple(draw(st.lists(st.sampled_from(datasets.FEATURES), min_size=1, unique=True))),
        standardize=draw(st.booleans()),
    )
    depth = draw(st.integers(0, ex.MAX_HIDDEN_LAYERS))
    hidden_activations = [a for a in activations.NAMES if a != "softmax"]
    network = ex.NetworkSpec(
        hidden=tuple(draw(st.lists(st.integers(1, 256), min_size=depth, max_size=depth))),
        activations=tuple(
            draw(st.lists(st.sampled_from(hidden_activations), min_size=depth, max_size=depth))
        ),
        output_activation=draw(st.sampled_from(("auto", *activations.NAMES))),
        init=draw(st.sampled_from(initializers.NAMES)),
        bias=draw(st.floats(-10.0, 10.0)),
        alpha=draw(st.none() | st.floats(0.0, 10.0)),
    )
    training = ex.TrainingSpec(
        loss=draw(st.sampled_from(("auto", *losses.NAMES))),
        optimizer=draw(st.sampled_from(optimizers.NAMES)),
        lr=draw(st.floats(0.0, 100.0, exclude_min=True)),
        batch_size=draw(st.integers(1, 100_000)),
        momentum=draw(_fraction()),
        beta1=draw(_fraction()),
        beta2=draw(_fraction()),
        regularization=draw(st.sampled_from(ex.REGULARIZATIONS)),
        reg_rate=draw(st.floats(0.0, 10.0)),
        rule=draw(st.sampled_from(rules.NAMES)),
        epochs=draw(st.none() | st.integers(1, 10_000_000)),
    )
    seed = draw(st.integers(0, 2**32 - 1))
    return ex.Experiment(data, features, network, training, seed)


@settings(max_examples=200, database=None, deadline=None)
@given(experiments())
def test_any_valid_experiment_round_trips_exactly(exp):
    ex.validate(exp)
    again = ex.from_json(ex.to_json(exp))
    assert again == exp
    assert ex.to_json(again) == ex.to_json(exp)


def test_non_default_experiment_round_trips_through_a_file(tmp_path):
    exp = ex.Experiment(
        data=ex.DataSpec(name="csv", csv_path="data/x.csv", label="species", test_ratio=0.3),
        features=ex.FeatureSpec(selected=("sin_x2", "x1*x2"), standardize=False),
        network=ex.NetworkSpec((3,), ("leaky_relu",), "softmax", "he", 0.1, 0.2),
        training=ex.TrainingSpec("cross_entropy", "adam", 0.1 + 0.2, 32, 0.5, 0.8, 0.99),
        seed=12345,
    )
    ex.save(exp, tmp_path / "e.json")
    assert ex.load(tmp_path / "e.json") == exp
    assert ex.load(tmp_path / "e.json").training.lr == 0.1 + 0.2


def test_numbers_given_as_integers_load_as_floats():
    exp = ex.from_dict({"training": {"lr": 1, "reg_rate": 0}, "network": {"bias": -1}})
    assert isinstance(exp.training.lr, float)
    assert isinstance(exp.network.bias, float)
    assert exp.network.hidden == (4, 2)


# ------------------------------------------------------------------ validation messages
BAD = [
    ("training.optimizer", "rmsprop", "'rmsprop' is not allowed; allowed: sgd, momentum, adam"),
    ("training.lr", -1, "must be a number > 0 and <= 100, got -1"),
    ("training.lr", 0, "must be a number > 0 and <= 100, got 0"),
    ("training.lr", "0.1", "must be a number > 0 and <= 100, got '0.1'"),
    ("training.lr", True, "must be a number > 0 and <= 100, got True"),
    ("training.lr", math.nan, "must be a number > 0 and <= 100, got nan"),
    ("training.lr", math.inf, "must be a number > 0 and <= 100, got inf"),
    ("training.lr", None, "must be a number > 0 and <= 100, got None"),
    ("training.batch_size", 2.5, "must be an integer 1..100000, got 2.5"),
    ("training.batch_size", True, "must be an integer 1..100000, got True"),
    ("training.batch_size", 0, "must be an integer 1..100000, got 0"),
    ("training.momentum", 1.0, "must be a number >= 0 and < 1, got 1.0"),
    ("training.beta1", -0.1, "must be a number >= 0 and < 1"),
    ("training.beta2", [0.9], "must be a number >= 0 and < 1"),
    ("training.regularization", "l3", "'l3' is not allowed; allowed: none, l1, l2"),
    ("training.reg_rate", -0.1, "must be a number >= 0 and <= 10"),
    ("training.rule", "hebb", "allowed: backprop, perceptron, adaline"),
    ("training.loss", "hinge", "allowed: auto, mse, mae, bce, cross_entropy"),
    ("training.epochs", 0, "must be null or an integer 1..10000000, got 0"),
    ("training.epochs", "10", "must be null or an integer 1..10000000, got '10'"),
    ("network.hidden", [4, 2, 0], "[2]: must be an integer 1..256, got 0"),
    ("network.hidden", [4, 257], "[1]: must be an integer 1..256, got 257"),
    ("network.hidden", [4.0], "[0]: must be an integer 1..256, got 4.0"),
    ("network.hidden", [1] * 9, "must have 0..8 items, got 9"),
    ("network.hidden", "4,2", "must be a list of 0..8 items"),
    ("network.activations", ["softmax"], "[0]: 'softmax' is not allowed; allowed: linear"),
    ("network.activations", "tanh", "must be a list of 0..8 items"),
    ("network.output_activation", "swish", "'swish' is not allowed; allowed: auto, linear"),
    ("network.init", "glorot", "allowed: zeros, uniform, uniform_half, xavier, he"),
    ("network.bias", 11, "must be a number >= -10 and <= 10, got 11"),
    ("network.alpha", -1, "must be null or a number >= 0 and <= 10, got -1"),
    ("network.alpha", "x", "must be null or a number >= 0 and <= 10, got 'x'"),
    ("data.name", "moons", "'moons' is not allowed; allowed: circle, xor"),
    ("data.n", 3, "must be null or an integer 4..100000, got 3"),
    ("data.n", 1.5, "must be null or an integer 4..100000, got 1.5"),
    ("data.noise", 0.6, "must be a number >= 0 and <= 0.5, got 0.6"),
    ("data.test_ratio", 0.95, "must be a number >= 0 and <= 0.9, got 0.95"),
    ("data.classes", 7, "must be an integer 3..6, got 7"),
    ("data.csv_path", "", "must be null or a non-empty text (a file path), got ''"),
    ("data.csv_path", 5, "must be null or a non-empty text (a file path), got 5"),
    ("data.label", 1.5, "must be a column name (text) or an integer column index, got 1.5"),
    ("data.label", True, "must be a column name (text) or an integer column index, got True"),
    ("features.selected", [], "must have 1..7 items, got 0"),
    ("features.selected", ["x1", "x1"], "[1]: 'x1' appears more than once"),
    ("features.selected", ["x3"], "[0]: 'x3' is not allowed; allowed: x1, x2, x1^2"),
    ("features.standardize", "yes", "must be true or false, got 'yes'"),
    ("features.standardize", 1, "must be true or false, got 1"),
    ("seed", -1, "must be an integer 0..4294967295, got -1"),
    ("seed", 1.0, "must be an integer 0..4294967295, got 1.0"),
    ("version", 2, "2 is not allowed; allowed: 1"),
    ("version", True, "True is not allowed; allowed: 1"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD, ids=[f"{p}={v!r}" for p, v, _ in BAD])
def test_an_invalid_field_is_named_with_its_allowed_values(path, value, message):
    with pytest.raises(ex.ExperimentError) as error:
        ex.from_dict(nested(path, value))
    assert str(error.value).startswith(path)
    assert message in str(error.value)


STRUCTURE = [
    ({"training": {"lrr": 1}}, "training.lrr: unknown field; allowed: loss, optimizer, lr, "),
    ({"foo": 1}, "foo: unknown field; allowed: data, features, network, training, seed, version"),
    ({"training": []}, "training: must be an object, got []"),
    ([], "experiment: must be an object, got []"),
    (
        {"network": {"hidden": [4, 2], "activations": ["tanh"]}},
        "network.activations: 2 hidden layers need 2 activations, got 1",
    ),
    ({"network": {"hidden": []}}, "network.activations: 0 hidden layers need 0 activations"),
    ({"data": {"name": "csv"}}, "data.csv_path: required when data.name is csv"),
]


@pytest.mark.parametrize(("d", "message"), STRUCTURE)
def test_structural_errors_name_the_field(d, message):
    with pytest.raises(ex.ExperimentError, match="^" + message.replace("[", r"\[")):
        ex.from_dict(d)


@pytest.mark.parametrize(
    ("text", "where"),
    [("{", "line 1 column 2"), ('{"training": {"lr": }}', "line 1 column 21"), ("", "line 1")],
)
def test_invalid_json_text_says_where(text, where):
    with pytest.raises(ex.ExperimentError, match=f"^not valid JSON: {where}"):
        ex.from_json(text)


def test_validate_checks_a_constructed_experiment():
    ex.validate(ex.Experiment())
    bad = ex.Experiment(training=ex.TrainingSpec(optimizer="rmsprop"))
    with pytest.raises(ex.ExperimentError, match="^training.optimizer: 'rmsprop'"):
        ex.validate(bad)
    with pytest.raises(ex.ExperimentError, match="^network.activations: 1 hidden layers"):
        ex.validate(ex.Experiment(network=ex.NetworkSpec(hidden=(3,))))
    with pytest.raises(ex.ExperimentError, match="^training.lr"):
        ex.save(ex.Experiment(training=ex.TrainingSpec(lr=0)), "never-written.json")


def test_an_unreadable_file_is_an_experiment_error(tmp_path):
    with pytest.raises(ex.ExperimentError, match="cannot read .*missing.json"):
        ex.load(tmp_path / "missing.json")
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ex.ExperimentError, match="cannot read"):
        ex.load(tmp_path / "binary.json")


# ------------------------------------------------------------------ building
@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_experiment_builds_and_trains(path):
    trainer = building.build(ex.load(path))
    assert trainer.run_epochs(2) == 2
    assert not trainer.diverged
    assert math.isfinite(trainer.history["train_loss"][-1])


def test_the_shipped_experiments_are_the_ones_promised():
    names = {p.stem for p in SHIPPED}
    assert {"default", "xor_gate_perceptron", "and_perceptron", "spiral_relu"} <= names
    assert {"iris_softmax", "digits"} <= names
    assert ex.load(resource("experiments", "default.json")) == ex.Experiment(
        training=ex.TrainingSpec(epochs=300)
    )


def test_the_same_seed_builds_identical_runs():
    exp = ex.Experiment(data=ex.DataSpec(noise=0.2))
    first, second = building.build(exp), building.build(exp)
    for a, b in zip(weights_of(first), weights_of(second), strict=True):
        np.testing.assert_array_equal(a, b)
    first.run_epochs(3)
    second.run_epochs(3)
    assert first.history == second.history
    other = building.build(dataclasses.replace(exp, seed=1))
    assert not np.array_equal(weights_of(other)[0], weights_of(first)[0])


SINGLE = {"hidden": [], "activations": []}  # a network with no hidden layer


@pytest.mark.parametrize(
    ("network", "training", "data", "expected"),
    [
        ({}, {}, "circle", ("sigmoid", 1, "bce")),
        ({}, {}, "iris", ("softmax", 3, "cross_entropy")),
        ({}, {}, "plane", ("linear", 1, "mse")),
        ({"output_activation": "tanh"}, {}, "circle", ("tanh", 1, "mse")),
        ({"output_activation": "softmax"}, {}, "xor", ("softmax", 2, "cross_entropy")),
        ({"output_activation": "sigmoid"}, {}, "iris", ("sigmoid", 3, "bce")),
        ({"output_activation": "sigmoid"}, {"loss": "mse"}, "gauss", ("sigmoid", 1, "mse")),
        (SINGLE, {"rule": "perceptron"}, "and", ("step", 1, "mse")),
        (SINGLE, {"rule": "adaline"}, "or", ("linear", 1, "mse")),
        (SINGLE, {"rule": "adaline"}, "plane", ("linear", 1, "mse")),
    ],
)
def test_auto_output_and_loss(network, training, data, expected):
    exp = ex.from_dict({"network": network, "training": training, "data": {"name": data}})
    trainer = building.build(exp)
    output, width, loss = expected
    assert trainer.net.output_activation == output
    assert trainer.net.sizes[-1] == width
    assert trainer.loss.name == loss
    trainer.run_epochs(1)


def test_features_and_standardisation_shape_the_inputs():
    spiral = building.build(ex.load(resource("experiments", "spiral_relu.json")))
    assert spiral.net.sizes[0] == 7
    assert spiral.dataset.feature_names == datasets.FEATURES
    iris = ex.from_dict({"data": {"name": "iris"}, "features": {"selected": ["x1"]}})
    X = building.build(iris).dataset.X_train
    assert X.shape[1] == 4
    np.testing.assert_allclose(X.mean(axis=0), 0.0, atol=1e-12)
    raw = building.build(dataclasses.replace(iris, features=ex.FeatureSpec(standardize=False)))
    assert raw.dataset.X_train.min() >= 0.0


def test_alpha_bias_init_and_regularisation_reach_the_engine():
    exp = ex.from_dict(
        {
            "network": {
                "hidden": [3, 3],
                "activations": ["leaky_relu", "elu"],
                "alpha": 0.2,
                "bias": 0.5,
                "init": "zeros",
            },
            "training": {"regularization": "l2", "reg_rate": 0.01, "optimizer": "momentum"},
        }
    )
    trainer = building.build(exp)
    assert [a.alpha for a in trainer.net.activations[:2]] == [0.2, 0.2]
    assert all((b == 0.5).all() for b in trainer.net.biases)
    assert not trainer.net.weights[0].any()
    assert (trainer.l1, trainer.l2) == (0.0, 0.01)
    assert isinstance(trainer.optimizer, optimizers.Momentum)


@pytest.mark.parametrize(
    ("d", "field"),
    [
        ({"data": {"name": "and"}, "training": {"rule": "perceptron"}}, "network.hidden"),
        (
            {
                "data": {"name": "and"},
                "network": {"hidden": [], "activations": [], "output_activation": "sigmoid"},
                "training": {"rule": "perceptron"},
            },
            "network.output_activation",
        ),
        (
            {
                "data": {"name": "iris"},
                "network": {"hidden": [], "activations": []},
                "training": {"rule": "perceptron"},
            },
            "data.name",
        ),
        (
            {
                "data": {"name": "plane"},
                "network": {"hidden": [], "activations": []},
                "training": {"rule": "perceptron"},
            },
            "data.name",
        ),
        (
            {"data": {"name": "plane"}, "network": {"output_activation": "softmax"}},
            "network.output",
        ),
        ({"data": {"name": "plane"}, "training": {"loss": "bce"}}, "training.loss"),
        ({"network": {"output_activation": "tanh"}, "training": {"loss": "bce"}}, "training.loss"),
        ({"training": {"loss": "cross_entropy"}}, "training.loss"),
        ({"data": {"name": "iris", "n": 500}}, "data.n"),
    ],
)
def test_incompatible_combinations_name_the_field(d, field):
    with pytest.raises(ex.ExperimentError) as error:
        building.build(ex.from_dict(d))
    assert str(error.value).startswith(field)


def _write_csv(path, rows: int = 20) -> None:
    lines = ["a,b,label"] + [f"{i},{(i * 7) % 5},{'yes' if i % 2 else 'no'}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n")


def test_a_csv_experiment_builds_from_a_relative_path(tmp_path):
    _write_csv(tmp_path / "data.csv")
    exp = ex.from_dict({"data": {"name": "csv", "csv_path": "data.csv", "label": "label"}})
    trainer = building.build(exp, base_dir=tmp_path)
    assert trainer.dataset.feature_names == ("a", "b")
    assert trainer.net.sizes == [2, 4, 2, 1]
    trainer.run_epochs(2)


@pytest.mark.parametrize(
    ("content", "label", "message"),
    [
        (None, -1, "data.csv_path: cannot read"),
        ("a,b\n1,x\n2,y\n3,z\n4,w\n5,v\n", "nope", "data.csv_path: .*no column named 'nope'"),
        ("a,b,c\n1,2,0\n3,oops,1\n", -1, "data.csv_path: .*"),
    ],
)
def test_csv_problems_are_errors_of_csv_path(tmp_path, content, label, message):
    if content is not None:
        (tmp_path / "data.csv").write_text(content)
    exp = ex.from_dict({"data": {"name": "csv", "csv_path": "data.csv", "label": label}})
    with pytest.raises(ex.ExperimentError, match=message):
        building.build(exp, base_dir=tmp_path)


# ------------------------------------------------------------------ live settings
def test_changing_only_the_learning_rate_keeps_weights_epoch_and_optimiser_state():
    exp = ex.Experiment(training=ex.TrainingSpec(optimizer="momentum"))
    trainer = building.build(exp)
    trainer.run_epochs(2)
    optimizer, before = trainer.optimizer, weights_of(trainer)
    ex.apply_live_settings(trainer, dataclasses.replace(exp.training, lr=0.5))
    assert trainer.optimizer is optimizer
    assert trainer.lr == 0.5
    assert trainer.epoch == 2
    for a, b in zip(before, weights_of(trainer), strict=True):
        np.testing.assert_array_equal(a, b)
    trainer.run_epochs(1)
    assert trainer.epoch == 3


def test_switching_to_adam_and_changing_regularisation_apply_live():
    exp = ex.Experiment()
    trainer = building.build(exp)
    trainer.run_epochs(1)
    live = dataclasses.replace(
        exp.training, optimizer="adam", lr=0.01, beta1=0.8, regularization="l1", reg_rate=0.001
    )
    ex.apply_live_settings(trainer, live)
    assert isinstance(trainer.optimizer, optimizers.Adam)
    assert (trainer.optimizer.lr, trainer.optimizer.beta1) == (0.01, 0.8)
    assert (trainer.l1, trainer.l2) == (0.001, 0.0)
    assert trainer.epoch == 1
    adam = trainer.optimizer
    trainer.run_epochs(1)
    ex.apply_live_settings(trainer, dataclasses.replace(live, beta2=0.99))
    assert trainer.optimizer is not adam
    assert trainer.optimizer.beta2 == 0.99
    assert trainer.run_epochs(1) == 1


def test_needs_rebuild_only_for_settings_a_running_trainer_cannot_take():
    exp = ex.Experiment()
    live = dataclasses.replace(exp.training, lr=1.0, batch_size=1, optimizer="adam", epochs=5)
    assert not ex.needs_rebuild(exp, dataclasses.replace(exp, training=live))
    assert ex.needs_rebuild(exp, dataclasses.replace(exp, seed=1))
    assert ex.needs_rebuild(exp, dataclasses.replace(exp, network=ex.NetworkSpec((3,), ("relu",))))


def test_a_new_batch_size_applies_live_mid_epoch():
    exp = ex.Experiment()  # circle: 250 training rows, batch 10
    trainer = building.build(exp)
    trainer.run_steps(3)  # 30 rows into the first epoch
    before = weights_of(trainer)
    ex.apply_live_settings(trainer, dataclasses.replace(exp.training, batch_size=20))
    assert trainer.batch_size == 20
    assert (trainer.epoch, trainer.steps) == (0, 3)
    for a, b in zip(before, weights_of(trainer), strict=True):
        np.testing.assert_array_equal(a, b)
    assert trainer.steps_until_epoch(1) == 11  # 220 rows left, 20 per step
    assert trainer.run_epochs(1) == 1
    assert trainer.steps == 14
