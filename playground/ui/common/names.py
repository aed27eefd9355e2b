"""The display names of the engine's activations, losses, optimisers, initialisers and
learning rules: one table, read by every place that shows such a name (the controls' lists,
the graph's titles and hover texts, the explorer).

The names are English source strings marked for Qt's translator (context CONTEXT); the
functions look them up at display time. A key without an entry is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Names"

ACTIVATIONS = {
    "linear": QT_TRANSLATE_NOOP("Names", "Linear"),
    "step": QT_TRANSLATE_NOOP("Names", "Step"),
    "sigmoid": QT_TRANSLATE_NOOP("Names", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("Names", "tanh"),
    "arctan": QT_TRANSLATE_NOOP("Names", "arctan"),
    "relu": QT_TRANSLATE_NOOP("Names", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Names", "Leaky ReLU"),
    "elu": QT_TRANSLATE_NOOP("Names", "ELU"),
    "softplus": QT_TRANSLATE_NOOP("Names", "Softplus"),
    "softmax": QT_TRANSLATE_NOOP("Names", "Softmax"),
}
LOSSES = {
    "mse": QT_TRANSLATE_NOOP("Names", "MSE (squared error)"),
    "mae": QT_TRANSLATE_NOOP("Names", "MAE (absolute error)"),
    "bce": QT_TRANSLATE_NOOP("Names", "binary cross-entropy"),
    "cross_entropy": QT_TRANSLATE_NOOP("Names", "cross-entropy"),
}
OPTIMIZERS = {
    "sgd": QT_TRANSLATE_NOOP("Names", "SGD"),
    "momentum": QT_TRANSLATE_NOOP("Names", "SGD + momentum"),
    "adam": QT_TRANSLATE_NOOP("Names", "Adam"),
}
INITIALIZERS = {
    "xavier": QT_TRANSLATE_NOOP("Names", "Xavier / Glorot"),
    "he": QT_TRANSLATE_NOOP("Names", "He"),
    "uniform": QT_TRANSLATE_NOOP("Names", "uniform [−1, 1]"),
    "uniform_half": QT_TRANSLATE_NOOP("Names", "uniform [−0.5, 0.5]"),
    "zeros": QT_TRANSLATE_NOOP("Names", "zeros (symmetry problem)"),
}
RULES = {
    "backprop": QT_TRANSLATE_NOOP("Names", "backpropagation"),
    "perceptron": QT_TRANSLATE_NOOP("Names", "perceptron rule"),
    "adaline": QT_TRANSLATE_NOOP("Names", "Adaline (delta rule)"),
}


def _shown(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return key if source is None else QCoreApplication.translate(CONTEXT, source)


def activation(key: str) -> str:
    """'leaky_relu' -> 'Leaky ReLU' in the user's language."""
    return _shown(ACTIVATIONS, key)


def choices(table: dict[str, str], keys) -> dict[str, str]:
    """{key: translated name} for `keys` in their order, e.g. for a combo box."""
    return {key: _shown(table, key) for key in keys}


def loss(key: str) -> str:
    """'bce' -> 'binary cross-entropy' in the user's language."""
    return _shown(LOSSES, key)


def optimizer(key: str) -> str:
    """'momentum' -> 'SGD + momentum' in the user's language."""
    return _shown(OPTIMIZERS, key)
