"""The two set-up commands: `python3 tasks.py app` and `python3 tasks.py test`.

Both create a local virtual environment in .venv (first run only), install the project into
it (again only when pyproject.toml changes), then start the app or run the whole test suite
offscreen. Only the Python standard library is used here, so any Python 3.11+ can run it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment(extra: str) -> None:
    """Create .venv and `pip install -e .[extra]` unless the same install was already done."""
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{extra}]" if extra else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f"installed-{extra or 'app'}.sha256"
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"Installing {spec} into .venv ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", spec], cwd=ROOT, check=True)
    stamp.write_text(digest)


def run_app(args: list[str]) -> int:
    ensure_environment("")
    return subprocess.call([str(PYTHON), "-m", "playground", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    ensure_environment("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    tests = subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)
    return tests or lint


def main() -> int:
    commands = {"app": run_app, "test": run_tests}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
