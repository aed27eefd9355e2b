"""The lessons of the course: ready experiments, each with a short text in English and in
Portuguese (Brazil). Qt-free.

A lesson is a file resources/lessons/NN_key.json (NN its number, from 01, in the course's
order). It holds the lesson's texts, each as {"en": ..., "pt_BR": ...}: `title`, `shows`
(what the lesson shows), `try` (two to four concrete actions), `notice` (what to notice)
and `question` (to answer before pressing Play); the experiment, inline under `experiment`
in the format of resources/experiments, or the name of a shipped example under `example`;
the window's `tab` to open and its `setup` (see SETUPS); and optionally `weights`, the
starting weights and biases {"W": [matrix per layer], "b": [vector per layer]}, W of layer
l being (D_l, D_{l+1}) as in the engine. A relative CSV path of an inline experiment is
read from the lessons' folder. `load_lessons` reads and checks them all; a problem raises
LessonError naming the file and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from playground import experiment, shipped
from playground.engine import activations, descent, shapes, single_neuron
from playground.engine.network import MAX_WIDTH
from playground.engine.training import HISTORY_KEYS
from playground.experiment import Experiment, ExperimentError
from playground.fields import Boolean, Choice, Integer, Invalid, Items, Number, Rule, Text
from playground.trained_state import TrainedState

FOLDER = "lessons"  # under playground/resources
LANGUAGES = ("en", "pt_BR")  # every text is given in each
MIN_TRIES, MAX_TRIES = 2, 4  # actions under "try"
MAX_WEIGHT = 100.0  # a given weight or bias lies in [-MAX_WEIGHT, MAX_WEIGHT]
FILE_NAME = re.compile(r"(\d{2})_([a-z0-9_]+)\.json")

# The tab a lesson opens (the window's tab names) -> the settings of its `setup`, each
# required: the Shapes preset; the rate lab's cost, start w₀, rate preset and secant mode;
# the single-neuron lab's data and rule; the explorer's function and view; the Backprop
# tab's sample. The other tabs take none.
SETUPS: Mapping[str, Mapping[str, Rule]] = MappingProxyType(
    {
        "network": {},
        "explorer": {
            "function": Choice(activations.ELEMENTWISE),
            "view": Choice(("function", "depth", "softmax")),
        },
        "backprop": {"sample": Integer(0, 1000)},
        "neuron": {"data": Choice(single_neuron.DATA), "rule": Choice(single_neuron.RULES)},
        "rate": {
            "cost": Choice(tuple(descent.COSTS)),
            "start": Number(-10.0, 10.0),
            "preset": Choice(("too small", "good", "too large")),
            "secant": Boolean(),
        },
        "shapes": {"preset": Choice(tuple(shapes.PRESETS))},
        "summary": {},
    }
)
TEXT_FIELDS = ("title", "shows", "try", "notice", "question")
FIELDS = ("number", "key", "tab", "setup", "experiment", "example", "weights", *TEXT_FIELDS)

_SENTENCE = Text("a sentence")
_TRIES = Items(_SENTENCE, MIN_TRIES, MAX_TRIES)
_MATRIX = Items(Items(Number(-MAX_WEIGHT, MAX_WEIGHT), 1, MAX_WIDTH), 1, MAX_WIDTH)
_VECTOR = Items(Number(-MAX_WEIGHT, MAX_WEIGHT), 1, MAX_WIDTH)


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class LessonText:
    """A lesson's words in one language: its title, what it shows, two to four actions to
    try, what to notice, and the question to answer before pressing Play."""

    title: str
    shows: str
    tries: tuple[str, ...]
    notice: str
    question: str


@dataclass(frozen=True, eq=False)
class Weights:
    """Given weights and biases, one read-only array per layer: W[l] (D_l, D_{l+1}) and
    b[l] (D_{l+1},)."""

    W: tuple[np.ndarray, ...]
    b: tuple[np.ndarray, ...]

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        """The network's widths these weights are for, input first."""
        return (self.W[0].shape[0], *(w.shape[1] for w in self.W))


@dataclass(frozen=True, eq=False)
class Lesson:
    """One lesson: its `number` (1, 2, ...) and `key`, its texts by language, the
    experiment it opens (relative CSV paths read from `base_dir`), the `tab` it shows with
    its `setup` (see SETUPS) and, if given, the `weights` its network starts from."""

    number: int
    key: str
    texts: Mapping[str, LessonText]
    experiment: Experiment
    base_dir: Path
    tab: str
    setup: Mapping[str, Any]
    weights: Weights | None = None

    def text(self, language: str) -> LessonText:
        """The texts in `language` ('en' or 'pt_BR'); English for any other."""
        return self.texts.get(language, self.texts["en"])


def folder() -> Path:
    """The folder of the lesson files (and of the files their experiments read)."""
    return Path(str(shipped.resource(FOLDER)))


def load_lessons() -> tuple[Lesson, ...]:
    """Every lesson in resources/lessons, in order; LessonError if one cannot be used or
    their numbers are not 1, 2, ... without a gap."""
    files = sorted(f for f in shipped.resource(FOLDER).iterdir() if f.name.endswith(".json"))
    lessons = tuple(read_lesson(f.name, f.read_text(encoding="utf-8")) for f in files)
    for expected, lesson in enumerate(lessons, start=1):
        if lesson.number != expected:
            raise LessonError(f"lesson {expected} is missing; the lessons are numbered 1, 2, …")
    return lessons


def read_lesson(name: str, text: str, base_dir: Path | None = None) -> Lesson:
    """The lesson in the file called `name` (NN_key.json) whose JSON text is `text`;
    relative CSV paths of its experiment are read from `base_dir` (default: `folder()`)."""
    try:
        return _parse(name, text, base_dir or folder())
    except (Invalid, ExperimentError) as error:
        field = f"{error.path}: " if getattr(error, "path", "") else ""
        raise LessonError(f"{name}: {field}{error}") from None


def _parse(name: str, text: str, base_dir: Path) -> Lesson:
    match = FILE_NAME.fullmatch(name)
    if match is None:
        raise Invalid("the file name must be NN_key.json, e.g. 01_dot_product.json")
    try:
        d = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise Invalid(f"not valid JSON: {where}: {error.msg}") from None
    if not isinstance(d, dict):
        raise Invalid("a lesson file must hold an object")
    unknown = [k for k in d if k not in FIELDS]
    if unknown:
        raise Invalid(f"unknown field; allowed: {', '.join(FIELDS)}", unknown[0])
    number, key = int(match[1]), match[2]
    if _field(d, "number", Integer(1, 99)) != number or _field(d, "key", Text("a key")) != key:
        raise Invalid(f"number and key must be those of the file name: {number} and {key}")
    tab = _field(d, "tab", Choice(tuple(SETUPS)))
    exp, exp_dir = _experiment(d, base_dir)
    weights = _weights(d["weights"], exp) if "weights" in d else None
    return Lesson(
        number=number,
        key=key,
        texts=MappingProxyType(_texts(d)),
        experiment=exp,
        base_dir=exp_dir,
        tab=tab,
        setup=MappingProxyType(_setup(d.get("setup", {}), tab)),
        weights=weights,
    )


def _check(value: Any, rule: Rule, path: str) -> Any:
    """`value` checked by `rule`; Invalid naming the field `path` if not allowed."""
    try:
        return rule.check(value)
    except Invalid as error:
        raise Invalid(str(error), f"{path}{error.path}") from None


def _field(d: dict, name: str, rule: Rule) -> Any:
    """d[name] checked by `rule`; Invalid naming the field if missing or not allowed."""
    if name not in d:
        raise Invalid(f"required: {rule.describe()}", name)
    return _check(d[name], rule, name)


def _texts(d: dict) -> dict[str, LessonText]:
    """The lesson's texts by language; every text field gives each of LANGUAGES, and
    `try` the same number of actions in each."""
    given = {name: _field(d, name, _Translated()) for name in TEXT_FIELDS}
    texts = {}
    for language in LANGUAGES:
        words = {
            name: _check(
                given[name][language], _TRIES if name == "try" else _SENTENCE, f"{name}.{language}"
            )
            for name in TEXT_FIELDS
        }
        texts[language] = LessonText(
            words["title"], words["shows"], words["try"], words["notice"], words["question"]
        )
    if len({len(text.tries) for text in texts.values()}) > 1:
        raise Invalid("every language must give the same number of actions", "try")
    return texts


class _Translated:
    """An object with one entry per language of LANGUAGES, and no other."""

    def describe(self) -> str:
        return f"an object with the keys {', '.join(LANGUAGES)}"

    def check(self, value: Any) -> dict:
        if not isinstance(value, dict) or sorted(value) != sorted(LANGUAGES):
            raise Invalid(f"must be {self.describe()}, got {value!r}")
        return value


def _experiment(d: dict, base_dir: Path) -> tuple[Experiment, Path]:
    """The lesson's experiment and the folder its relative CSV paths are read from."""
    if ("experiment" in d) == ("example" in d):
        raise Invalid("give either experiment (inline) or example (a shipped example's name)")
    if "example" in d:
        name = _field(d, "example", Choice(shipped.example_names()))
        path = shipped.example(name)
        return experiment.from_json(path.read_text(encoding="utf-8")), Path(str(path)).parent
    try:
        return experiment.from_dict(d["experiment"]), base_dir
    except ExperimentError as error:
        raise Invalid(f"experiment.{error}") from None


def _setup(setup: Any, tab: str) -> dict:
    """The checked setup of `tab`: exactly the settings SETUPS lists for it."""
    rules = SETUPS[tab]
    if not isinstance(setup, dict):
        raise Invalid(f"must be an object, got {setup!r}", "setup")
    unknown = [k for k in setup if k not in rules]
    if unknown:
        allowed = ", ".join(rules) or "nothing"
        raise Invalid(
            f"unknown setting for the {tab} tab; allowed: {allowed}", f"setup.{unknown[0]}"
        )
    missing = [k for k in rules if k not in setup]
    if missing:
        raise Invalid(f"required: {rules[missing[0]].describe()}", f"setup.{missing[0]}")
    return {name: _check(setup[name], rule, f"setup.{name}") for name, rule in rules.items()}


def _weights(d: Any, exp: Experiment) -> Weights:
    """Given weights, checked against each other and the experiment's hidden layers."""
    if not isinstance(d, dict) or sorted(d) != ["W", "b"]:
        raise Invalid("must be an object with the keys W and b", "weights")
    layers = len(exp.network.hidden) + 1
    W = _field(d, "W", Items(_MATRIX, layers, layers))
    b = _field(d, "b", Items(_VECTOR, layers, layers))
    arrays_W = []
    for layer, (rows, bias) in enumerate(zip(W, b)):
        if len({len(row) for row in rows}) != 1:
            raise Invalid("every row of a matrix must have the same length", f"weights.W[{layer}]")
        matrix = np.array(rows, dtype=float)
        wanted_in = arrays_W[-1].shape[1] if arrays_W else matrix.shape[0]
        wanted_out = exp.network.hidden[layer] if layer < layers - 1 else matrix.shape[1]
        if matrix.shape != (wanted_in, wanted_out) or len(bias) != wanted_out:
            raise Invalid(
                f"layer {layer + 1} needs W ({wanted_in} × {wanted_out}) and b ({wanted_out}), "
                f"got W {matrix.shape[0]} × {matrix.shape[1]} and b ({len(bias)})",
                "weights",
            )
        arrays_W.append(matrix)
    return Weights(tuple(map(_frozen, arrays_W)), tuple(_frozen(np.array(v)) for v in b))


def _frozen(array: np.ndarray) -> np.ndarray:
    copy = np.array(array, dtype=float)
    copy.setflags(write=False)
    return copy


def starting_state(weights: Weights) -> TrainedState:
    """The given weights as a trained state at epoch 0, with no history yet: the trainer
    it is restored into measures epoch 0 with them (`Trainer.restore`)."""
    return TrainedState(weights.W, weights.b, {key: () for key in HISTORY_KEYS}, 0)
