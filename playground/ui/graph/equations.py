"""The equations the network graph writes: weighted sums, activation lines, hidden names,
and the two number styles of its labels. Every number is written by `number_text`.

A "·" stands for products, as in the course notes; the words around the equations are
translated by the view.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from playground.ui.common import names
from playground.ui.common.number_text import MINUS, number, scientific, subscript

MAX_TERMS = 6  # a longer weighted sum shows its first HEAD_TERMS terms, "…" and the last
HEAD_TERMS = 3
# How an activation is written as a formula; "{z}" is the pre-activation. The others are
# written with their display name: 'Leaky ReLU(z)'.
_FORMULAS = {
    "linear": "{z}",
    "step": "step({z})",
    "sigmoid": "σ({z})",
    "tanh": "tanh({z})",
    "arctan": "arctan({z})",
    "relu": "max(0, {z})",
}


def precise(value: float) -> str:
    """A weight, bias or gradient in a tooltip: 4 decimals, or scientific below 0.001."""
    if value != 0.0 and abs(value) < 1e-3:
        return scientific(value, 2)
    return number(value, 4)


def short(value: float, magnitude: bool) -> str:
    """An edge label: a weight to 2 decimals, a gradient magnitude as '3·10⁻⁴'."""
    if not magnitude:
        return number(value)
    if abs(value) >= 0.1 or value == 0.0:
        return number(abs(value))
    return scientific(abs(value), 0)


def hidden_name(k: int) -> str:
    """The name of the k-th (0-based) output of the previous layer in an equation: 'h₁'."""
    return "h" + subscript(k + 1)


def _join(terms: Sequence[tuple[float, str]]) -> str:
    """Signed terms (value, text of |value|·...) -> 'a − b + c'; '…' terms are kept."""
    parts = []
    for k, (value, text) in enumerate(terms):
        negative = value < 0
        if k == 0:
            parts.append(MINUS + text if negative else text)
        else:
            parts.append((f" {MINUS} " if negative else " + ") + text)
    return "".join(parts)


def weighted_sum(weights: np.ndarray, names: Sequence[str], bias: float) -> str:
    """'0.42·x₁ − 1.30·x₂ + 0.10' for weights (n,), input names (n,) and the bias."""
    terms = [(w, f"{number(abs(w))}·{name}") for w, name in zip(weights, names)]
    return _join(_with_ellipsis(terms) + [(bias, number(abs(bias)))])


def weighted_values(weights: np.ndarray, inputs: np.ndarray, bias: float, z: float) -> str:
    """'0.42·(−1.67) − 1.30·0.47 + 0.10 = −0.87': the sum with the sample's input values."""
    terms = [(w, f"{number(abs(w))}·{_factor(x)}") for w, x in zip(weights, inputs)]
    return _join(_with_ellipsis(terms) + [(bias, number(abs(bias)))]) + f" = {number(z)}"


def _factor(x: float) -> str:
    """An input value as a factor: negative values in parentheses."""
    text = number(x)
    return f"({text})" if text.startswith(MINUS) else text


def _with_ellipsis(terms: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Beyond MAX_TERMS: the first HEAD_TERMS terms, '…' (joined with '+') and the last."""
    if len(terms) <= MAX_TERMS:
        return terms
    return [*terms[:HEAD_TERMS], (0.0, "…"), terms[-1]]


def activation_line(activation: str, j: int, a: float) -> str:
    """'a = tanh(z) = −0.70'; softmax names the neuron: 'a = softmax(z)₂ = 0.12'."""
    if activation == "softmax":
        formula = f"softmax(z){subscript(j + 1)}"
    else:
        formula = _FORMULAS.get(activation, names.activation(activation) + "({z})").format(z="z")
    return f"a = {formula} = {number(a)}"
