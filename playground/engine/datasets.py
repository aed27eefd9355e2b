"""Datasets: 2-D generators in the style of TensorFlow Playground, logic gates, a sales table,
the real iris and digits data, and any CSV file the user picks.

Every dataset is a read-only `Dataset` with X (N, D) float64 rows and y (N,) labels, already
split into train and test. `make` is deterministic: the same arguments give bit-identical
arrays. The 2-D datasets live in the square `domain`; `apply_features` maps their inputs
(x1, x2) to the feature columns the network sees.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from playground.resources import resource_path

TASKS = ("classification", "regression")

DOMAIN = (-6.0, 6.0)
GATE_DOMAIN = (-0.5, 1.5)

MIN_N = 4
MAX_N = 100_000
MAX_NOISE = 0.5
MAX_TEST_RATIO = 0.9
MIN_CLASSES, MAX_CLASSES = 3, 6

# Integer-valued CSV labels with at most this many distinct values are taken as classes.
MAX_AUTO_CLASSES = 20

_PLANE_N = 500
_SALES_N = 10_000
_RADIUS = 5.0  # TF Playground's radius for circle, xor and spiral
_XOR_GAP = 0.3  # how far xor points are pushed away from the axes
_BUMPS = np.array(  # multi_gauss bumps: centre x1, centre x2, sign
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=float,
)


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


# --- argument checks -------------------------------------------------------------------


def _check_range(name: str, value: float, lo: float, hi: float) -> None:
    """ValueError naming the argument unless lo <= value <= hi."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not lo <= value <= hi:
        raise ValueError(f"{name} must be between {lo:g} and {hi:g}, got {value!r}")


def _check_int(name: str, value: int, lo: int, hi: int) -> None:
    """ValueError naming the argument unless value is an integer in [lo, hi]."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be an integer between {lo} and {hi}, got {value!r}")
    _check_range(name, value, lo, hi)


# --- building and splitting ------------------------------------------------------------


def _unsplit(
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


def _split(ds: Dataset, test_ratio: float, rng: np.random.Generator, n: int | None) -> Dataset:
    """Shuffle the rows of `ds`, keep the first n (all if None) and split them.

    The first round(n * (1 - test_ratio)) shuffled rows go to train (at least one).
    """
    X = np.concatenate([ds.X_train, ds.X_test])
    y = np.concatenate([ds.y_train, ds.y_test])
    if n is not None and n > len(y):
        raise ValueError(f"n must be between {MIN_N} and {len(y)} for {ds.name}, got {n}")
    order = rng.permutation(len(y))[:n]
    n_train = max(1, round(len(order) * (1.0 - test_ratio)))
    train, test = order[:n_train], order[n_train:]
    return replace(ds, X_train=X[train], y_train=y[train], X_test=X[test], y_test=y[test])


# --- 2-D generators: (n, k classes, noise, rng) -> X (n, 2), y (n,) ---------------------

_XY = tuple[np.ndarray, np.ndarray]


def _class_sizes(n: int, k: int) -> list[int]:
    """n points shared as evenly as possible among k classes."""
    return [n // k + (i < n % k) for i in range(k)]


def _labels(sizes: Sequence[int]) -> np.ndarray:
    """(sum(sizes),) int64: sizes[0] zeros, then sizes[1] ones, and so on."""
    return np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)


def _polar(r: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """(N, 2) points (r sin angle, r cos angle), as TF Playground draws them."""
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def _jitter(
    rng: np.random.Generator, shape: int | tuple[int, ...], noise: float, scale: float
) -> np.ndarray:
    """Uniform noise in [-noise * scale, noise * scale] of the given shape."""
    return noise * rng.uniform(-scale, scale, shape)


def _circle(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class 1: a disc of radius 2.5; class 0: the ring 3.5..5 around it. Jitter ±5 * noise."""
    sizes = _class_sizes(n, 2)
    r = np.concatenate(
        [rng.uniform(0.7 * _RADIUS, _RADIUS, sizes[0]), rng.uniform(0.0, 0.5 * _RADIUS, sizes[1])]
    )
    angle = rng.uniform(0.0, 2.0 * np.pi, n)
    return _polar(r, angle) + _jitter(rng, (n, 2), noise, _RADIUS), _labels(sizes)


def _xor(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class 1 where x1 * x2 > 0 (quadrants I, III), 0.3 away from the axes. Jitter ±5 * noise."""
    X = rng.uniform(-_RADIUS, _RADIUS, (n, 2))
    X += np.sign(X) * _XOR_GAP
    y = (X[:, 0] * X[:, 1] > 0).astype(np.int64)
    return X + _jitter(rng, (n, 2), noise, _RADIUS), y


def _gaussian_clouds(centres: np.ndarray, n: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class k drawn around centres[k] (K, 2); variance 0.5 at noise 0 up to 4 at noise 0.5."""
    y = _labels(_class_sizes(n, len(centres)))
    sd = np.sqrt(0.5 + 7.0 * noise)
    return centres[y] + rng.normal(0.0, sd, (n, 2)), y


def _gauss(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """Class 0 around (-2, -2), class 1 around (2, 2)."""
    return _gaussian_clouds(np.array([[-2.0, -2.0], [2.0, 2.0]]), n, noise, rng)


def _blobs(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """k clouds evenly spaced on the circle of radius 4."""
    angles = 2.0 * np.pi * np.arange(k) / k
    return _gaussian_clouds(_polar(np.full(k, 4.0), angles), n, noise, rng)


def _spiral_arms(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """k interleaved arms of 1.75 turns out to radius 5, arm j turned by 2 pi j / k.

    Points are evenly spaced along each arm; jitter ±noise (TF Playground's spiral for k = 2).
    """
    sizes = _class_sizes(n, k)
    y = _labels(sizes)
    t = np.concatenate([np.arange(m) / m for m in sizes])  # position along the arm, in [0, 1)
    angle = 1.75 * 2.0 * np.pi * t + 2.0 * np.pi * y / k
    return _polar(_RADIUS * t, angle) + _jitter(rng, (n, 2), noise, 1.0), y


def _plane(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """y = (x1 + x2) / 12 in [-1, 1], plus uniform noise in [-noise, noise]."""
    X = rng.uniform(*DOMAIN, (n, 2))
    return X, X.sum(axis=1) / 12.0 + _jitter(rng, n, noise, 1.0)


def _multi_gauss(n: int, k: int, noise: float, rng: np.random.Generator) -> _XY:
    """y = sum of six signed unit Gaussian bumps (sd 1), plus uniform noise in [-noise, noise]."""
    X = rng.uniform(*DOMAIN, (n, 2))
    squared_distance = ((X[:, None, :] - _BUMPS[:, :2]) ** 2).sum(axis=2)  # (n, 6)
    y = np.exp(-0.5 * squared_distance) @ _BUMPS[:, 2]
    return X, y + _jitter(rng, n, noise, 1.0)


# name -> (generator, number of classes: None means the `classes` argument, 0 regression)
_PLANE_GENERATORS = {
    "circle": (_circle, 2),
    "xor": (_xor, 2),
    "gauss": (_gauss, 2),
    "spiral": (_spiral_arms, 2),
    "plane": (_plane, 0),
    "multi_gauss": (_multi_gauss, 0),
    "blobs": (_blobs, None),
    "spiral_k": (_spiral_arms, None),
}

_GATES = {  # labels for the inputs (0,0), (0,1), (1,0), (1,1)
    "and": (0, 0, 0, 1),
    "or": (0, 1, 1, 1),
    "nand": (1, 1, 1, 0),
    "xor_gate": (0, 1, 1, 0),
}

_REAL_FILES = {"iris": "iris.csv", "digits": "digits8x8.csv.gz"}

NAMES = (*_PLANE_GENERATORS, *_GATES, "sales", *_REAL_FILES)


def _plane_dataset(
    name: str, n: int, noise: float, classes: int, rng: np.random.Generator
) -> Dataset:
    """A generated 2-D dataset, all rows in train, points clipped to DOMAIN."""
    generate, n_classes = _PLANE_GENERATORS[name]
    k = classes if n_classes is None else n_classes
    X, y = generate(n, k, noise, rng)
    class_names = [str(c) for c in range(k)]
    return _unsplit(name, np.clip(X, *DOMAIN), y, k, ("x1", "x2"), class_names, DOMAIN)


def _gate(name: str) -> Dataset:
    """The 4 rows of a gate's truth table, all in train."""
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array(_GATES[name], dtype=np.int64)
    return _unsplit(name, X, y, 2, ("x1", "x2"), ("0", "1"), GATE_DOMAIN)


def _sales(n: int, noise: float, rng: np.random.Generator) -> Dataset:
    """Daily online, store and refund figures in [0, 10]; profit (1) when 4x + 3y - z > 20.

    Noise adds Gaussian jitter of sd noise * 10 to the features after labelling.
    """
    X = rng.uniform(0.0, 10.0, (n, 3))
    y = (X @ np.array([4.0, 3.0, -1.0]) > 20.0).astype(np.int64)
    X += rng.normal(0.0, noise * 10.0, X.shape)
    return _unsplit("sales", X, y, 2, ("online", "store", "refunds"), ("loss", "profit"))


@functools.cache
def _real_dataset(name: str) -> Dataset:
    """All rows of a shipped CSV (label in the last column), read once per process."""
    full = _read_csv(resource_path("datasets", _REAL_FILES[name]), -1, True, "classification")
    return replace(full, name=name)


def make(
    name: str,
    n: int | None = None,
    noise: float = 0.0,
    test_ratio: float = 0.5,
    seed: int = 0,
    classes: int = 3,
) -> Dataset:
    """A dataset from `NAMES`, split at random into train and test.

    n: number of points (None: 500 for 2-D data, 10,000 for sales, every row of iris/digits,
    where a smaller n takes a random subset and a larger one is a ValueError). noise: fraction
    0..0.5 (ignored by the gates, iris and digits). classes: K for blobs and spiral_k. The
    gates always give their 4 rows as train and an empty test set. Every argument is checked
    (ValueError naming it). Same arguments -> bit-identical arrays.
    """
    if name not in NAMES:
        raise ValueError(f"unknown dataset {name!r}; allowed: {', '.join(NAMES)}")
    if n is not None:
        _check_int("n", n, MIN_N, MAX_N)
    _check_range("noise", noise, 0.0, MAX_NOISE)
    _check_range("test_ratio", test_ratio, 0.0, MAX_TEST_RATIO)
    _check_int("classes", classes, MIN_CLASSES, MAX_CLASSES)
    if name in _GATES:
        return _gate(name)
    rng = np.random.default_rng(seed)
    if name in _REAL_FILES:
        full = _real_dataset(name)
    elif name == "sales":
        full = _sales(n or _SALES_N, noise, rng)
    else:
        full = _plane_dataset(name, n or _PLANE_N, noise, classes, rng)
    return _split(full, test_ratio, rng, n)


# --- CSV files ---------------------------------------------------------------------------


class CSVError(ValueError):
    """A CSV file that cannot be used as a dataset; the message names the line and column."""


def load_csv(
    path: str | Path,
    label: int | str = -1,
    header: bool | None = None,
    test_ratio: float = 0.5,
    seed: int = 0,
    task: str | None = None,
) -> Dataset:
    """A dataset from a CSV file (optionally .gz), split at random into train and test.

    Every column but `label` (a header name, or an index, negative from the end) must be
    numeric. header=None detects a header: a first row with a non-numeric feature cell.
    The separator is ';' if the first row contains one, else ','; with ';' a decimal comma
    ("3,5") is accepted too. Quoted fields follow the usual CSV rules, but in a comma-separated
    file "3,5" is not a number. The text is UTF-8 (with or without BOM), else Latin-1.
    Blank lines are skipped.

    The label column decides the task unless `task` forces it: non-numeric labels, or integers
    with at most 20 distinct values, are classes 0..K-1 in sorted order (class_names keeps
    their text); other numbers are regression targets. Problems raise CSVError naming the
    line (1-based, as in a text editor) and the column.
    """
    _check_range("test_ratio", test_ratio, 0.0, MAX_TEST_RATIO)
    if task is not None and task not in TASKS:
        raise ValueError(f"task must be None or one of {', '.join(TASKS)}, got {task!r}")
    path = Path(path)
    full = _read_csv(path, label, header, task)
    return _split(full, test_ratio, np.random.default_rng(seed), None)


def _read_csv(path: Path, label: int | str, header: bool | None, task: str | None) -> Dataset:
    """Every row of a CSV file as the train part of a dataset (see `load_csv`)."""
    rows, decimal_comma = _read_rows(_read_text(path))
    first_line, first = rows[0]
    if len(first) < 2:
        raise CSVError(
            f"line {first_line} has {len(first)} column; a dataset needs at least one feature "
            "column and a label column"
        )
    label_col, names = _label_column(first, label, header, decimal_comma)
    data = rows[1:] if names is not None else rows
    if len(data) < MIN_N:
        raise CSVError(f"the file has {len(data)} data rows; at least {MIN_N} are needed")
    columns = _Columns(names, len(first), decimal_comma)
    feature_cols = [j for j in range(len(first)) if j != label_col]
    rows_of_numbers, labels = [], []
    for line, cells in data:
        rows_of_numbers.append(columns.numbers(line, cells, feature_cols))
        labels.append((line, columns.cell(line, cells, label_col)))
    y, n_classes, class_names = columns.labels(labels, label_col, task)
    X = np.array(rows_of_numbers)
    feature_names = _feature_names(names, feature_cols)
    return _unsplit(_file_stem(path), X, y, n_classes, feature_names, class_names)


def csv_columns(path: str | Path) -> tuple[str, ...]:
    """The column names in a CSV file's header, or "1", "2", ... when it has none."""
    rows, decimal_comma = _read_rows(_read_text(Path(path)))
    first = rows[0][1]
    _, names = _label_column(first, -1, None, decimal_comma)
    return tuple(names) if names else tuple(str(j + 1) for j in range(len(first)))


def _feature_names(names: list[str] | None, feature_cols: list[int]) -> list[str]:
    """The header names of the feature columns; 'x1', 'x2', ... where there is none."""
    return [names[j] if names and names[j] else f"x{i + 1}" for i, j in enumerate(feature_cols)]


def _file_stem(path: Path) -> str:
    """The file name without .gz and .csv: 'data.csv.gz' -> 'data'."""
    return Path(path.name.removesuffix(".gz")).stem


def _read_text(path: Path) -> str:
    """The file's text: gunzipped if it ends in .gz, UTF-8 (BOM dropped) or else Latin-1."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise CSVError(f"{path.name} is not a valid gzip file: {error}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _read_rows(text: str) -> tuple[list[tuple[int, list[str]]], bool]:
    """The non-blank rows as (first line number, stripped cells), and whether ';' separates."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CSVError("the file is empty")
    semicolon = ";" in first
    delimiter = ";" if semicolon else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    start = 1  # the line the next row starts on
    try:
        for cells in reader:
            stripped = [cell.strip() for cell in cells]
            if any(stripped):
                rows.append((start, stripped))
            start = reader.line_num + 1
    except csv.Error as error:
        raise CSVError(f"line {start}: {error}") from None
    return rows, semicolon


def _parse_number(text: str, decimal_comma: bool) -> float | None:
    """The finite float written in `text`, or None if it is not one."""
    if decimal_comma:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _label_column(
    first: list[str], label: int | str, header: bool | None, decimal_comma: bool
) -> tuple[int, list[str] | None]:
    """The label's column index and the header names (None if the first row is data)."""
    n_cols = len(first)
    if isinstance(label, str):
        if header is False:
            raise CSVError(f"label {label!r} is a column name, but header=False")
        if label not in first:
            raise CSVError(
                f"no column named {label!r} in the header; columns are: {', '.join(first)}"
            )
        return first.index(label), first
    if not -n_cols <= label < n_cols:
        raise CSVError(f"label column index {label} is out of range for {n_cols} columns")
    label_col = label % n_cols
    if header is None:
        header = any(
            _parse_number(cell, decimal_comma) is None
            for j, cell in enumerate(first)
            if j != label_col
        )
    return label_col, first if header else None


@dataclass(frozen=True)
class _Columns:
    """Reads cells of a parsed CSV, naming line and column in every error."""

    names: list[str] | None
    n_cols: int
    decimal_comma: bool

    def where(self, line: int, col: int) -> str:
        """Where a cell is, e.g. "line 12, column 'petal_width'" or "line 12, column 3"."""
        return f"line {line}, column {self.ref(col)}"

    def ref(self, col: int) -> str:
        """A column by header name, else by 1-based number."""
        return repr(self.names[col]) if self.names else str(col + 1)

    def cell(self, line: int, cells: list[str], col: int) -> str:
        """The non-empty text of one cell."""
        if len(cells) != self.n_cols:
            raise CSVError(f"line {line} has {len(cells)} columns, expected {self.n_cols}")
        if not cells[col]:
            raise CSVError(f"{self.where(line, col)}: missing value")
        return cells[col]

    def numbers(self, line: int, cells: list[str], cols: list[int]) -> list[float]:
        """The numbers in the given columns of one row."""
        values = []
        for col in cols:
            value = _parse_number(self.cell(line, cells, col), self.decimal_comma)
            if value is None:
                raise CSVError(f"{self.where(line, col)}: {cells[col]!r} is not a number")
            values.append(value)
        return values

    def labels(
        self, labels: list[tuple[int, str]], col: int, task: str | None
    ) -> tuple[np.ndarray, int, list[str]]:
        """y (N,), n_classes (0 for regression) and class names from (line, text) labels."""
        numbers = [_parse_number(text, self.decimal_comma) for _, text in labels]
        numeric = None not in numbers
        if task is None:
            few_integers = numeric and len(set(numbers)) <= MAX_AUTO_CLASSES
            is_classes = not numeric or (few_integers and all(v.is_integer() for v in numbers))
            task = "classification" if is_classes else "regression"
        if task == "regression":
            if not numeric:
                line, text = labels[numbers.index(None)]
                raise CSVError(
                    f"{self.where(line, col)}: {text!r} is not a number (regression needs "
                    "numeric labels)"
                )
            return np.array(numbers), 0, []
        keys = numbers if numeric else [text for _, text in labels]
        classes = sorted(set(keys))
        if len(classes) < 2:
            raise CSVError(f"the label column {self.ref(col)} has only one class")
        index = {key: k for k, key in enumerate(classes)}
        class_names = [_class_name(key) for key in classes]
        return np.array([index[key] for key in keys]), len(classes), class_names


def _class_name(key: float | str) -> str:
    """A class label as text: 3.0 -> '3', 0.5 -> '0.5', 'setosa' -> 'setosa'."""
    if isinstance(key, float):
        return str(int(key)) if key.is_integer() else repr(key)
    return key


# --- features and scaling ----------------------------------------------------------------

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
        raise ValueError(f"X must have shape (N, 2), got {X.shape}")
    selected = tuple(selected)
    if not selected:
        raise ValueError(f"select at least one feature from: {', '.join(FEATURES)}")
    unknown = [name for name in selected if name not in _FEATURE_FUNCTIONS]
    if unknown:
        raise ValueError(f"unknown feature {unknown[0]!r}; allowed: {', '.join(FEATURES)}")
    if len(set(selected)) < len(selected):
        raise ValueError(f"each feature can be selected once, got {selected}")
    x1, x2 = X[:, 0], X[:, 1]
    columns = [_FEATURE_FUNCTIONS[name](x1, x2) for name in selected]
    return np.column_stack(columns)


def is_2d(ds: Dataset) -> bool:
    """Whether the dataset's inputs are points of the plane `ds.domain` (2 features)."""
    return ds.domain is not None and ds.X_train.shape[1] == 2


def with_features(ds: Dataset, selected: Sequence[str]) -> Dataset:
    """The 2-D dataset with X replaced by `apply_features(X, selected)`; domain is kept."""
    if not is_2d(ds) or ds.feature_names != ("x1", "x2"):
        raise ValueError(
            f"features can only be applied to a 2-D dataset with inputs x1, x2; "
            f"{ds.name!r} has {ds.feature_names}"
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
