"""Numbers as the UI writes and reads them: the one place for number text.

Writing: the default QLocale's decimal separator ('0.42' in C or English, '0,42' in
Portuguese), the typographic minus '−', no group separators except in counts ('12,345'
epochs, '12.345' in Portuguese), 'NaN' and '∞' for values that are not finite, and powers
of ten as '10⁻⁵' instead of 'e-05'. A value that rounds to zero loses its sign ('0.00',
never '−0.00'). `editable` writes a number for a field the user may type into, in a form
`parse_number` reads back; `tick_texts` and `power_of_ten` write the tick labels of plot
axes; `in_formula` puts the locale's separator into a formula written elsewhere.

Reading (`parse_number`), whatever the locale: surrounding spaces are ignored; '-', '+' and
'−' are signs; the decimal separator is one '.' or one ',' ('1,5' and '1.5' are both 1.5);
an exponent is 'e' or 'E' and a whole number ('2.5e-3'). Nothing else is a number: no group
separators ('1,000.5', '1.000,5'), no underscores, no 'nan' or 'inf', no value too large
to be finite. `may_become_number` tells text being typed that can still become a number
('', '−', '1,', '2e') from text that cannot; `decimal_points` reads a formula's decimal
commas as points.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QLocale

from playground.translation import with_decimal_point
from playground.typography import subscript, superscript  # noqa: F401 (the UI's import)

MINUS = "−"
DECIMAL_RANGE = (1e-7, 1e7)  # editable text writes these magnitudes without a power of ten
PLAIN_TICKS = (1e-3, 1e6)  # axis ticks of these magnitudes are written as plain decimals
PLAIN_POWERS = 3  # log-axis ticks 10⁻³ .. 10³ are written as plain numbers, further as powers
_NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?")
_BEGUN = re.compile(r"[+-]?[0-9]*([.,][0-9]*)?([eE][+-]?[0-9]*)?")  # a number being typed
_DECIMAL_POINT = re.compile(r"(?<=[0-9])\.(?=[0-9])")  # in a formula: '1.5·w'
_DECIMAL_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")  # typed in a formula: '1,5w'


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
    return with_decimal_point(digits).replace("-", MINUS)


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


def _tick_decimals(spacing: float) -> int:
    """How many decimals tell apart ticks `spacing` apart (0.5 -> 1, 0.25 -> 2, 5 -> 0)."""
    if not (math.isfinite(spacing) and spacing > 0):
        return 0
    decimals = max(0, math.ceil(-math.log10(spacing) - 1e-9))
    while decimals < 12 and abs(spacing * 10**decimals - round(spacing * 10**decimals)) > 1e-6:
        decimals += 1
    return decimals


def tick_texts(values: Iterable[float], spacing: float) -> list[str]:
    """The labels of a linear axis's ticks `spacing` apart. Within PLAIN_TICKS, as many
    decimals as the spacing needs ('0.5', '−1.0', '2.5' for a spacing of 0.5; '0,5' in
    Portuguese); if a tick lies beyond, every tick but 0 as a power of ten with the digits
    the spacing needs ('5 × 10⁵', '1 × 10⁶', '1.5 × 10⁶')."""
    spacing = float(spacing)
    values = [0.0 if abs(v) < 1e-9 * abs(spacing) else float(v) for v in values]  # 1e-17: 0
    low, high = PLAIN_TICKS
    if all(v == 0.0 or low <= abs(v) < high for v in values):
        decimals = _tick_decimals(spacing)
        return [number(v, decimals) for v in values]
    step = math.floor(math.log10(spacing)) if math.isfinite(spacing) and spacing > 0 else 0
    texts = []
    for value in values:
        if value == 0.0 or not math.isfinite(value):
            texts.append(number(value, 0))
        else:
            digits = math.floor(math.log10(abs(value))) - step + 1
            texts.append(significant(value, min(15, max(1, digits))))
    return texts


def power_of_ten(log_value: float) -> str:
    """The label of a log axis's tick at 10**log_value, one digit and a power of ten: from
    10^−PLAIN_POWERS to 10^PLAIN_POWERS as a plain number ('0.02', '500'), beyond as a power
    ('10²⁸⁷', '2 × 10⁻⁵')."""
    exponent = math.floor(log_value + 1e-9)
    if abs(exponent) <= PLAIN_POWERS:
        return number(10.0**log_value, max(0, -exponent))
    if abs(log_value - round(log_value)) < 1e-9:  # a decade
        return f"10{superscript(round(log_value))}"
    return significant(10.0**log_value, 1)


def in_formula(text: str) -> str:
    """A formula written with decimal points ('1.5·w²', as the engine writes it) with the
    locale's separator instead ('1,5·w²' in Portuguese)."""
    return _DECIMAL_POINT.sub(QLocale().decimalPoint(), text)


def parse_number(text: str) -> float | None:
    """'1,5' -> 1.5, ' −2 ' -> -2.0, '1e-3' -> 0.001; None unless the text is one finite
    number written as the module docstring says."""
    text = text.strip().replace(MINUS, "-")
    if _NUMBER.fullmatch(text) is None:
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) else None


def may_become_number(text: str) -> bool:
    """Whether `text`, being typed, is a number or its beginning ('', '−', '1,', '2e−'), so
    that more typing can make it one `parse_number` reads."""
    return _BEGUN.fullmatch(text.strip().replace(MINUS, "-")) is not None


def decimal_points(text: str) -> str:
    """A typed formula with each decimal comma between two digits read as a point:
    '0,5w² − 1,25' -> '0.5w² − 1.25'."""
    return _DECIMAL_COMMA.sub(".", text)
