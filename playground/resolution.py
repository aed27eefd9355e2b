"""Resolving an experiment's "auto" choices for its data, and refusing what cannot be trained.

"auto" output activation and loss become concrete names once the dataset is known
(`resolve_output`, `resolve_loss`); `check_compatible` names the fields of a combination the
engine cannot train (a classic rule with hidden layers, softmax for regression, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from playground.engine import losses, rules
from playground.engine.datasets import Dataset
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
    for failed, message in _incompatibilities(exp, ds, output, loss):
        if failed:
            raise ExperimentError(message)


def _incompatibilities(
    exp: Experiment, ds: Dataset, output: str, loss: str
) -> tuple[tuple[bool, str], ...]:
    """(condition, message) pairs, in the order they are reported."""
    rule = exp.training.rule
    classic = rule != "backprop"
    return (
        (
            classic and bool(exp.network.hidden),
            f"network.hidden: the {rule} rule (training.rule) trains a single neuron: "
            "remove the hidden layers",
        ),
        (
            classic and output != rules.OUTPUT_OF_RULE.get(rule),
            f"network.output_activation: the {rule} rule (training.rule) needs a "
            f"{rules.OUTPUT_OF_RULE.get(rule)} output, not {output}",
        ),
        (
            classic and ds.n_classes > 2,
            f"data.name: the {rule} rule (training.rule) has one output and separates "
            f"2 classes; {ds.name} has {ds.n_classes}",
        ),
        (
            rule == "perceptron" and ds.task == "regression",
            f"data.name: the perceptron rule (training.rule) classifies; {ds.name} is a "
            "regression data set",
        ),
        (
            ds.task == "regression" and output == "softmax",
            f"network.output_activation: softmax is for classification; {ds.name} is a "
            "regression data set",
        ),
        (
            ds.task == "regression" and loss in losses.FUSED_OUTPUT,
            f"training.loss: {loss} is for classification; {ds.name} is a regression data set",
        ),
        (
            loss in losses.FUSED_OUTPUT and output != losses.FUSED_OUTPUT[loss],
            f"training.loss: the {loss} loss needs a {losses.FUSED_OUTPUT.get(loss)} output, "
            f"not {output} (network.output_activation)",
        ),
    )
