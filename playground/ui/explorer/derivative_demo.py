"""The derivative as a limit: the forward difference (f(x₀+ε) − f(x₀))/ε for ε = 10⁻¹ … 10⁻⁶
next to the analytic f'(x₀), both from the engine."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from playground.engine import activations
from playground.ui.common.number_text import significant, superscript

EXPONENTS = (1, 2, 3, 4, 5, 6)  # ε = 10^-k


def forward_difference(activation: activations.Activation, x0: float, eps: float) -> float:
    """(f(x₀ + ε) − f(x₀)) / ε with the engine's f."""
    f0, f1 = activation.f(np.array([x0, x0 + eps]))
    return float((f1 - f0) / eps)


def difference_table(activation: activations.Activation, x0: float) -> np.ndarray:
    """(len(EXPONENTS), 2): the forward difference and its absolute error for each ε."""
    exact = float(activation.df(np.array([x0]))[0])
    quotients = np.array([forward_difference(activation, x0, 10.0**-k) for k in EXPONENTS])
    return np.column_stack([quotients, np.abs(quotients - exact)])


def _epsilon_text(k: int) -> str:
    return f"10{superscript(-k)}"


class DerivativeDemo(QGroupBox):
    """A slider for ε, the quotient, f'(x₀) and their difference, and a table of every ε."""

    def __init__(self, parent=None):
        super().__init__(self.tr("The derivative as a limit"), parent)
        intro = QLabel(self.tr("f′(x₀) = lim (f(x₀ + ε) − f(x₀)) / ε  as ε → 0"))
        intro.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(EXPONENTS[0], EXPONENTS[-1])
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(self.tr("Move right to make ε smaller"))
        self.epsilon_label = QLabel()
        self.numeric_label, self.exact_label, self.error_label = QLabel(), QLabel(), QLabel()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("ε")), 0, 0)
        grid.addWidget(self.slider, 0, 1)
        grid.addWidget(self.epsilon_label, 0, 2)
        rows = (
            (self.tr("Quotient"), self.numeric_label),
            (self.tr("Analytic f′(x₀)"), self.exact_label),
            (self.tr("Absolute error"), self.error_label),
        )
        for row, (text, value_label) in enumerate(rows, start=1):
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(value_label, row, 1, 1, 2)
        self.table = QTableWidget(len(EXPONENTS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("ε"), self.tr("quotient"), self.tr("error")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Click a row to choose that ε"))
        for row, k in enumerate(EXPONENTS):
            self.table.setItem(row, 0, QTableWidgetItem(_epsilon_text(k)))
            for column in (1, 2):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader().sizeHint().height()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(EXPONENTS)))
        self.table.setFixedHeight(header + rows_height + 2 * self.table.frameWidth())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.table)
        self._activation = activations.get("sigmoid")
        self._x0 = 0.0
        self._table = difference_table(self._activation, self._x0)
        self.slider.valueChanged.connect(self._show_epsilon)
        self.table.cellClicked.connect(lambda row, _column: self.set_epsilon_exponent(row + 1))
        self.slider.setValue(3)

    def set_point(self, activation: activations.Activation, x0: float) -> None:
        """Differentiate `activation` at x0."""
        self._activation, self._x0 = activation, x0
        self._table = difference_table(activation, x0)
        for row, (quotient, error) in enumerate(self._table):
            self.table.item(row, 1).setText(significant(quotient, 8))
            self.table.item(row, 2).setText(significant(error, 2))
        self._show_epsilon()

    def set_epsilon_exponent(self, k: int) -> None:
        """ε = 10^-k, k in 1..6."""
        if k not in EXPONENTS:
            raise ValueError(f"ε = 10^-k needs k in 1..6, not {k}")
        self.slider.setValue(k)

    def numeric_derivative(self) -> tuple[float, float]:
        """(quotient, |quotient − f'(x₀)|) for the chosen ε."""
        quotient, error = self._table[self.slider.value() - 1]
        return float(quotient), float(error)

    def _show_epsilon(self) -> None:
        k = self.slider.value()
        quotient, error = self.numeric_derivative()
        exact = float(self._activation.df(np.array([self._x0]))[0])
        self.epsilon_label.setText(f"ε = {_epsilon_text(k)}")
        self.numeric_label.setText(significant(quotient, 8))
        self.exact_label.setText(significant(exact, 8))
        self.error_label.setText(significant(error, 2))
        self.table.blockSignals(True)
        self.table.selectRow(k - 1)
        self.table.blockSignals(False)
