"""The steps of the Backprop tab, written from an `explain.RowsTrace`: for each step a title,
its formula with the shapes, the formula again with the numbers of the first traced row put
in, the arrays it involves and the layer the graph highlights. Nothing is computed here but
text: every number is the engine's.

Layer l = 1 … L is written ⁽ˡ⁾ and is W[l − 1] in the engine; a⁽⁰⁾ is the input row. With
N > 1 rows (a mini-batch) the arrays have one row per sample and the gradients step also
shows each sample's own gradient, whose average is ∂L/∂W.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject

from playground.engine import losses
from playground.engine.backprop import LayerRecord
from playground.engine.datasets import FEATURE_LABELS
from playground.explain import RowsTrace
from playground.typography import subscript, superscript
from playground.ui.common import names
from playground.ui.common.number_text import significant

DIGITS = 4  # significant digits of every number
NO_BREAK = "\u00a0"  # a space a line is not broken at
WRITTEN = 6  # neurons, and terms of a sum, written out with their numbers; the rest "…"
ACTIVATION_SYMBOL = {"sigmoid": "σ", "linear": "id", "relu": "ReLU", "tanh": "tanh"}


class BackpropSteps(QObject):
    """The translation context of the steps' words: `BackpropSteps.tr(text)`."""


@dataclass(frozen=True)
class Shown:
    """One array of a step: its `label` (e.g. 'W⁽¹⁾') and `values`, 2-D (rows, columns);
    `samples`: its rows are the traced rows, one per sample (else rows of a matrix)."""

    label: str
    values: np.ndarray
    samples: bool = False


def per_sample(label: str, values: np.ndarray) -> Shown:
    """An array (N, D) with one row per traced sample."""
    return Shown(label, values, samples=True)


@dataclass(frozen=True)
class Step:
    """One step: `title`, `formula` (symbols and shapes), `lines` (the formula with the
    numbers of the first row), `arrays`, and `layer`, the index of the weight matrix the
    graph highlights (None: none)."""

    title: str
    formula: str
    lines: tuple[str, ...]
    arrays: tuple[Shown, ...]
    layer: int | None


# ------------------------------------------------------------------ writing
def num(value: float) -> str:
    """DIGITS significant digits, never broken across lines ('9.5\u00a0×\u00a010⁻⁵')."""
    return significant(value, DIGITS).replace(" ", NO_BREAK)


def factor(value: float) -> str:
    """A number as a factor of a product: negative ones in parentheses."""
    text = num(value)
    return f"({text})" if value < 0 else text


def up(layer: int) -> str:
    return f"⁽{superscript(layer)}⁾"


def sub(*indices: int) -> str:
    """1-based indices as subscripts, with a comma between them if one has two digits."""
    parts = [subscript(i) for i in indices]
    return ("‚" if any(i > 9 for i in indices) else "").join(parts)


def shape(array: np.ndarray) -> str:
    return " × ".join(str(d) for d in np.atleast_2d(array).shape)


def _row(array: np.ndarray) -> np.ndarray:
    """A vector (D,) as one row (1, D); a matrix unchanged."""
    return array.reshape(1, -1) if array.ndim == 1 else array


def _sum_of(terms: list[str], total: int) -> str:
    """'t₁ + t₂ + … (784 terms)' when cut."""
    text = " + ".join(terms[:WRITTEN])
    return text + (BackpropSteps.tr(" + … ({0} terms)").format(total) if total > WRITTEN else "")


def _each(count: int) -> range:
    return range(min(count, WRITTEN))


def _more(count: int, what: str) -> tuple[str, ...]:
    left = count - WRITTEN
    return (BackpropSteps.tr("… and {0} more {1}").format(left, what),) if left > 0 else ()


# ------------------------------------------------------------------ the steps
def build_steps(traced: RowsTrace, input_names: tuple[str, ...]) -> list[Step]:
    """Input, forward (z and a per layer), loss, backward (∂L/∂a, δ, gradients per layer,
    last layer first) and the update."""
    layers = traced.trace.layers
    depth = len(layers)
    fused = losses.FUSED_OUTPUT.get(traced.loss) == layers[-1].activation
    steps = [_input(traced, input_names)]
    for index, record in enumerate(layers, start=1):
        steps += [_weighted_sum(record, index), _activation(record, index)]
    steps.append(_loss(traced))
    for index in range(depth, 0, -1):
        record = layers[index - 1]
        steps.append(_dL_da(traced, record, index, depth))
        steps.append(_delta(traced, record, index, fused and index == depth))
        steps.append(_gradients(traced, record, index))
    steps.append(_update(traced))
    return steps


def _input(traced: RowsTrace, input_names: tuple[str, ...]) -> Step:
    first, rows = traced.trace.layers[0], traced.rows
    if len(rows) == 1:
        title = BackpropSteps.tr("The input: training row {0}").format(rows[0])
    else:
        title = BackpropSteps.tr("The input: training rows {0} to {1}").format(rows[0], rows[-1])
    labels = [FEATURE_LABELS.get(name, name) for name in input_names]
    lines = [f"{label} = {num(v)}" for label, v in zip(labels, first.a_prev[0])]
    lines = lines[:WRITTEN] + list(_more(len(lines), BackpropSteps.tr("inputs")))
    lines.append("y = " + ", ".join(num(v) for v in traced.targets[0][:WRITTEN]))
    return Step(
        title,
        BackpropSteps.tr("a⁽⁰⁾ = x  ({0}), target y  ({1})").format(
            shape(first.a_prev), shape(traced.targets)
        ),
        tuple(lines),
        (per_sample("a⁽⁰⁾ = x", first.a_prev), per_sample("y", traced.targets)),
        None,
    )


def _weighted_sum(record: LayerRecord, index: int) -> Step:
    u, below = up(index), up(index - 1)
    d_in, d_out = record.W.shape
    lines = []
    for j in _each(d_out):
        terms = [f"{factor(record.a_prev[0, i])}·{factor(record.W[i, j])}" for i in range(d_in)]
        bias = f" + {factor(record.b[j])}"
        lines.append(f"z{sub(j + 1)} = {_sum_of(terms, d_in)}{bias} = {num(record.z[0, j])}")
    n = len(record.z)
    return Step(
        BackpropSteps.tr("Layer {0}, forward: the weighted sum").format(index),
        f"z{u} = a{below} W{u} + b{u}   ({n} × {d_in})({d_in} × {d_out}) + ({d_out}) "
        f"→ ({n} × {d_out})",
        (*lines, *_more(d_out, BackpropSteps.tr("neurons"))),
        (
            per_sample(f"a{below}", record.a_prev),
            Shown(f"W{u}", record.W),
            Shown(f"b{u}", _row(record.b)),
            per_sample(f"z{u}", record.z),
        ),
        index - 1,
    )


def _activation(record: LayerRecord, index: int) -> Step:
    u = up(index)
    name = record.activation
    symbol = ACTIVATION_SYMBOL.get(name, name)
    d_out = record.z.shape[1]
    if name == "softmax":
        formula = f"a{u}ₖ = e^zₖ / Σⱼ e^zⱼ"
        lines = [f"a{sub(k + 1)} = {num(record.a[0, k])}" for k in _each(d_out)]
    else:
        formula = f"a{u} = {symbol}(z{u})"
        lines = [
            f"a{sub(j + 1)} = {symbol}({num(record.z[0, j])}) = {num(record.a[0, j])}"
            for j in _each(d_out)
        ]
    return Step(
        BackpropSteps.tr("Layer {0}, forward: the activation {1}").format(
            index, names.activation(name)
        ),
        f"{formula}   ({shape(record.a)})",
        (*lines, *_more(d_out, BackpropSteps.tr("neurons"))),
        (per_sample(f"z{u}", record.z), per_sample(f"a{u}", record.a)),
        index - 1,
    )


LOSS_FORMULA = {
    "mse": "L = ½ Σₖ (aₖ − yₖ)²",
    "mae": "L = Σₖ |aₖ − yₖ|",
    "bce": "L = −Σₖ [yₖ ln aₖ + (1 − yₖ) ln(1 − aₖ)]",
    "cross_entropy": "L = −Σₖ yₖ ln aₖ",
}
LOSS_GRADIENT = {
    "mse": ("∂L/∂aₖ = (aₖ − yₖ) / N", "{a} − {y}"),
    "mae": ("∂L/∂aₖ = sign(aₖ − yₖ) / N", "sign({a} − {y})"),
    "bce": ("∂L/∂aₖ = (aₖ − yₖ) / (aₖ(1 − aₖ)) / N", "({a} − {y}) / ({a}·(1 − {a}))"),
    "cross_entropy": ("∂L/∂aₖ = −yₖ / aₖ / N", "−{y} / {a}"),
}


def _loss(traced: RowsTrace) -> Step:
    out = traced.trace.layers[-1]
    n = len(traced.rows)
    formula = LOSS_FORMULA[traced.loss]
    if n > 1:
        formula += BackpropSteps.tr(", averaged over the N = {0} rows").format(n)
    pairs = [
        f"a{sub(k + 1)} = {num(out.a[0, k])}, y{sub(k + 1)} = {num(traced.targets[0, k])}"
        for k in _each(out.a.shape[1])
    ]
    return Step(
        BackpropSteps.tr("The loss: {0}").format(names.loss(traced.loss)),
        formula,
        (*pairs, f"L = {num(traced.trace.loss)}"),
        (per_sample(f"a{up(len(traced.trace.layers))}", out.a), per_sample("y", traced.targets)),
        len(traced.trace.layers) - 1,
    )


def _dL_da(traced: RowsTrace, record: LayerRecord, index: int, depth: int) -> Step:
    u, n = up(index), len(record.z)
    if index == depth:
        formula, written = LOSS_GRADIENT[traced.loss]
        per_row = f" / {n}" if n > 1 else ""
        lines = [
            f"∂L/∂a{sub(k + 1)} = "
            + written.format(a=factor(record.a[0, k]), y=factor(traced.targets[0, k]))
            + f"{per_row} = {num(record.dL_da[0, k])}"
            for k in _each(record.a.shape[1])
        ]
        title = BackpropSteps.tr("Layer {0}, backward: the loss's gradient ∂L/∂a").format(index)
        arrays = (per_sample(f"a{u}", record.a), per_sample("y", traced.targets))
    else:
        above = up(index + 1)
        formula = BackpropSteps.tr(
            "∂L/∂a{0}ⱼ = Σₖ δ{1}ₖ W{1}ⱼₖ: the sum over every path from neuron j"
        ).format(u, above)
        lines = [_paths(record, j, above) for j in _each(record.a.shape[1])]
        title = BackpropSteps.tr("Layer {0}, backward: ∂L/∂a, the total derivative").format(index)
        arrays = (per_sample(f"δ{above}", record.delta_next), Shown(f"W{above}", record.W_next))
    return Step(
        title,
        f"{formula}   ({shape(record.dL_da)})",
        (*lines, *_more(record.a.shape[1], BackpropSteps.tr("neurons"))),
        (*arrays, per_sample(f"∂L/∂a{u}", record.dL_da)),
        index - 1,
    )


def _paths(record: LayerRecord, j: int, above: str) -> str:
    """∂L/∂aⱼ of a hidden neuron as its terms, one per neuron of the next layer."""
    terms = record.dL_da_terms(0, j)
    symbols = [f"δ{sub(k + 1)}{above}·W{sub(j + 1, k + 1)}{above}" for k in range(len(terms))]
    total = len(terms)
    values = [
        f"{factor(record.delta_next[0, k])}·{factor(record.W_next[j, k])}" for k in range(total)
    ]
    return (
        f"∂L/∂a{sub(j + 1)} = {_sum_of(symbols, total)} = {_sum_of(values, total)}"
        f" = {num(record.dL_da[0, j])}"
    )


def _delta(traced: RowsTrace, record: LayerRecord, index: int, fused: bool) -> Step:
    u, d_out, n = up(index), record.z.shape[1], len(record.z)
    arrays = [per_sample(f"∂L/∂a{u}", record.dL_da)]
    if fused:
        formula = BackpropSteps.tr(
            "δ{0} = (a{0} − y) / N: with the {1} loss, the output's f′ cancels"
        ).format(u, names.loss(traced.loss))
        per_row = f" / {n}" if n > 1 else ""
        lines = [
            f"δ{sub(k + 1)} = {num(record.a[0, k])} − {factor(traced.targets[0, k])}{per_row}"
            f" = {num(record.delta[0, k])}"
            for k in _each(d_out)
        ]
    elif record.activation == "softmax":
        formula = BackpropSteps.tr(
            "δ{0}ₖ = Σⱼ ∂L/∂aⱼ · ∂aⱼ/∂zₖ: through the softmax Jacobian"
        ).format(u)
        lines = [_jacobian_row(record, k) for k in _each(d_out)]
        arrays.append(Shown(f"∂a{u}/∂z{u}", record.df_dz[0]))
    else:
        formula = f"δ{u} = ∂L/∂a{u} ⊙ f′(z{u})"
        lines = [
            f"δ{sub(j + 1)} = {factor(record.dL_da[0, j])}·{factor(record.df_dz[0, j])}"
            f" = {num(record.delta[0, j])}"
            for j in _each(d_out)
        ]
        arrays.append(per_sample(f"f′(z{u})", record.df_dz))
    return Step(
        BackpropSteps.tr("Layer {0}, backward: δ = ∂L/∂z").format(index),
        f"{formula}   ({shape(record.delta)})",
        (*lines, *_more(d_out, BackpropSteps.tr("neurons"))),
        (*arrays, per_sample(f"δ{u}", record.delta)),
        index - 1,
    )


def _jacobian_row(record: LayerRecord, k: int) -> str:
    """δₖ of a softmax layer as the sum over its outputs j of ∂L/∂aⱼ · ∂aⱼ/∂zₖ."""
    d = record.z.shape[1]
    terms = [f"{factor(record.dL_da[0, j])}·{factor(record.df_dz[0, j, k])}" for j in range(d)]
    return f"δ{sub(k + 1)} = {_sum_of(terms, d)} = {num(record.delta[0, k])}"


def _gradients(traced: RowsTrace, record: LayerRecord, index: int) -> Step:
    u, below = up(index), up(index - 1)
    d_in, d_out = record.W.shape
    n = len(record.z)
    lines = [
        f"∂L/∂W{sub(i + 1, j + 1)} = a{sub(i + 1)}·δ{sub(j + 1)} = "
        f"{factor(record.a_prev[0, i])}·{factor(record.delta[0, j])} = {num(record.dW[i, j])}"
        for i in _each(d_in)
        for j in _each(d_out)
    ]
    arrays = [Shown(f"∂L/∂W{u}", record.dW), Shown(f"∂L/∂b{u}", _row(record.db))]
    if n > 1:
        lines = [
            BackpropSteps.tr(
                "With N = {0} rows, ∂L/∂W is the average of each row's own gradient:"
            ).format(n),
            f"∂L/∂W{u} = (1/N) Σₙ ∂Lₙ/∂W{u}",
        ]
        arrays += [
            Shown(BackpropSteps.tr("row {0}: ∂Lₙ/∂W{1}").format(row, u), record.row_dW(r))
            for r, row in enumerate(traced.rows)
        ]
    formula = (
        f"∂L/∂W{u} = a{below}ᵀ δ{u}   ({d_in} × {n})({n} × {d_out}) → ({d_in} × {d_out});"
        f"   ∂L/∂b{u} = Σ δ{u}   ({d_out})"
    )
    return Step(
        BackpropSteps.tr("Layer {0}, backward: the gradients of W and b").format(index),
        formula,
        tuple(lines),
        tuple(arrays),
        index - 1,
    )


def _update(traced: RowsTrace) -> Step:
    lr = traced.lr
    arrays, lines = [], [BackpropSteps.tr("λ = {0}").format(num(lr))]
    for index, record in enumerate(traced.trace.layers, start=1):
        W, b = record.gradient_step(lr)
        u = up(index)
        arrays += [
            Shown(BackpropSteps.tr("W{0} before").format(u), record.W),
            Shown(BackpropSteps.tr("W{0} after").format(u), W),
            Shown(BackpropSteps.tr("b{0} before").format(u), _row(record.b)),
            Shown(BackpropSteps.tr("b{0} after").format(u), _row(b)),
        ]
        if index == len(traced.trace.layers):
            lines.append(
                f"W{sub(1, 1)}{u}: {num(record.W[0, 0])} − {num(lr)}·{factor(record.dW[0, 0])}"
                f" = {num(W[0, 0])}"
            )
    if traced.optimizer != "sgd":
        lines.append(
            BackpropSteps.tr(
                "Training uses {0}, which also weighs in its running averages: shown here is "
                "the plain gradient step."
            ).format(names.optimizer(traced.optimizer))
        )
    if traced.penalty:
        lines.append(
            BackpropSteps.tr("Regularisation adds its own term to ∂L/∂W when the trainer steps.")
        )
    return Step(
        BackpropSteps.tr("The update: gradient descent with learning rate λ"),
        "W ← W − λ ∂L/∂W,   b ← b − λ ∂L/∂b",
        tuple(lines),
        tuple(arrays),
        None,
    )
