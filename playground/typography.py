"""Digits raised and lowered, as the course writes indices and powers: W₁₂⁽²⁾, 10⁻⁵. Qt-free,
for the window (through ui.common.number_text) and the command line alike."""

from __future__ import annotations

_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def superscript(n: int) -> str:
    """-7 -> '⁻⁷'."""
    return str(n).translate(_SUPERSCRIPTS)


def subscript(n: int) -> str:
    """12 -> '₁₂'."""
    return str(n).translate(_SUBSCRIPTS)
