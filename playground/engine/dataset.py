"""The Dataset record: X (N, D) and y (N,) arrays, read-only, already split into train and test.

Every source of data (the generators, the shipped tables, CSV files) makes one of these; the
catalogue of named datasets and their limits is `datasets`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

TASKS = ("classification", "regression")


@dataclass(frozen=True, eq=False)
class Dataset:
    """X_train (N_train, D) float64, y_train (N_train,), X_test (N_test, D), y_test (N_test,).

    y is int64 class labels 0..K-1 for classification (K = n_classes) and float64 targets
    for regression (n_classes = 0). The arrays are read-only copies of what was passed in.
    `domain` is the square (lo, hi) the inputs of a 2-D dataset live in, None for tabular data.
    """

    name: str
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    n_classes: int
    feature_names: tuple[str, ...]
    task: str
    class_names: tuple[str, ...] = ()
    domain: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ValueError(f"task must be one of {', '.join(TASKS)}, got {self.task!r}")
        y_dtype = np.int64 if self.task == "classification" else np.float64
        for field, dtype in (
            ("X_train", np.float64),
            ("y_train", y_dtype),
            ("X_test", np.float64),
            ("y_test", y_dtype),
        ):
            object.__setattr__(self, field, _read_only(getattr(self, field), dtype))
        _check_shapes(self)


def _read_only(a: np.ndarray, dtype: type) -> np.ndarray:
    """A read-only copy of `a` as `dtype`."""
    copy = np.array(a, dtype=dtype)
    copy.setflags(write=False)
    return copy


def _check_shapes(ds: Dataset) -> None:
    """ValueError unless X is (N, D) and y is (N,) for both parts, with D = len(feature_names)."""
    d = len(ds.feature_names)
    for X, y, part in ((ds.X_train, ds.y_train, "train"), (ds.X_test, ds.y_test, "test")):
        if X.ndim != 2 or X.shape[1] != d or y.shape != (X.shape[0],):
            raise ValueError(
                f"{part} data must be X (N, {d}) and y (N,), got X {X.shape} and y {y.shape}"
            )


def unsplit(
    name: str,
    X: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    feature_names: Sequence[str],
    class_names: Sequence[str] = (),
    domain: tuple[float, float] | None = None,
) -> Dataset:
    """A dataset with every row of X (N, D), y (N,) in train; n_classes 0 means regression."""
    return Dataset(
        name=name,
        X_train=X,
        y_train=y,
        X_test=X[:0],
        y_test=y[:0],
        n_classes=n_classes,
        feature_names=tuple(feature_names),
        task="classification" if n_classes else "regression",
        class_names=tuple(class_names),
        domain=domain,
    )
