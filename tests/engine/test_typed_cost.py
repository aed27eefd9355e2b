"""Typed costs: the course's derivatives written as the course writes them, J and dJ/dw
against central differences, every refusal with its message, formulas that try to run code
refused before anything is evaluated, and SymPy imported only when a formula is parsed."""

import math
import re
import subprocess
import sys

import numpy as np
import pytest

from playground.engine import descent, formula_parser, typed_cost
from playground.engine.formula_parser import MAX_LENGTH, CostFormulaError
from playground.engine.typed_cost import parse_cost


@pytest.mark.parametrize(
    ("typed", "formula", "derivative"),
    [
        ("w**2", "w²", "2w"),  # the course's four examples
        ("w**3", "w³", "3w²"),
        ("w", "w", "1"),
        ("1/w", "1/w", "−1/w²"),
        ("w^4 − 3w^2", "w⁴ − 3w²", "4w³ − 6w"),  # the presets, typed
        ("(w² − 1)²", "(w² − 1)²", "4w(w² − 1)"),
        ("|w|", "|w|", "sign(w)"),
        ("3w² − 2w", "3w² − 2w", "6w − 2"),
        ("w⁻¹", "1/w", "−1/w²"),
        ("0.5·w×w", "w²/2", "w"),  # decimals are exact fractions
        ("πw²", "πw²", "2πw"),
        ("e^w", "exp(w)", "exp(w)"),
        ("sqrt(w)", "√(w)", "1/(2√(w))"),
        ("1/(1 + exp(−w))", "1/(1 + exp(−w))", "exp(w)/(exp(w) + 1)²"),
        ("w*sin(w)", "w·sin(w)", "w·cos(w) + sin(w)"),
        ("(w + 1)(w − 1)", "(w − 1)(w + 1)", "2w"),
        ("2e3w", "2000w", "2000"),  # 2e3 is a number; 2e would be 2·e
        ("1e9w", "10⁹·w", "10⁹"),
    ],
)
def test_the_derivative_is_written_as_the_course_writes_it(typed, formula, derivative):
    cost = parse_cost(typed)
    assert (cost.formula, cost.derivative) == (formula, derivative)


@pytest.mark.parametrize(
    "typed",
    ["w**2", "w^4 - 3w^2", "sin(w) + w²/10", "exp(-w**2)", "log(w**2 + 1)", "tanh(w)*w",
     "cosh(w/2)", "sqrt(w**2 + 1)", "w**3 - 2w", "1/(1+exp(-w))", "ln(w)", "abs(w - 1)"],
)  # fmt: skip
def test_j_and_its_derivative_agree_with_central_differences(typed):
    cost = parse_cost(typed)
    w = np.linspace(0.13, 3.9, 50)  # where every one of them is defined and smooth
    assert cost.J(w).shape == cost.dJ(w).shape == (50,)
    numeric = (cost.J(w + 1e-6) - cost.J(w - 1e-6)) / 2e-6
    np.testing.assert_allclose(cost.dJ(w), numeric, rtol=1e-5, atol=1e-6)


def test_the_functions_take_arrays_of_any_shape_and_a_constant_slope_broadcasts():
    cost = parse_cost("3w + 1")
    grid = np.arange(6.0).reshape(2, 3)
    np.testing.assert_array_equal(cost.J(grid), 3 * grid + 1)
    assert cost.dJ(grid).shape == (2, 3) and np.all(cost.dJ(grid) == 3.0)
    assert cost.dJ(np.float64(2.0)).shape == () and cost.dJ(np.float64(2.0)).dtype == float


def test_values_outside_the_domain_are_nan_or_inf_without_a_warning():
    cost = parse_cost("log(w)")
    values = cost.J(np.array([-1.0, 0.0, 1.0]))
    assert np.isnan(values[0]) and values[1] == -np.inf and values[2] == 0.0
    assert cost.dJ(np.array([0.0]))[0] == np.inf


def test_view_start_and_rates():
    square = parse_cost("w²")
    assert square.view == (-4.0, 4.0) and square.start == 3.0
    assert square.rates == descent.COSTS["square"].rates  # curvature 2, as for the preset
    assert parse_cost("sqrt(-w)").start == -1.0  # 3 and 1 are outside its domain
    assert parse_cost("|w|").rates == descent.COSTS["square"].rates  # no curvature
    for rate in parse_cost("w**4").rates.values():  # curvature 108 at 3: small rates
        assert typed_cost.MIN_RATE <= rate <= 0.03


def test_the_rates_crawl_settle_and_overshoot_on_a_typed_quartic():
    cost = parse_cost("w⁴ − 3w²")
    small, good, large = (
        descent.descend(cost, cost.start, cost.rates[key], 100)
        for key in ("too small", "good", "too large")
    )
    assert np.all(np.diff(good.J) < 0)  # each step lowers J
    minimum = np.sqrt(1.5)
    assert abs(good.w[-1] - minimum) < 0.1 < abs(small.w[-1] - minimum)  # small crawls
    assert large.diverged or large.overshoots


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x**2", "Unknown name 'x': use w"),
        ("2ww", "Unknown name 'ww': use w"),
        ("foo(w)", "Unknown function 'foo': use abs, cos"),
        ("sin", "'sin' is a function: write sin(w)"),
        ("sin(w, 2)", "sin takes one argument"),
        ("w +", "stops too soon"),
        ("w ** * 2", "breaks at character 6: '* 2'"),
        ("(w + 1", "parenthesis at character 1 is not matched"),
        ("|w", "'|' is not closed"),
        ("w // 2", "not + − * / or ^"),
        ("1,5*w", "write decimals with a point"),
        ("w$", "'$' (character 2) has no place"),
        ("5", "does not depend on w"),
        ("w − w", "does not depend on w"),
        ("1/0", "divide by zero"),
        ("log(0)*w", "divide by zero"),
        ("sqrt(−1)*w", "imaginary"),
        ("(−8)^(1/3)*w", "imaginary"),
        ("log(w − 10)", "no finite real values for w from −4 to 4"),
        ("sqrt(w − 5)", "no finite real values"),
        ("sqrt(−1 − w**2)", "imaginary"),
        ("(1e200)**w", "cannot be computed"),
        ("(1e300*w)**100", "'(1e300*w)**100' makes numbers of over 300 digits"),
        ("exp(exp(exp(exp(9))))*w", "'exp(exp(9))' makes numbers of over 300 digits"),
        ("w/0", "has no value: does it divide by zero"),
        ("w**1000", "The power 'w**1000' is too large"),
        ("9**9**9", "too large"),  # SymPy would compute 9^387420489 exactly
        ("(1e200)**50*w", "'(1e200)**50' makes numbers of over 300 digits"),
        ("1e999*w", "The number '1e999' is too large"),
        ("True*w", "'True' is not a number"),
    ],
)
def test_each_refusal_names_the_problem(typed, message):
    with pytest.raises(CostFormulaError, match=re.escape(message)):
        parse_cost(typed)


def test_a_long_formula_is_refused_quoting_only_its_start():
    text = "w+" * 5000 + "w"  # 10,001 characters
    with pytest.raises(CostFormulaError) as caught:
        parse_cost(text)
    message = str(caught.value)
    assert f"at most {MAX_LENGTH}" in message and "10001 characters" in message
    assert len(message) < 120 and "'w+w+w+w+w+w+w+w+w+w…'" in message
    parse_cost("w+" * ((MAX_LENGTH - 1) // 2) + "w")  # at the limit: fine


@pytest.mark.parametrize(
    "typed",
    [
        "__import__('os')",
        "__import__('os').system('touch /tmp/pwned')",
        "w.__class__",
        "w.real",
        "(1).real",
        "sin.real(w)",
        "lambda: 1",
        "[1]",
        "{1: 2}",
        "w if w else 1",
        "w < 1",
        "eval(w)",
        "exec(w)",
        "open(w)",
        "f'{w}'",
        "'w'",
        "...",
        "None",
        "w; import os",
        "w\nimport os",
        "w # comment",
        "*w",
        "sin(*w)",
        "sin(w=1)",
        "(w := 1)",
        "w @ w",
        "not w",
        "(" * 200 + "w" + ")" * 200,
    ],
)
def test_what_is_not_a_formula_is_refused_and_never_run(typed, monkeypatch):
    import builtins

    def forbidden(*args, **kwargs):
        raise AssertionError("the typed text reached eval or exec")

    for name in ("eval", "exec"):
        monkeypatch.setattr(builtins, name, forbidden)
    with pytest.raises(CostFormulaError):
        parse_cost(typed)


def test_a_formula_that_would_touch_a_file_is_refused_and_the_file_is_never_made(tmp_path):
    target = tmp_path / "made"
    for typed in (
        f"__import__('pathlib').Path('{target}').touch()",
        f"open('{target}', 'w')",
        f"w + __import__('os').system('touch {target}')",
    ):
        with pytest.raises(CostFormulaError):
            parse_cost(typed[:MAX_LENGTH])
    assert not target.exists()


def test_a_message_quotes_at_most_a_short_excerpt():
    with pytest.raises(CostFormulaError, match="breaks at character 5") as caught:
        parse_cost("w + *" + "w" * 100)
    quoted = str(caught.value).split("'")[1]
    assert quoted == "*" + "w" * (formula_parser.EXCERPT - 2) + "…"


def test_sympy_is_imported_only_when_a_formula_is_parsed():
    code = (
        "import sys\n"
        "import playground.engine, playground.engine.typed_cost\n"
        "assert 'sympy' not in sys.modules, 'imported with the engine'\n"
        "from playground.engine.typed_cost import parse_cost\n"
        "assert parse_cost('w**3').derivative == '3w²'\n"
        "assert 'sympy' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_formulas_work_without_numpy_f2py_as_in_the_bundle():
    """The bundle leaves numpy.f2py out (packaging/playground.spec); SymPy's own "numpy"
    setting would import it through `from numpy import *`."""
    code = (
        "import sys\n"
        "sys.modules['numpy.f2py'] = None  # as in the bundle: importing it fails\n"
        "from playground.engine.typed_cost import parse_cost\n"
        "cost = parse_cost('exp(-w^2) + |w| + ln(w) + pi')\n"
        "print(float(cost.J(1.0)), float(cost.dJ(1.0)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    value, slope = map(float, result.stdout.split())
    assert value == pytest.approx(math.exp(-1) + 1 + 0 + math.pi)
    assert slope == pytest.approx(-2 * math.exp(-1) + 1 + 1)
