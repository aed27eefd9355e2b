"""The Rate tab: gradient descent on one weight. Pick a cost J(w), a start w₀, a learning
rate λ and a number of steps, and see the iterates on the curve with the tangent at each,
and a table of w, J(w) and dJ/dw; presets make the rate crawl, work or overshoot. The
secant mode shows (J(w₀ + ε) − J(w₀)) / ε approaching dJ/dw(w₀) as ε shrinks. Every
number comes from `engine.descent`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.engine import datasets, descent
from playground.ui.common import colors, names
from playground.ui.common.number_box import NumberBox
from playground.ui.common.number_text import in_formula, significant
from playground.ui.teaching.formula_field import FormulaField

SECANT_STEPS = (1.0, 0.5, 0.1, 0.01, 0.002, 0.001)  # the ε of the secant mode, largest first
CURVE_POINTS = 400
TANGENT_SPAN = 0.1  # a tangent is drawn over this share of the plotted w range
TYPED = "typed"  # the cost combo's data for the cost typed in the formula field


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _finite(x: np.ndarray, y: np.ndarray, per: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The points (x, y) (N,) in groups of `per` (a segment: 2) whose coordinates are all
    finite: a typed cost may have no value at some w, and the plot takes only numbers."""
    keep = (np.isfinite(x) & np.isfinite(y)).reshape(-1, per).all(axis=1).repeat(per)
    return x[keep], y[keep]


def _tangents(result: descent.Descent, half: float) -> tuple[np.ndarray, np.ndarray]:
    """x and y (2K,): a segment of the tangent at each iterate, `half` either side of it in
    w, for the iterates where the segment's ends are finite."""
    x = np.repeat(result.w, 2) + np.tile([-half, half], len(result.w))
    with np.errstate(all="ignore"):  # J or dJ/dw may be ±inf or NaN
        y = np.repeat(result.J, 2) + (x - np.repeat(result.w, 2)) * np.repeat(result.dJ, 2)
    return _finite(x, y, 2)


class RateTab(QTabWidget):
    """One weight (`one_weight`): `cost`, `start`, `rate` and `steps` set the run; `formula`
    takes a typed cost, which then becomes the last item of `cost`; `presets` (too small,
    good, too large) set the rate; `table` lists the iterates and `verdict` says how the
    run went; `secant_box` shows the secants at w₀ in `secant_table` and on the
    plot. Two weights (`two_weights`): the optimisers' paths on a neuron's loss."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.one_weight = QWidget()
        self.two_weights = PathsView()
        self.addTab(self.one_weight, self.tr("One weight"))
        self.addTab(self.two_weights, self.tr("Two weights: optimisers"))
        self.cost = QComboBox()
        for key, cost in descent.COSTS.items():
            self.cost.addItem(f"J(w) = {in_formula(cost.formula)}", key)
        self.cost.setToolTip(self.tr("The cost J(w) to descend, or type your own below"))
        self.cost.setSizeAdjustPolicy(  # a long typed formula must not widen the form
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cost.setMinimumContentsLength(16)
        self.formula = FormulaField()
        self._typed: descent.Cost | None = None
        self.derivative = QLabel()
        self.derivative.setWordWrap(True)
        self.start = NumberBox()
        self.start.setRange(-10.0, 10.0)
        self.start.setDecimals(2)
        self.start.setSingleStep(0.1)
        self.rate = NumberBox()
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
        form.addRow(self.tr("Or type J(w) ="), self.formula)
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
        self.curve = self.plot.plot(pen=pg.mkPen(colors.TEXT_HEX, width=2), connect="finite")
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
        layout = QHBoxLayout(self.one_weight)
        layout.addLayout(left, 2)
        layout.addWidget(self._plot_widget, 3)
        self.cost.currentIndexChanged.connect(self._new_cost)
        self.formula.accepted.connect(self._use_typed)
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
        if self.cost.currentData() == TYPED:
            return self._typed
        return descent.COSTS[self.cost.currentData()]

    def _use_typed(self, cost: descent.Cost) -> None:
        """Show the cost typed in `formula`, kept as the last item of the cost combo."""
        self._typed = cost
        if self.cost.findData(TYPED) < 0:
            self.cost.addItem("", TYPED)
        index = self.cost.findData(TYPED)
        text = self.tr("J(w) = {0} (typed)").format(in_formula(cost.formula))
        self.cost.setItemText(index, text)
        self.cost.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)  # when cut short
        if self.cost.currentIndex() == index:
            self._new_cost()
        else:
            self.cost.setCurrentIndex(index)

    def _new_cost(self) -> None:
        cost = self._cost()
        self.derivative.setText(self.tr("dJ/dw = {0}").format(in_formula(cost.derivative)))
        w = np.linspace(*cost.view, CURVE_POINTS)
        J = cost.J(w)
        self.curve.setData(w, np.where(np.isfinite(J), J, np.nan))
        for box, value in ((self.start, cost.start), (self.rate, cost.rates["good"])):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.run()

    def run(self) -> None:
        """Descend with the settings shown and draw the run (the engine's numbers)."""
        cost = self._cost()
        result = descent.descend(cost, self.start.value(), self.rate.value(), self.steps.value())
        self.path.setData(*_finite(result.w, result.J))
        half = TANGENT_SPAN * (cost.view[1] - cost.view[0]) / 2
        self.tangents.setData(*_tangents(result, half))
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
        if result.undefined:
            return self.tr(
                "Stopped after {0} steps: at w = {1}, J(w) or dJ/dw has no value (w left the "
                "domain of J)."
            ).format(steps, significant(float(result.w[-1]), 4))
        if result.diverged:
            return self.tr(
                "Diverged after {0} steps: |w| passed {1}. The learning rate is too large."
            ).format(steps, significant(descent.DIVERGED, 1))
        if result.overshoots:
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
        self.secants.setData(*_finite(np.array(x), np.array(y), 2))
        self.secant_table.setRowCount(len(rows))
        for r, (eps, value, error) in enumerate(rows):
            for c, number in enumerate((eps, value, error)):
                self.secant_table.setItem(r, c, _item(significant(number, 5)))
        self.secant_table.resizeColumnsToContents()


class PathsView(QWidget):
    """Two weights: the loss of a sigmoid neuron without bias on a separable 2-D set over
    (w₁, w₂), as a heat map, and the paths of gradient descent, momentum and Adam from the
    same start (`start_w1`, `start_w2`) for `steps` steps: `paths[name]` are the curves."""

    PENS = {"sgd": "#1f77b4", "momentum": "#ff7f0e", "adam": "#2ca02c"}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        data = datasets.make("gauss", n=100, seed=0)
        self._X, self._y = data.X_train, data.y_train.astype(float)
        self.start_w1, self.start_w2 = NumberBox(), NumberBox()
        for box, value in ((self.start_w1, -3.0), (self.start_w2, 2.5)):
            box.setRange(*descent.PLANE_SPAN)
            box.setSingleStep(0.25)
            box.setValue(value)
            box.valueChanged.connect(self.run)
        self.steps = QSpinBox()
        self.steps.setRange(1, descent.MAX_STEPS)
        self.steps.setValue(40)
        self.steps.valueChanged.connect(self.run)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.ends = QLabel()
        self.ends.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Start w₁"), self.start_w1)
        form.addRow(self.tr("Start w₂"), self.start_w2)
        form.addRow(self.tr("Steps"), self.steps)
        self._plot_widget = colors.plot_widget()
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setLabel("bottom", "w₁", **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("left", "w₂", **colors.AXIS_LABEL_STYLE)
        self.plot.setAspectLocked(True)
        w1, w2, plane = descent.loss_plane(self._X, self._y)
        self.image = pg.ImageItem()
        self.image.setLookupTable(colors.sequential_lut()[::-1])  # dark: low loss
        self.image.setImage(np.log10(plane).T, autoLevels=True)  # ImageItem: [x, y]
        step = w1[1] - w1[0]
        self.image.setRect(w1[0] - step / 2, w2[0] - step / 2, len(w1) * step, len(w2) * step)
        self.plot.addItem(self.image)
        self.paths = {
            name: self.plot.plot(
                pen=pg.mkPen(pen, width=2), symbol="o", symbolSize=4, symbolBrush=pen
            )
            for name, pen in self.PENS.items()
        }
        left = QVBoxLayout()
        left.addWidget(
            QLabel(
                self.tr(
                    "The loss of one sigmoid neuron without bias on two separable clouds "
                    "(darker: lower, on a log scale; it keeps falling towards the top "
                    "right, as the clouds can be split ever more surely), and the path of "
                    "each optimiser from the same start."
                )
            )
        )
        left.itemAt(0).widget().setWordWrap(True)
        left.addLayout(form)
        left.addWidget(self.legend)
        left.addWidget(self.ends)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self._plot_widget, 3)
        self.run()

    def run(self) -> None:
        """The three paths from the start shown (the engine's optimisers)."""
        start = (self.start_w1.value(), self.start_w2.value())
        paths = descent.optimizer_paths(self._X, self._y, start, self.steps.value())
        shown = names.choices(names.OPTIMIZERS, paths)
        for name, path in paths.items():
            self.paths[name].setData(path[:, 0], path[:, 1])
        self.legend.setText(
            "<br>".join(
                f'<span style="color:{self.PENS[name]}">━━</span> '
                + self.tr("{0}, λ = {1}").format(shown[name], significant(rate))
                for name, rate in descent.PATH_RATES.items()
            )
        )
        ends = [
            self.tr("{0}: L = {1}").format(
                shown[name],
                significant(float(descent.neuron_loss(self._X, self._y, path[-1])), 3),
            )
            for name, path in paths.items()
        ]
        self.ends.setText(self.tr("After {0} steps: ").format(self.steps.value()) + "; ".join(ends))
