"""The Rate tab: gradient descent on one weight. Pick a cost J(w), a start w₀, a learning
rate λ and a number of steps, and see the iterates on the curve with the tangent at each,
and a table of w, J(w) and dJ/dw; presets make the rate crawl, work or overshoot. The
secant mode shows (J(w₀ + ε) − J(w₀)) / ε approaching dJ/dw(w₀) as ε shrinks. Every
number comes from `engine.descent`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.engine import descent
from playground.ui.common import colors
from playground.ui.common.number_text import significant

SECANT_STEPS = (1.0, 0.5, 0.1, 0.01, 0.002, 0.001)  # the ε of the secant mode, largest first
CURVE_POINTS = 400
TANGENT_SPAN = 0.1  # a tangent is drawn over this share of the plotted w range


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class RateTab(QWidget):
    """`cost`, `start`, `rate` and `steps` set the run; `presets` (too small, good, too
    large) set the rate; `table` lists the iterates and `verdict` says how the run went;
    `secant_box` shows the secants at w₀ in `secant_table` and on the plot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cost = QComboBox()
        for key, cost in descent.COSTS.items():
            self.cost.addItem(f"J(w) = {cost.formula}", key)
        self.derivative = QLabel()
        self.start = QDoubleSpinBox()
        self.start.setRange(-10.0, 10.0)
        self.start.setDecimals(2)
        self.start.setSingleStep(0.1)
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.001, descent.MAX_RATE)
        self.rate.setDecimals(3)
        self.rate.setSingleStep(0.01)
        self.rate.setToolTip(self.tr("λ in w ← w − λ·dJ/dw"))
        self.steps = QSpinBox()
        self.steps.setRange(1, descent.MAX_STEPS)
        self.steps.setValue(20)
        self.presets: dict[str, QPushButton] = {}
        titles = {
            "too small": self.tr("Too small"),
            "good": self.tr("Good"),
            "too large": self.tr("Too large"),
        }
        presets = QHBoxLayout()
        for key, title in titles.items():
            button = QPushButton(title)
            button.setToolTip(self.tr("A learning rate that is {0} for this cost").format(title))
            button.clicked.connect(lambda _=False, k=key: self.use_preset(k))
            presets.addWidget(button)
            self.presets[key] = button
        presets.addStretch(1)
        self.secant_box = QCheckBox(self.tr("Secant at w₀: (J(w₀ + ε) − J(w₀)) / ε"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow("", self.derivative)
        form.addRow(self.tr("Start w₀"), self.start)
        form.addRow(self.tr("Learning rate λ"), self.rate)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Presets"), presets)
        form.addRow("", self.secant_box)

        self._plot_widget = colors.plot_widget()
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setLabel("bottom", "w", **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("left", "J(w)", **colors.AXIS_LABEL_STYLE)
        self.curve = self.plot.plot(pen=pg.mkPen(colors.TEXT_HEX, width=2))
        self.tangents = self.plot.plot(pen=pg.mkPen(colors.TEST_HEX, width=1), connect="pairs")
        self.path = self.plot.plot(
            pen=pg.mkPen(colors.TRAIN_HEX, width=1, dash=[4, 3]),
            symbol="o",
            symbolSize=7,
            symbolBrush=colors.TRAIN_HEX,
        )
        self.secants = self.plot.plot(pen=pg.mkPen("#888888", width=1), connect="pairs")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["k", "w", "J(w)", "dJ/dw"])
        self.table.verticalHeader().hide()
        self.secant_table = QTableWidget(0, 3)
        self.secant_table.setHorizontalHeaderLabels(
            ["ε", "(J(w₀ + ε) − J(w₀)) / ε", self.tr("error")]
        )
        self.secant_table.verticalHeader().hide()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.verdict)
        left.addWidget(self.table, 1)
        left.addWidget(self.secant_table)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self._plot_widget, 3)
        self.cost.currentIndexChanged.connect(self._new_cost)
        for box in (self.start, self.rate):
            box.valueChanged.connect(self.run)
        self.steps.valueChanged.connect(self.run)
        self.secant_box.toggled.connect(self.run)
        self._new_cost()

    def choose(self, key: str) -> None:
        """Show the cost `key` (a key of engine.descent.COSTS)."""
        self.cost.setCurrentIndex(self.cost.findData(key))

    def use_preset(self, key: str) -> None:
        """The learning rate `key` ('too small', 'good', 'too large') of the current cost."""
        self.rate.setValue(self._cost().rates[key])

    def _cost(self) -> descent.Cost:
        return descent.COSTS[self.cost.currentData()]

    def _new_cost(self) -> None:
        cost = self._cost()
        self.derivative.setText(self.tr("dJ/dw = {0}").format(cost.derivative))
        w = np.linspace(*cost.view, CURVE_POINTS)
        self.curve.setData(w, cost.J(w))
        for box, value in ((self.start, cost.start), (self.rate, cost.rates["good"])):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.run()

    def run(self) -> None:
        """Descend with the settings shown and draw the run (the engine's numbers)."""
        cost = self._cost()
        result = descent.descend(cost, self.start.value(), self.rate.value(), self.steps.value())
        self.path.setData(result.w, result.J)
        half = TANGENT_SPAN * (cost.view[1] - cost.view[0]) / 2
        x = np.repeat(result.w, 2) + np.tile([-half, half], len(result.w))
        y = np.repeat(result.J, 2) + np.tile([-half, half], len(result.w)) * np.repeat(result.dJ, 2)
        self.tangents.setData(x, y)
        self.table.setRowCount(len(result.w))
        for k, row in enumerate(zip(result.w, result.J, result.dJ)):
            self.table.setItem(k, 0, _item(str(k)))
            for column, value in enumerate(row, start=1):
                self.table.setItem(k, column, _item(significant(float(value), 5)))
        self.table.resizeColumnsToContents()
        self.verdict.setText(self._verdict(result))
        self._show_secants(cost)
        visible = np.concatenate([np.asarray(cost.view), result.w])
        self.plot.setXRange(float(visible.min()), float(visible.max()), padding=0.05)

    def _verdict(self, result: descent.Descent) -> str:
        steps = len(result.w) - 1
        if result.diverged:
            return self.tr(
                "Diverged after {0} steps: |w| passed {1}. The learning rate is too large."
            ).format(steps, significant(descent.DIVERGED, 1))
        moves = np.diff(result.w)
        if steps >= 2 and np.any(np.sign(moves[1:]) != np.sign(moves[:-1])):
            return self.tr(
                "w jumps from side to side of the minimum: each step overshoots. Now w = {0}."
            ).format(significant(float(result.w[-1]), 4))
        return self.tr("After {0} steps w = {1}, J(w) = {2}, dJ/dw = {3}.").format(
            steps,
            significant(float(result.w[-1]), 4),
            significant(float(result.J[-1]), 4),
            significant(float(result.dJ[-1]), 4),
        )

    def _show_secants(self, cost: descent.Cost) -> None:
        shown = self.secant_box.isChecked()
        self.secant_table.setVisible(shown)
        self.secants.setVisible(shown)
        if not shown:
            return
        w0 = self.start.value()
        slope = float(cost.dJ(np.float64(w0)))
        rows, x, y = [], [], []
        for eps in SECANT_STEPS:
            value = descent.secant(cost, w0, eps)
            rows.append((eps, value, value - slope))
            x += [w0, w0 + eps]
            y += [float(cost.J(np.float64(w0))), float(cost.J(np.float64(w0 + eps)))]
        self.secants.setData(x, y)
        self.secant_table.setRowCount(len(rows))
        for r, (eps, value, error) in enumerate(rows):
            for c, number in enumerate((eps, value, error)):
                self.secant_table.setItem(r, c, _item(significant(number, 5)))
        self.secant_table.resizeColumnsToContents()
