"""A cost J(w) typed by the student, for the learning-rate lab: `parse_cost("w³")` is a
`descent.Cost` whose derivative SymPy works out, written as the course writes it ("3w²"),
with NumPy functions of J and dJ/dw, a start where both are defined and learning rates that
crawl, work and overshoot from there. The text itself is checked and made a SymPy
expression by `formula_parser`; SymPy is imported only when a formula is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache

import numpy as np

from playground.engine import descent, formula_parser
from playground.engine.formula_parser import CostFormulaError as CostFormulaError
from playground.engine.wording import QT_TRANSLATE_NOOP

SHOWN_DIGITS = 6  # a longer integer is shown as a power of ten: 1.5·10⁸
VIEW = (-4.0, 4.0)  # the w range plotted
STARTS = (3.0, 1.0, -1.0, -3.0, 0.5, -0.5)  # w₀: the first where J and dJ/dw are finite
CURVE_POINTS = 401  # J is checked on this many points of VIEW
STEP = 1e-4  # for the curvature at w₀, by central differences of dJ/dw
# Learning rates times the curvature |J''(w₀)|: for w² (J'' = 2) they are 0.01, 0.1, 1.2.
RATE_TIMES_CURVATURE = {"too small": 0.02, "good": 0.2, "too large": 2.4}
MIN_RATE = 0.001  # the lab's rate field has three decimals
_RAISE = str.maketrans("0123456789-", formula_parser.SUPERSCRIPTS + "⁻")


def _integer(n: int) -> str:
    """An integer in at most SHOWN_DIGITS digits, else as a power of ten: 1234 -> '1234',
    10**300 -> '10³⁰⁰', -1234567 -> '(−1.235·10⁶)'."""
    if len(str(abs(n))) <= SHOWN_DIGITS:
        return str(n)
    mantissa, exponent = f"{Decimal(n):.3e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    power = "10" + str(int(exponent)).translate(_RAISE)
    return f"{mantissa[:-1]}{power}" if mantissa in ("1", "-1") else f"({mantissa}·{power})"


@cache
def _printer():
    """A SymPy printer of |x|, e, π and long integers; `_text` makes the rest readable."""
    from sympy.printing.str import StrPrinter

    class Printer(StrPrinter):
        def _print_Integer(self, expr):
            return _integer(expr.p)

        def _print_Rational(self, expr):
            return f"{_integer(expr.p)}/{_integer(expr.q)}"

        def _print_Abs(self, expr):
            return f"|{self._print(expr.args[0])}|"

        def _print_Exp1(self, expr):
            return "e"

        def _print_Pi(self, expr):
            return "π"

    return Printer()


def _text(expression) -> str:
    """An expression as the course writes it: 3*w**2 -> 3w², -1/w**2 -> −1/w², pi*w -> πw,
    2*exp(w) -> 2·exp(w), 4*w*(w**2 - 1) -> 4w(w² − 1), sqrt(w) -> √(w)."""
    text = _printer().doprint(expression)
    text = re.sub(r"\*\*\((-\d+)\)|\*\*(\d+)", lambda m: (m[1] or m[2]).translate(_RAISE), text)
    text = text.replace("**", "^").replace("sqrt(", "√(")
    text = re.sub(r"(?<=[\dπ])\*(?=[wπ|√])|\*(?=\()", "", text)
    return text.replace("*", "·").replace("-", "−")


def _derivative(expression):
    """dJ/dw, written as the shorter of SymPy's result and its terms over one denominator."""
    import sympy

    slope = sympy.diff(expression, formula_parser.weight())
    return min((slope, sympy.together(slope)), key=lambda e: len(_text(e)))


def _numeric(expression) -> Callable[[np.ndarray], np.ndarray]:
    """The expression as a NumPy function of w (any shape) -> floats of the same shape;
    values that are not defined come out as NaN or ±inf, without warnings."""
    import sympy

    function = sympy.lambdify(formula_parser.weight(), expression, formula_parser.NUMERIC)

    def evaluate(w: np.ndarray) -> np.ndarray:
        w = np.asarray(w, dtype=float)
        with np.errstate(all="ignore"):
            value = np.asarray(function(w))
        if np.iscomplexobj(value):  # a constant such as log(−1) = iπ: not real
            value = np.where(value.imag == 0, value.real, np.nan)
        return np.broadcast_to(value.astype(float), w.shape).copy()

    return evaluate


def _start(J: Callable, dJ: Callable) -> float:
    """The first of STARTS where J and dJ/dw are finite, else the first such of CURVE_POINTS
    in VIEW; CostFormulaError if there is none or they cannot be computed in floating point."""
    candidates = np.concatenate([STARTS, np.linspace(*VIEW, CURVE_POINTS)])
    try:
        finite = np.isfinite(J(candidates)) & np.isfinite(dJ(candidates))
    except (ArithmeticError, TypeError, ValueError):  # e.g. (1e200)**w: int ** array
        raise formula_parser.CostFormulaError(
            QT_TRANSLATE_NOOP(
                "Formula", "The formula cannot be computed: its numbers are too large."
            )
        ) from None
    if not finite.any():
        low, high = (f"{end:g}".replace("-", "−") for end in VIEW)
        raise formula_parser.CostFormulaError(
            QT_TRANSLATE_NOOP(
                "Formula", "J(w) and dJ/dw have no finite real values for w from {0} to {1}."
            ),
            low,
            high,
        )
    return float(candidates[np.argmax(finite)])


def _rates(dJ: Callable, start: float) -> dict[str, float]:
    """Learning rates that crawl, work and overshoot from `start`, scaled by the curvature
    |J''(start)|; the square's rates where the curvature is 0 or not defined."""
    curvature = abs(float((dJ(start + STEP) - dJ(start - STEP)) / (2 * STEP)))
    if not np.isfinite(curvature) or curvature < 1e-9:
        return dict(descent.COSTS["square"].rates)
    return {key: _rounded_rate(times / curvature) for key, times in RATE_TIMES_CURVATURE.items()}


def _rounded_rate(rate: float) -> float:
    """Two significant digits and three decimals, within MIN_RATE and descent.MAX_RATE:
    0.00185 -> 0.002, 1.19999 -> 1.2."""
    return min(descent.MAX_RATE, max(MIN_RATE, round(float(f"{rate:.2g}"), 3)))


def parse_cost(text: str) -> descent.Cost:
    """The cost typed as `text` (at most MAX_LENGTH characters), with the derivative SymPy
    finds, plotted over VIEW from a start where it is defined. CostFormulaError, with a
    message that names the problem, for anything that is not a real formula in w."""
    expression = formula_parser.expression(text)
    slope = _derivative(expression)
    J, dJ = _numeric(expression), _numeric(slope)
    start = _start(J, dJ)
    return descent.Cost(_text(expression), _text(slope), J, dJ, VIEW, start, _rates(dJ, start))
