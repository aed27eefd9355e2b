"""The one serialisable description of a run: frozen dataclasses <-> JSON, validated.

An `Experiment` holds everything needed to reproduce a run (data, features, network,
training, seed). `to_json` / `from_json` round-trip it exactly; loading checks every field
against one table (`RULES`) and raises `ExperimentError` naming the field by dotted path
and the values it allows. `build` turns an experiment into a ready `Trainer`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from playground.engine import activations, datasets, initializers, losses, optimizers, rules
from playground.engine.datasets import Dataset
from playground.engine.network import Network
from playground.engine.training import Trainer

VERSION = 1
MAX_HIDDEN_LAYERS = 8
MAX_NEURONS = 256
REGULARIZATIONS = ("none", "l1", "l2")


class ExperimentError(ValueError):
    """An experiment that cannot be loaded or built; the message names the field."""


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


# ------------------------------------------------------------------ field rules
class _Invalid(Exception):
    """Raised by a rule; `path` is the part of the field path below the rule's field."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(message)
        self.path = path


class Rule(Protocol):
    """What one field accepts: `check` returns the value normalised or raises _Invalid."""

    def describe(self) -> str: ...

    def check(self, value: Any) -> Any: ...


def _wrong(rule: Rule, value: Any) -> _Invalid:
    return _Invalid(f"must be {rule.describe()}, got {value!r}")


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Number:
    """A real number in a range; `open_low` / `open_high` exclude the bound itself."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False

    def describe(self) -> str:
        low = ">" if self.open_low else ">="
        high = "<" if self.open_high else "<="
        return f"a number {low} {self.low:g} and {high} {self.high:g}"

    def check(self, value: Any) -> float:
        if not (_is_integer(value) or isinstance(value, float)):
            raise _wrong(self, value)
        above = value > self.low if self.open_low else value >= self.low
        below = value < self.high if self.open_high else value <= self.high
        if not (above and below):
            raise _wrong(self, value)
        return float(value)


@dataclass(frozen=True)
class Integer:
    """A whole number low..high (a bool is not an integer)."""

    low: int
    high: int

    def describe(self) -> str:
        return f"an integer {self.low}..{self.high}"

    def check(self, value: Any) -> int:
        if not (_is_integer(value) and self.low <= value <= self.high):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of values."""

    allowed: tuple[Any, ...]

    def describe(self) -> str:
        return f"one of {', '.join(map(str, self.allowed))}"

    def check(self, value: Any) -> Any:
        if isinstance(value, bool) or value not in self.allowed:
            allowed = ", ".join(map(str, self.allowed))
            raise _Invalid(f"{value!r} is not allowed; allowed: {allowed}")
        return self.allowed[self.allowed.index(value)]


@dataclass(frozen=True)
class Boolean:
    """true or false."""

    def describe(self) -> str:
        return "true or false"

    def check(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Text:
    """A non-empty string."""

    what: str

    def describe(self) -> str:
        return f"a non-empty text ({self.what})"

    def check(self, value: Any) -> str:
        if not (isinstance(value, str) and value):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Column:
    """A CSV column given by its header name (text) or its index (negative counts from the end)."""

    def describe(self) -> str:
        return "a column name (text) or an integer column index"

    def check(self, value: Any) -> str | int:
        if not (_is_integer(value) or isinstance(value, str)):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Nullable:
    """null, or a value the inner rule accepts."""

    inner: Rule

    def describe(self) -> str:
        return f"null or {self.inner.describe()}"

    def check(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self.inner.check(value)
        except _Invalid as error:
            raise _wrong(self, value) from error


@dataclass(frozen=True)
class Items:
    """A list of min_len..max_len items, each checked by `item`; optionally all different."""

    item: Rule
    min_len: int
    max_len: int
    unique: bool = False

    def describe(self) -> str:
        return f"a list of {self.min_len}..{self.max_len} items, each {self.item.describe()}"

    def check(self, value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _wrong(self, value)
        if not self.min_len <= len(value) <= self.max_len:
            raise _Invalid(f"must have {self.min_len}..{self.max_len} items, got {len(value)}")
        checked = []
        for index, item in enumerate(value):
            try:
                checked.append(self.item.check(item))
            except _Invalid as error:
                raise _Invalid(str(error), f"[{index}]{error.path}") from None
            if self.unique and item in checked[:-1]:
                raise _Invalid(f"{item!r} appears more than once", f"[{index}]")
        return tuple(checked)


_FRACTION = Number(0.0, 1.0, open_high=True)
_HIDDEN_ACTIVATIONS = tuple(name for name in activations.NAMES if name != "softmax")

# field path -> rule; one entry for every field of every dataclass (a test checks this).
RULES: dict[str, Rule] = {
    "data.name": Choice((*datasets.NAMES, "csv")),
    "data.n": Nullable(Integer(datasets.MIN_N, datasets.MAX_N)),
    "data.noise": Number(0.0, datasets.MAX_NOISE),
    "data.test_ratio": Number(0.0, datasets.MAX_TEST_RATIO),
    "data.classes": Integer(datasets.MIN_CLASSES, datasets.MAX_CLASSES),
    "data.csv_path": Nullable(Text("a file path")),
    "data.label": Column(),
    "features.selected": Items(Choice(datasets.FEATURES), 1, len(datasets.FEATURES), True),
    "features.standardize": Boolean(),
    "network.hidden": Items(Integer(1, MAX_NEURONS), 0, MAX_HIDDEN_LAYERS),
    "network.activations": Items(Choice(_HIDDEN_ACTIVATIONS), 0, MAX_HIDDEN_LAYERS),
    "network.output_activation": Choice(("auto", *activations.NAMES)),
    "network.init": Choice(initializers.NAMES),
    "network.bias": Number(-10.0, 10.0),
    "network.alpha": Nullable(Number(0.0, 10.0)),
    "training.loss": Choice(("auto", *losses.NAMES)),
    "training.optimizer": Choice(optimizers.NAMES),
    "training.lr": Number(0.0, 100.0, open_low=True),
    "training.batch_size": Integer(1, 100_000),
    "training.momentum": _FRACTION,
    "training.beta1": _FRACTION,
    "training.beta2": _FRACTION,
    "training.regularization": Choice(REGULARIZATIONS),
    "training.reg_rate": Number(0.0, 10.0),
    "training.rule": Choice(rules.NAMES),
    "training.epochs": Nullable(Integer(1, 10_000_000)),
    "seed": Integer(0, 2**32 - 1),
    "version": Choice((VERSION,)),
}


# ------------------------------------------------------------------ validation
def _check_keys(mapping: Any, path: str, allowed: Sequence[str]) -> None:
    """Raise unless `mapping` is a dict whose keys are all in `allowed`."""
    if not isinstance(mapping, dict):
        raise ExperimentError(f"{path or 'experiment'}: must be an object, got {mapping!r}")
    for key in mapping:
        if key not in allowed:
            name = f"{path}.{key}" if path else str(key)
            raise ExperimentError(f"{name}: unknown field; allowed: {', '.join(allowed)}")


def _check_field(path: str, value: Any) -> Any:
    """The value RULES[path] accepts (lists become tuples, numbers floats where needed)."""
    try:
        return RULES[path].check(value)
    except _Invalid as error:
        raise ExperimentError(f"{path}{error.path}: {error}") from None


def _parse_section(cls: type, d: Any, path: str) -> Any:
    """A section dataclass from its dict; missing fields take their defaults."""
    names = [f.name for f in dataclasses.fields(cls)]
    _check_keys(d, path, names)
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
            f"network.activations: {len(net.hidden)} hidden layers need "
            f"{len(net.hidden)} activations, got {len(net.activations)}"
        )
    if data.name == "csv" and data.csv_path is None:
        raise ExperimentError("data.csv_path: required when data.name is csv")


def from_dict(d: dict) -> Experiment:
    """A validated Experiment from a JSON-like dict; missing sections and fields use defaults."""
    _check_keys(d, "", [*SECTIONS, "seed", "version"])
    exp = Experiment(**{key: _parse_part(key, value) for key, value in d.items()})
    _check_consistency(exp)
    return exp


def validate(exp: Experiment) -> None:
    """Raise ExperimentError unless every field of `exp` is allowed (the rules of from_dict)."""
    from_dict(to_dict(exp))


def to_dict(exp: Experiment) -> dict:
    """A plain dict of the experiment (tuples stay tuples; json writes them as lists)."""
    return dataclasses.asdict(exp)


def to_json(exp: Experiment) -> str:
    """The experiment as indented JSON text; floats are written so they read back exactly."""
    return json.dumps(to_dict(exp), indent=2, allow_nan=False)


def from_json(text: str) -> Experiment:
    """A validated Experiment from JSON text."""
    try:
        d = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExperimentError(
            f"not valid JSON: line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    return from_dict(d)


def save(exp: Experiment, path: str | Path) -> None:
    """Write the experiment to a JSON file (validated first)."""
    validate(exp)
    Path(path).write_text(to_json(exp) + "\n", encoding="utf-8")


def load(path: str | Path) -> Experiment:
    """Read and validate an experiment file; unreadable files raise ExperimentError too."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ExperimentError(f"cannot read {path}: {reason}") from None
    return from_json(text)


# ------------------------------------------------------------------ resolving "auto"
def resolve_output(exp: Experiment, dataset: Dataset) -> tuple[str, int]:
    """The output activation and the number of output neurons for this data.

    auto: a rule's own output (perceptron: step, adaline: linear); regression: linear;
    2 classes: sigmoid; K > 2 classes: softmax. Width: 1 for regression and for 2 classes,
    except softmax, which has one neuron per class; K > 2 classes always get K outputs.
    """
    name = exp.network.output_activation
    if name == "auto":
        name = _auto_output(exp.training.rule, dataset)
    return name, _output_width(name, exp.training.rule, dataset)


def _output_width(output: str, rule: str, dataset: Dataset) -> int:
    if dataset.task == "regression" or rule != "backprop":
        return 1
    return dataset.n_classes if output == "softmax" or dataset.n_classes > 2 else 1


def _auto_output(rule: str, dataset: Dataset) -> str:
    if rule in rules.OUTPUT_OF_RULE:
        return rules.OUTPUT_OF_RULE[rule]
    if dataset.task == "regression":
        return "linear"
    return "sigmoid" if dataset.n_classes == 2 else "softmax"


def resolve_loss(exp: Experiment, dataset: Dataset, output_activation: str) -> str:
    """The loss: auto is mse for the classic rules and regression, else the output's partner.

    (sigmoid -> bce, softmax -> cross_entropy, any other output -> mse.)
    """
    if exp.training.loss != "auto":
        return exp.training.loss
    if exp.training.rule != "backprop" or dataset.task == "regression":
        return "mse"
    partner = {output: loss for loss, output in losses.FUSED_OUTPUT.items()}
    return partner.get(output_activation, "mse")


# ------------------------------------------------------------------ building a run
def raw_dataset(exp: Experiment, base_dir: str | Path | None = None) -> Dataset:
    """The experiment's data as generated or read, before features (see `build`)."""
    if exp.data.name == "csv":
        return _read_csv(exp, Path(base_dir or ".") / exp.data.csv_path)
    return _generate(exp)


def make_dataset(
    exp: Experiment, base_dir: str | Path | None = None, raw: Dataset | None = None
) -> Dataset:
    """The experiment's data with its features applied; `raw` saves reading it again."""
    ds = raw if raw is not None else raw_dataset(exp, base_dir)
    if datasets.is_2d(ds):
        return datasets.with_features(ds, exp.features.selected)
    return datasets.standardize(ds) if exp.features.standardize else ds


def _read_csv(exp: Experiment, path: Path) -> Dataset:
    """The CSV data set at `path`; its problems become errors of data.csv_path."""
    try:
        return datasets.load_csv(
            path, label=exp.data.label, test_ratio=exp.data.test_ratio, seed=exp.seed
        )
    except datasets.CSVError as error:
        raise ExperimentError(f"data.csv_path: {path}: {error}") from None
    except OSError as error:
        raise ExperimentError(f"data.csv_path: cannot read {path}: {error.strerror}") from None


def _generate(exp: Experiment) -> Dataset:
    """A named data set from `datasets.make`."""
    data = exp.data
    try:
        return datasets.make(
            data.name,
            n=data.n,
            noise=data.noise,
            test_ratio=data.test_ratio,
            seed=exp.seed,
            classes=data.classes,
        )
    except ValueError as error:  # validated fields leave only n > the rows of iris/digits
        raise ExperimentError(f"data.n: {error}") from None


def _check_compatible(exp: Experiment, ds: Dataset, output: str, loss: str) -> None:
    """Raise ExperimentError for combinations the engine cannot train, naming the fields."""
    for failed, message in _incompatibilities(exp, ds, output, loss):
        if failed:
            raise ExperimentError(message)


def _incompatibilities(
    exp: Experiment, ds: Dataset, output: str, loss: str
) -> tuple[tuple[bool, str], ...]:
    """(condition, message) pairs, in the order they are reported."""
    rule = exp.training.rule
    classic = rule != "backprop"
    return (
        (
            classic and bool(exp.network.hidden),
            f"network.hidden: the {rule} rule (training.rule) trains a single neuron: "
            "remove the hidden layers",
        ),
        (
            classic and output != rules.OUTPUT_OF_RULE.get(rule),
            f"network.output_activation: the {rule} rule (training.rule) needs a "
            f"{rules.OUTPUT_OF_RULE.get(rule)} output, not {output}",
        ),
        (
            classic and ds.n_classes > 2,
            f"data.name: the {rule} rule (training.rule) has one output and separates "
            f"2 classes; {ds.name} has {ds.n_classes}",
        ),
        (
            rule == "perceptron" and ds.task == "regression",
            f"data.name: the perceptron rule (training.rule) classifies; {ds.name} is a "
            "regression data set",
        ),
        (
            ds.task == "regression" and output == "softmax",
            f"network.output_activation: softmax is for classification; {ds.name} is a "
            "regression data set",
        ),
        (
            ds.task == "regression" and loss in losses.FUSED_OUTPUT,
            f"training.loss: {loss} is for classification; {ds.name} is a regression data set",
        ),
        (
            loss in losses.FUSED_OUTPUT and output != losses.FUSED_OUTPUT[loss],
            f"training.loss: the {loss} loss needs a {losses.FUSED_OUTPUT.get(loss)} output, "
            f"not {output} (network.output_activation)",
        ),
    )


def regularization_rates(spec: TrainingSpec) -> tuple[float, float]:
    """(l1, l2) penalty rates from the regularisation choice and its rate."""
    return (
        spec.reg_rate if spec.regularization == "l1" else 0.0,
        spec.reg_rate if spec.regularization == "l2" else 0.0,
    )


def _optimizer_settings(spec: TrainingSpec) -> dict[str, float]:
    return {"momentum": spec.momentum, "beta1": spec.beta1, "beta2": spec.beta2}


def build(
    exp: Experiment, base_dir: str | Path | None = None, raw: Dataset | None = None
) -> Trainer:
    """A Trainer ready to run the experiment (validated first); same seed, same run.

    A relative data.csv_path is taken from `base_dir` (e.g. the experiment file's folder),
    else from the current directory. `raw` is the `raw_dataset(exp)` if already made.
    """
    validate(exp)
    ds = make_dataset(exp, base_dir, raw)
    output, width = resolve_output(exp, ds)
    loss = resolve_loss(exp, ds, output)
    _check_compatible(exp, ds, output, loss)
    net_spec, train = exp.network, exp.training
    layer_activations = [activations.get(a, net_spec.alpha) for a in net_spec.activations]
    net = Network(
        [ds.X_train.shape[1], *net_spec.hidden, width],
        activations=[*layer_activations, activations.get(output, net_spec.alpha)],
        init=net_spec.init,
        seed=exp.seed,
        bias=net_spec.bias,
    )
    l1, l2 = regularization_rates(train)
    return Trainer(
        net,
        ds,
        loss=loss,
        optimizer=train.optimizer,
        lr=train.lr,
        batch_size=train.batch_size,
        l1=l1,
        l2=l2,
        seed=exp.seed,
        rule=train.rule,
        **_optimizer_settings(train),
    )


# ------------------------------------------------------------------ live changes
_OPTIMIZER_FIELDS = {"sgd": (), "momentum": ("momentum",), "adam": ("beta1", "beta2")}
LIVE_FIELDS = ("lr", "optimizer", "momentum", "beta1", "beta2", "regularization", "reg_rate")
# Fields a running trainer does not hold at all: the caller enforces them.
_CALLER_FIELDS = ("epochs",)


def apply_live_settings(trainer: Trainer, spec: TrainingSpec) -> None:
    """Apply lr, optimiser settings and regularisation to a running trainer without a reset.

    The optimiser (and its state: velocity, Adam moments) is kept when only lr changes; it
    is made afresh when its kind or one of its own settings changes.
    """
    fresh = optimizers.make(spec.optimizer, spec.lr, **_optimizer_settings(spec))
    current = trainer.optimizer
    same_kind = type(fresh) is type(current)
    fields = _OPTIMIZER_FIELDS[spec.optimizer]
    if not (same_kind and all(getattr(current, f) == getattr(fresh, f) for f in fields)):
        trainer.set_optimizer(spec.optimizer, **_optimizer_settings(spec))
    trainer.lr = spec.lr
    trainer.l1, trainer.l2 = regularization_rates(spec)


def needs_rebuild(old: Experiment, new: Experiment) -> bool:
    """True unless the experiments differ only in settings a running trainer can take.

    Those are LIVE_FIELDS (see `apply_live_settings`) and the epoch limit.
    """
    live = {f: getattr(new.training, f) for f in (*LIVE_FIELDS, *_CALLER_FIELDS)}
    return dataclasses.replace(old, training=dataclasses.replace(old.training, **live)) != new
