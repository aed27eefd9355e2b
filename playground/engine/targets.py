"""How class labels become network targets, and network outputs become classes again.

One sigmoid/step output learns {0, 1}; one tanh/linear output learns {-1, +1} (threshold 0);
K outputs learn one-hot vectors (class = argmax). Regression targets are used as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

import numpy as np

SIGNED_OUTPUTS = ("tanh", "linear", "arctan")


def threshold(output_activation: str) -> float:
    """The value that separates class 0 from class 1 for a single output."""
    return 0.0 if output_activation in SIGNED_OUTPUTS else 0.5


def output_range(output_activation: str) -> tuple[float, float]:
    """(low, high): the targets of class 0 and class 1 for a single output, (-1, 1) for
    signed outputs and (0, 1) for the others; the span its values are read on."""
    return (-1.0 if output_activation in SIGNED_OUTPUTS else 0.0, 1.0)


def encode(y: np.ndarray, task: str, n_classes: int, width: int, output_activation: str):
    """Labels (N,) -> float targets (N, width) for a network with `width` outputs."""
    y = np.asarray(y)
    if task == "regression":
        if width != 1:
            raise ValueError(f"regression needs exactly 1 output neuron, the network has {width}")
        return y.astype(float).reshape(-1, 1)
    if width == 1:
        if n_classes != 2:
            raise ValueError(f"{n_classes} classes need {n_classes} output neurons (softmax)")
        low, high = output_range(output_activation)
        return np.where(y.reshape(-1, 1) == 1, high, low)
    if width != n_classes:
        raise ValueError(f"{n_classes} classes need {n_classes} output neurons, not {width}")
    one_hot = np.zeros((len(y), width))
    one_hot[np.arange(len(y)), y.astype(int)] = 1.0
    return one_hot


def decode(y_hat: np.ndarray, output_activation: str) -> np.ndarray:
    """Outputs (N, K) -> predicted class labels (N,) as int64."""
    if y_hat.shape[1] == 1:
        return (y_hat[:, 0] > threshold(output_activation)).astype(np.int64)
    return np.argmax(y_hat, axis=1)


def accuracy(predicted: np.ndarray, y: np.ndarray) -> float:
    """Fraction of equal labels; NaN for an empty set. Both (N,)."""
    return float(np.mean(predicted == y)) if len(y) else float("nan")


def confusion_matrix(predicted: np.ndarray, y: np.ndarray, n_classes: int) -> np.ndarray:
    """(K, K) int64 counts: row = true class, column = predicted class."""
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (y.astype(int), predicted.astype(int)), 1)
    return matrix


class ClassMetrics(NamedTuple):
    """A split's classification metrics, all read from one confusion matrix: matrix (K, K)
    counts (row = true class), accuracy (NaN when empty), precision (K,) and recall (K,)
    (NaN for a class never predicted, resp. never present)."""

    matrix: np.ndarray
    accuracy: float
    precision: np.ndarray
    recall: np.ndarray


def class_metrics(matrix: np.ndarray) -> ClassMetrics:
    """Accuracy, per-class precision (diagonal / column sums) and recall (diagonal / row
    sums) of a (K, K) confusion matrix."""
    matrix = np.asarray(matrix)
    hits = np.diag(matrix).astype(float)
    total = matrix.sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = hits / matrix.sum(axis=0)
        recall = hits / matrix.sum(axis=1)
    accuracy = float(hits.sum() / total) if total else float("nan")
    return ClassMetrics(matrix, accuracy, precision, recall)


def quoted_split(by_split: Mapping[str, ClassMetrics]) -> ClassMetrics:
    """The split whose accuracy the window quotes and whose matrix it shows: "test", or
    "train" when there is no test split."""
    return by_split.get("test", by_split["train"])
