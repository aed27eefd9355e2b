"""The wheel a user installs holds every shipped file (datasets, examples, icons)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "playground" / "resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    result = subprocess.run(
        [*command, "-q", "-w", str(out), str(ROOT)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("neural_playground-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def test_every_shipped_file_is_in_the_wheel(wheel):
    names = set(wheel.namelist())
    shipped = [p for p in RESOURCES.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert shipped
    missing = [
        str(p.relative_to(ROOT)) for p in shipped if p.relative_to(ROOT).as_posix() not in names
    ]
    assert not missing


def test_the_wheel_has_both_entry_points(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "[gui_scripts]\nplayground = playground.__main__:main" in text
    assert any(n == "playground/__main__.py" for n in wheel.namelist())
