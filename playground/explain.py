"""`python -m playground explain EXPERIMENT.json --sample I`: backpropagation for one training
row, written out step by step with the numbers, as plain text for a slide or a handout, or
as JSON records (`--json`). The numbers are the engine's (`engine.backprop.trace`).

Matrices larger than MAX_SHOWN rows or columns are cut with "…" (the shapes stay whole).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from playground.engine import losses
from playground.engine.backprop import LayerRecord, Trace, trace
from playground.engine.training import Trainer
from playground.typography import subscript, superscript

DIGITS = 4  # significant digits of every number
MAX_SHOWN = 6  # rows and columns of a matrix written out; the rest is "…"


@dataclass(frozen=True, eq=False)
class RowsTrace:
    """Backpropagation on training rows `rows` (N of them, in order) as the trainer stood
    at `epoch`: the engine's `trace`, the rows' `targets` (N, K) and the learning rate `lr`,
    the `loss`'s and `optimizer`'s names and whether an L1 or L2 term (`penalty`) adds
    to the gradients when the trainer steps (the trace shows the loss's gradient alone)."""

    rows: tuple[int, ...]
    trace: Trace
    targets: np.ndarray
    lr: float
    epoch: int
    loss: str
    optimizer: str
    penalty: bool


def rows_trace(trainer: Trainer, first: int, count: int = 1) -> RowsTrace:
    """The trace of training rows first .. first + count − 1 (0-based) with the trainer's
    network and loss; ValueError naming the valid range when a row does not exist."""
    n = len(trainer.Y_train)
    if not 0 <= first < n:
        raise ValueError(f"--sample must be between 0 and {n - 1} (the training rows): {first}")
    if not 1 <= count <= n - first:
        raise ValueError(f"rows {first} to {first + count - 1} are not all training rows")
    rows = slice(first, first + count)
    Y = trainer.Y_train[rows]
    result = trace(trainer.net, trainer.dataset.X_train[rows], Y, trainer.loss)
    return RowsTrace(
        rows=tuple(range(first, first + count)),
        trace=result,
        targets=losses.as_targets(Y, result.layers[-1].a.shape),
        lr=trainer.lr,
        epoch=trainer.epoch,
        loss=trainer.loss.name,
        optimizer=trainer.optimizer.name,
        penalty=bool(trainer.l1 or trainer.l2),
    )


# ------------------------------------------------------------------ numbers
def number(value: float) -> str:
    """A number with DIGITS significant digits: '0.5744', '-12.5', '1.2e-05'."""
    return f"{value:.{DIGITS}g}"


def vector(values: Sequence[float]) -> str:
    """'[0.3  0.4  …]' (at most MAX_SHOWN values)."""
    values = list(values)
    shown = [number(v) for v in values[:MAX_SHOWN]]
    return "[" + "  ".join(shown + (["…"] if len(values) > MAX_SHOWN else [])) + "]"


def matrix(values: np.ndarray, indent: str) -> list[str]:
    """The rows of a matrix as lines, numbers right-aligned in columns, cut to MAX_SHOWN
    rows and columns."""
    shown = [[number(v) for v in row[:MAX_SHOWN]] for row in values[:MAX_SHOWN]]
    width = max((len(text) for row in shown for text in row), default=1)
    more = " …" if values.shape[1] > MAX_SHOWN else ""
    rows = [indent + "[" + "  ".join(t.rjust(width) for t in row) + more + "]" for row in shown]
    return rows + ([indent + "…"] if len(values) > MAX_SHOWN else [])


def _up(layer: int) -> str:
    return f"⁽{superscript(layer)}⁾"


def _shape(array: np.ndarray) -> str:
    return " × ".join(str(d) for d in array.shape)


# ------------------------------------------------------------------ the text
def explain_text(
    result: Trace, sample: int, lr: float, names: Sequence[str], target: np.ndarray, loss: str
) -> str:
    """Forward, loss, backward and the update of one row, as lines of plain text; layer l of
    the network is written ⁽ˡ⁾, its input a⁽⁰⁾ the row's features `names`, y its `target`
    (K,) and `loss` the loss's name."""
    layers, lines = result.layers, []
    first = layers[0]
    lines.append(f"Training row {sample}: a⁽⁰⁾ = x ({_shape(first.a_prev)})")
    lines += [f"  {name} = {number(v)}" for name, v in zip(names, first.a_prev[0])][:MAX_SHOWN]
    lines.append("")
    lines.append("Forward pass")
    for index, record in enumerate(layers, start=1):
        lines += _forward(record, index)
    lines.append(f"Loss ({loss}) against y = {vector(target)}: L = {number(result.loss)}")
    lines.append("")
    lines.append("Backward pass")
    fused = losses.FUSED_OUTPUT.get(loss) == layers[-1].activation
    for index in range(len(layers), 0, -1):
        lines += _backward(layers[index - 1], index, len(layers), fused)
    lines.append(f"Update, learning rate λ = {number(lr)}: W ← W − λ·∂L/∂W, b ← b − λ·∂L/∂b")
    for index, record in enumerate(layers, start=1):
        lines.append(f"  W{_up(index)} before:")
        lines += matrix(record.W, "    ")
        lines.append(f"  W{_up(index)} after:")
        lines += matrix(record.gradient_step(lr)[0], "    ")
    return "\n".join(lines)


def _forward(record: LayerRecord, index: int) -> list[str]:
    up, below = _up(index), _up(index - 1)
    lines = [f"Layer {index} ({record.activation}): {record.W.shape[0]} → {record.W.shape[1]}"]
    lines.append(f"  W{up} ({_shape(record.W)}) =")
    lines += matrix(record.W, "    ")
    lines.append(f"  b{up} ({record.b.shape[0]}) = {vector(record.b)}")
    lines.append(f"  z{up} = a{below} W{up} + b{up} = {vector(record.z[0])}")
    lines.append(f"  a{up} = {record.activation}(z{up}) = {vector(record.a[0])}")
    return lines


def _delta_rule(record: LayerRecord, up: str, fused: bool) -> str:
    """How δ comes from ∂L/∂a in this layer."""
    if fused:
        return f"a{up} − y  ({record.activation} with its loss: the terms cancel)"
    if record.activation == "softmax":
        return f"J(z{up})ᵀ ∂L/∂a{up}  (the softmax Jacobian)"
    return f"∂L/∂a{up} ⊙ f′(z{up})"


def _backward(record: LayerRecord, index: int, depth: int, fused: bool) -> list[str]:
    up, below = _up(index), _up(index - 1)
    where = "output" if index == depth else "hidden"
    lines = [f"Layer {index} ({record.activation}, {where})"]
    if index == depth:
        lines.append(f"  ∂L/∂a{up} = {vector(record.dL_da[0])}  (from the loss)")
    else:
        above = _up(index + 1)
        lines.append(f"  ∂L/∂a{up} = δ{above} W{above}ᵀ = {vector(record.dL_da[0])}")
        lines += _paths(record, index)
    rule = _delta_rule(record, up, fused and index == depth)
    lines.append(f"  δ{up} = ∂L/∂z{up} = {rule} = {vector(record.delta[0])}")
    lines.append(f"  ∂L/∂W{up} = a{below}ᵀ δ{up} ({_shape(record.dW)}) =")
    lines += matrix(record.dW, "    ")
    lines.append(f"  ∂L/∂b{up} = δ{up} = {vector(record.db)}")
    if index > 1:
        lines.append(f"  ∂L/∂a{below} = δ{up} W{up}ᵀ = {vector(record.dL_da_prev[0])}")
    return lines


def _paths(record: LayerRecord, index: int) -> list[str]:
    """Each hidden neuron's ∂L/∂a as the sum over its paths (the total derivative)."""
    lines, above = [], _up(index + 1)
    for j in range(min(record.a.shape[1], MAX_SHOWN)):
        terms = record.dL_da_terms(0, j)[:MAX_SHOWN]
        written = " + ".join(
            f"δ{subscript(k + 1)}{above}·W{subscript(j + 1)}{subscript(k + 1)}{above}"
            for k in range(len(terms))
        )
        values = " + ".join(
            f"({number(record.delta_next[0, k])})({number(record.W_next[j, k])})"
            for k in range(len(terms))
        )
        more = " + …" if record.W_next.shape[1] > MAX_SHOWN else ""
        lines.append(
            f"    neuron {j + 1}: {written}{more} = {values}{more} = {number(record.dL_da[0, j])}"
        )
    return lines


# ------------------------------------------------------------------ the records
def explain_records(result: Trace, sample: int, lr: float) -> dict:
    """The trace as JSON-ready lists: {'sample', 'loss', 'learning_rate', 'layers': [...]}."""
    fields = ("a_prev", "W", "b", "z", "a", "df_dz", "dL_da", "delta", "dW", "db", "dL_da_prev")
    layers = [
        {"activation": r.activation} | {name: _json(getattr(r, name)) for name in fields}
        for r in result.layers
    ]
    loss = result.loss if np.isfinite(result.loss) else None
    return {"sample": sample, "loss": loss, "learning_rate": lr, "layers": layers}


def _json(array: np.ndarray) -> list:
    """Nested lists of floats, None where a value is not finite (JSON has no NaN)."""
    values = array.astype(object)
    values[~np.isfinite(array)] = None
    return values.tolist()
