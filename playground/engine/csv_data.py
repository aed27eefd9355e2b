"""Reading a CSV file as a dataset: separator, header and decimal comma detected, the label
column turned into classes or regression targets, every problem named by line and column.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from playground.engine.dataset import TASKS, Dataset, unsplit
from playground.engine.wording import QT_TRANSLATE_NOOP, Worded, WordedError

# Integer-valued CSV labels with at most this many distinct values are taken as classes.
MAX_AUTO_CLASSES = 20


class CSVError(WordedError):
    """A CSV file that cannot be used as a dataset; the message names the line and column."""


def read_csv(
    path: Path, label: int | str, header: bool | None, task: str | None, min_rows: int
) -> Dataset:
    """Every row of a CSV file (at least `min_rows`) as the train part of a dataset.

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
    if task is not None and task not in TASKS:
        raise ValueError(f"task must be None or one of {', '.join(TASKS)}, got {task!r}")
    rows, decimal_comma = _read_rows(_read_text(path))
    first_line, first = rows[0]
    if len(first) < 2:
        raise CSVError(
            QT_TRANSLATE_NOOP(
                "Data",
                "line {0} has {1} column; a dataset needs at least one feature column and a "
                "label column",
            ),
            first_line,
            len(first),
        )
    label_col, names = _label_column(first, label, header, decimal_comma)
    data = rows[1:] if names is not None else rows
    if len(data) < min_rows:
        raise CSVError(
            QT_TRANSLATE_NOOP("Data", "the file has {0} data rows; at least {1} are needed"),
            len(data),
            min_rows,
        )
    columns = _Columns(names, len(first), decimal_comma)
    feature_cols = [j for j in range(len(first)) if j != label_col]
    X = _all_numbers(data, feature_cols, len(first), decimal_comma)
    if X is None:  # some cell is not a number: find the first, to name it
        X = np.array([columns.numbers(line, cells, feature_cols) for line, cells in data])
    labels = [(line, columns.cell(line, cells, label_col)) for line, cells in data]
    y, n_classes, class_names = columns.labels(labels, label_col, task)
    feature_names = _feature_names(names, feature_cols)
    return unsplit(_file_stem(path), X, y, n_classes, feature_names, class_names)


def csv_columns(path: str | Path) -> tuple[str, ...]:
    """The column names in a CSV file's header, or "1", "2", ... when it has none."""
    rows, decimal_comma = _read_rows(_read_text(Path(path)))
    first = rows[0][1]
    _, names = _label_column(first, -1, None, decimal_comma)
    return tuple(names) if names else tuple(str(j + 1) for j in range(len(first)))


def read_columns(path: str | Path, names: Sequence[str]) -> np.ndarray:
    """The columns called `names` in the header of a CSV file, every data row of them as
    floats (N, len(names)); the same reading as `read_csv`. A missing column or a cell that
    is not a number raises CSVError naming it."""
    rows, decimal_comma = _read_rows(_read_text(Path(path)))
    (_, header), data = rows[0], rows[1:]
    for name in names:
        if name not in header:
            raise CSVError(
                QT_TRANSLATE_NOOP("Data", "no column named {0!r} in the header; columns are: {1}"),
                name,
                ", ".join(header),
            )
    cols = [header.index(name) for name in names]
    if not data:
        return np.empty((0, len(cols)))
    X = _all_numbers(data, cols, len(header), decimal_comma)
    if X is None:
        columns = _Columns(header, len(header), decimal_comma)
        X = np.array([columns.numbers(line, cells, cols) for line, cells in data])
    return X


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
            raise CSVError(
                QT_TRANSLATE_NOOP("Data", "{0} is not a valid gzip file: {1}"), path.name, error
            ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _read_rows(text: str) -> tuple[list[tuple[int, list[str]]], bool]:
    """The non-blank rows as (first line number, stripped cells), and whether ';' separates."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CSVError(QT_TRANSLATE_NOOP("Data", "the file is empty"))
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
        raise CSVError(QT_TRANSLATE_NOOP("Data", "line {0}: {1}"), start, error) from None
    return rows, semicolon


def _all_numbers(
    data: list[tuple[int, list[str]]], cols: list[int], n_cols: int, decimal_comma: bool
) -> np.ndarray | None:
    """The given columns of every row as floats (N, len(cols)), converted by NumPy in one go
    (50 times quicker than cell by cell); None if any row or cell is not as it should be
    (then the cell-by-cell reading finds the first and names it)."""
    if any(len(cells) != n_cols for _, cells in data):
        return None
    text = np.array([cells for _, cells in data], dtype=str)[:, cols]
    if decimal_comma:
        text = np.char.replace(text, ",", ".")
    try:
        values = text.astype(np.float64)
    except ValueError:
        return None
    return values if np.isfinite(values).all() else None


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
            raise CSVError(
                QT_TRANSLATE_NOOP("Data", "label {0!r} is a column name, but header=False"), label
            )
        if label not in first:
            raise CSVError(
                QT_TRANSLATE_NOOP("Data", "no column named {0!r} in the header; columns are: {1}"),
                label,
                ", ".join(first),
            )
        return first.index(label), first
    if not -n_cols <= label < n_cols:
        raise CSVError(
            QT_TRANSLATE_NOOP("Data", "label column index {0} is out of range for {1} columns"),
            label,
            n_cols,
        )
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

    def where(self, line: int, col: int) -> Worded:
        """Where a cell is, e.g. "line 12, column 'petal_width'" or "line 12, column 3"."""
        return Worded(QT_TRANSLATE_NOOP("Data", "line {0}, column {1}"), line, self.ref(col))

    def ref(self, col: int) -> str:
        """A column by header name, else by 1-based number."""
        return repr(self.names[col]) if self.names else str(col + 1)

    def cell(self, line: int, cells: list[str], col: int) -> str:
        """The non-empty text of one cell."""
        if len(cells) != self.n_cols:
            raise CSVError(
                QT_TRANSLATE_NOOP("Data", "line {0} has {1} columns, expected {2}"),
                line,
                len(cells),
                self.n_cols,
            )
        if not cells[col]:
            raise CSVError(QT_TRANSLATE_NOOP("Data", "{0}: missing value"), self.where(line, col))
        return cells[col]

    def numbers(self, line: int, cells: list[str], cols: list[int]) -> list[float]:
        """The numbers in the given columns of one row."""
        values = []
        for col in cols:
            value = _parse_number(self.cell(line, cells, col), self.decimal_comma)
            if value is None:
                raise CSVError(
                    QT_TRANSLATE_NOOP("Data", "{0}: {1!r} is not a number"),
                    self.where(line, col),
                    cells[col],
                )
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
                    QT_TRANSLATE_NOOP(
                        "Data", "{0}: {1!r} is not a number (regression needs numeric labels)"
                    ),
                    self.where(line, col),
                    text,
                )
            return np.array(numbers), 0, []
        keys = numbers if numeric else [text for _, text in labels]
        classes = sorted(set(keys))
        if len(classes) < 2:
            raise CSVError(
                QT_TRANSLATE_NOOP("Data", "the label column {0} has only one class"),
                self.ref(col),
            )
        index = {key: k for k, key in enumerate(classes)}
        class_names = [_class_name(key) for key in classes]
        return np.array([index[key] for key in keys]), len(classes), class_names


def _class_name(key: float | str) -> str:
    """A class label as text: 3.0 -> '3', 0.5 -> '0.5', 'setosa' -> 'setosa'."""
    if isinstance(key, float):
        return str(int(key)) if key.is_integer() else repr(key)
    return key
