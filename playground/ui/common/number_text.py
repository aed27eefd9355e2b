"""Numbers written for reading: superscripts, subscripts and 'm × 10ⁿ' instead of 'me-n'."""

from __future__ import annotations

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def superscript(n: int) -> str:
    """-7 -> '⁻⁷'."""
    return str(n).translate(_SUPERSCRIPT)


def subscript(n: int) -> str:
    """12 -> '₁₂'."""
    return str(n).translate(_SUBSCRIPT)


def number(value: float, digits: int = 4) -> str:
    """`value` to `digits` significant digits, '9.5 × 10⁻⁷' when tiny or huge, '−' for minus."""
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa} × 10{superscript(int(exponent))}"
    return text.replace("-", "−")


def vector(values, digits: int = 3) -> str:
    """A (K,) array as '[0.659, −0.758, 0.099]'."""
    return "[" + ", ".join(number(float(v), digits) for v in values) + "]"
