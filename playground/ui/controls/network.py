"""Network controls: hidden layers and their neurons, activations, output, loss, initialiser."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground import experiment
from playground.engine import activations, losses, rules
from playground.ui.common import names
from playground.ui.common.choice_box import choice_box, select
from playground.ui.common.number_text import MINUS
from playground.ui.controls.base import (
    ExperimentControls,
    form_layout,
    number_box,
)


class LayerRow(NamedTuple):
    """The widgets of one hidden layer's row: −, its neuron count, + and its activation."""

    fewer: QToolButton
    count: QLabel
    more: QToolButton
    activation: QComboBox


def _plus_minus(tooltip_minus: str, tooltip_plus: str) -> tuple[QToolButton, QToolButton]:
    minus, plus = QToolButton(), QToolButton()
    minus.setText(MINUS)
    plus.setText("+")
    minus.setToolTip(tooltip_minus)
    plus.setToolTip(tooltip_plus)
    for button in (minus, plus):
        button.setAutoRaise(False)
        button.setMinimumWidth(28)
    return minus, plus


class NetworkControls(ExperimentControls):
    """Builds the network: up to MAX_HIDDEN_LAYERS hidden layers of MIN_NEURONS to MAX_NEURONS
    neurons (limits of `experiment`), one activation each."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Network"), parent)
        self.layer_count = QLabel()
        self.remove_layer, self.add_layer = _plus_minus(
            self.tr("Remove the last hidden layer"), self.tr("Add a hidden layer")
        )
        self.remove_layer.clicked.connect(lambda: self.set_layer_count(self._n_hidden - 1))
        self.add_layer.clicked.connect(lambda: self.set_layer_count(self._n_hidden + 1))
        header = QHBoxLayout()
        header.addWidget(self.layer_count, 1)
        header.addWidget(self.remove_layer)
        header.addWidget(self.add_layer)
        self.rows = QGridLayout()
        self.layer_rows: list[LayerRow] = []

        self.output = choice_box(
            {"auto": self.tr("automatic"), **names.choices(names.ACTIVATIONS, activations.NAMES)},
            self.tr("Output activation: automatic follows the problem"),
        )
        self.output.activated.connect(
            lambda i: self.edit("network", output_activation=self.output.itemData(i))
        )
        self.loss = choice_box(
            {"auto": self.tr("automatic"), **names.choices(names.LOSSES, losses.NAMES)},
            self.tr("Loss: automatic follows the output activation"),
        )
        self.loss.activated.connect(lambda i: self.edit("training", loss=self.loss.itemData(i)))
        self.init = choice_box(
            names.choices(names.INITIALIZERS, names.INITIALIZERS),
            self.tr("How the weights start"),
        )
        self.init.activated.connect(lambda i: self.edit("network", init=self.init.itemData(i)))
        self.rule = choice_box(
            names.choices(names.RULES, rules.NAMES),
            self.tr("Learning rule; perceptron and Adaline train a single neuron"),
        )
        self.rule.activated.connect(lambda i: self.edit("training", rule=self.rule.itemData(i)))
        self.rule_formula = QLabel()  # the chosen rule's update, written out
        self.rule_formula.setWordWrap(True)
        self.rule_formulas = {
            "backprop": self.tr("W ← W − λ·∂L/∂W in every layer, ∂L/∂W by the chain rule"),
            "perceptron": self.tr("w ← w + λ(y − ŷ)x, ŷ = step(x·w + b): no change when ŷ = y"),
            "adaline": self.tr("w ← w + λ(y − z)x, z = x·w + b: gradient descent on ½(y − z)²"),
        }
        self.alpha = number_box(
            experiment.FIELD_RULES["network.alpha"].inner,
            3,
            0.01,
            self.tr("α of Leaky ReLU and ELU"),
        )
        self.alpha.editingFinished.connect(lambda: self.edit("network", alpha=self.alpha.value()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        form = form_layout()
        form.addRow(self.tr("Output"), self.output)
        form.addRow(self.tr("Loss"), self.loss)
        form.addRow(self.tr("Initialiser"), self.init)
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow("", self.rule_formula)
        form.addRow(self.tr("α"), self.alpha)
        self.form = form
        # hidden with the advanced controls
        self.advanced = (self.init, self.rule, self.rule_formula, self.alpha)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        rows = QWidget()
        rows.setLayout(self.rows)
        layout.addWidget(rows)
        layout.addLayout(form)
        layout.addWidget(self.summary)

    @property
    def _n_hidden(self) -> int:
        return len(self.experiment.network.hidden)

    # --------------------------------------------------------------------- view
    def refresh(self) -> None:
        net, training = self.experiment.network, self.experiment.training
        self.layer_count.setText(self.tr("Hidden layers: {0}").format(len(net.hidden)))
        self.remove_layer.setEnabled(len(net.hidden) > 0)
        self.add_layer.setEnabled(len(net.hidden) < experiment.MAX_HIDDEN_LAYERS)
        if len(self.layer_rows) != len(net.hidden):
            self._build_rows(len(net.hidden))
        for row, width, name in zip(self.layer_rows, net.hidden, net.activations):
            row.count.setText(str(width))
            row.fewer.setEnabled(width > experiment.MIN_NEURONS)
            row.more.setEnabled(width < experiment.MAX_NEURONS)
            select(row.activation, name)
        select(self.output, net.output_activation)
        select(self.loss, training.loss)
        select(self.init, net.init)
        select(self.rule, training.rule)
        self.rule_formula.setText(self.rule_formulas[training.rule])
        uses_alpha = {"leaky_relu", "elu"} & {*net.activations, net.output_activation}
        default_alpha = activations.DEFAULT_ALPHA.get(next(iter(uses_alpha), ""), 0.01)
        self.alpha.setValue(net.alpha if net.alpha is not None else default_alpha)
        self.set_row_visible(self.alpha, bool(uses_alpha))

    def show_summary(self, text: str) -> None:
        """Show the built network's size, e.g. "2 → 4 → 2 → 1 · 25 parameters"."""
        self.summary.setText(text)

    def _build_rows(self, n: int) -> None:
        while self.rows.count():
            gone = self.rows.takeAt(0).widget()
            gone.hide()  # now, not when the event loop deletes it
            gone.deleteLater()
        self.layer_rows = []
        for layer in range(n):
            fewer, more = _plus_minus(self.tr("Fewer neurons"), self.tr("More neurons"))
            count = QLabel()
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)  # as wide as its number
            fewer.clicked.connect(lambda _=False, i=layer: self.change_width(i, -1))
            more.clicked.connect(lambda _=False, i=layer: self.change_width(i, +1))
            shown = names.choices(names.ACTIVATIONS, experiment.HIDDEN_ACTIVATIONS)
            box = choice_box(shown, self.tr("Activation of this layer"))
            box.activated.connect(lambda index, i=layer: self._set_activation(i, index))
            title = QLabel(self.tr("Layer {0}").format(layer + 1))
            for column, widget in enumerate((title, fewer, count, more, box)):
                self.rows.addWidget(widget, layer, column)
            self.layer_rows.append(LayerRow(fewer, count, more, box))

    # ------------------------------------------------------------------- edits
    def set_layer_count(self, n: int) -> None:
        """Add or remove hidden layers at the end (new ones copy the last layer's settings)."""
        net = self.experiment.network
        n = max(0, min(experiment.MAX_HIDDEN_LAYERS, n))
        hidden, acts = list(net.hidden[:n]), list(net.activations[:n])
        while len(hidden) < n:
            hidden.append(hidden[-1] if hidden else experiment.DEFAULT_NEURONS)
            acts.append(acts[-1] if acts else experiment.DEFAULT_ACTIVATION)
        self.edit("network", hidden=tuple(hidden), activations=tuple(acts))

    def change_width(self, layer: int, delta: int) -> None:
        """Add `delta` neurons to a hidden layer, within MIN_NEURONS..MAX_NEURONS."""
        hidden = list(self.experiment.network.hidden)
        width = hidden[layer] + delta
        hidden[layer] = max(experiment.MIN_NEURONS, min(experiment.MAX_NEURONS, width))
        self.edit("network", hidden=tuple(hidden))

    def _set_activation(self, layer: int, index: int) -> None:
        acts = list(self.experiment.network.activations)
        acts[layer] = self.layer_rows[layer].activation.itemData(index)
        self.edit("network", activations=tuple(acts))
