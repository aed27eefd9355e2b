"""`python -m playground explain EXPERIMENT.json --sample I`: backpropagation for one training
row, written out step by step with the numbers, as plain text for a slide or a handout, or
as JSON records (`--json`). The numbers are the engine's (`engine.backprop.trace`).

Matrices larger than MAX_SHOWN rows or columns are cut with "…" (the shapes stay whole).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from playground.engine import losses
from playground.engine.backprop import LayerRecord, Trace, trace
from playground.engine.training import Trainer
from playground.engine.wording import QT_TRANSLATE_NOOP, WordedError
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
        raise WordedError(
            QT_TRANSLATE_NOOP(
                "Explain", "--sample must be between 0 and {0} (the training rows): {1}"
            ),
            n - 1,
            first,
        )
    if not 1 <= count <= n - first:
        raise WordedError(
            QT_TRANSLATE_NOOP("Explain", "rows {0} to {1} are not all training rows"),
            first,
            first + count - 1,
        )
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
def english(template: str) -> str:
    """The template as it is: the English text."""
    return template


def explain_text(
    result: Trace,
    sample: int,
    lr: float,
    names: Sequence[str],
    target: np.ndarray,
    loss: str,
    say: Callable[[str], str] = english,
    point: str = ".",
) -> str:
    """Forward, loss, backward and the update of one row, as lines of plain text; layer l of
    the network is written ⁽ˡ⁾, its input a⁽⁰⁾ the row's features `names`, y its `target`
    (K,) and `loss` the loss's name. `say` gives each English template (QT_TRANSLATE_NOOP)
    in the reader's language and `point` is its decimal separator."""
    out = _Writer(say, point)
    layers, lines = result.layers, []
    first = layers[0]
    lines.append(
        out.line(
            QT_TRANSLATE_NOOP("Explain", "Training row {0}: a⁽⁰⁾ = x ({1})"),
            sample,
            _shape(first.a_prev),
        )
    )
    values = zip(names, first.a_prev[0])
    lines += [f"  {name} = {out.number(v)}" for name, v in values][:MAX_SHOWN]
    lines.append("")
    lines.append(out.line(QT_TRANSLATE_NOOP("Explain", "Forward pass")))
    for index, record in enumerate(layers, start=1):
        lines += out.forward(record, index)
    lines.append(
        out.line(
            QT_TRANSLATE_NOOP("Explain", "Loss ({0}) against y = {1}: L = {2}"),
            loss,
            out.vector(target),
            out.number(result.loss),
        )
    )
    lines.append("")
    lines.append(out.line(QT_TRANSLATE_NOOP("Explain", "Backward pass")))
    fused = losses.FUSED_OUTPUT.get(loss) == layers[-1].activation
    for index in range(len(layers), 0, -1):
        lines += out.backward(layers[index - 1], index, len(layers), fused)
    lines.append(
        out.line(
            QT_TRANSLATE_NOOP(
                "Explain", "Update, learning rate λ = {0}: W ← W − λ·∂L/∂W, b ← b − λ·∂L/∂b"
            ),
            out.number(lr),
        )
    )
    for index, record in enumerate(layers, start=1):
        lines.append("  " + out.line(QT_TRANSLATE_NOOP("Explain", "W{0} before:"), _up(index)))
        lines += out.matrix(record.W, "    ")
        lines.append("  " + out.line(QT_TRANSLATE_NOOP("Explain", "W{0} after:"), _up(index)))
        lines += out.matrix(record.gradient_step(lr)[0], "    ")
    return "\n".join(lines)


@dataclass(frozen=True)
class _Writer:
    """The lines of `explain_text` in one language: `say` translates a template, `point`
    separates decimals."""

    say: Callable[[str], str]
    point: str

    def line(self, template: str, *fields) -> str:
        return self.say(template).format(*fields)

    def number(self, value: float) -> str:
        return number(value).replace(".", self.point)

    def vector(self, values: Sequence[float]) -> str:
        return vector(values).replace(".", self.point)

    def matrix(self, values: np.ndarray, indent: str) -> list[str]:
        return [line.replace(".", self.point) for line in matrix(values, indent)]

    def forward(self, record: LayerRecord, index: int) -> list[str]:
        up, below = _up(index), _up(index - 1)
        lines = [
            self.line(
                QT_TRANSLATE_NOOP("Explain", "Layer {0} ({1}): {2} → {3}"),
                index,
                record.activation,
                record.W.shape[0],
                record.W.shape[1],
            )
        ]
        lines.append(f"  W{up} ({_shape(record.W)}) =")
        lines += self.matrix(record.W, "    ")
        lines.append(f"  b{up} ({record.b.shape[0]}) = {self.vector(record.b)}")
        lines.append(f"  z{up} = a{below} W{up} + b{up} = {self.vector(record.z[0])}")
        lines.append(f"  a{up} = {record.activation}(z{up}) = {self.vector(record.a[0])}")
        return lines

    def delta_rule(self, record: LayerRecord, up: str, fused: bool) -> str:
        """How δ comes from ∂L/∂a in this layer."""
        if fused:
            return self.line(
                QT_TRANSLATE_NOOP("Explain", "a{0} − y  ({1} with its loss: the terms cancel)"),
                up,
                record.activation,
            )
        if record.activation == "softmax":
            return self.line(
                QT_TRANSLATE_NOOP("Explain", "J(z{0})ᵀ ∂L/∂a{0}  (the softmax Jacobian)"), up
            )
        return f"∂L/∂a{up} ⊙ f′(z{up})"

    def backward(self, record: LayerRecord, index: int, depth: int, fused: bool) -> list[str]:
        up, below = _up(index), _up(index - 1)
        if index == depth:
            heading = QT_TRANSLATE_NOOP("Explain", "Layer {0} ({1}, output)")
        else:
            heading = QT_TRANSLATE_NOOP("Explain", "Layer {0} ({1}, hidden)")
        lines = [self.line(heading, index, record.activation)]
        if index == depth:
            lines.append(
                "  "
                + self.line(
                    QT_TRANSLATE_NOOP("Explain", "∂L/∂a{0} = {1}  (from the loss)"),
                    up,
                    self.vector(record.dL_da[0]),
                )
            )
        else:
            above = _up(index + 1)
            lines.append(f"  ∂L/∂a{up} = δ{above} W{above}ᵀ = {self.vector(record.dL_da[0])}")
            lines += self.paths(record, index)
        rule = self.delta_rule(record, up, fused and index == depth)
        lines.append(f"  δ{up} = ∂L/∂z{up} = {rule} = {self.vector(record.delta[0])}")
        lines.append(f"  ∂L/∂W{up} = a{below}ᵀ δ{up} ({_shape(record.dW)}) =")
        lines += self.matrix(record.dW, "    ")
        lines.append(f"  ∂L/∂b{up} = δ{up} = {self.vector(record.db)}")
        if index > 1:
            lines.append(f"  ∂L/∂a{below} = δ{up} W{up}ᵀ = {self.vector(record.dL_da_prev[0])}")
        return lines

    def paths(self, record: LayerRecord, index: int) -> list[str]:
        """Each hidden neuron's ∂L/∂a as the sum over its paths (the total derivative)."""
        lines, above = [], _up(index + 1)
        for j in range(min(record.a.shape[1], MAX_SHOWN)):
            terms = record.dL_da_terms(0, j)[:MAX_SHOWN]
            written = " + ".join(
                f"δ{subscript(k + 1)}{above}·W{subscript(j + 1)}{subscript(k + 1)}{above}"
                for k in range(len(terms))
            )
            values = " + ".join(
                f"({self.number(record.delta_next[0, k])})({self.number(record.W_next[j, k])})"
                for k in range(len(terms))
            )
            more = " + …" if record.W_next.shape[1] > MAX_SHOWN else ""
            lines.append(
                "    "
                + self.line(
                    QT_TRANSLATE_NOOP("Explain", "neuron {0}: {1}{2} = {3}{2} = {4}"),
                    j + 1,
                    written,
                    more,
                    values,
                    self.number(record.dL_da[0, j]),
                )
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
