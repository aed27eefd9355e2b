"""The field of the learning-rate lab where the student types a cost J(w): Enter hands it to
`engine.typed_cost`, which checks it and has SymPy differentiate it. A decimal comma ('0,5w²')
is read as a point, as in every number field. A formula the engine refuses turns the field
red and says why underneath, and nothing else changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from playground.engine import formula_parser, typed_cost
from playground.translation import said
from playground.ui.common.number_text import decimal_points
from playground.ui.common.value_editor import INVALID_STYLE, MESSAGE_STYLE


class FormulaField(QWidget):
    """`edit` takes the formula; Enter emits `accepted(cost)`, a `descent.Cost`, or shows
    in `message` why the formula cannot be used."""

    accepted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(formula_parser.MAX_LENGTH)
        self.edit.setPlaceholderText(self.tr("e.g. w**4 − 3*w**2 or w³ − 2w, then Enter"))
        self.edit.setToolTip(
            self.tr(
                "Type a cost of w and press Enter: SymPy finds dJ/dw.\n"
                "Numbers, w, e, pi; + − * / and ^ or ** for powers (w² works too);\n"
                "abs, sqrt, exp, log, sin, cos, tan, sinh, cosh, tanh."
            )
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.returnPressed.connect(self.apply)
        self.edit.textEdited.connect(self._clear_error)

    @property
    def error(self) -> str:
        """The message shown for the formula, '' when there is none."""
        return self.message.text() if self.message.isVisible() else ""

    def apply(self) -> None:
        """Parse the text: emit the cost, or show why it cannot be one."""
        try:
            cost = typed_cost.parse_cost(decimal_points(self.edit.text()))
        except typed_cost.CostFormulaError as error:
            self.edit.setStyleSheet(INVALID_STYLE)
            self.message.setText(said(error))
            self.message.show()
            return
        self._clear_error()
        self.accepted.emit(cost)

    def _clear_error(self) -> None:
        self.edit.setStyleSheet("")
        self.message.hide()
