"""What the views draw: a read-only copy of a training run at one moment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from playground.engine import targets
from playground.engine.grid import Grid
from playground.engine.inspection import neuron_flags
from playground.engine.training import HISTORY_KEYS, Trainer

FLAG_ROWS = 5000  # neuron flags look at no more training rows than this, per snapshot
PREDICTED_ROWS = 24  # the first test rows whose predicted classes a snapshot carries


def _frozen(a: np.ndarray) -> np.ndarray:
    """A read-only copy of `a` (an array the engine goes on changing)."""
    return _read_only(np.array(a, copy=True))


def _read_only(a: np.ndarray) -> np.ndarray:
    """`a` itself, made read-only: for arrays made for this snapshot alone."""
    a.setflags(write=False)
    return a


class ParameterRef(NamedTuple):
    """One parameter of the network: the weight W[layer][row, column], or the bias
    b[layer][column] when `row` is None. Layers count from 0 (W[0] is fed by the inputs)."""

    layer: int
    row: int | None
    column: int

    @property
    def is_bias(self) -> bool:
        return self.row is None


class NeuronFlags(NamedTuple):
    """The flags of one layer's neurons: dead (D,) bool and saturated (D,) bool."""

    dead: np.ndarray
    saturated: np.ndarray


class TracedSample(NamedTuple):
    """One training row traced through the network, for equations with real numbers.

    index: the row of the training set; zs[l] (D_l+1,) the pre-activations of layer l;
    activations[0] (D_0,) the row's inputs and activations[l + 1] (D_l+1,) layer l's outputs.
    """

    index: int
    zs: tuple[np.ndarray, ...]
    activations: tuple[np.ndarray, ...]


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What the views need to draw one frame; every array is a read-only copy.

    generation: increases with every new run (reset), so views know to start afresh.
    history: rows recorded since the previous snapshot of this generation, each key of
        `training.HISTORY_KEYS` -> (rows,) float64.
    metrics: the latest train_loss, test_loss, train_accuracy, test_accuracy (NaN if none).
    weights[l] (D_l, D_l+1), biases[l] (D_l+1,); gradients (dW, db) alike, or None.
    grid_layers[l] (R, R, D_l+1) float32 activations over the grid, or None without a grid.
    confusion: "train" and (if there is a test split) "test" -> targets.ClassMetrics (the
        matrix, accuracy, precision and recall of the weights at this moment), or None.
    test_predicted (min(M, PREDICTED_ROWS),) int: the predicted classes of the first test
        rows, or None (regression).
    flags: per layer the NeuronFlags over the training set (its first FLAG_ROWS rows,
        which are in random order).
    details_epoch: the epoch at which `flags` and `confusion` were computed (while training
        they are refreshed less often than the rest, so they may be a little older).
    sample: one training row traced through the network (TracedSample), or None.
    """

    generation: int
    epoch: int
    steps: int
    history: dict[str, np.ndarray]
    metrics: dict[str, float]
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    gradients: tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]] | None
    grid_layers: tuple[np.ndarray, ...] | None
    confusion: dict[str, targets.ClassMetrics] | None
    running: bool
    stop_reason: str | None
    epochs_per_second: float
    flags: tuple[NeuronFlags, ...] = ()
    sample: TracedSample | None = None
    test_predicted: np.ndarray | None = None
    details_epoch: int = 0

    def parameter(self, ref: ParameterRef) -> float:
        """The value of the weight or bias `ref` in this snapshot."""
        if ref.is_bias:
            return float(self.biases[ref.layer][ref.column])
        return float(self.weights[ref.layer][ref.row, ref.column])


def take_snapshot(
    tr: Trainer,
    grid: Grid | None,
    generation: int,
    history_from: int,
    running: bool = False,
    epochs_per_second: float = 0.0,
    sample_index: int = 0,
    details_from: Snapshot | None = None,
) -> Snapshot:
    """Read-only copies of what the views need from `tr`, with the history rows from
    index `history_from` on and the network evaluated over `grid` (None: no grid work).
    The flags and the confusion matrix are computed afresh, or taken from `details_from`
    (an earlier snapshot of the same run: they are read-only, so they can be shared)."""
    with np.errstate(all="ignore"):
        history = {
            k: _read_only(np.array(tr.history[k][history_from:], float)) for k in HISTORY_KEYS
        }
        gradients = tr.gradients
        if gradients is not None:
            gradients = tuple(tuple(_frozen(g) for g in part) for part in gradients)
        grid_layers = None
        if grid is not None:
            grid_layers = tuple(_read_only(a) for a in grid.evaluate(tr.net))
        X = tr.dataset.X_train
        if details_from is None:
            flags, confusion, test_predicted = _details(tr)
            details_epoch = tr.epoch
        else:
            flags, confusion = details_from.flags, details_from.confusion
            test_predicted = details_from.test_predicted
            details_epoch = details_from.details_epoch
        row = min(max(sample_index, 0), len(X) - 1)
        zs, outs = tr.net.trace(X[row : row + 1])
        sample = TracedSample(
            row,
            tuple(_read_only(z[0]) for z in zs),
            tuple(_read_only(np.array(a[0])) for a in outs),
        )
    return Snapshot(
        generation=generation,
        epoch=tr.epoch,
        steps=tr.steps,
        history=history,
        metrics={k: tr.history[k][-1] for k in HISTORY_KEYS[1:]},
        weights=tuple(_frozen(w) for w in tr.net.weights),
        biases=tuple(_frozen(b) for b in tr.net.biases),
        gradients=gradients,
        grid_layers=grid_layers,
        confusion=confusion,
        running=running,
        stop_reason=tr.stop_reason,
        epochs_per_second=epochs_per_second,
        flags=flags,
        sample=sample,
        test_predicted=test_predicted,
        details_epoch=details_epoch,
    )


def _details(
    tr: Trainer,
) -> tuple[tuple[NeuronFlags, ...], dict[str, targets.ClassMetrics] | None, np.ndarray | None]:
    """The costly parts of a snapshot of `tr` now: the neuron flags per layer, the class
    metrics per split and the predicted classes of the first test rows (both None unless
    the task is classification)."""
    checked = tr.dataset.X_train[:FLAG_ROWS]  # rows are in random order: a fair sample
    flags = tuple(
        NeuronFlags(*(_read_only(f) for f in pair)) for pair in neuron_flags(tr.net, checked)
    )
    if tr.dataset.task != "classification":
        return flags, None, None
    splits = ("train", "test") if len(tr.dataset.X_test) else ("train",)
    confusion = {s: targets.class_metrics(_read_only(tr.confusion_matrix(s))) for s in splits}
    test_predicted = _read_only(tr.predict_classes(tr.dataset.X_test[:PREDICTED_ROWS]))
    return flags, confusion, test_predicted
