"""Numbers as the UI writes and reads them: the one place for number text.

Writing: the default QLocale's decimal separator ('0.42' in C or English, '0,42' in
Portuguese), the typographic minus '−', no group separators except in counts ('12,345'
epochs, '12.345' in Portuguese), 'NaN' and '∞' for values that are not finite, and powers
of ten as '10⁻⁵' instead of 'e-05'. A value that rounds to zero loses its sign ('0.00',
never '−0.00'). `editable` writes a number for a field the user may type into, in a form
`parse_number` reads back.

Reading (`parse_number`), whatever the locale: surrounding spaces are ignored; '-', '+' and
'−' are signs; the decimal separator is one '.' or one ',' ('1,5' and '1.5' are both 1.5);
an exponent is 'e' or 'E' and a whole number ('2.5e-3'). Nothing else is a number: no group
separators ('1,000.5', '1.000,5'), no underscores, no 'nan' or 'inf', no value too large
to be finite.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QLocale

from playground.typography import subscript, superscript  # noqa: F401 (the UI's import)

MINUS = "−"
DECIMAL_RANGE = (1e-7, 1e7)  # editable text writes these magnitudes without a power of ten
_NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?")


def _not_finite(value: float) -> str:
    """nan -> 'NaN', inf -> '∞', -inf -> '−∞'."""
    if math.isnan(value):
        return "NaN"
    return "∞" if value > 0 else MINUS + "∞"


def _localized(digits: str) -> str:
    """Python's plain digits ('-0.50', '-0') -> the locale's separator and '−'; a text
    that reads as zero loses its sign."""
    if digits.startswith("-") and float(digits) == 0.0:
        digits = digits[1:]
    return digits.replace(".", QLocale().decimalPoint()).replace("-", MINUS)


def number(value: float, decimals: int = 2) -> str:
    """`decimals` digits after the separator: 0.4213 -> '0.42', -1.3 -> '−1.30',
    -0.001 -> '0.00'."""
    value = float(value)
    if not math.isfinite(value):
        return _not_finite(value)
    return _localized(f"{value:.{decimals}f}")


def significant(value: float, digits: int = 4) -> str:
    """`digits` significant digits: 0.12345 -> '0.1235', 9.5e-07 -> '9.5 × 10⁻⁷'."""
    value = float(value)
    if not math.isfinite(value):
        return _not_finite(value)
    mantissa, _, exponent = f"{value:.{digits}g}".partition("e")
    if not exponent:
        return _localized(mantissa)
    return f"{_localized(mantissa)} × 10{superscript(int(exponent))}"


def count(n: int) -> str:
    """A whole count with the locale's group separator: 12345 -> '12,345' ('12.345' in
    Portuguese)."""
    return f"{int(n):,}".replace(",", QLocale().groupSeparator())


def editable(value: float) -> str:
    """A number for a field the user edits, 6 significant digits at most, as a decimal from
    DECIMAL_RANGE[0] to below DECIMAL_RANGE[1]: 0.03 -> '0.03' ('0,03' in Portuguese),
    1e-05 -> '0.00001', 1e-09 -> '1e−09'; `parse_number` reads it back."""
    text = f"{float(value):g}"
    low, high = DECIMAL_RANGE
    if "e" in text and low <= abs(float(text)) < high:
        text = format(Decimal(text), "f")
    return _localized(text)


def scientific(value: float, digits: int = 1) -> str:
    """`digits` after the separator times a power of ten: 3.1e-05 -> '3.1·10⁻⁵', 0 -> '0'."""
    value = float(value)
    if value == 0.0 or not math.isfinite(value):
        return number(value, 0)
    mantissa, exponent = f"{value:.{digits}e}".split("e")
    return f"{_localized(mantissa)}·10{superscript(int(exponent))}"


def vector(values: Iterable[float], digits: int = 3) -> str:
    """A (K,) array as '[0.659, −0.758, 0.099]' ('[0,659; −0,758; 0,099]' with a comma
    separator), each entry to `digits` significant digits."""
    between = "; " if QLocale().decimalPoint() == "," else ", "
    return "[" + between.join(significant(v, digits) for v in values) + "]"


def parse_number(text: str) -> float | None:
    """'1,5' -> 1.5, ' −2 ' -> -2.0, '1e-3' -> 0.001; None unless the text is one finite
    number written as the module docstring says."""
    text = text.strip().replace(MINUS, "-")
    if _NUMBER.fullmatch(text) is None:
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) else None
