"""A training's outcome saved with its experiment: the "state" section of an experiment
file. `trained_state(trainer)` copies it, `state_to_dict` / `state_from_dict` turn it into
JSON values and back (checked: shapes against the network, finite numbers, one history
length), and `restore` puts it into a trainer built from the same experiment, so the loss
comes out the same to the last digit. The optimiser's own state is not kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.engine.training import HISTORY_KEYS, Trainer
from playground.engine.wording import QT_TRANSLATE_NOOP
from playground.fields import ExperimentError, check_keys


@dataclass(frozen=True, eq=False)
class TrainedState:
    """What training made of an experiment: weights[l] (D_l, D_l+1) and biases[l] (D_l+1,)
    float64 arrays, the trainer's history (one tuple per HISTORY_KEYS, NaN where a value
    does not apply), the epochs trained and `shuffle`, the state of the trainer's shuffling
    generator (None: it starts from the seed). The optimiser's state (momentum, Adam's
    averages) is not kept: it starts afresh when training continues."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    history: dict[str, tuple[float, ...]]
    epoch: int
    shuffle: dict | None = None


STATE_FIELDS = ("epoch", "weights", "biases", "history", "shuffle")


def trained_state(trainer: Trainer) -> TrainedState:
    """The trainer's weights, history, epoch and shuffling generator, copied."""
    weights, biases = trainer.net.copy_parameters()
    return TrainedState(
        weights=tuple(weights),
        biases=tuple(biases),
        history={key: tuple(trainer.history[key]) for key in HISTORY_KEYS},
        epoch=trainer.epoch,
        shuffle=trainer.shuffle_state(),
    )


def _json_number(value: float) -> float | int | None:
    return None if math.isnan(value) else value


def state_to_dict(state: TrainedState) -> dict:
    """The state as plain JSON values: nested lists of floats, NaN in the history as null."""
    history = {
        key: [int(v) if key == "epoch" else _json_number(float(v)) for v in state.history[key]]
        for key in HISTORY_KEYS
    }
    return {
        "epoch": int(state.epoch),
        "weights": [np.asarray(w, dtype=float).tolist() for w in state.weights],
        "biases": [np.asarray(b, dtype=float).tolist() for b in state.biases],
        "history": history,
        "shuffle": state.shuffle,
    }


def _array(value: Any, ndim: int, where: str) -> np.ndarray:
    """A finite float64 array of `ndim` dimensions from nested lists of numbers."""
    try:
        if not _nested_numbers(value, ndim):
            raise ValueError
        array = np.array(value, dtype=np.float64)
    except (ValueError, TypeError):
        array = None
    if array is None or array.ndim != ndim:
        wanted = (
            QT_TRANSLATE_NOOP("Experiment", "{0}: must be a list of rows of numbers, all as long")
            if ndim == 2
            else QT_TRANSLATE_NOOP("Experiment", "{0}: must be a list of numbers")
        )
        raise ExperimentError(wanted, where)
    if not np.isfinite(array).all():
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "{0}: every number must be finite"), where
        )
    return array


def _nested_numbers(value: Any, ndim: int) -> bool:
    """Whether `value` is lists nested `ndim` deep with numbers (not booleans) inside."""
    if ndim == 0:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, list) and all(_nested_numbers(v, ndim - 1) for v in value)


def _history(value: Any) -> dict[str, tuple[float, ...]]:
    """The history: every HISTORY_KEYS list, of one length, finite numbers or null (NaN)."""
    check_keys(value, "state.history", HISTORY_KEYS)
    history = {}
    for key in HISTORY_KEYS:
        where = f"state.history.{key}"
        items = value.get(key)
        if not isinstance(items, list):
            raise ExperimentError(QT_TRANSLATE_NOOP("Experiment", "{0}: must be a list"), where)
        if key == "epoch":
            if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in items):
                raise ExperimentError(
                    QT_TRANSLATE_NOOP("Experiment", "{0}: must be whole numbers >= 0"), where
                )
            history[key] = tuple(items)
        else:  # null stands for NaN (a value that does not apply), NaN itself is refused
            _array([v for v in items if v is not None], 1, where)
            history[key] = tuple(math.nan if v is None else float(v) for v in items)
    lengths = {len(items) for items in history.values()}
    if len(lengths) > 1:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "state.history: the lists have unequal lengths: {0}"),
            ", ".join(f"{key} {len(history[key])}" for key in HISTORY_KEYS),
        )
    return history


def _shuffle(value: Any) -> dict | None:
    """A NumPy PCG64 generator state (as bit_generator.state gives it), or None."""
    if value is None:
        return None
    try:
        np.random.PCG64().state = value
    except (TypeError, ValueError, KeyError, OverflowError):
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "state.shuffle: not a PCG64 generator state")
        ) from None
    return value


def state_from_dict(d: Any, hidden: tuple[int, ...]) -> TrainedState:
    """A TrainedState from its JSON values, checked against hidden layers of the widths
    `hidden` (the widths of the input and output layers are checked when it is restored)."""
    check_keys(d, "state", STATE_FIELDS)
    layers = len(hidden) + 1
    parts = {}
    for name, ndim in (("weights", 2), ("biases", 1)):
        items = d.get(name)
        if not isinstance(items, list) or len(items) != layers:
            raise ExperimentError(
                QT_TRANSLATE_NOOP("Experiment", "state.{0}: the network has {1} layers, got {2}"),
                name,
                layers,
                len(items) if isinstance(items, list) else items,
            )
        parts[name] = tuple(_array(v, ndim, f"state.{name}[{i}]") for i, v in enumerate(items))
    weights, biases = parts["weights"], parts["biases"]
    for layer, (w, b) in enumerate(zip(weights, biases)):
        rows = w.shape[0] if layer == 0 else weights[layer - 1].shape[1]
        width = hidden[layer] if layer < layers - 1 else w.shape[1]
        _check_shape(f"state.weights[{layer}]", w.shape, (rows, width))
        _check_shape(f"state.biases[{layer}]", b.shape, (width,))
    epoch = d.get("epoch", 0)
    if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch < 0:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "state.epoch: must be a whole number >= 0, got {0!r}"),
            epoch,
        )
    history = _history(d.get("history", {key: [] for key in HISTORY_KEYS}))
    return TrainedState(weights, biases, history, epoch, _shuffle(d.get("shuffle")))


def _check_shape(where: str, shape: tuple[int, ...], wanted: tuple[int, ...]) -> None:
    if shape != wanted:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "{0}: shape {1} does not match the network's {2}"),
            where,
            shape,
            wanted,
        )


def restore(trainer: Trainer, state: TrainedState) -> None:
    """Put `state` into the trainer built from its experiment: the same weights (so the
    same loss to the last digit), history, epoch and shuffling; the optimiser starts
    afresh. Raises ExperimentError if the input or output layer does not fit."""
    for name, arrays, mine in (
        ("weights", state.weights, trainer.net.weights),
        ("biases", state.biases, trainer.net.biases),
    ):
        for layer, (array, own) in enumerate(zip(arrays, mine)):
            _check_shape(f"state.{name}[{layer}]", array.shape, own.shape)
    trainer.restore(state.weights, state.biases, state.history, state.epoch, state.shuffle)
