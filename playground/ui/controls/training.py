"""Training controls: learning rate, batch size, optimiser and its settings, regularisation,
epoch limit. Every setting here applies to the running training without a reset (see
`experiment.LIVE_FIELDS`); the ranges and the checks of typed numbers are the experiment's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSpinBox

from playground import experiment
from playground.engine import optimizers
from playground.fields import Invalid, Number
from playground.ui.common import names
from playground.ui.common.choice_box import choice_box, select
from playground.ui.common.number_box import NumberBox
from playground.ui.common.number_text import editable, parse_number
from playground.ui.controls.base import (
    ExperimentControls,
    form_layout,
    number_box,
)

# Presets offered in the lists (free entry is allowed too); each lies inside its field's rule.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def _number_combo(values: tuple[float, ...], tooltip: str) -> QComboBox:
    """An editable combo box of preset numbers; free entry is allowed too."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for value in values:
        combo.addItem(editable(value), value)
    combo.setToolTip(tooltip)
    return combo


class TrainingControls(ExperimentControls):
    """Learning settings; `invalid(message)` reports a number that cannot be used."""

    invalid = Signal(str)

    def __init__(self, parent=None):
        super().__init__(self.tr("Training"), parent)
        self.lr = _number_combo(
            LEARNING_RATES, self.tr("Learning rate: the size of each gradient step")
        )
        self.lr.lineEdit().editingFinished.connect(self._on_lr)
        self.lr.activated.connect(lambda _: self._on_lr())
        batch_rule = experiment.FIELD_RULES["training.batch_size"]
        self.batch = QSpinBox()
        self.batch.setRange(batch_rule.low, batch_rule.high)
        self.batch.setToolTip(self.tr("Samples per step: 1 = online, all = full batch"))
        self.batch.editingFinished.connect(
            lambda: self.edit("training", batch_size=self.batch.value())
        )
        self.optimizer = choice_box(
            names.choices(names.OPTIMIZERS, optimizers.NAMES),
            self.tr("How gradients become weight updates"),
        )
        self.optimizer.activated.connect(
            lambda i: self.edit("training", optimizer=self.optimizer.itemData(i))
        )
        self.momentum = self._fraction(
            "momentum", self.tr("Momentum β: how much of the last step is kept")
        )
        self.momentum.editingFinished.connect(
            lambda: self.edit("training", momentum=self.momentum.value())
        )
        self.beta1 = self._fraction("beta1", self.tr("Adam β₁: decay of the mean of the gradients"))
        self.beta1.editingFinished.connect(lambda: self.edit("training", beta1=self.beta1.value()))
        self.beta2 = self._fraction(
            "beta2", self.tr("Adam β₂: decay of the mean of squared gradients")
        )
        self.beta2.editingFinished.connect(lambda: self.edit("training", beta2=self.beta2.value()))
        shown = {"none": self.tr("none"), "l1": "L1", "l2": "L2"}
        self.regularization = choice_box(
            {key: shown[key] for key in experiment.REGULARIZATIONS},
            self.tr("Penalty on large weights"),
        )
        self.regularization.activated.connect(
            lambda i: self.edit("training", regularization=self.regularization.itemData(i))
        )
        self.reg_rate = _number_combo(REGULARIZATION_RATES, self.tr("Regularisation rate λ"))
        self.reg_rate.lineEdit().editingFinished.connect(self._on_reg_rate)
        self.reg_rate.activated.connect(lambda _: self._on_reg_rate())
        self.epoch_limit = QSpinBox()
        epochs_rule = experiment.FIELD_RULES["training.epochs"].inner  # the number, if not null
        self.epoch_limit.setRange(0, epochs_rule.high)  # 0 shows as "no limit"
        self.epoch_limit.setSpecialValueText(self.tr("no limit"))
        self.epoch_limit.setToolTip(self.tr("Pause when this many epochs are done"))
        self.epoch_limit.editingFinished.connect(
            lambda: self.edit("training", epochs=self.epoch_limit.value() or None)
        )
        form = form_layout(self)
        form.addRow(self.tr("Learning rate"), self.lr)
        form.addRow(self.tr("Batch size"), self.batch)
        form.addRow(self.tr("Optimiser"), self.optimizer)
        form.addRow(self.tr("Momentum"), self.momentum)
        form.addRow(self.tr("β₁"), self.beta1)
        form.addRow(self.tr("β₂"), self.beta2)
        form.addRow(self.tr("Regularisation"), self.regularization)
        form.addRow(self.tr("Rate λ"), self.reg_rate)
        form.addRow(self.tr("Epoch limit"), self.epoch_limit)
        self.form = form
        # Optimiser settings, regularisation and the epoch limit: sensible defaults serve
        # a first lesson, so they hide with the advanced controls.
        self.advanced = (
            self.momentum,
            self.beta1,
            self.beta2,
            self.regularization,
            self.reg_rate,
            self.epoch_limit,
        )

    @staticmethod
    def _fraction(field: str, tooltip: str) -> NumberBox:
        """A spin box for an optimiser setting in [0, 1), to 4 decimals."""
        return number_box(experiment.FIELD_RULES[f"training.{field}"], 4, 0.01, tooltip)

    def refresh(self) -> None:
        t = self.experiment.training
        self.lr.setEditText(editable(t.lr))
        self.batch.setValue(t.batch_size)
        select(self.optimizer, t.optimizer)
        self.momentum.setValue(t.momentum)
        self.beta1.setValue(t.beta1)
        self.beta2.setValue(t.beta2)
        self.set_row_visible(self.momentum, t.optimizer == "momentum")
        self.set_row_visible(self.beta1, t.optimizer == "adam")
        self.set_row_visible(self.beta2, t.optimizer == "adam")
        select(self.regularization, t.regularization)
        self.reg_rate.setEditText(editable(t.reg_rate))
        self.set_row_visible(self.reg_rate, t.regularization != "none")
        self.epoch_limit.setValue(t.epochs or 0)

    def _on_lr(self) -> None:
        message = self.tr("The learning rate must be a number {0} and {1}.")
        self._edit_rate("lr", self.lr, message)

    def _on_reg_rate(self) -> None:
        message = self.tr("The regularisation rate must be a number {0} and {1}.")
        self._edit_rate("reg_rate", self.reg_rate, message)

    def _edit_rate(self, field: str, combo: QComboBox, message: str) -> None:
        """Edit the rate typed or picked in `combo`; one the field's rule refuses is reported
        with `message`, given the rule's lower and upper bound in words."""
        rule = experiment.FIELD_RULES[f"training.{field}"]
        try:
            value = rule.check(parse_number(combo.currentText()))
        except Invalid:
            self.invalid.emit(message.format(*self._bounds(rule)))
            self.show_experiment(self.experiment)
            return
        self.edit("training", **{field: value})

    def _bounds(self, rule: Number) -> tuple[str, str]:
        """The bounds of a number rule in words, e.g. ("above 0", "at most 100")."""
        low = self.tr("above {0}") if rule.open_low else self.tr("at least {0}")
        high = self.tr("below {0}") if rule.open_high else self.tr("at most {0}")
        return low.format(editable(rule.low)), high.format(editable(rule.high))
