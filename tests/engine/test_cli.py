"""The headless command: `python -m playground train EXPERIMENT.json [--epochs N] [--json]`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import playground
from playground import building, cli, cli_report
from playground import experiment as ex
from playground.shipped import example_names, resource

DEFAULT = str(resource("experiments", "default.json"))
EPOCH_KEYS = {"epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"}
SUMMARY_KEYS = EPOCH_KEYS - {"epoch"} | {
    "dataset",
    "epochs",
    "parameters",
    "stop_reason",
    "elapsed_seconds",
}
# Linear hidden neurons and a huge learning rate on a regression plane: the loss explodes.
DIVERGENT = {
    "data": {"name": "plane"},
    "network": {"hidden": [4], "activations": ["linear"]},
    "training": {"lr": 10},
}


def write(tmp_path, d: dict | str) -> str:
    path = tmp_path / "experiment.json"
    path.write_text(d if isinstance(d, str) else json.dumps(d))
    return str(path)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_json_mode_prints_one_object_per_epoch_then_a_summary(capsys):
    assert cli.main(["train", DEFAULT, "--epochs", "3", "--json"]) == 0
    out, err = capsys.readouterr()
    lines = json_lines(out)
    assert [line["epoch"] for line in lines[:-1]] == [1, 2, 3]
    assert all(set(line) == EPOCH_KEYS for line in lines[:-1])
    summary = lines[-1]["summary"]
    assert set(summary) == SUMMARY_KEYS
    assert summary["epochs"] == 3
    assert summary["parameters"] == 25
    assert summary["stop_reason"] is None
    assert summary["train_loss"] == lines[-2]["train_loss"]
    assert err == ""


def test_gates_have_no_test_set_so_json_says_null(capsys):
    path = str(resource("experiments", "and_perceptron.json"))
    assert cli.main(["train", path, "--epochs", "2", "--json"]) == 0
    lines = json_lines(capsys.readouterr().out)
    assert lines[0]["test_loss"] is None
    assert lines[0]["test_accuracy"] is None
    assert lines[-1]["summary"]["train_accuracy"] is not None


def test_the_epoch_limit_comes_from_the_file_else_100(tmp_path, capsys):
    path = write(tmp_path, {"training": {"epochs": 4}})
    assert cli.main(["train", path, "--json"]) == 0
    assert json_lines(capsys.readouterr().out)[-1]["summary"]["epochs"] == 4
    assert cli.main(["train", write(tmp_path, {}), "--json"]) == 0
    assert json_lines(capsys.readouterr().out)[-1]["summary"]["epochs"] == cli.DEFAULT_EPOCHS


def test_text_mode_off_a_terminal_prints_only_the_summary(capsys):
    assert cli.main(["train", DEFAULT, "--epochs", "2"]) == 0
    out = capsys.readouterr().out
    assert "\r" not in out
    assert out.splitlines()[0].split() == ["dataset", "circle"]
    for label in ("epochs", "train loss", "test loss", "test accuracy", "parameters", "elapsed"):
        assert label in out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_progress_line_is_rewritten_in_place(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert cli.main(["train", DEFAULT, "--epochs", "5"]) == 0
    out = terminal.getvalue()
    assert out.startswith("\repoch 1/5  train loss ")
    last_progress = out.split("\n")[0].split("\r")[-1]
    assert last_progress.startswith("epoch 5/5  train loss ")
    assert "  acc " in last_progress
    assert out.count("\r") <= 3  # throttled: the first epoch, maybe one more, the last


def test_progress_line_format():
    row = {
        "epoch": 120,
        "train_loss": 0.12341,
        "test_loss": 0.13012,
        "train_accuracy": 0.99,
        "test_accuracy": 0.9721,
    }
    line = cli_report.progress_line(row, 500)
    assert line == "epoch 120/500  train loss 0.1234  test loss 0.1301  acc 97.2%"
    regression = dict(row, train_accuracy=None, test_accuracy=None, test_loss=None)
    assert (
        cli_report.progress_line(regression, 500) == "epoch 120/500  train loss 0.1234  test loss -"
    )


@pytest.mark.parametrize("flag", [[], ["--json"]])
def test_a_diverging_run_exits_3_and_says_when(tmp_path, capsys, flag):
    assert cli.main(["train", write(tmp_path, DIVERGENT), *flag]) == cli.EXIT_DIVERGED
    out, err = capsys.readouterr()
    assert "the loss diverged at epoch 1" in out
    assert err == ""
    if flag:
        assert json_lines(out)[-1]["summary"]["stop_reason"] == "the loss diverged at epoch 1"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "error: cannot read "),
        ('{"training": {"lr": }}', [], "error: not valid JSON: line 1 column 21"),
        ('{"training": {"lr": -1}}', [], "error: training.lr: must be a number > 0"),
        ('{"training": {"lrr": 1}}', [], "error: training.lrr: unknown field"),
        ('{"data": {"name": "csv", "csv_path": "none.csv"}}', [], "error: data.csv_path: "),
        ("{}", ["--epochs", "0"], "error: argument --epochs: must be an integer >= 1"),
        ("{}", ["--epochs", "many"], "error: argument --epochs: must be an integer >= 1"),
        ("{}", ["--bogus"], "error: unrecognized arguments: --bogus"),
    ],
)
def test_invalid_input_exits_2_with_one_error_line(tmp_path, capsys, content, args, message):
    path = str(tmp_path / "missing.json") if content is None else write(tmp_path, content)
    assert cli.main(["train", path, *args]) == cli.EXIT_INVALID
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_no_command_is_a_usage_error_and_help_exits_0(capsys):
    assert cli.main([]) == cli.EXIT_INVALID
    assert capsys.readouterr().err.startswith("error: ")
    assert cli.main(["train", "--help"]) == 0
    assert "the loss diverged" in capsys.readouterr().out


def test_a_csv_path_is_relative_to_the_experiment_file(tmp_path, capsys):
    rows = [f"{i},{(i * 3) % 7},{i % 2}" for i in range(30)]
    (tmp_path / "data.csv").write_text("\n".join(rows) + "\n")
    exp = ex.Experiment(data=ex.DataSpec(name="csv", csv_path="data.csv"))
    ex.save(exp, tmp_path / "exp.json")
    assert cli.main(["train", str(tmp_path / "exp.json"), "--epochs", "2", "--json"]) == 0
    assert json_lines(capsys.readouterr().out)[-1]["summary"]["dataset"] == "data"


def test_python_dash_m_playground_train_in_a_real_process(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "playground", "train", DEFAULT, "--epochs", "3", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # any folder
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = json_lines(result.stdout)
    assert len(lines) == 4
    assert all(set(line) == EPOCH_KEYS for line in lines[:3])
    assert set(lines[3]["summary"]) == SUMMARY_KEYS


@pytest.mark.parametrize("name", ["default", "default.json"])
def test_train_an_example_by_name_from_any_folder(tmp_path, name):
    source = str(Path(playground.__file__).parents[1])  # this checkout
    result = subprocess.run(
        [sys.executable, "-m", "playground", "train", name, "--epochs", "2", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": source},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    summary = json_lines(result.stdout)[-1]["summary"]
    assert (summary["dataset"], summary["epochs"]) == ("circle", 2)


def test_a_file_in_the_current_folder_comes_before_an_example(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "default.json").write_text('{"data": {"name": "xor"}}')
    assert cli.main(["train", "default.json", "--epochs", "1", "--json"]) == 0
    assert json_lines(capsys.readouterr().out)[-1]["summary"]["dataset"] == "xor"
    assert cli.main(["train", "default", "--epochs", "1", "--json"]) == 0
    assert json_lines(capsys.readouterr().out)[-1]["summary"]["dataset"] == "circle"


def test_an_unknown_name_lists_the_examples(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["train", "spirals"]) == cli.EXIT_INVALID
    assert capsys.readouterr().err == (
        "error: no file 'spirals' here and no example of that name; "
        f"examples: {', '.join(example_names())}\n"
    )


# ------------------------------------------------------------------------- explain
def _explain(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = cli.make_parser().parse_args(["explain", *argv])
    return args.run(args, out), out.getvalue()


def test_explain_prints_the_steps_of_one_row_with_the_engines_numbers():
    from playground.engine.backprop import trace
    from playground.explain import number

    status, text = _explain("default", "--sample", "3")
    assert status == cli.EXIT_OK
    exp, base = cli.load_experiment("default")
    trainer = building.build(exp, base_dir=base)
    layers, loss = trace(
        trainer.net, trainer.dataset.X_train[3:4], trainer.Y_train[3:4], trainer.loss
    )
    lines = text.splitlines()
    assert lines[0] == "Training row 3: a⁽⁰⁾ = x (1 × 2)"
    for heading in ("Forward pass", "Backward pass", "Layer 1 (tanh): 2 → 4"):
        assert heading in lines
    assert f"Loss (bce) against y = [1]: L = {number(loss)}" in lines
    output = layers[-1]
    assert (
        f"= a⁽³⁾ − y  (sigmoid with its loss: the terms cancel) = [{number(output.delta[0, 0])}]"
        in text
    )
    assert f"  ∂L/∂b⁽¹⁾ = δ⁽¹⁾ = [{'  '.join(number(v) for v in layers[0].db)}]" in lines
    # The hidden neuron's sum over its paths, with its numbers.
    hidden = layers[1]
    terms = " + ".join(
        f"({number(hidden.delta_next[0, k])})({number(hidden.W_next[0, k])})" for k in range(1)
    )
    assert f"    neuron 1: δ₁⁽³⁾·W₁₁⁽³⁾ = {terms} = {number(hidden.dL_da[0, 0])}" in lines
    after = layers[0].W - trainer.lr * layers[0].dW
    assert "Update, learning rate λ = 0.03: W ← W − λ·∂L/∂W, b ← b − λ·∂L/∂b" in lines
    assert any(number(after[0, 0]) in line for line in lines[lines.index("  W⁽¹⁾ after:") :])


def test_explain_json_gives_every_layers_records():
    status, text = _explain("iris_softmax", "--sample", "2", "--epochs", "3", "--json")
    assert status == cli.EXIT_OK
    records = json.loads(text)
    assert records["sample"] == 2 and records["learning_rate"] > 0
    assert [layer["activation"] for layer in records["layers"]] == ["tanh", "softmax"]
    first = records["layers"][0]
    assert set(first) == {
        "activation",
        "a_prev",
        "W",
        "b",
        "z",
        "a",
        "df_dz",
        "dL_da",
        "delta",
        "dW",
        "db",
        "dL_da_prev",
    }
    assert len(first["a_prev"]) == 1 and len(first["a_prev"][0]) == 4  # one row, 4 columns
    assert np.shape(records["layers"][1]["df_dz"]) == (1, 3, 3)  # softmax: its Jacobian
    assert len(first["W"]) == 4 and len(first["dW"][0]) == len(first["b"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["default", "--sample", "250"], "--sample must be between 0 and 249"),
        (["and_perceptron"], "trains with the perceptron rule"),
        (["default", "--epochs", "-1"], "--epochs must be 0 or more"),
        (["no_such_example"], "no_such_example"),
    ],
)
def test_explain_refuses_what_it_cannot_write_out(capsys, argv, message):
    status, text = _explain(*argv)
    assert status == cli.EXIT_INVALID and text == ""
    assert message in capsys.readouterr().err


def test_explain_is_a_subcommand_of_python_m_playground():
    done = subprocess.run(
        [sys.executable, "-m", "playground", "explain", "default", "--sample", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(Path(playground.__file__).parent.parent)),
    )
    assert done.stdout.startswith("Training row 0:")


# ------------------------------------------------------------------ --save and predict
IRIS = {
    "data": {"name": "iris"},
    "network": {"hidden": [5], "activations": ["tanh"]},
    "training": {"lr": 0.05},
    "seed": 4,
}


def test_train_save_then_predict_gives_the_trainers_own_outputs(tmp_path, capsys):
    out_path = tmp_path / "trained.json"
    assert cli.main(["train", write(tmp_path, IRIS), "--epochs", "5", "--save", str(out_path)]) == 0
    capsys.readouterr()
    exp, state = ex.load_with_state(out_path)
    trainer = building.build(exp, state=state)
    raw = building.raw_dataset(exp)
    rows = raw.X_test[:7]
    data = tmp_path / "rows.csv"
    lines = [",".join(raw.feature_names)] + [",".join(repr(float(v)) for v in row) for row in rows]
    data.write_text("\n".join(lines) + "\n")
    assert cli.main(["predict", str(out_path), str(data)]) == 0
    out, err = capsys.readouterr()
    header, *values = out.splitlines()
    assert header == "p_setosa,p_versicolor,p_virginica"
    assert err == ""
    predicted = np.array([[float(v) for v in line.split(",")] for line in values])
    expected = trainer.net.predict(trainer.dataset.X_test[:7])
    np.testing.assert_allclose(predicted, expected, rtol=0, atol=1e-12)


def test_train_continues_from_a_saved_file(tmp_path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    path = write(tmp_path, IRIS)
    assert cli.main(["train", path, "--epochs", "3", "--save", str(first)]) == 0
    capsys.readouterr()
    assert cli.main(["train", str(first), "--epochs", "2", "--save", str(second), "--json"]) == 0
    continued = json_lines(capsys.readouterr().out)
    assert [row["epoch"] for row in continued[:-1]] == [4, 5]
    assert cli.main(["train", path, "--epochs", "5", "--json"]) == 0
    straight = json_lines(capsys.readouterr().out)
    assert continued[-1]["summary"]["train_loss"] == straight[-1]["summary"]["train_loss"]
    assert ex.load_with_state(second)[1].epoch == 5


def test_predict_without_a_state_says_so_and_regression_prints_y(tmp_path, capsys):
    path = write(tmp_path, {"data": {"name": "plane", "n": 20}})
    data = tmp_path / "rows.csv"
    data.write_text("x2,x1\n0.5,1\n")
    assert cli.main(["predict", path, str(data)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "y" and len(out.splitlines()) == 2
    assert "has no trained weights" in err


@pytest.mark.parametrize(
    "csv, message",
    [
        ("x1,x3\n1,2\n", "error: no column named 'x2' in the header; columns are: x1, x3\n"),
        ("x1,x2\n1,two\n", "error: line 2, column 'x2': 'two' is not a number\n"),
    ],
)
def test_predict_errors_exit_2_with_a_worded_message(tmp_path, capsys, csv, message):
    data = tmp_path / "rows.csv"
    data.write_text(csv)
    assert cli.main(["predict", DEFAULT, str(data)]) == cli.EXIT_INVALID
    assert capsys.readouterr().err == message
    assert cli.main(["predict", DEFAULT, str(tmp_path / "none.csv")]) == cli.EXIT_INVALID
    assert capsys.readouterr().err.startswith("error: cannot read ")


def test_predict_speaks_portuguese_with_lang(tmp_path, capsys):
    data = tmp_path / "rows.csv"
    data.write_text("x1,x3\n1,2\n")
    assert cli.main(["predict", DEFAULT, str(data), "--lang", "pt_BR"]) == cli.EXIT_INVALID
    assert capsys.readouterr().err.startswith("erro: ")


def test_python_dash_m_playground_predict_in_a_real_process(tmp_path):
    data = tmp_path / "rows.csv"
    data.write_text("x1,x2\n0.5,-1\n")
    done = subprocess.run(
        [sys.executable, "-m", "playground", "predict", "default", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "p_1"
