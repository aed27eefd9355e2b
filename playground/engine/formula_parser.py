"""A cost J(w) as the student types it, made a SymPy expression without ever evaluating the
text: it is respelled as Python ('^' and superscripts are powers, '·' and '×' times, '−'
minus, '|w|' is abs(w), '3w' is 3*w), parsed with `ast`, and only numbers, the name w,
the constants e and pi, + − * / ** and calls of FUNCTIONS are let through; the SymPy
expression is built from that tree here. A formula that is refused raises
CostFormulaError, whose message says what is wrong and where. A constant (no w) is refused
too: its slope is 0 everywhere, so no step would move w.

SymPy is imported by the functions that need it, never at import time (start-up is spared).
"""

from __future__ import annotations

import ast
import math
import operator
import re
from dataclasses import dataclass

import numpy as np

from playground.engine.wording import QT_TRANSLATE_NOOP, WordedError

MAX_LENGTH = 120  # characters of a typed formula, at most
EXCERPT = 20  # characters of the input a message quotes, at most
MAX_POWER = 100  # a constant exponent is at most this in size
MAX_DIGITS = 300  # constants and the terms of fractions stay below 10 ** MAX_DIGITS
# What lambdify evaluates with: the numpy module itself. Named as "numpy", SymPy would run
# `from numpy import *`, which imports numpy.f2py, and the bundle leaves f2py out.
NUMERIC = [np]

_SAME_NAME = ("cos", "cosh", "exp", "log", "sin", "sinh", "sqrt", "tan", "tanh")
FUNCTIONS = {"abs": "Abs", "ln": "log"} | {f: f for f in _SAME_NAME}  # typed -> SymPy name
CONSTANTS = {"e": "E", "pi": "pi"}  # name typed -> SymPy constant
WEIGHT = "w"

_SPELLING = {"^": "**", "·": "*", "⋅": "*", "×": "*", "−": "-", "÷": "/", "π": "(pi)"}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LOWER = str.maketrans(SUPERSCRIPTS + "⁻", "0123456789-")
_ALLOWED = re.compile(r"[A-Za-z0-9 .+\-*/(),]")
# Where a '*' is implied: after a number before a name or '(' (3w, 2(w + 1), 2e), after ')'
# before a name, a number or '(' ((w + 1)(w − 1)), after w, e or pi before '(' (w(w + 1)).
_IMPLICIT = re.compile(
    r"(?<![\w.])(?>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?=[A-Za-z(])"
    r"|\)(?=[\w(])"
    r"|(?<![A-Za-z])(?:w|e|pi)(?=\()"
)
_OPERATIONS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_OPERATORS = tuple(_OPERATIONS)
_REFUSED = {  # why a part of the tree is refused, when "it has no place" is not enough
    ast.BinOp: QT_TRANSLATE_NOOP("Formula", "{0} uses an operation that is not + − * / or ^."),
    ast.Tuple: QT_TRANSLATE_NOOP(
        "Formula", "{0} has a comma: write decimals with a point, as in 1.5."
    ),
}
_NO_PLACE = QT_TRANSLATE_NOOP("Formula", "{0} has no place in a formula.")


class CostFormulaError(WordedError):
    """A typed cost that cannot be used; the message says why in plain words."""


def _quoted(text: str) -> str:
    """'…' around `text`, cut to EXCERPT characters."""
    return f"'{text}'" if len(text) <= EXCERPT else f"'{text[: EXCERPT - 1]}…'"


@dataclass(frozen=True)
class _Source:
    """The text typed, its Python spelling, and for each character of the spelling the index
    of the typed character it came from."""

    typed: str
    python: str
    origins: tuple[int, ...]

    def segment(self, node: ast.AST) -> str:
        """The typed text `node` was parsed from, quoted."""
        start = self.origins[node.col_offset]
        end = self.origins[node.end_col_offset - 1] + 1
        return _quoted(self.typed[start:end])


def _superscripts(typed: str, i: int) -> tuple[str, int]:
    """The run of raised digits that starts at `i` as a Python power ('²' -> '**2', '⁻¹' ->
    '**(-1)') and the index after it."""
    end = i + 1
    while end < len(typed) and typed[end] in SUPERSCRIPTS:
        end += 1
    power = typed[i:end].translate(_LOWER)
    return "**" + (f"({power})" if power.startswith("-") else power), end


def _spelled(typed: str) -> _Source:
    """`typed` respelled as Python (CostFormulaError for a character that has no place in
    a formula, or an unmatched '|')."""
    chars: list[tuple[str, int]] = []
    bars, i = 0, 0
    while i < len(typed):
        char, after = typed[i], i + 1
        if char in SUPERSCRIPTS or char == "⁻":
            spelling, after = _superscripts(typed, i)
        elif char == "|":
            bars += 1
            spelling = "abs(" if bars % 2 else ")"
        else:
            spelling = _SPELLING.get(char, char)
        if _ALLOWED.fullmatch(spelling[0]) is None:
            raise CostFormulaError(
                QT_TRANSLATE_NOOP("Formula", "{0!r} (character {1}) has no place in a formula."),
                char,
                i + 1,
            )
        chars += [(c, i) for c in spelling]
        i = after
    if bars % 2:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "A '|' is not closed: write |w| for the absolute value.")
        )
    python = "".join(c for c, _ in chars)
    for match in reversed(list(_IMPLICIT.finditer(python))):
        chars.insert(match.end(), ("*", chars[match.end()][1]))
    return _Source(typed, "".join(c for c, _ in chars), tuple(o for _, o in chars))


def _parsed(source: _Source) -> ast.expr:
    """The syntax tree of the spelling (CostFormulaError naming where it breaks)."""
    try:
        return ast.parse(source.python, mode="eval").body
    except SyntaxError as error:
        column = (error.offset or len(source.python) + 1) - 1  # offset 0: at the end
        if column >= len(source.python):
            message = (
                QT_TRANSLATE_NOOP("Formula", "The formula stops too soon: something is missing."),
            )
        elif "never closed" in str(error.msg) or "unmatched" in str(error.msg):
            message = (
                QT_TRANSLATE_NOOP("Formula", "The parenthesis at character {0} is not matched."),
                source.origins[column] + 1,
            )
        else:
            start = source.origins[column]
            message = (
                QT_TRANSLATE_NOOP("Formula", "The formula breaks at character {0}: {1}."),
                start + 1,
                _quoted(source.typed[start:]),
            )
        raise CostFormulaError(*message) from None


def _check(node: ast.expr, source: _Source) -> None:
    """CostFormulaError unless `node` and all below it are numbers, w, e, pi, + − * / **,
    a sign or a call of one of FUNCTIONS."""
    if isinstance(node, ast.Constant):
        _check_number(node, source)
    elif isinstance(node, ast.Name):
        _check_name(node.id)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
        _check(node.operand, source)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, _OPERATORS):
        _check(node.left, source)
        _check(node.right, source)
    elif isinstance(node, ast.Call):
        _check_call(node, source)
    else:
        raise CostFormulaError(_REFUSED.get(type(node), _NO_PLACE), source.segment(node))


def _check_number(node: ast.Constant, source: _Source) -> None:
    if isinstance(node.value, bool) or not isinstance(node.value, int | float):
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "{0} is not a number."), source.segment(node)
        )
    if isinstance(node.value, float) and not math.isfinite(node.value):  # 1e999
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "The number {0} is too large."), source.segment(node)
        )


def _check_name(name: str) -> None:
    if name in FUNCTIONS:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "'{0}' is a function: write {0}(w)."), name
        )
    if name != WEIGHT and name not in CONSTANTS:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "Unknown name {0}: use w."), _quoted(name)
        )


def _check_call(node: ast.Call, source: _Source) -> None:
    if not isinstance(node.func, ast.Name):
        raise CostFormulaError(_NO_PLACE, source.segment(node))
    name = node.func.id
    if name == WEIGHT or name in CONSTANTS:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "'{0}' is not a function: write {0}*(…) for a product."),
            name,
        )
    if name not in FUNCTIONS:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "Unknown function {0}: use {1}."),
            _quoted(name),
            ", ".join(sorted(FUNCTIONS)),
        )
    if len(node.args) != 1 or node.keywords:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "{0} takes one argument, as in {0}(w)."), name
        )
    _check(node.args[0], source)


def weight():
    import sympy

    return sympy.Symbol(WEIGHT, real=True)


def _expression(node: ast.expr, source: _Source):
    """The SymPy expression of a tree that passed `_check`, refused as soon as a part has no
    value or is a constant beyond 10^MAX_DIGITS (SymPy could take forever to compare it)."""
    import sympy

    expression = _built(node, source)
    if expression.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "{0} has no value: does it divide by zero?"),
            source.segment(node),
        )
    fractions = expression.atoms(sympy.Rational)  # exact: their digits must stay few
    too_many = any(max(abs(r.p), r.q) > 10**MAX_DIGITS for r in fractions)
    if too_many or expression.is_number and not _size(expression) <= 10.0**MAX_DIGITS:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "{0} makes numbers of over {1} digits."),
            source.segment(node),
            MAX_DIGITS,
        )
    return expression


def _built(node: ast.expr, source: _Source):
    """`node` as SymPy builds it from its parts' expressions. Decimals are exact fractions
    (0.1 is 1/10)."""
    import sympy

    if isinstance(node, ast.Constant):
        return sympy.Rational(repr(node.value))
    if isinstance(node, ast.Name):
        return weight() if node.id == WEIGHT else getattr(sympy, CONSTANTS[node.id])
    if isinstance(node, ast.UnaryOp):
        operand = _expression(node.operand, source)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.Call):
        function = getattr(sympy, FUNCTIONS[node.func.id])
        return function(_expression(node.args[0], source))
    left, right = _expression(node.left, source), _expression(node.right, source)
    if isinstance(node.op, ast.Pow):
        _check_power(right, node, source)
    return _OPERATIONS[type(node.op)](left, right)


def _size(constant) -> float:
    """|constant| in floating point, inf if it is too large for one (SymPy's own evaluation
    can take forever on a tower such as exp(exp(exp(exp(9)))))."""
    import sympy

    try:
        with np.errstate(all="ignore"):
            return abs(complex(sympy.lambdify([], constant, NUMERIC)()))
    except (ArithmeticError, TypeError, ValueError):
        return math.inf


def _check_power(exponent, node: ast.BinOp, source: _Source) -> None:
    """CostFormulaError for a constant exponent above MAX_POWER in size, before SymPy works
    the power out exactly (9**9**9 would take it hours)."""
    if exponent.is_number and not _size(exponent) <= MAX_POWER:  # NaN is too large as well
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "The power {0} is too large: exponents go up to {1}."),
            source.segment(node),
            MAX_POWER,
        )


def _checked_expression(tree: ast.expr, source: _Source):
    """The SymPy expression of the tree, refused if it is constant or not real."""
    import sympy

    expression = _expression(tree, source)
    if any(part.is_real is False for part in sympy.preorder_traversal(expression)):
        raise CostFormulaError(
            QT_TRANSLATE_NOOP(
                "Formula",
                "The formula has imaginary numbers (such as √(−1) or log(−1)): J(w) must be real.",
            )
        )
    if weight() not in expression.free_symbols:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP(
                "Formula",
                "J(w) = {0} does not depend on w: its slope is 0 everywhere and w would never "
                "move. Write a formula in w.",
            ),
            _quoted(source.typed),
        )
    return expression


def expression(text: str):
    """The SymPy expression of the cost typed as `text` (at most MAX_LENGTH characters),
    checked piece by piece and never evaluated; CostFormulaError naming the problem."""
    typed = text.strip()
    if not typed:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP("Formula", "The formula is empty: type a cost in w, such as w² − 3w.")
        )
    if len(typed) > MAX_LENGTH:
        raise CostFormulaError(
            QT_TRANSLATE_NOOP(
                "Formula", "The formula is too long ({0} characters; at most {1}): {2}."
            ),
            len(typed),
            MAX_LENGTH,
            _quoted(typed),
        )
    source = _spelled(typed)
    tree = _parsed(source)
    _check(tree, source)
    expression = _checked_expression(tree, source)
    return expression
