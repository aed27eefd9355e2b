"""Feature transforms of 2-D inputs (x1, x2 -> x1², sin x1, ...) and standardising columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from playground.engine.dataset import Dataset
from playground.engine.wording import QT_TRANSLATE_NOOP, WordedError

_FEATURE_FUNCTIONS = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1**2,
    "x2^2": lambda x1, x2: x2**2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin_x1": lambda x1, x2: np.sin(x1),
    "sin_x2": lambda x1, x2: np.sin(x2),
}

FEATURES = tuple(_FEATURE_FUNCTIONS)

FEATURE_LABELS = {
    "x1": "x₁",
    "x2": "x₂",
    "x1^2": "x₁²",
    "x2^2": "x₂²",
    "x1*x2": "x₁·x₂",
    "sin_x1": "sin x₁",
    "sin_x2": "sin x₂",
}


def apply_features(X: np.ndarray, selected: Sequence[str]) -> np.ndarray:
    """Inputs X (N, 2) -> (N, len(selected)) feature columns, in the order of `selected`."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2:
        raise WordedError(QT_TRANSLATE_NOOP("Data", "X must have shape (N, 2), got {0}"), X.shape)
    selected = tuple(selected)
    if not selected:
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "select at least one feature from: {0}"), ", ".join(FEATURES)
        )
    unknown = [name for name in selected if name not in _FEATURE_FUNCTIONS]
    if unknown:
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "unknown feature {0!r}; allowed: {1}"),
            unknown[0],
            ", ".join(FEATURES),
        )
    if len(set(selected)) < len(selected):
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "each feature can be selected once, got {0}"), selected
        )
    x1, x2 = X[:, 0], X[:, 1]
    columns = [_FEATURE_FUNCTIONS[name](x1, x2) for name in selected]
    return np.column_stack(columns)


def is_2d(ds: Dataset) -> bool:
    """Whether the dataset's inputs are points of the plane `ds.domain` (2 features)."""
    return ds.domain is not None and ds.X_train.shape[1] == 2


def with_features(ds: Dataset, selected: Sequence[str]) -> Dataset:
    """The 2-D dataset with X replaced by `apply_features(X, selected)`; domain is kept."""
    if not is_2d(ds) or ds.feature_names != ("x1", "x2"):
        raise WordedError(
            QT_TRANSLATE_NOOP(
                "Data",
                "features can only be applied to a 2-D dataset with inputs x1, x2; {0!r} has {1}",
            ),
            ds.name,
            ds.feature_names,
        )
    return replace(
        ds,
        X_train=apply_features(ds.X_train, selected),
        X_test=apply_features(ds.X_test, selected),
        feature_names=tuple(selected),
    )


def standardization_stats(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Column mean (D,) and std (D,) of X (N, D), N >= 1; a constant column gets std 1."""
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0)
    std[np.ptp(X, axis=0) == 0] = 1.0
    return X.mean(axis=0), std


def standardize(ds: Dataset) -> Dataset:
    """Train and test scaled with the train mean and std (see `standardization_stats`).

    The result has domain None: its inputs are no longer points of the original plane.
    """
    mean, std = standardization_stats(ds.X_train)
    return replace(
        ds,
        X_train=(ds.X_train - mean) / std,
        X_test=(ds.X_test - mean) / std,
        domain=None,
    )
