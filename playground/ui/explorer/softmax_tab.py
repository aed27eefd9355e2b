"""The softmax tab: an editable input vector x, the temperature T, the probabilities
p = softmax(x / T), the Jacobian ∂p/∂z at z = x / T, and the cross-entropy for a target class
with its gradient, all computed by the engine."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.engine import activations, losses
from playground.ui.common import colors
from playground.ui.common.labelled import add_labelled
from playground.ui.common.number_box import NumberBox
from playground.ui.common.number_text import significant, subscript, vector
from playground.ui.explorer.bar_chart import MAX_BARS, BarChart
from playground.ui.explorer.jacobian_view import JacobianView

MIN_K = 2
DEFAULT_VALUES = (2.0, 1.0, 0.1)
VALUE_LIMIT = 10.0
T_RANGE = (0.1, 10.0)


class SoftmaxTab(QWidget):
    """Inputs on top, the probability and gradient bars on the left, the Jacobian on the
    right, the cross-entropy written below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._softmax = activations.get("softmax")
        self._loss = losses.get("cross_entropy")
        self.k_spin = QSpinBox()
        self.k_spin.setRange(MIN_K, MAX_BARS)
        self.k_spin.setToolTip(self.tr("How many inputs (classes) K"))
        self.t_spin = NumberBox()
        self.t_spin.setRange(*T_RANGE)
        self.t_spin.setDecimals(2)
        self.t_spin.setStepType(NumberBox.StepType.AdaptiveDecimalStepType)
        self.t_spin.setToolTip(
            self.tr("Temperature T: above 1 flattens the probabilities, below 1 sharpens them")
        )
        self.target_spin = QSpinBox()
        self.target_spin.setToolTip(self.tr("The true class y for the cross-entropy"))
        self.value_spins = []
        inputs = QGridLayout()
        inputs.addWidget(QLabel(self.tr("Inputs x")), 1, 0)
        for i in range(MAX_BARS):
            label = QLabel(f"<b style='color:{colors.CLASS_HEX[i]}'>x{subscript(i)}</b>")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin = NumberBox()
            spin.setRange(-VALUE_LIMIT, VALUE_LIMIT)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            label.setBuddy(spin)
            inputs.addWidget(label, 0, i + 1)
            inputs.addWidget(spin, 1, i + 1)
            self.value_spins.append((label, spin))
        inputs.setColumnStretch(MAX_BARS + 1, 1)
        settings = QHBoxLayout()
        pairs = (
            (self.tr("Number of inputs K"), self.k_spin),
            (self.tr("Temperature T"), self.t_spin),
            (self.tr("Target class"), self.target_spin),
        )
        add_labelled(settings, pairs, gap=12)
        formula = QLabel(self.tr("p = softmax(z), z = x / T:   pₖ = exp(zₖ) / Σⱼ exp(zⱼ)"))
        settings.addWidget(formula, 1)
        self.probability_chart = BarChart(self.tr("probability p"), (0.0, 1.15))
        self.gradient_chart = BarChart(self.tr("∂L/∂z = p − y"), (-1.2, 1.2))
        self.jacobian_view = JacobianView()
        jacobian_title = QLabel(self.tr("Jacobian ∂pᵢ/∂zⱼ = diag(p) − p pᵀ"))
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        bars = QVBoxLayout()
        bars.addWidget(self.probability_chart, 1)
        bars.addWidget(self.gradient_chart, 1)
        jacobian = QVBoxLayout()
        jacobian.addWidget(jacobian_title)
        jacobian.addWidget(self.jacobian_view, 1)
        charts = QHBoxLayout()
        charts.addLayout(bars, 1)
        charts.addLayout(jacobian, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addLayout(inputs)
        layout.addLayout(charts, 1)
        layout.addWidget(self.readout)

        self.t_spin.setValue(1.0)
        self._p = self._jacobian = self._gradient = np.zeros(0)
        self._cross_entropy = 0.0
        self.set_values(DEFAULT_VALUES)
        self.k_spin.valueChanged.connect(self._k_changed)
        for _, spin in self.value_spins:
            spin.valueChanged.connect(self._update)
        self.t_spin.valueChanged.connect(self._update)
        self.target_spin.valueChanged.connect(self._update)

    # ------------------------------------------------------------ public API
    def set_values(self, values) -> None:
        """The input vector x, 2 to 10 numbers."""
        values = [float(v) for v in values]
        if not MIN_K <= len(values) <= MAX_BARS:
            raise ValueError(f"softmax needs {MIN_K} to {MAX_BARS} inputs, not {len(values)}")
        for (_, spin), value in zip(self.value_spins, values):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.k_spin.blockSignals(True)
        self.k_spin.setValue(len(values))
        self.k_spin.blockSignals(False)
        self._k_changed()

    def set_temperature(self, t: float) -> None:
        self.t_spin.setValue(t)

    def values(self) -> np.ndarray:
        """x, (K,)."""
        return np.array([spin.value() for _, spin in self.value_spins[: self.k_spin.value()]])

    def probabilities(self) -> np.ndarray:
        """p = softmax(x / T), (K,)."""
        return self._p

    def jacobian_shown(self) -> np.ndarray:
        """∂p/∂z at z = x / T, (K, K), as drawn."""
        return self._jacobian

    def cross_entropy(self) -> float:
        """−ln p_target."""
        return self._cross_entropy

    def gradient(self) -> np.ndarray:
        """∂L/∂z = p − y for z = x / T, (K,); with respect to x it is this divided by T."""
        return self._gradient

    # --------------------------------------------------------------- update
    def _k_changed(self) -> None:
        k = self.k_spin.value()
        for i, (label, spin) in enumerate(self.value_spins):
            label.setVisible(i < k)
            spin.setVisible(i < k)
        self.target_spin.blockSignals(True)
        self.target_spin.setRange(0, k - 1)
        self.target_spin.blockSignals(False)
        self._update()

    def _update(self) -> None:
        t = self.t_spin.value()
        target = self.target_spin.value()
        z = (self.values() / t)[None, :]  # (1, K)
        p = self._softmax.f(z)
        self._p = p[0]
        self._jacobian = self._softmax.jacobian(z)[0]
        labels = np.array([target])
        self._cross_entropy = self._loss.value(p, labels)
        # The chain rule through the engine: dL/dp from the loss, then back through softmax.
        self._gradient = self._softmax.backprop(z, p, self._loss.grad(p, labels))[0]
        self.probability_chart.show_values(self._p, "p")
        self.gradient_chart.show_values(self._gradient, "z")
        self.jacobian_view.show_matrix(self._jacobian)
        self._show_readout(t, target)

    def _show_readout(self, t: float, target: int) -> None:
        index = subscript(target)
        self.readout.setText(
            self.tr(
                "Cross-entropy for target class {k}: L = −ln p{i} = −ln {p} = <b>{loss}</b>"
                "<br>Gradient with respect to the inputs z = x / T (the bars): "
                "∂L/∂z = p − y = {grad}"
                "<br>With respect to x it is divided by T: ∂L/∂x = (p − y) / T = {grad_x}"
            ).format(
                k=target,
                i=index,
                p=significant(float(self._p[target])),
                loss=significant(self._cross_entropy),
                grad=vector(self._gradient),
                grad_x=vector(self._gradient / t),
            )
        )
