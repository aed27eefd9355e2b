"""The last update of the single-neuron lab written out: the sample (or the batch), z and
the output, then each of w and b as the rule's formula, the numbers put in, and the result.
Every number is the engine's (`single_neuron.Update`), written by number_text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from playground.engine.single_neuron import Update
from playground.ui.common.number_text import significant, vector
from playground.ui.common.scale import ui_scale

DIGITS = 4  # significant digits of every number
NBSP = "\u00a0"  # a space where a wrapped line must not break, e.g. inside (1 − 0.3)
FONT_SCALE = 1.25  # the text is this much larger than the application's, to be read from afar
# rule -> (the sign of the step, the factor of x as the rule writes it)
FORMS = {"perceptron": ("+", "y − ŷ"), "adaline": ("+", "y − z"), "sigmoid": ("−", "ŷ − y")}


def _number(value: float) -> str:
    return significant(value, DIGITS)


def _vector(values) -> str:
    """A vector (2,) that a wrapped line does not break."""
    return vector(values, DIGITS).replace(" ", NBSP)


def _bracketed(value: float) -> str:
    """A scalar after a '·', in parentheses when negative: '0.5', '(−0.25)'."""
    text = _number(value)
    return f"({text})" if value < 0 else text


class UpdateText(QLabel):
    """Plain text, one line a step of the update, FONT_SCALE times the application's font
    (which follows the UI scale); `show_update(None)` says how to begin."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fit_font()
        ui_scale().changed.connect(self._fit_font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    @Slot()
    def _fit_font(self) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)

    def show_update(self, update: Update | None) -> None:
        if update is None:
            self.setText(self.tr("No update yet: press Step (N) or Epoch (E)."))
        else:
            self.setText("\n".join(self.lines(update)))

    def lines(self, u: Update) -> list[str]:
        """The lines for `u`, online (one sample) or batch (the average of N)."""
        head = self._sample(u) if len(u.x) == 1 else self._batch(u)
        if u.rule == "perceptron" and not u.changed:
            return [*head, self.tr("ŷ = y: no update, w and b stay as they are.")]
        return head + self._step(u, "w") + self._step(u, "b")

    def _sample(self, u: Update) -> list[str]:
        """The sample, its z and the rule's output."""
        x, z, y_hat = u.x[0], float(u.z[0]), float(u.y_hat[0])
        w_x = f"{_vector(u.w_before)}·{_vector(x)}"
        lines = [
            self.tr("Sample x = {0}, class {1}: target y = {2}").format(
                _vector(x), int(u.label[0]), _number(u.y[0])
            ),
            "z = w·x + b",
            f"    = {w_x} +{NBSP}{_bracketed(u.b_before)}",
            f"    = {_number(z)}",
        ]
        if u.rule == "perceptron":
            lines.append(f"ŷ = step(z) = {_number(y_hat)}")
        elif u.rule == "sigmoid":
            lines.append(f"ŷ = σ(z) = {_number(y_hat)}")
        else:
            lines.append(self.tr("The delta rule learns from z itself, before any threshold."))
        return lines

    def _batch(self, u: Update) -> list[str]:
        return [
            self.tr("Batch: one update from all {0} samples, their updates averaged.").format(
                len(u.x)
            )
        ]

    def _step(self, u: Update, which: str) -> list[str]:
        """Formula, numbers and result for w (which = 'w') or b ('b')."""
        sign, factor = FORMS[u.rule]
        is_w = which == "w"
        before, after = (u.w_before, u.w_after) if is_w else (u.b_before, u.b_after)
        write = _vector if is_w else _number
        x = "x" if is_w else ""
        rate = _number(u.lr)
        if len(u.x) == 1:
            first, second = (u.y[0], u.y_hat[0]) if sign == "+" else (u.y_hat[0], u.y[0])
            formula = f"{which} ← {which} {sign} λ({factor}){x}"
            numbers = f"{rate}·({_number(first)}{NBSP}−{NBSP}{_number(second)})"
            numbers += f"·{_vector(u.x[0])}" if is_w else ""
        else:
            formula = f"{which} ← {which} {sign} λ·(1/N)Σ({factor}){x}"
            numbers = f"{rate}·" + (_vector(u.term_w) if is_w else _bracketed(u.term_b))
        return [formula, f"    = {write(before)} {sign} {numbers}", f"    = {write(after)}"]
