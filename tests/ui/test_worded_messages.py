"""Messages made in Qt-free code are said in the user's language: an experiment's invalid
field, a CSV that cannot be read, a typed cost or a matrix product that is refused, in the
window's message bar and on the command line, numbers with the language's decimal separator;
in English they stay exactly the English text."""

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import playground
from playground import building, cli, experiment, translation
from playground.engine import datasets, shapes, typed_cost
from playground.engine.wording import QT_TRANSLATE_NOOP, Worded, WordedError
from playground.experiment import DataSpec, Experiment, ExperimentError
from playground.translation import said
from playground.ui.window import language

CHECKOUT = str(Path(playground.__file__).resolve().parents[1])


def _refused(call, *args, error=ValueError, **kwargs) -> Exception:
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    return caught.value


INVALID_FIELDS = [
    (
        {"data": {"noise": 0.75}},
        "data.noise: must be a number >= 0 and <= 0.5, got 0.75",
        "data.noise: deve ser um número >= 0 e <= 0,5, recebido 0,75",
    ),
    (
        {"training": {"momentum": 1.5}},
        "training.momentum: must be a number >= 0 and < 1, got 1.5",
        "training.momentum: deve ser um número >= 0 e < 1, recebido 1,5",
    ),
    (
        {"network": {"alpha": -0.5}},
        "network.alpha: must be null or a number >= 0 and <= 10, got -0.5",
        "network.alpha: deve ser null ou um número >= 0 e <= 10, recebido -0,5",
    ),
    (
        {"network": {"hidden": [4, 0]}},
        "network.hidden[1]: must be an integer 1..256, got 0",
        "network.hidden[1]: deve ser um inteiro 1..256, recebido 0",
    ),
    (
        {"trainng": {}},
        "trainng: unknown field; allowed: data, features, network, training, seed, version",
        "trainng: campo desconhecido; permitidos: data, features, network, training, seed, version",
    ),
]


@pytest.mark.parametrize(("exp", "english", "portuguese_text"), INVALID_FIELDS)
def test_an_invalid_field_is_said_in_portuguese_with_decimal_commas(
    portuguese, exp, english, portuguese_text
):
    error = _refused(experiment.from_dict, exp, error=ExperimentError)
    assert str(error) == english  # what the engine's tests and a Python user read
    assert said(error) == portuguese_text


@pytest.mark.parametrize(("exp", "english", "portuguese_text"), INVALID_FIELDS)
def test_in_english_said_is_the_english_text(qapp, exp, english, portuguese_text):
    language.install("en")
    error = _refused(experiment.from_dict, exp, error=ExperimentError)
    assert said(error) == str(error) == english


def test_a_bad_csv_is_said_in_portuguese(portuguese, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("x;y;label\n1,5;2;a\n2,5;abc;b\n" + "3;4;a\n" * 4)
    error = _refused(datasets.load_csv, path)
    assert str(error) == "line 3, column 'y': 'abc' is not a number"
    assert said(error) == "linha 3, coluna 'y': 'abc' não é um número"
    error = _refused(datasets.load_csv, path, test_ratio=0.95)
    assert said(error) == "test_ratio deve estar entre 0 e 0,9, recebido 0,95"
    exp = Experiment(data=DataSpec(name="csv", csv_path=str(path)))
    error = _refused(building.build, exp, error=ExperimentError)  # nested in the field's
    assert said(error) == f"data.csv_path: {path}: linha 3, coluna 'y': 'abc' não é um número"


@pytest.mark.parametrize(
    ("typed", "portuguese_text"),
    [
        ("", "A fórmula está vazia: digite um custo em w, como w² − 3w."),
        ("w² + x", "Nome desconhecido 'x': use w."),
        (
            "3",
            "J(w) = '3' não depende de w: sua inclinação é 0 em toda parte e w nunca se "
            "moveria. Escreva uma fórmula em w.",
        ),
        ("(w + 1", "O parêntese no caractere 1 não tem par."),
        ("w +", "A fórmula termina cedo demais: falta alguma coisa."),
        ("sin", "'sin' é uma função: escreva sin(w)."),
        (
            "w, 2",
            "'w, 2' tem uma vírgula fora de um número: escreva decimais como 1,5 ou 1.5, "
            "sem espaços.",
        ),
    ],
)
def test_a_refused_formula_is_said_in_portuguese(portuguese, typed, portuguese_text):
    error = _refused(typed_cost.parse_cost, typed, error=typed_cost.CostFormulaError)
    assert said(error) == portuguese_text


def test_a_product_that_is_not_defined_is_said_in_portuguese(portuguese):
    error = _refused(shapes.product_shape, (3, 1), (3, 1), error=shapes.ShapeError)
    assert str(error).startswith("A (3 × 1) · B (3 × 1) is not defined: A has 1 column but")
    assert said(error) == (
        "A (3 × 1) · B (3 × 1) não está definido: A tem 1 coluna, mas B tem 3 linhas (cada "
        "elemento do produto é uma linha de A vezes uma coluna de B). Transpondo A, o produto "
        "fica definido: Aᵀ (1 × 3) · B (3 × 1) é 1 × 1."
    )
    error = _refused(shapes.bias_shape, (4, 3), 2, error=shapes.ShapeError)
    assert said(error).startswith("A · B + b não está definido: A · B tem 3 colunas, mas b tem 2")


def test_worded_fields_are_said_in_turn_and_floats_with_the_separator(portuguese):
    inner = Worded(QT_TRANSLATE_NOOP("Experiment", "true or false"))
    error = WordedError(QT_TRANSLATE_NOOP("Experiment", "must be {0}, got {1!r}"), inner, 0.25)
    assert str(error) == "must be true or false, got 0.25"
    assert said(error) == "deve ser true ou false, recebido 0,25"
    assert said("plain text 0.5") == "plain text 0.5"  # not worded: as it is
    assert said(WordedError("{0} = {1:.2f}", "x", 1.5)) == "x = 1,50"  # not a Template
    assert said(ValueError("anything")) == "anything"


def test_the_reason_a_run_stopped_is_worded():
    exp = experiment.from_dict(
        {
            "data": {"name": "plane"},
            "network": {"hidden": [4], "activations": ["linear"]},
            "training": {"lr": 10},
        }
    )
    trainer = building.build(exp)
    trainer.run_epochs(5)
    assert trainer.stop_reason == "the loss diverged at epoch 1"
    language.install("pt_BR")
    try:
        assert said(trainer.stop_reason) == "o custo divergiu na época 1"
    finally:
        language.install("en")


def test_the_window_says_a_refused_edit_in_portuguese(qtbot, portuguese, open_window):
    win = open_window()
    exp = win.session.experiment
    training = dataclasses.replace(exp.training, momentum=1.5)
    win.session.set_experiment(dataclasses.replace(exp, training=training))
    assert win.message_bar.isVisible()
    assert win.message_bar.text.text() == (
        "training.momentum: deve ser um número >= 0 e < 1, recebido 1,5"
    )
    assert win.session.experiment.training.momentum == 0.9
    network = dataclasses.replace(exp.network, hidden=(300,), activations=("tanh",))
    win.session.set_experiment(dataclasses.replace(exp, network=network))
    assert "network.hidden[0]: deve ser um inteiro 1..256, recebido 300" in (
        win.message_bar.text.text()
    )


# ------------------------------------------------------------------ the command line
def _run(*argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=CHECKOUT)
    return subprocess.run(
        [sys.executable, "-m", "playground", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_the_command_line_says_an_error_in_portuguese(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"data": {"noise": 0.75}}')
    done = _run("train", str(bad), "--lang", "pt_BR")
    assert done.returncode == cli.EXIT_INVALID
    assert done.stdout == ""
    assert done.stderr == "erro: data.noise: deve ser um número >= 0 e <= 0,5, recebido 0,75\n"
    done = _run("train", str(bad))  # no --lang: the remembered choice or the system's
    assert done.returncode == cli.EXIT_INVALID and done.stderr.startswith("error: data.noise")
    done = _run("train", "--lang", "pt_BR")
    assert done.returncode == cli.EXIT_INVALID
    assert done.stderr.startswith("erro: os seguintes argumentos são obrigatórios:")


def test_the_command_line_trains_and_explains_in_portuguese():
    done = _run("train", "default", "--epochs", "2", "--lang", "pt_BR")
    assert done.returncode == cli.EXIT_OK, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["conjunto", "de", "dados", "circle"]
    train_loss = next(line for line in lines if line.startswith("custo de treino"))
    assert "," in train_loss.split()[-1] and "." not in train_loss
    done = _run("explain", "default", "--sample", "0", "--lang", "pt_BR")
    assert done.returncode == cli.EXIT_OK, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Linha de treino 0: a⁽⁰⁾ = x (1 × 2)"
    for heading in ("Propagação direta", "Passagem para trás", "Camada 1 (tanh): 2 → 4"):
        assert heading in lines
    assert "Camada 3 (sigmoid, saída)" in lines and "Camada 2 (tanh, oculta)" in lines
    assert any(line.startswith("Custo (bce) em relação a y = [1]: L = 0,") for line in lines)
    assert "Atualização, taxa de aprendizado λ = 0,03: W ← W − λ·∂L/∂W, b ← b − λ·∂L/∂b" in lines
    assert "  W⁽¹⁾ antes:" in lines and "  W⁽¹⁾ depois:" in lines
    assert any(line.startswith("    neurônio 1: δ₁⁽³⁾·W₁₁⁽³⁾ = ") for line in lines)


def test_a_command_run_in_process_leaves_the_language_as_it_was(portuguese, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"data": {"noise": 0.75}}')
    assert cli.main(["train", str(bad), "--lang", "en"]) == cli.EXIT_INVALID
    assert capsys.readouterr().err == (
        "error: data.noise: must be a number >= 0 and <= 0.5, got 0.75\n"
    )
    assert translation.current() == "pt_BR" and QLocale().decimalPoint() == ","
    assert cli.main(["train", str(bad)]) == cli.EXIT_INVALID  # the test's settings: none
    assert translation.current() == "pt_BR"
