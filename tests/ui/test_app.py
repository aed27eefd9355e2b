"""The command line of the desktop app, run as a user would: a real process, offscreen."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import playground
from playground.shipped import example_names, resource

ROOT = Path(playground.__file__).parents[1]  # this checkout
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "playground", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )


def test_epochs_then_screenshot_saves_the_window_and_exits_0(tmp_path):
    png = tmp_path / "shot.png"
    result = _run("--epochs", "30", "--screenshot", str(png), "--size", "1366x768")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


def test_an_experiment_file_opens(tmp_path):
    png = tmp_path / "iris.png"
    result = _run(
        "--experiment", str(resource("experiments", "iris_softmax.json")), "--screenshot", str(png)
    )
    assert result.returncode == 0, result.stderr
    assert png.exists()


def test_a_broken_experiment_file_is_a_clear_error(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"training": {"lr": -1}}')
    result = _run("--experiment", str(broken))
    assert result.returncode == 2
    assert "training.lr" in result.stderr and "Traceback" not in result.stderr


def test_bad_options_are_refused():
    assert _run("--epochs", "0").returncode == 2
    assert "1366x768" in _run("--size", "big").stderr


def test_panel_option_opens_the_explorer_for_a_screenshot(tmp_path):
    png = tmp_path / "explorer.png"
    result = _run("--panel", "explorer", "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.exists()
    assert "unknown panel" in _run("--panel", "nowhere").stderr


def test_version_prints_the_distribution_name_and_version():
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"neural-playground {playground.version()}\n"


def test_the_fallback_version_agrees_with_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert playground.__version__ == pyproject["project"]["version"]


def test_a_file_given_alone_opens_as_with_experiment(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"training": {"lr": -1}}')
    result = _run(str(broken))  # as a double-clicked file is given
    assert result.returncode == 2
    assert "training.lr" in result.stderr
    png = tmp_path / "iris.png"
    result = _run(str(resource("experiments", "iris_softmax.json")), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.exists()


def test_an_example_opens_by_name_and_an_unknown_name_lists_the_examples(tmp_path):
    png = tmp_path / "digits.png"
    assert _run("--experiment", "digits", "--screenshot", str(png)).returncode == 0
    assert png.exists()
    result = _run("nowhere.json")
    assert result.returncode == 2
    assert result.stderr == (
        "error: no file 'nowhere.json' here and no example of that name; "
        f"examples: {', '.join(example_names())}\n"
    )


def test_a_file_and_experiment_together_or_self_test_with_work_are_refused():
    result = _run("a.json", "--experiment", "b.json")
    assert result.returncode == 2
    assert "either FILE or --experiment FILE" in result.stderr
    result = _run("--self-test", "--epochs", "5")
    assert result.returncode == 2
    assert "--self-test takes no experiment" in result.stderr


@pytest.mark.parametrize(
    ("target", "args"),
    [("main_window.build_tabs", []), ("main_window.MainWindow.show_tab", ["--panel", "explorer"])],
    ids=["while-building-the-window", "after-building-it"],
)
def test_a_start_up_failure_ends_cleanly_without_a_running_thread(target, args):
    """A failure at start-up (e.g. a bad resource) is an error with a traceback, not a Qt
    abort ("QThread: Destroyed while thread 'training' is still running", exit 134)."""
    script = (
        "import sys\n"
        "from playground.ui.window import main_window\n"
        "def broken(*args):\n"
        "    raise FileNotFoundError('resources/datasets/iris.csv')\n"
        f"{target} = broken\n"
        "from playground.app import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=ENV, timeout=120
    )
    assert result.returncode == 1
    assert "FileNotFoundError: resources/datasets/iris.csv" in result.stderr
    assert "QThread" not in result.stderr


def test_scale_200_keeps_the_window_at_its_size(tmp_path):
    png = tmp_path / "big.png"
    result = _run("--scale", "200", "--size", "1366x768", "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    assert "between 100 and 200" in _run("--scale", "300").stderr
