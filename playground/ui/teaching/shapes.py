"""The Shapes tab: two operands A and B (and a bias b), their shapes and, for small ones,
their numbers; whether A · B (+ b) is defined, why not when it is not, and the result.
Presets from the course: the shopping bill, two column vectors, the sales neuron X · w,
one layer X · W + b. The products and the messages are the engine's (`engine.shapes`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.engine import shapes
from playground.translation import said
from playground.ui.common.number_text import parse_number, significant

OWN = "own"  # the preset key of shapes the user sets


def _times(shape: tuple[int, ...]) -> str:
    return " × ".join(str(d) for d in shape)


def _show_matrix(table: QTableWidget, values: np.ndarray) -> None:
    """A small matrix (n, m) in `table`, its numbers with 4 significant digits, or an empty,
    hidden table when it is too big to write out. Filling is not an edit: no signals."""
    small = max(values.shape) <= shapes.SMALL_SIDE
    table.setVisible(small)
    table.blockSignals(True)
    table.clearContents()
    table.setRowCount(values.shape[0] if small else 0)
    table.setColumnCount(values.shape[1] if small else 0)
    if small:
        for (r, c), value in np.ndenumerate(values):
            table.setItem(r, c, QTableWidgetItem(significant(value, 4)))
    table.blockSignals(False)
    if small:
        _fit_rows(table)


def _fit_rows(table: QTableWidget) -> None:
    """Columns as wide as their numbers, and the table tall enough for every row."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    height = table.verticalHeader().length() + 2 * table.frameWidth()
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(height + scroll)


class Operand(QGroupBox):
    """A matrix (or a bias row) the user sizes and, when small, fills in: `rows`, `columns`
    and `table` (values, editable); `values()` reads them, `set_values()` shows them."""

    def __init__(self, title: str, vector: bool = False, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.rows, self.columns = QSpinBox(), QSpinBox()
        for box in (self.rows, self.columns):
            box.setRange(1, shapes.MAX_SIDE)
        self.rows.setVisible(not vector)
        self.table = QTableWidget(1, 1)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.shape_label = QLabel()
        sizes = QHBoxLayout()
        if not vector:
            sizes.addWidget(self.rows)
            sizes.addWidget(QLabel("×"))
        sizes.addWidget(self.columns)
        sizes.addWidget(self.shape_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(sizes)
        layout.addWidget(self.table)
        self._values = np.zeros((1, 1))

    def shape(self) -> tuple[int, int]:
        return self.rows.value(), self.columns.value()

    def set_values(self, values: np.ndarray) -> None:
        """Show a matrix (n, m) (a bias: (1, m)); small ones get their numbers."""
        self._values = np.array(values, dtype=float, ndmin=2)  # a copy the user may edit
        rows, columns = self._values.shape
        for box, value in ((self.rows, rows), (self.columns, columns)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._show()

    def resize_to(self, shape: tuple[int, int]) -> None:
        """A new shape: the values kept where they fit, zeros elsewhere."""
        grown = np.zeros(shape)
        rows, columns = min(shape[0], self._values.shape[0]), min(shape[1], self._values.shape[1])
        grown[:rows, :columns] = self._values[:rows, :columns]
        self._values = grown
        self._show()

    def values(self) -> np.ndarray:
        """The values shown, with the user's edits (a cell that is not a number stays)."""
        if (self.table.rowCount(), self.table.columnCount()) == self._values.shape:
            for r in range(self.table.rowCount()):
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    value = parse_number(item.text()) if item is not None else None
                    if value is not None:
                        self._values[r, c] = value
        return self._values

    def _show(self) -> None:
        self.shape_label.setText(f"({_times(self._values.shape)})")
        _show_matrix(self.table, self._values)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the UI scale: taller rows
            self._show()


class ShapesTab(QScrollArea):
    """`preset` picks a product from the course (or your own shapes); `a`, `b_operand` and
    `bias` are the operands, `with_bias` adds b; `message` says whether the product is
    defined and why, `result` shows it (numbers when small). It scrolls up and down when
    the window is too short for it (a large UI scale)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # preset key -> (title, what the operands stand for)
        self.texts = {
            "bill": (
                self.tr("The shopping bill"),
                self.tr(
                    "A: the quantities bought (1 × 3); B: the unit prices (3 × 1); A · B: the bill."
                ),
            ),
            "columns": (
                self.tr("Two column vectors"),
                self.tr("The quantities as a column (3 × 1) meet the prices (3 × 1)."),
            ),
            "sales": (
                self.tr("The sales neuron: X · w"),
                self.tr(
                    "X: one day per row, x, y and z (4 × 3); w: the weights 4, 3, −1 (3 × 1); "
                    "X · w: each day's score, a profit above 20."
                ),
            ),
            "layer": (
                self.tr("One layer: X · W + b"),
                self.tr(
                    "X: 4 samples of 2 inputs; W: 2 inputs to 3 neurons; b: one bias per "
                    "neuron; X · W + b: every neuron's z for every sample."
                ),
            ),
            OWN: (
                self.tr("Your own shapes"),
                self.tr("Set the rows and columns of A and B, and type numbers into small ones."),
            ),
        }
        self.preset = QComboBox()
        for key, (title, _) in self.texts.items():
            self.preset.addItem(title, key)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.a = Operand(self.tr("A"))
        self.b_operand = Operand(self.tr("B"))
        self.bias = Operand(self.tr("b (one value per column of A · B)"), vector=True)
        self.with_bias = QCheckBox(self.tr("Add a bias b"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.result = QTableWidget(0, 0)
        self.result.horizontalHeader().hide()
        self.result.verticalHeader().hide()
        self.result_shape = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.preset)
        operands = QGridLayout()
        operands.addWidget(self.a, 0, 0)
        operands.addWidget(QLabel("·"), 0, 1)
        operands.addWidget(self.b_operand, 0, 2)
        operands.addWidget(self.with_bias, 1, 0)
        operands.addWidget(self.bias, 1, 2)
        answer = QGroupBox(self.tr("A · B") + " (+ b)")
        answer_layout = QVBoxLayout(answer)
        answer_layout.addWidget(self.message)
        answer_layout.addWidget(self.result_shape)
        answer_layout.addWidget(self.result)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(operands)
        layout.addWidget(answer, 1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.preset.currentIndexChanged.connect(self._load_preset)
        for operand in (self.a, self.b_operand, self.bias):
            for box in (operand.rows, operand.columns):
                box.valueChanged.connect(lambda _=0, o=operand: self._resized(o))
            operand.table.itemChanged.connect(self._recompute)
        self.with_bias.toggled.connect(self._recompute)
        self._load_preset()

    def choose(self, key: str) -> None:
        """Show the preset `key` (a key of engine.shapes.PRESETS, or OWN)."""
        self.preset.setCurrentIndex(self.preset.findData(key))

    def _load_preset(self) -> None:
        key = self.preset.currentData()
        self.note.setText(self.texts[key][1])
        if key != OWN:
            preset = shapes.PRESETS[key]
            self.a.set_values(preset.A)
            self.b_operand.set_values(preset.B)
            bias = preset.b if preset.b is not None else np.zeros(preset.B.shape[1])
            self.bias.set_values(bias[None, :])
            self.with_bias.setChecked(preset.b is not None)
        self._recompute()

    def _resized(self, operand: Operand) -> None:
        operand.resize_to(operand.shape())
        if self.preset.currentData() != OWN:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(OWN))
            self.preset.blockSignals(False)
            self.note.setText(self.texts[OWN][1])
        self._recompute()

    def _recompute(self) -> None:
        """Ask the engine for A · B (+ b) and show it, or why it is not defined."""
        self.bias.setVisible(self.with_bias.isChecked())
        bias = self.bias.values()[0] if self.with_bias.isChecked() else None
        try:
            value = shapes.compute(self.a.values(), self.b_operand.values(), bias)
        except shapes.ShapeError as error:
            self.message.setText(said(error))
            self.result_shape.setText("")
            self.result.setRowCount(0)
            self.result.setColumnCount(0)
            self.result.hide()
            return
        plus = " + b" if bias is not None else ""
        self.message.setText(
            self.tr(
                "Defined: A ({0}) · B ({1}){2} is {3}. Each entry is a row of A times a "
                "column of B, summed{4}."
            ).format(
                _times(self.a.shape()),
                _times(self.b_operand.shape()),
                plus,
                _times(value.shape),
                self.tr(", plus the bias of its column") if bias is not None else "",
            )
        )
        self.result_shape.setText(f"({_times(value.shape)})")
        _show_matrix(self.result, value)
