"""The shapes of the course's matrix products: when A · B (+ b) is defined, the shape of the
result, and a message that names the mismatch (and the transpose that would fit) when it
is not. Shapes are (rows, columns); a bias b has one value per column of the product and
is added to every row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine.wording import QT_TRANSLATE_NOOP, Worded, WordedError

MAX_SIDE = 10_000  # rows or columns of an operand, at most
SMALL_SIDE = 6  # operands up to this size are shown with their numbers


class ShapeError(WordedError):
    """A product or a sum that is not defined; the message says why, in the operands' names."""


def _text(shape: tuple[int, ...]) -> str:
    return " × ".join(str(d) for d in shape)


def product_shape(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """(n, k) · (k, m) -> (n, m). ShapeError when A's columns are not B's rows, naming both
    counts and the transpose that would fit, if one does."""
    for name, shape in (("A", a), ("B", b)):
        if len(shape) != 2 or not all(1 <= d <= MAX_SIDE for d in shape):
            raise ShapeError(
                QT_TRANSLATE_NOOP("Shapes", "{0} must have 1 to {1} rows and columns, got {2}"),
                name,
                MAX_SIDE,
                shape,
            )
    if a[1] == b[0]:
        return a[0], b[1]
    columns = (
        QT_TRANSLATE_NOOP("Shapes", "{0} column")
        if a[1] == 1
        else QT_TRANSLATE_NOOP("Shapes", "{0} columns")
    )
    rows = (
        QT_TRANSLATE_NOOP("Shapes", "{0} row")
        if b[0] == 1
        else QT_TRANSLATE_NOOP("Shapes", "{0} rows")
    )
    why = Worded(
        QT_TRANSLATE_NOOP(
            "Shapes",
            "A ({0}) · B ({1}) is not defined: A has {2} but B has {3} (each entry of the "
            "product is a row of A times a column of B).",
        ),
        _text(a),
        _text(b),
        Worded(columns, a[1]),
        Worded(rows, b[0]),
    )
    if a[0] == b[0]:
        fits = QT_TRANSLATE_NOOP("Shapes", "Transposing A fits: Aᵀ ({0}) · B ({1}) is {2} × {3}.")
        raise ShapeError("{0} {1}", why, Worded(fits, _text(a[::-1]), _text(b), a[1], b[1]))
    if a[1] == b[1]:
        fits = QT_TRANSLATE_NOOP("Shapes", "Transposing B fits: A ({0}) · Bᵀ ({1}) is {2} × {3}.")
        raise ShapeError("{0} {1}", why, Worded(fits, _text(a), _text(b[::-1]), a[0], b[0]))
    raise ShapeError("{0}", why)


def bias_shape(product: tuple[int, int], bias: int) -> tuple[int, int]:
    """(n, m) + b (m,) -> (n, m): b added to every row. ShapeError unless len(b) is m."""
    if bias != product[1]:
        raise ShapeError(
            QT_TRANSLATE_NOOP(
                "Shapes",
                "A · B + b is not defined: A · B has {0} columns but b has {1} values (one per "
                "column, added to every row).",
            ),
            product[1],
            bias,
        )
    return product


def compute(A: np.ndarray, B: np.ndarray, b: np.ndarray | None = None) -> np.ndarray:
    """A · B (+ b) for A (n, k), B (k, m) and b (m,); ShapeError when it is not defined."""
    shape = product_shape(np.shape(A), np.shape(B))
    if b is not None:
        bias_shape(shape, len(b))
    result = np.asarray(A, dtype=float) @ np.asarray(B, dtype=float)
    return result if b is None else result + np.asarray(b, dtype=float)


@dataclass(frozen=True, eq=False)
class Preset:
    """A product from the course: A, B and maybe a bias b."""

    A: np.ndarray
    B: np.ndarray
    b: np.ndarray | None = None

    def __post_init__(self):
        for array in (self.A, self.B, self.b):
            if array is not None:
                array.setflags(write=False)  # shared by every view of the preset


PRESETS = {
    # The quantities bought (1 × 3) times the unit prices (3 × 1): the bill, 15.
    "bill": Preset(np.array([[0.0, 2.0, 1.0]]), np.array([[1.99], [2.50], [10.0]])),
    # The same as two columns (3 × 1) and (3 × 1): not defined until one is transposed.
    "columns": Preset(np.array([[0.0], [2.0], [1.0]]), np.array([[1.99], [2.50], [10.0]])),
    # One day per row, x, y and z (4 × 3), times the weights 4, 3, −1: each day's score.
    "sales": Preset(
        np.array([[2.0, 5.0, 1.0], [7.0, 1.0, 9.0], [4.0, 4.0, 3.0], [1.0, 2.0, 8.0]]),
        np.array([[4.0], [3.0], [-1.0]]),
    ),
    # 4 samples of 2 inputs, a layer of 3 neurons and their biases: every neuron's z.
    "layer": Preset(
        np.array([[1.0, 0.5], [-1.0, 2.0], [0.0, 1.0], [3.0, -2.0]]),
        np.array([[0.1, 0.3, -0.2], [0.2, 0.4, 0.5]]),
        np.array([0.1, -0.1, 0.0]),
    ),
}
