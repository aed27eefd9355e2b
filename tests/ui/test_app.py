"""The command line of the desktop app, run as a user would: a real process, offscreen."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from playground.shipped import resource

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
