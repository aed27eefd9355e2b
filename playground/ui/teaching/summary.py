"""The Summary tab: a Keras-style table of the network (layer, activation, shapes of W, b
and the output, parameters, the total), and a gradient check of the current weights.

The table is read from the run's RunInfo; the check is computed by the engine in the
training thread (`Session.check_gradients`) and only shown here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.engine import gradcheck
from playground.run import RunInfo
from playground.ui.common import names
from playground.ui.common.number_text import count, scientific, superscript


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class SummaryTab(QWidget):
    """`table`: one row per layer and the `total` below; `check_button` runs the gradient
    check with the step chosen in `eps_box` (it emits `check_requested(eps)`), and
    `show_check` shows its result in `check_table` and `verdict`."""

    check_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = _table(
            [
                self.tr("Layer"),
                self.tr("Activation"),
                self.tr("W shape"),
                self.tr("b shape"),
                self.tr("Output shape"),
                self.tr("Parameters"),
            ]
        )
        self.total = QLabel()
        self.eps_box = QComboBox()
        for eps in gradcheck.EPSILONS:  # powers of ten
            self.eps_box.addItem(f"ε = 10{superscript(round(math.log10(eps)))}", eps)
        self.eps_box.setCurrentIndex(gradcheck.EPSILONS.index(1e-5))
        self.eps_box.setToolTip(self.tr("The step of the finite differences"))
        self.check_button = QPushButton(self.tr("Check the gradients"))
        self.check_button.setToolTip(
            self.tr(
                "Compare backpropagation with (L(w + ε) − L(w − ε)) / 2ε for the current "
                "weights, on the first {0} training rows"
            ).format(gradcheck.CHECK_ROWS)
        )
        self.check_button.clicked.connect(
            lambda: self.check_requested.emit(self.eps_box.currentData())
        )
        self.check_table = _table(
            [self.tr("Layer"), self.tr("Parameters compared"), self.tr("Relative error")]
        )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        check = QGroupBox(self.tr("Gradient check"))
        row = QHBoxLayout()
        row.addWidget(self.eps_box)
        row.addWidget(self.check_button)
        row.addStretch(1)
        check_layout = QVBoxLayout(check)
        check_layout.addLayout(row)
        check_layout.addWidget(self.check_table)
        check_layout.addWidget(self.verdict)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.total)
        layout.addWidget(check, 1)

    def set_run(self, info: RunInfo) -> None:
        """The network of a new run; the last check is cleared (other weights)."""
        sizes, rows = info.layer_sizes, []
        last = len(sizes) - 1
        for layer, (d_in, d_out) in enumerate(zip(sizes, sizes[1:]), start=1):
            title = self.tr("Output") if layer == last else self.tr("Hidden {0}").format(layer)
            rows.append(
                [
                    title,
                    names.activation(info.activations[layer - 1]),
                    f"({d_in}, {d_out})",
                    f"({d_out},)",
                    f"(N, {d_out})",
                    count(info.layer_params[layer - 1]),
                ]
            )
        _fill(self.table, rows)
        shape = " → ".join(str(d) for d in sizes)
        self.total.setText(
            self.tr("{0}: {1} parameters in all").format(shape, count(info.n_params))
        )
        _fill(self.check_table, [])
        self.verdict.setText(
            self.tr(
                "Press “Check the gradients” to compare backpropagation with finite "
                "differences on the current weights."
            )
        )

    @Slot(object)
    def show_check(self, checks: list[gradcheck.LayerCheck]) -> None:
        """One row per layer, and a plain verdict on the largest relative error."""
        _fill(
            self.check_table,
            [
                [
                    str(c.layer),
                    self.tr("{0} of {1}").format(count(c.checked), count(c.total)),
                    scientific(c.error) if c.error else "0",
                ]
                for c in checks
            ],
        )
        worst = max(checks, key=lambda c: c.error)
        if worst.error < gradcheck.AGREES_BELOW:
            text = self.tr("Backpropagation agrees with finite differences to {0}.").format(
                scientific(worst.error) if worst.error else "0"
            )
        else:
            text = self.tr(
                "Backpropagation and finite differences disagree: relative error {0} in layer {1}."
            ).format(scientific(worst.error), worst.layer)
        self.verdict.setText(text)
