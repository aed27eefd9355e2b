"""Number text: written with the default locale's decimal separator, read with either."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from playground.engine.targets import class_metrics
from playground.ui.common.number_text import (
    MINUS,
    count,
    decimal_points,
    editable,
    in_formula,
    may_become_number,
    number,
    parse_number,
    power_of_ten,
    scientific,
    significant,
    subscript,
    superscript,
    tick_texts,
    vector,
)
from playground.ui.views.confusion import ConfusionView
from playground.ui.views.loss import LossView


def _set_default_locale(locale: QLocale):
    """Make `locale` the default for the test, then restore the one before."""
    before = QLocale()
    QLocale.setDefault(locale)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def c_locale():
    yield from _set_default_locale(QLocale.c())


@pytest.fixture
def pt_br():
    yield from _set_default_locale(QLocale("pt_BR"))


# ------------------------------------------------------------------------------- writing
def test_the_minus_sign_is_the_typographic_one():
    assert MINUS == "\u2212"


def test_sub_and_superscripts():
    assert superscript(-7) == "⁻⁷"
    assert superscript(10) == "¹⁰"
    assert subscript(12) == "₁₂"
    assert subscript(0) == "₀"


def test_numbers_in_the_c_locale(c_locale):
    assert number(0.4213) == "0.42"
    assert number(-1.3) == "−1.30"
    assert number(np.float64(2.5), 0) == "2"
    assert number(-0.5, 3) == "−0.500"
    assert significant(0.123456) == "0.1235"
    assert significant(-2.0) == "−2"
    assert significant(9.5e-7, 2) == "9.5 × 10⁻⁷"
    assert significant(1.25e8, 3) == "1.25 × 10⁸"
    assert scientific(3.1e-5) == "3.1·10⁻⁵"
    assert scientific(-3.1e-5, 2) == "−3.10·10⁻⁵"
    assert scientific(0.0) == "0"
    assert vector([0.6591, -0.7582, 0.0991]) == "[0.659, −0.758, 0.0991]"


def test_numbers_in_brazilian_portuguese(pt_br):
    assert number(0.4213) == "0,42"
    assert number(-1.3) == "−1,30"
    assert number(12345.678, 1) == "12345,7"  # no group separator
    assert significant(9.5e-7, 2) == "9,5 × 10⁻⁷"
    assert scientific(3.1e-5) == "3,1·10⁻⁵"
    assert vector([0.5, -0.25]) == "[0,5; −0,25]"


def test_a_value_that_rounds_to_zero_loses_its_sign(c_locale):
    assert number(-0.001) == "0.00"
    assert number(-0.4, 0) == "0"
    assert number(-0.0) == "0.00"
    assert significant(-0.0) == "0"
    assert number(-0.006) == "−0.01"


@pytest.mark.parametrize("write", [number, significant, scientific])
def test_values_that_are_not_finite(write):
    assert write(math.nan) == "NaN"
    assert write(math.inf) == "∞"
    assert write(-math.inf) == "−∞"


# ------------------------------------------------------------------------------- reading
GOOD = {
    "1,5": 1.5,
    "1.5": 1.5,
    " −2 ": -2.0,
    "-2": -2.0,
    "+3": 3.0,
    "1e-3": 0.001,
    "2,5E2": 250.0,
    ".5": 0.5,
    ",5": 0.5,
    "5.": 5.0,
    "−0,25": -0.25,
}
BAD = ["", " ", "abc", "−", "1,000.5", "1.000,5", "1,2,3", "1_000", "1 000", "--1", "0x10"]
NOT_FINITE = ["nan", "NaN", "inf", "-inf", "∞", "1e999"]


@pytest.mark.parametrize("locale", ["c_locale", "pt_br"])
def test_parsing_is_the_same_in_every_locale(request, locale):
    request.getfixturevalue(locale)
    for text, value in GOOD.items():
        assert parse_number(text) == value, text
    for text in BAD + NOT_FINITE:
        assert parse_number(text) is None, text


@given(st.floats(min_value=-1e6, max_value=1e6), st.integers(0, 6))
def test_what_is_written_reads_back(value, decimals):
    expected = float(f"{value:.{decimals}f}")
    for locale in (QLocale.c(), QLocale("pt_BR")):
        before = QLocale()
        QLocale.setDefault(locale)
        try:
            assert parse_number(number(value, decimals)) == expected
        finally:
            QLocale.setDefault(before)


# ------------------------------------------------------------------------ in the views
def test_the_confusion_view_writes_the_locales_separator(qtbot, pt_br):
    view = ConfusionView()
    qtbot.addWidget(view)
    view.show_matrix(class_metrics(np.array([[40, 2], [2, 6]])), ("a", "b"))
    assert view.accuracy_label.text() == "Accuracy: 92,0 %"


def test_the_loss_readout_writes_the_locales_separator(qtbot, pt_br):
    view = LossView()
    qtbot.addWidget(view)
    nan = np.array([np.nan])
    rows = {"epoch": np.array([0.0]), "train_loss": np.array([0.25]), "test_loss": nan}
    view.append({**rows, "train_accuracy": np.array([0.875]), "test_accuracy": nan})
    assert view.readout_at(0.0).startswith("Epoch 0: loss 0,25 (train), – (test); accuracy 87,5 %")


# ------------------------------------------------------------------ counts and editable text
def test_counts_group_their_thousands_as_the_locale_does(c_locale):
    assert count(12345) == "12,345"
    assert count(7) == "7"


def test_counts_in_portuguese_group_with_a_point(pt_br):
    assert count(1234567) == "1.234.567"


@pytest.mark.parametrize("value", [0.03, 1e-05, 100.0, -2.5, 0.001])
def test_editable_text_reads_back_in_either_locale(value, c_locale):
    assert parse_number(editable(value)) == value
    QLocale.setDefault(QLocale("pt_BR"))
    assert parse_number(editable(value)) == value
    assert "." not in editable(value)


def test_editable_text_is_the_shortest_form(pt_br):
    assert editable(0.03) == "0,03"
    assert editable(10.0) == "10"


def test_editable_text_writes_small_rates_as_decimals(pt_br):
    assert editable(0.00001) == "0,00001"
    assert editable(-2.5e-6) == "−0,0000025"
    assert editable(1e-9) == "1e−09"


# ------------------------------------------------------------------ axis ticks and formulas
def test_axis_ticks_have_the_decimals_their_spacing_needs(c_locale):
    assert tick_texts([-1.0, -0.5, 0.0, 0.5], 0.5) == ["−1.0", "−0.5", "0.0", "0.5"]
    assert tick_texts([0.0, 0.25, 0.5], 0.25) == ["0.00", "0.25", "0.50"]
    assert tick_texts([0.0, 20.0, 40.0], 20.0) == ["0", "20", "40"]
    assert tick_texts([-3e-17, 0.1], 0.1) == ["0.0", "0.1"]  # zero, give or take rounding


def test_axis_ticks_far_from_one_are_powers_of_ten(c_locale):
    assert tick_texts([0.0, 5e5, 1e6, 1.5e6], 5e5) == ["0", "5 × 10⁵", "1 × 10⁶", "1.5 × 10⁶"]
    assert tick_texts([2e-5, -4e-5], 2e-5) == ["2 × 10⁻⁵", "−4 × 10⁻⁵"]
    assert tick_texts([5000.0, 12345.0], 1.0) == ["5000", "12345"]


def test_axis_ticks_in_portuguese(pt_br):
    assert tick_texts([-1.5, 0.0, 1.5], 1.5) == ["−1,5", "0,0", "1,5"]
    assert tick_texts([1.5e6], 5e5) == ["1,5 × 10⁶"]
    assert [power_of_ten(v) for v in (-2.0, math.log10(0.02), 2.0, 287.0)] == [
        "0,01",
        "0,02",
        "100",
        "10²⁸⁷",
    ]


def test_log_ticks(c_locale):
    assert power_of_ten(-5.0) == "10⁻⁵"
    assert power_of_ten(math.log10(2e-5)) == "2 × 10⁻⁵"
    assert power_of_ten(math.log10(500)) == "500"


def test_formulas_written_elsewhere_take_the_locales_separator(pt_br):
    assert in_formula("(−1.235·10⁶)w + 0.5") == "(−1,235·10⁶)w + 0,5"
    assert in_formula("w² − 3w") == "w² − 3w"
    QLocale.setDefault(QLocale.c())
    assert in_formula("0.5w") == "0.5w"


def test_decimal_commas_typed_in_a_formula_are_read_as_points():
    assert decimal_points("0,5w² − 1,25") == "0.5w² − 1.25"
    assert decimal_points("1.5w + 2") == "1.5w + 2"
    assert decimal_points("f(1, 2)") == "f(1, 2)"  # not between two digits: not a decimal


def test_the_beginnings_of_numbers():
    for text in ("", " ", "−", "-", "+", "1", "1,", ",", "1.5e", "2e−", "0,25E+3"):
        assert may_become_number(text), text
    for text in ("a", "1,2,", "1.2.3", "--1", "1e2e", "1 2", "∞"):
        assert not may_become_number(text), text
