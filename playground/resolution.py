"""Resolving an experiment's "auto" choices for its data, and refusing what cannot be trained.

"auto" output activation and loss become concrete names once the dataset is known
(`resolve_output`, `resolve_loss`); `check_compatible` names the fields of a combination the
engine cannot train (a classic rule with hidden layers, softmax for regression, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from playground.engine import losses, rules
from playground.engine.datasets import Dataset
from playground.engine.wording import QT_TRANSLATE_NOOP
from playground.fields import ExperimentError

if TYPE_CHECKING:
    from playground.experiment import Experiment


def resolve_output(exp: Experiment, dataset: Dataset) -> tuple[str, int]:
    """The output activation and the number of output neurons for this data.

    auto: a rule's own output (perceptron: step, adaline: linear); regression: linear;
    2 classes: sigmoid; K > 2 classes: softmax. Width: 1 for regression and for 2 classes,
    except softmax, which has one neuron per class; K > 2 classes always get K outputs.
    """
    name = exp.network.output_activation
    if name == "auto":
        name = _auto_output(exp.training.rule, dataset)
    return name, _output_width(name, exp.training.rule, dataset)


def _output_width(output: str, rule: str, dataset: Dataset) -> int:
    if dataset.task == "regression" or rule != "backprop":
        return 1
    return dataset.n_classes if output == "softmax" or dataset.n_classes > 2 else 1


def _auto_output(rule: str, dataset: Dataset) -> str:
    if rule in rules.OUTPUT_OF_RULE:
        return rules.OUTPUT_OF_RULE[rule]
    if dataset.task == "regression":
        return "linear"
    return "sigmoid" if dataset.n_classes == 2 else "softmax"


def resolve_loss(exp: Experiment, dataset: Dataset, output_activation: str) -> str:
    """The loss: auto is mse for the classic rules and regression, else the output's partner.

    (sigmoid -> bce, softmax -> cross_entropy, any other output -> mse.)
    """
    if exp.training.loss != "auto":
        return exp.training.loss
    if exp.training.rule != "backprop" or dataset.task == "regression":
        return "mse"
    partner = {output: loss for loss, output in losses.FUSED_OUTPUT.items()}
    return partner.get(output_activation, "mse")


def check_compatible(exp: Experiment, ds: Dataset, output: str, loss: str) -> None:
    """Raise ExperimentError for combinations the engine cannot train, naming the fields."""
    for failed, template, *fields in _incompatibilities(exp, ds, output, loss):
        if failed:
            raise ExperimentError(template, *fields)


def _incompatibilities(exp: Experiment, ds: Dataset, output: str, loss: str) -> tuple[tuple, ...]:
    """(condition, message template, its fields) in the order they are reported."""
    rule = exp.training.rule
    classic = rule != "backprop"
    rule_output = rules.OUTPUT_OF_RULE.get(rule)
    loss_output = losses.FUSED_OUTPUT.get(loss)
    regression = ds.task == "regression"
    return (
        (
            classic and bool(exp.network.hidden),
            QT_TRANSLATE_NOOP(
                "Experiment",
                "network.hidden: the {0} rule (training.rule) trains a single neuron: "
                "remove the hidden layers",
            ),
            rule,
        ),
        (
            classic and output != rule_output,
            QT_TRANSLATE_NOOP(
                "Experiment",
                "network.output_activation: the {0} rule (training.rule) needs a {1} output, "
                "not {2}",
            ),
            rule,
            rule_output,
            output,
        ),
        (
            classic and ds.n_classes > 2,
            QT_TRANSLATE_NOOP(
                "Experiment",
                "data.name: the {0} rule (training.rule) has one output and separates "
                "2 classes; {1} has {2}",
            ),
            rule,
            ds.name,
            ds.n_classes,
        ),
        (
            rule == "perceptron" and regression,
            QT_TRANSLATE_NOOP(
                "Experiment",
                "data.name: the perceptron rule (training.rule) classifies; {0} is a "
                "regression data set",
            ),
            ds.name,
        ),
        (
            regression and output == "softmax",
            QT_TRANSLATE_NOOP(
                "Experiment",
                "network.output_activation: softmax is for classification; {0} is a "
                "regression data set",
            ),
            ds.name,
        ),
        (
            regression and loss in losses.FUSED_OUTPUT,
            QT_TRANSLATE_NOOP(
                "Experiment",
                "training.loss: {0} is for classification; {1} is a regression data set",
            ),
            loss,
            ds.name,
        ),
        (
            loss in losses.FUSED_OUTPUT and output != loss_output,
            QT_TRANSLATE_NOOP(
                "Experiment",
                "training.loss: the {0} loss needs a {1} output, not {2} "
                "(network.output_activation)",
            ),
            loss,
            loss_output,
            output,
        ),
    )
