"""What the card says about each element-wise activation: one table, one entry a function.

Texts are English source strings marked for Qt's translator (context CONTEXT) and written in
plain Unicode, so a translator sees no markup; `translated(text)` looks them up at display
time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from playground.engine import activations

CONTEXT = "ActivationCard"
# The functions drawn as f(x) and f'(x); softmax acts on a whole vector and has its own tab.
PLOTTED = activations.ELEMENTWISE


@dataclass(frozen=True)
class Card:
    """Facts about one activation, each a sentence or formula (untranslated source text)."""

    title: str  # in full, for the card's heading
    formula: str  # f(x)
    derivative: str  # f'(x)
    output_range: str
    zero_centred: str
    saturates: str
    flat_or_undefined: str  # where f'(x) is zero or undefined
    largest_slope: str  # max of f'(x): the most a layer can pass on to the gradient
    used_for: str
    numeric_note: str  # what the difference quotient does here


CARDS: dict[str, Card] = {
    "linear": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Linear (identity)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = x"),
        derivative=QT_TRANSLATE_NOOP("ActivationCard", "f′(x) = 1"),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(−∞, ∞)"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "Yes"),
        saturates=QT_TRANSLATE_NOOP("ActivationCard", "Never"),
        flat_or_undefined=QT_TRANSLATE_NOOP("ActivationCard", "Nowhere: f′ = 1 everywhere"),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "1, everywhere"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Output layer for regression. In hidden layers it adds nothing: "
            "a stack of linear layers is still one linear function.",
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "The difference quotient is exact except for rounding: the rounding error of "
            "f(x₀+ε) − f(x₀) is divided by ε, so the error grows as ε shrinks.",
        ),
    ),
    "step": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Step (Heaviside)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = 1 for x ≥ 0,  0 for x < 0"),
        derivative=QT_TRANSLATE_NOOP(
            "ActivationCard", "f′(x) = 0 for x ≠ 0; undefined at x = 0 (0 is used)"
        ),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "Only the two values 0 and 1"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "No"),
        saturates=QT_TRANSLATE_NOOP("ActivationCard", "Everywhere: it is flat on both sides"),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Zero everywhere; undefined at x = 0, where f jumps"
        ),
        largest_slope=QT_TRANSLATE_NOOP(
            "ActivationCard", "0: no gradient ever reaches the weights below it"
        ),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Rosenblatt's perceptron, trained by the perceptron rule. "
            "Gradient descent cannot train it.",
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "At the jump there is no limit: just left of 0 the quotient is 1/ε and "
            "grows without bound as ε shrinks, until x₀ + ε no longer crosses 0.",
        ),
    ),
    "sigmoid": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Sigmoid (logistic)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "σ(x) = 1 / (1 + e⁻ˣ)"),
        derivative=QT_TRANSLATE_NOOP("ActivationCard", "σ′(x) = σ(x) (1 − σ(x))"),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(0, 1)"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "No: σ(0) = ½ and all outputs are > 0"),
        saturates=QT_TRANSLATE_NOOP(
            "ActivationCard", "For |x| ≳ 5 on both sides, where σ′(x) < 0.01"
        ),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Never zero, but it tends to 0 as |x| → ∞"
        ),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "¼, at x = 0"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Output for binary classification: a probability, with the binary cross-entropy "
            "loss. Hidden layers in early networks.",
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard", "Smooth: the error shrinks in proportion to ε."
        ),
    ),
    "tanh": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Hyperbolic tangent (tanh)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)"),
        derivative=QT_TRANSLATE_NOOP("ActivationCard", "tanh′(x) = 1 − tanh²(x)"),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(−1, 1)"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "Yes: tanh(−x) = −tanh(x)"),
        saturates=QT_TRANSLATE_NOOP(
            "ActivationCard", "For |x| ≳ 3 on both sides, where tanh′(x) < 0.01"
        ),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Never zero, but it tends to 0 as |x| → ∞"
        ),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "1, at x = 0"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Hidden layers of small networks: zero-centred, so it usually learns faster "
            "than the sigmoid. Outputs in (−1, 1).",
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard", "Smooth: the error shrinks in proportion to ε."
        ),
    ),
    "arctan": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Arctangent (arctan)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = arctan(x)"),
        derivative=QT_TRANSLATE_NOOP("ActivationCard", "f′(x) = 1 / (1 + x²)"),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(−π/2, π/2)"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "Yes: arctan(−x) = −arctan(x)"),
        saturates=QT_TRANSLATE_NOOP(
            "ActivationCard", "Slowly: f′ falls only like 1/x², so f′(10) ≈ 0.01"
        ),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Never zero, but it tends to 0 as |x| → ∞"
        ),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "1, at x = 0"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard", "Hidden layers, occasionally: a tanh that saturates more slowly."
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard", "Smooth: the error shrinks in proportion to ε."
        ),
    ),
    "relu": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "ReLU (rectified linear unit)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = max(0, x)"),
        derivative=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "f′(x) = 0 for x < 0,  1 for x > 0; undefined at x = 0 (0 is used)",
        ),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "[0, ∞)"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "No: all outputs are ≥ 0"),
        saturates=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "For x < 0, where it is flat: a unit that is always there stops learning "
            "(a “dead” ReLU). Never for x > 0.",
        ),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Zero for x < 0; undefined at x = 0, the kink"
        ),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "1, for every x > 0"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard", "The default for hidden layers, above all in deep networks."
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "At the kink the slope is 0 from the left and 1 from the right: there is no "
            "single limit. At x₀ = 0 the quotient (f(ε) − f(0))/ε is 1 for every ε, "
            "never the 0 that is used.",
        ),
    ),
    "leaky_relu": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Leaky ReLU"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = x for x > 0,  αx for x ≤ 0"),
        derivative=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "f′(x) = 1 for x > 0,  α for x < 0; undefined at x = 0 (α is used)",
        ),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(−∞, ∞) for α > 0"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "No: negative outputs are small"),
        saturates=QT_TRANSLATE_NOOP("ActivationCard", "Never, for α > 0"),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Never zero for α > 0; undefined at x = 0, the kink"
        ),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "The larger of 1 and α"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Hidden layers: a ReLU whose units cannot die, as some gradient always flows.",
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "At the kink the slope is α on the left and 1 on the right: no single limit. "
            "At x₀ = 0 the quotient is 1 for every ε.",
        ),
    ),
    "elu": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "ELU (exponential linear unit)"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = x for x > 0,  α(eˣ − 1) for x ≤ 0"),
        derivative=QT_TRANSLATE_NOOP(
            "ActivationCard", "f′(x) = 1 for x > 0,  αeˣ = f(x) + α for x ≤ 0"
        ),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(−α, ∞)"),
        zero_centred=QT_TRANSLATE_NOOP(
            "ActivationCard", "Nearly: negative outputs down to −α pull the mean towards 0"
        ),
        saturates=QT_TRANSLATE_NOOP(
            "ActivationCard", "For x ≪ 0, where f approaches −α. Never for x > 0."
        ),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Never zero, but it tends to 0 as x → −∞; undefined at x = 0 unless α = 1",
        ),
        largest_slope=QT_TRANSLATE_NOOP("ActivationCard", "The larger of 1 and α"),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard", "Hidden layers: a smooth ReLU with zero-centred outputs."
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "For x₀ > 0 f is a straight line: the error is rounding only and grows as ε "
            "shrinks. For x₀ < 0 it shrinks in proportion to ε.",
        ),
    ),
    "softplus": Card(
        title=QT_TRANSLATE_NOOP("ActivationCard", "Softplus"),
        formula=QT_TRANSLATE_NOOP("ActivationCard", "f(x) = ln(1 + eˣ)"),
        derivative=QT_TRANSLATE_NOOP("ActivationCard", "f′(x) = σ(x) = 1 / (1 + e⁻ˣ)"),
        output_range=QT_TRANSLATE_NOOP("ActivationCard", "(0, ∞)"),
        zero_centred=QT_TRANSLATE_NOOP("ActivationCard", "No: all outputs are > 0"),
        saturates=QT_TRANSLATE_NOOP(
            "ActivationCard", "For x ≪ 0, where it flattens towards 0. Never for x > 0."
        ),
        flat_or_undefined=QT_TRANSLATE_NOOP(
            "ActivationCard", "Never zero, but it tends to 0 as x → −∞"
        ),
        largest_slope=QT_TRANSLATE_NOOP(
            "ActivationCard", "Supremum 1, approached as x → ∞ but never reached"
        ),
        used_for=QT_TRANSLATE_NOOP(
            "ActivationCard",
            "Hidden layers, as a smooth ReLU; outputs that must be positive.",
        ),
        numeric_note=QT_TRANSLATE_NOOP(
            "ActivationCard", "Smooth: the error shrinks in proportion to ε."
        ),
    ),
}


def translated(text: str) -> str:
    """A card text in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)
