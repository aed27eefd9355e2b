"""The one serialisable description of a run: frozen dataclasses <-> JSON, validated.

An `Experiment` holds everything needed to reproduce a run (data, features, network,
training, seed). `to_json` / `from_json` round-trip it exactly; loading checks every field
against one table (`FIELD_RULES`, built from the rules in `fields`) and raises
`ExperimentError` naming the field by dotted path and the values it allows. This module is
the single table of every limit: the controls read theirs from here and from
`engine.datasets`. `building.build` turns an experiment into a ready `Trainer`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playground.engine import activations, datasets, initializers, losses, optimizers, rules
from playground.engine.wording import QT_TRANSLATE_NOOP
from playground.fields import (
    Boolean,
    Choice,
    Column,
    ExperimentError,
    Integer,
    Invalid,
    Items,
    Nullable,
    Number,
    Rule,
    Text,
    check_keys,
)

# LIVE_FIELDS, apply_live_settings and needs_rebuild are part of the experiment's API too.
from playground.live_settings import LIVE_FIELDS as LIVE_FIELDS
from playground.live_settings import apply_live_settings as apply_live_settings
from playground.live_settings import needs_rebuild as needs_rebuild
from playground.trained_state import (
    TrainedState,
    state_from_dict,
    state_to_dict,
)

VERSION = 1

# ------------------------------------------------------------------ limits
MAX_HIDDEN_LAYERS = 8
MIN_NEURONS, MAX_NEURONS = 1, 256  # neurons in one hidden layer
DEFAULT_NEURONS = 4  # the width of a new hidden layer when there is no layer to copy
DEFAULT_ACTIVATION = "tanh"  # the activation of a new hidden layer when there is none to copy
HIDDEN_ACTIVATIONS = activations.ELEMENTWISE
MAX_BIAS = 10.0  # the initial bias lies in [-MAX_BIAS, MAX_BIAS]
MAX_ALPHA = 10.0  # α of leaky ReLU and ELU lies in [0, MAX_ALPHA]
MAX_LEARNING_RATE = 100.0  # the learning rate lies in (0, MAX_LEARNING_RATE]
MAX_BATCH_SIZE = 100_000  # samples per step, 1..MAX_BATCH_SIZE
MAX_REG_RATE = 10.0  # the regularisation rate lies in [0, MAX_REG_RATE]
MAX_EPOCHS = 10_000_000  # the epoch limit, 1..MAX_EPOCHS (or none)
MAX_SEED = 2**32 - 1  # seeds are 0..MAX_SEED
REGULARIZATIONS = ("none", "l1", "l2")


# ------------------------------------------------------------------ the dataclasses
@dataclass(frozen=True)
class DataSpec:
    """Which data set, how much of it, how noisy, and how it is split."""

    name: str = "circle"
    n: int | None = None
    noise: float = 0.0
    test_ratio: float = 0.5
    classes: int = 3
    csv_path: str | None = None
    label: str | int = -1


@dataclass(frozen=True)
class FeatureSpec:
    """Input features for 2-D data (from datasets.FEATURES); standardising for tabular data."""

    selected: tuple[str, ...] = ("x1", "x2")
    standardize: bool = True


@dataclass(frozen=True)
class NetworkSpec:
    """Hidden layer widths and activations, the output activation and the initialisation."""

    hidden: tuple[int, ...] = (4, 2)
    activations: tuple[str, ...] = ("tanh", "tanh")
    output_activation: str = "auto"
    init: str = "xavier"
    bias: float = 0.0
    alpha: float | None = None


@dataclass(frozen=True)
class TrainingSpec:
    """Loss, optimiser and its settings, regularisation, learning rule, epoch limit."""

    loss: str = "auto"
    optimizer: str = "sgd"
    lr: float = 0.03
    batch_size: int = 10
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    regularization: str = "none"
    reg_rate: float = 0.0
    rule: str = "backprop"
    epochs: int | None = None


@dataclass(frozen=True)
class Experiment:
    """A whole run: data, features, network, training and the seed of every random draw."""

    data: DataSpec = DataSpec()
    features: FeatureSpec = FeatureSpec()
    network: NetworkSpec = NetworkSpec()
    training: TrainingSpec = TrainingSpec()
    seed: int = 0
    version: int = VERSION


SECTIONS = {
    "data": DataSpec,
    "features": FeatureSpec,
    "network": NetworkSpec,
    "training": TrainingSpec,
}


_FRACTION = Number(0.0, 1.0, open_high=True)

# field path -> rule; one entry for every field of every dataclass (a test checks this).
FIELD_RULES: dict[str, Rule] = {
    "data.name": Choice(datasets.SOURCES),
    "data.n": Nullable(Integer(datasets.MIN_N, datasets.MAX_N)),
    "data.noise": Number(0.0, datasets.MAX_NOISE),
    "data.test_ratio": Number(0.0, datasets.MAX_TEST_RATIO),
    "data.classes": Integer(datasets.MIN_CLASSES, datasets.MAX_CLASSES),
    "data.csv_path": Nullable(Text(QT_TRANSLATE_NOOP("Experiment", "a file path"))),
    "data.label": Column(),
    "features.selected": Items(Choice(datasets.FEATURES), 1, len(datasets.FEATURES), True),
    "features.standardize": Boolean(),
    "network.hidden": Items(Integer(MIN_NEURONS, MAX_NEURONS), 0, MAX_HIDDEN_LAYERS),
    "network.activations": Items(Choice(HIDDEN_ACTIVATIONS), 0, MAX_HIDDEN_LAYERS),
    "network.output_activation": Choice(("auto", *activations.NAMES)),
    "network.init": Choice(initializers.NAMES),
    "network.bias": Number(-MAX_BIAS, MAX_BIAS),
    "network.alpha": Nullable(Number(0.0, MAX_ALPHA)),
    "training.loss": Choice(("auto", *losses.NAMES)),
    "training.optimizer": Choice(optimizers.NAMES),
    "training.lr": Number(0.0, MAX_LEARNING_RATE, open_low=True),
    "training.batch_size": Integer(1, MAX_BATCH_SIZE),
    "training.momentum": _FRACTION,
    "training.beta1": _FRACTION,
    "training.beta2": _FRACTION,
    "training.regularization": Choice(REGULARIZATIONS),
    "training.reg_rate": Number(0.0, MAX_REG_RATE),
    "training.rule": Choice(rules.NAMES),
    "training.epochs": Nullable(Integer(1, MAX_EPOCHS)),
    "seed": Integer(0, MAX_SEED),
    "version": Choice((VERSION,)),
}


# ------------------------------------------------------------------ validation
def _check_field(path: str, value: Any) -> Any:
    """The value FIELD_RULES[path] accepts (lists become tuples, numbers floats where needed)."""
    try:
        return FIELD_RULES[path].check(value)
    except Invalid as error:
        raise ExperimentError("{0}{1}: {2}", path, error.path, error.message) from None


def _parse_section(cls: type, d: Any, path: str) -> Any:
    """A section dataclass from its dict; missing fields take their defaults."""
    names = [f.name for f in dataclasses.fields(cls)]
    check_keys(d, path, names)
    return cls(**{k: _check_field(f"{path}.{k}", v) for k, v in d.items()})


def _parse_part(key: str, value: Any) -> Any:
    """A top-level entry: a section dataclass, or a checked plain field (seed, version)."""
    if key in SECTIONS:
        return _parse_section(SECTIONS[key], value, key)
    return _check_field(key, value)


def _check_consistency(exp: Experiment) -> None:
    """Rules that relate two fields of the same experiment."""
    net, data = exp.network, exp.data
    if len(net.activations) != len(net.hidden):
        raise ExperimentError(
            QT_TRANSLATE_NOOP(
                "Experiment",
                "network.activations: {0} hidden layers need {0} activations, got {1}",
            ),
            len(net.hidden),
            len(net.activations),
        )
    if data.name == datasets.CSV and data.csv_path is None:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "data.csv_path: required when data.name is csv")
        )


def from_dict(d: dict) -> Experiment:
    """A validated Experiment from a JSON-like dict; missing sections and fields use defaults."""
    check_keys(d, "", [*SECTIONS, "seed", "version"])
    exp = Experiment(**{key: _parse_part(key, value) for key, value in d.items()})
    _check_consistency(exp)
    return exp


def validate(exp: Experiment) -> None:
    """Raise ExperimentError unless every field of `exp` is allowed (the rules of from_dict)."""
    from_dict(to_dict(exp))


def to_dict(exp: Experiment) -> dict:
    """A plain dict of the experiment (tuples stay tuples; json writes them as lists)."""
    return dataclasses.asdict(exp)


def to_json(exp: Experiment, state: TrainedState | None = None) -> str:
    """The experiment (and its trained `state`, if given) as indented JSON text; floats are
    written so they read back exactly."""
    d = to_dict(exp)
    if state is not None:
        d["state"] = state_to_dict(state)
    return json.dumps(d, indent=2, allow_nan=False)


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "not valid JSON: line {0} column {1}: {2}"),
            error.lineno,
            error.colno,
            error.msg,
        ) from None


def from_json_with_state(text: str) -> tuple[Experiment, TrainedState | None]:
    """A validated Experiment and its trained state (None if the text has none)."""
    d = _parse_json(text)
    state = d.pop("state", None) if isinstance(d, dict) else None
    exp = from_dict(d)
    return exp, None if state is None else state_from_dict(state, exp.network.hidden)


def from_json(text: str) -> Experiment:
    """A validated Experiment from JSON text (a trained state in it is checked, then left)."""
    return from_json_with_state(text)[0]


def save(exp: Experiment, path: str | Path, state: TrainedState | None = None) -> None:
    """Write the experiment (with its trained `state`, if given) to a JSON file, validated
    first. The write is atomic: a temporary file in the same folder, flushed and synced to
    disk, then renamed over `path`; on any failure the old file stays as it was and the
    temporary file is removed. A file that cannot be written raises ExperimentError."""
    validate(exp)
    if state is not None:
        state_from_dict(state_to_dict(state), exp.network.hidden)
    text = to_json(exp, state) + "\n"
    path = Path(path)
    try:
        _write_atomically(path, text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "cannot write {0}: {1}"), path, reason
        ) from None


def _write_atomically(path: Path, text: str) -> None:
    """Replace `path` by a file holding `text`, or leave it untouched."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "cannot read {0}: {1}"), path, reason
        ) from None


def load(path: str | Path) -> Experiment:
    """Read and validate an experiment file; unreadable files raise ExperimentError too."""
    return from_json(_read(path))


def load_with_state(path: str | Path) -> tuple[Experiment, TrainedState | None]:
    """Read and validate an experiment file and its trained state (None if it has none)."""
    return from_json_with_state(_read(path))
