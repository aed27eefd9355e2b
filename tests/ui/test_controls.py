"""The left-hand controls driven as a user would: every limit and choice is the experiment's."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground import building, experiment
from playground.engine import datasets
from playground.experiment import DataSpec, Experiment, NetworkSpec
from playground.ui.controls.data import SPIN_BOX_MAX, DataControls
from playground.ui.controls.features import FeaturesControls
from playground.ui.controls.network import NetworkControls
from playground.ui.controls.training import (
    LEARNING_RATES,
    REGULARIZATION_RATES,
    TrainingControls,
)

LEFT = Qt.MouseButton.LeftButton


def shown(qtbot, controls_class, exp: Experiment):
    """The controls showing `exp`, and the list every experiment they emit is appended to."""
    controls = controls_class()
    qtbot.addWidget(controls)
    controls.show_experiment(exp)
    emitted: list[Experiment] = []
    controls.changed.connect(emitted.append)
    return controls, emitted


def with_hidden(*widths: int) -> Experiment:
    return Experiment(network=NetworkSpec(hidden=widths, activations=("relu",) * len(widths)))


def type_into(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def items(combo) -> set:
    return {combo.itemData(i) for i in range(combo.count())}


# ------------------------------------------------------------------ network
def test_plus_and_minus_on_a_wide_layer_add_or_remove_one_neuron(qtbot):
    network, emitted = shown(qtbot, NetworkControls, with_hidden(64, 3))
    row = network.layer_rows[0]
    assert row.count.text() == "64"
    qtbot.mouseClick(row.more, LEFT)
    qtbot.mouseClick(row.fewer, LEFT)
    assert [exp.network.hidden for exp in emitted] == [(65, 3), (63, 3)]


def test_plus_stops_at_the_experiments_widest_layer(qtbot):
    network, emitted = shown(qtbot, NetworkControls, with_hidden(experiment.MAX_NEURONS, 1))
    widest, narrowest = network.layer_rows
    assert not widest.more.isEnabled() and widest.fewer.isEnabled()
    assert narrowest.more.isEnabled() and not narrowest.fewer.isEnabled()
    qtbot.mouseClick(widest.more, LEFT)
    qtbot.mouseClick(narrowest.fewer, LEFT)
    assert emitted == []
    network.show_experiment(with_hidden(experiment.MAX_NEURONS - 1))
    qtbot.mouseClick(network.layer_rows[0].more, LEFT)
    assert emitted[-1].network.hidden == (experiment.MAX_NEURONS,)


def test_layers_are_added_up_to_the_limit_with_the_default_width(qtbot):
    network, emitted = shown(qtbot, NetworkControls, with_hidden())
    qtbot.mouseClick(network.add_layer, LEFT)
    new = emitted[-1].network
    assert new.hidden == (experiment.DEFAULT_NEURONS,)
    assert new.activations == (experiment.DEFAULT_ACTIVATION,)
    network.show_experiment(with_hidden(*[2] * experiment.MAX_HIDDEN_LAYERS))
    assert not network.add_layer.isEnabled()


def test_network_choices_are_the_experiments(qtbot):
    network, _ = shown(qtbot, NetworkControls, with_hidden(3))
    rules = experiment.FIELD_RULES
    assert items(network.layer_rows[0].activation) == set(experiment.HIDDEN_ACTIVATIONS)
    assert items(network.output) == set(rules["network.output_activation"].allowed)
    assert items(network.loss) == set(rules["training.loss"].allowed)
    assert items(network.init) == set(rules["network.init"].allowed)
    assert items(network.rule) == set(rules["training.rule"].allowed)
    assert network.alpha.maximum() == experiment.MAX_ALPHA


def test_activations_losses_and_initialisers_show_their_display_names(qtbot):
    network, emitted = shown(qtbot, NetworkControls, with_hidden(3))
    box = network.layer_rows[0].activation
    shown_names = [box.itemText(i) for i in range(box.count())]
    assert "Leaky ReLU" in shown_names and "leaky_relu" not in shown_names
    assert all("_" not in text for text in shown_names)
    network.show_experiment(
        Experiment(network=NetworkSpec(hidden=(3,), activations=("leaky_relu",)))
    )
    assert box.currentText() == "Leaky ReLU"
    assert "Softmax" in [network.output.itemText(i) for i in range(network.output.count())]
    for combo in (network.loss, network.init, network.rule):
        assert all("_" not in combo.itemText(i) for i in range(combo.count()))
    box.setCurrentIndex(box.findText("ELU"))
    box.activated.emit(box.currentIndex())
    assert emitted[-1].network.activations == ("elu",)


# ------------------------------------------------------------------ training
def test_a_new_batch_size_applies_to_the_running_trainer_without_a_reset(qtbot):
    old = Experiment()
    training, emitted = shown(qtbot, TrainingControls, old)
    type_into(qtbot, training.batch.lineEdit(), "64")
    new = emitted[-1]
    assert new.training.batch_size == 64
    assert not experiment.needs_rebuild(old, new)
    trainer = building.build(old)
    trainer.run_steps(3)
    weights = trainer.net.params.copy()
    experiment.apply_live_settings(trainer, new.training)
    assert (trainer.batch_size, trainer.epoch, trainer.steps) == (64, 0, 3)
    np.testing.assert_array_equal(trainer.net.params, weights)


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("lr", "500", "The learning rate must be a number above 0 and at most 100."),
        ("lr", "fast", "The learning rate must be a number above 0 and at most 100."),
        ("reg_rate", "11", "The regularisation rate must be a number at least 0 and at most 10."),
    ],
)
def test_a_rate_outside_the_experiments_rule_is_refused_naming_its_range(
    qtbot, field, typed, message
):
    training, emitted = shown(qtbot, TrainingControls, Experiment())
    refused: list[str] = []
    training.invalid.connect(refused.append)
    combo = getattr(training, field)
    type_into(qtbot, combo.lineEdit(), typed)
    assert refused == [message]
    assert emitted == []
    assert combo.currentText() == f"{getattr(Experiment().training, field):g}"


def test_a_rate_with_a_decimal_comma_is_taken(qtbot):
    training, emitted = shown(qtbot, TrainingControls, Experiment())
    type_into(qtbot, training.lr.lineEdit(), "0,5")
    assert emitted[-1].training.lr == 0.5


def test_learning_rate_presets_are_written_as_decimals(qtbot):
    training, emitted = shown(qtbot, TrainingControls, Experiment())
    presets = [training.lr.itemText(i) for i in range(training.lr.count())]
    assert presets[0] == "0.00001"
    assert not any("e" in text for text in presets)
    training.lr.setCurrentIndex(0)
    training.lr.activated.emit(0)
    assert emitted[-1].training.lr == 0.00001
    training.show_experiment(emitted[-1])
    assert training.lr.currentText() == "0.00001"
    type_into(qtbot, training.lr.lineEdit(), "2e-5")
    assert emitted[-1].training.lr == 0.00002


def test_rate_presets_lie_inside_the_experiments_limits():
    for value in LEARNING_RATES:
        experiment.FIELD_RULES["training.lr"].check(value)
    for value in REGULARIZATION_RATES:
        experiment.FIELD_RULES["training.reg_rate"].check(value)


def test_training_ranges_and_choices_are_the_experiments(qtbot):
    training, _ = shown(qtbot, TrainingControls, Experiment())
    rules = experiment.FIELD_RULES
    assert (training.batch.minimum(), training.batch.maximum()) == (1, experiment.MAX_BATCH_SIZE)
    assert training.epoch_limit.maximum() == experiment.MAX_EPOCHS
    for box in (training.momentum, training.beta1, training.beta2):
        assert box.minimum() == 0.0 and 0.999 < box.maximum() < 1.0  # a fraction below 1
    assert items(training.optimizer) == set(rules["training.optimizer"].allowed)
    assert items(training.regularization) == set(experiment.REGULARIZATIONS)


# ------------------------------------------------------------------ data and features
@pytest.mark.parametrize("name", datasets.SOURCES)
def test_data_rows_follow_the_facts_of_each_dataset(qtbot, name):
    data, _ = shown(qtbot, DataControls, Experiment(data=DataSpec(name=name)))
    facts = datasets.FACTS[name]
    assert data.form.isRowVisible(data.noise_row) == facts.noisy
    assert data.form.isRowVisible(data.size) == facts.sized
    assert data.form.isRowVisible(data.classes) == facts.k_classes
    assert data.form.isRowVisible(data.label_column) == (name == datasets.CSV)
    if facts.sized:
        assert data.size.value() == datasets.default_size(name)


def test_data_ranges_are_the_datasets_limits(qtbot):
    data, _ = shown(qtbot, DataControls, Experiment())
    assert data.noise.maximum() == round(datasets.MAX_NOISE * 100)
    assert data.train_share.minimum() == round((1 - datasets.MAX_TEST_RATIO) * 100)
    assert (data.size.minimum(), data.size.maximum()) == (datasets.MIN_N, datasets.MAX_N)
    assert (data.classes.minimum(), data.classes.maximum()) == (
        datasets.MIN_CLASSES,
        datasets.MAX_CLASSES,
    )
    # A spin box holds a C int: seeds up to 2**31 - 1 can be typed, the rest come from files.
    assert data.seed.maximum() == SPIN_BOX_MAX < experiment.MAX_SEED


@pytest.mark.parametrize("name", ["circle", "and", "sales", "iris"])
def test_feature_buttons_are_for_2d_data_only(qtbot, name):
    features, emitted = shown(qtbot, FeaturesControls, Experiment(data=DataSpec(name=name)))
    tabular = datasets.FACTS[name].tabular
    assert all(button.isEnabled() != tabular for button in features.buttons.values())
    assert features.standardize.isVisibleTo(features) == tabular
    qtbot.mouseClick(features.buttons["x1^2"], LEFT)
    selected = [exp.features.selected for exp in emitted]
    assert selected == ([] if tabular else [("x1", "x2", "x1^2")])


def test_controls_edit_copies_and_keep_what_they_do_not_show(qtbot):
    exp = dataclasses.replace(with_hidden(5), seed=9)
    network, emitted = shown(qtbot, NetworkControls, exp)
    qtbot.mouseClick(network.layer_rows[0].more, LEFT)
    assert emitted == [
        dataclasses.replace(exp, network=dataclasses.replace(exp.network, hidden=(6,)))
    ]
    assert network.experiment == exp


@pytest.mark.parametrize(("width", "columns"), [(600, {4}), (170, {2, 3}), (60, {1})])
def test_feature_buttons_take_fewer_columns_in_a_narrow_column(qtbot, width, columns):
    """Four to a row when they fit, fewer (never cut) when the column is narrow."""
    controls = FeaturesControls()
    qtbot.addWidget(controls)
    controls.show_experiment(Experiment())
    controls.resize(width, 300)
    controls.show()
    qtbot.waitExposed(controls)
    grid = controls.grid
    buttons = controls.buttons.values()
    qtbot.waitUntil(
        lambda: grid.columns in columns and all(b.width() >= b.sizeHint().width() for b in buttons)
    )
    assert all(b.geometry().right() <= grid.width() for b in buttons)
    rows = {b.y() for b in controls.buttons.values()}
    assert len(rows) == -(-len(controls.buttons) // grid.columns)


@pytest.mark.parametrize(
    ("rule", "output", "formula"),
    [
        ("backprop", "auto", "W ← W − λ·∂L/∂W in every layer"),
        ("perceptron", "step", "w ← w + λ(y − ŷ)x, ŷ = step(x·w + b): no change when ŷ = y"),
        ("adaline", "linear", "w ← w + λ(y − z)x, z = x·w + b: gradient descent on ½(y − z)²"),
    ],
)
def test_the_learning_rule_shows_its_update_formula(qtbot, rule, output, formula):
    controls = NetworkControls()
    qtbot.addWidget(controls)
    training = dataclasses.replace(Experiment().training, rule=rule)
    network = NetworkSpec(hidden=(), activations=(), output_activation=output)
    controls.show_experiment(Experiment(network=network, training=training))
    controls.show()
    assert controls.rule.currentData() == rule
    assert controls.rule_formula.text().startswith(formula)
    assert controls.rule_formula.isVisible()
    controls.set_advanced_shown(False)  # a first lesson hides the rule and its formula
    assert not controls.rule_formula.isVisible()
