"""The catalogue of datasets: every named dataset, what can be chosen for each, their limits,
and `make`, which generates or reads one and splits it into train and test.

The named datasets are 2-D generators in the style of TensorFlow Playground, logic gates, a
sales table and the real iris and digits data (see `synthetic`); `load_csv` reads any CSV file
the user picks (see `csv_data`). `make` is deterministic: the same arguments give
bit-identical arrays. The 2-D datasets live in the square `domain`; `apply_features` maps their
inputs (x1, x2) to the feature columns the network sees (see `features`).
"""

from __future__ import annotations

import functools
import numbers
from dataclasses import dataclass, replace
from importlib.resources import as_file
from pathlib import Path

import numpy as np

from playground.engine import synthetic
from playground.engine.csv_data import MAX_AUTO_CLASSES, CSVError, csv_columns, read_csv
from playground.engine.dataset import TASKS, Dataset
from playground.engine.features import (
    FEATURE_LABELS,
    FEATURES,
    apply_features,
    is_2d,
    standardization_stats,
    standardize,
    with_features,
)
from playground.engine.synthetic import DOMAIN, GATE_DOMAIN
from playground.engine.wording import QT_TRANSLATE_NOOP, WordedError
from playground.shipped import resource

__all__ = [
    "CSV",
    "DOMAIN",
    "FACTS",
    "FEATURES",
    "FEATURE_LABELS",
    "GATE_DOMAIN",
    "MAX_AUTO_CLASSES",
    "MAX_CLASSES",
    "MAX_N",
    "MAX_NOISE",
    "MAX_TEST_RATIO",
    "MIN_CLASSES",
    "MIN_N",
    "NAMES",
    "SOURCES",
    "TASKS",
    "CSVError",
    "Dataset",
    "Facts",
    "apply_features",
    "csv_columns",
    "default_size",
    "is_2d",
    "load_csv",
    "make",
    "standardization_stats",
    "standardize",
    "with_features",
]

MIN_N = 4
MAX_N = 100_000
MAX_NOISE = 0.5
MAX_TEST_RATIO = 0.9
MIN_CLASSES, MAX_CLASSES = 3, 6

_REAL_FILES = {"iris": "iris.csv", "digits": "digits8x8.csv.gz"}

NAMES = (*synthetic.PLANE_GENERATORS, *synthetic.GATES, "sales", *_REAL_FILES)
CSV = "csv"  # the source name of a CSV file the user picks (read with `load_csv`)
SOURCES = (*NAMES, CSV)


@dataclass(frozen=True)
class Facts:
    """What can be chosen for a data source, known before any data is made.

    noisy: the noise setting changes the data; sized: the number of points can be chosen;
    k_classes: the number of classes is the `classes` setting; tabular: the inputs are table
    columns, not points (x1, x2) of the plane, so feature transforms do not apply.
    """

    noisy: bool
    sized: bool
    k_classes: bool
    tabular: bool


FACTS = {
    **{
        name: Facts(noisy=True, sized=True, k_classes=classes is None, tabular=False)
        for name, (_, classes) in synthetic.PLANE_GENERATORS.items()
    },
    **dict.fromkeys(
        synthetic.GATES, Facts(noisy=False, sized=False, k_classes=False, tabular=False)
    ),
    "sales": Facts(noisy=True, sized=True, k_classes=False, tabular=True),
    **dict.fromkeys(_REAL_FILES, Facts(noisy=False, sized=True, k_classes=False, tabular=True)),
    CSV: Facts(noisy=False, sized=False, k_classes=False, tabular=True),
}


def default_size(name: str) -> int | None:
    """How many points `make(name)` gives when n is None; None for a CSV file (unknown)."""
    if name in _REAL_FILES:
        return len(_real_dataset(name).y_train)
    if name in synthetic.GATES:
        return len(synthetic.GATES[name])
    if name == CSV:
        return None
    return synthetic.SALES_N if name == "sales" else synthetic.PLANE_N


# --- argument checks -------------------------------------------------------------------


def _check_range(name: str, value: float, lo: float, hi: float) -> None:
    """ValueError naming the argument unless lo <= value <= hi."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not lo <= value <= hi:
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "{0} must be between {1:g} and {2:g}, got {3!r}"),
            name,
            lo,
            hi,
            value,
        )


def _check_int(name: str, value: int, lo: int, hi: int) -> None:
    """ValueError naming the argument unless value is an integer in [lo, hi]."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "{0} must be an integer between {1} and {2}, got {3!r}"),
            name,
            lo,
            hi,
            value,
        )
    _check_range(name, value, lo, hi)


def _split(ds: Dataset, test_ratio: float, rng: np.random.Generator, n: int | None) -> Dataset:
    """Shuffle the rows of `ds`, keep the first n (all if None) and split them.

    The first round(n * (1 - test_ratio)) shuffled rows go to train (at least one).
    """
    X = np.concatenate([ds.X_train, ds.X_test])
    y = np.concatenate([ds.y_train, ds.y_test])
    if n is not None and n > len(y):
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "n must be between {0} and {1} for {2}, got {3}"),
            MIN_N,
            len(y),
            ds.name,
            n,
        )
    order = rng.permutation(len(y))[:n]
    n_train = max(1, round(len(order) * (1.0 - test_ratio)))
    train, test = order[:n_train], order[n_train:]
    return replace(ds, X_train=X[train], y_train=y[train], X_test=X[test], y_test=y[test])


# --- making a dataset --------------------------------------------------------------------


@functools.cache
def _real_dataset(name: str) -> Dataset:
    """All rows of a shipped CSV (label in the last column), read once per process."""
    with as_file(resource("datasets", _REAL_FILES[name])) as path:
        return replace(read_csv(path, -1, True, "classification", MIN_N), name=name)


def make(
    name: str,
    n: int | None = None,
    noise: float = 0.0,
    test_ratio: float = 0.5,
    seed: int = 0,
    classes: int = 3,
) -> Dataset:
    """A dataset from `NAMES`, split at random into train and test.

    n: number of points (None: `default_size(name)`; for iris and digits a smaller n takes a
    random subset and a larger one is a ValueError). noise: fraction 0..0.5 (ignored where
    FACTS say the data is not noisy). classes: K for blobs and spiral_k. The gates always give
    their 4 rows as train and an empty test set. Every argument is checked (ValueError naming
    it). Same arguments -> bit-identical arrays.
    """
    if name not in NAMES:
        raise WordedError(
            QT_TRANSLATE_NOOP("Data", "unknown dataset {0!r}; allowed: {1}"), name, ", ".join(NAMES)
        )
    if n is not None:
        _check_int("n", n, MIN_N, MAX_N)
    _check_range("noise", noise, 0.0, MAX_NOISE)
    _check_range("test_ratio", test_ratio, 0.0, MAX_TEST_RATIO)
    _check_int("classes", classes, MIN_CLASSES, MAX_CLASSES)
    if name in synthetic.GATES:
        return synthetic.gate(name)
    rng = np.random.default_rng(seed)
    size = n or default_size(name)
    if name in _REAL_FILES:
        full = _real_dataset(name)
    elif name == "sales":
        full = synthetic.sales(size, noise, rng)
    else:
        full = synthetic.plane_dataset(name, size, noise, classes, rng)
    return _split(full, test_ratio, rng, n)


def load_csv(
    path: str | Path,
    label: int | str = -1,
    header: bool | None = None,
    test_ratio: float = 0.5,
    seed: int = 0,
    task: str | None = None,
) -> Dataset:
    """A dataset from a CSV file (optionally .gz), split at random into train and test.

    The file needs at least MIN_N data rows; how it is read (label column, header, separator,
    decimal comma, classes or regression) is described in `csv_data.read_csv`. Problems
    raise CSVError naming the line (1-based, as in a text editor) and the column.
    """
    _check_range("test_ratio", test_ratio, 0.0, MAX_TEST_RATIO)
    full = read_csv(Path(path), label, header, task, MIN_N)
    return _split(full, test_ratio, np.random.default_rng(seed), None)
