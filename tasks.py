"""The two set-up commands: `python3 tasks.py app` and `python3 tasks.py test`.

Both create a local virtual environment in .venv (first run only), install the project into
it (again only when pyproject.toml changes), then start the app or run the whole test suite
offscreen. Before it starts the app on a Linux screen, `app` checks with `ldd` that the
system libraries Qt's xcb platform plugin needs are installed (the list is
packaging/system-libraries.txt), and names the packages to install if they are not. Only the
Python standard library is used here, so any Python 3.11+ can run it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
import venv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SYSTEM_LIBRARIES = ROOT / "packaging" / "system-libraries.txt"
# The Qt files, relative to the installed PySide6 package, whose libraries must all load.
XCB_FILES = (
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "Qt/lib/libQt6Widgets.so.6",
)
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


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


@dataclass(frozen=True)
class SystemLibrary:
    """One line of packaging/system-libraries.txt: a package and the libraries it provides."""

    debian: str
    fedora: str
    sonames: tuple[str, ...]


def read_system_libraries(path: Path = SYSTEM_LIBRARIES) -> list[SystemLibrary]:
    """The list, in file order: `debian fedora soname...` per line, `#` starts a comment."""
    libraries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            libraries.append(SystemLibrary(words[0], words[1], tuple(words[2:])))
    return libraries


def install_commands(libraries: Iterable[SystemLibrary]) -> tuple[str, str]:
    """The Debian/Ubuntu and the Fedora commands that install `libraries` (the README has both)."""
    libraries = list(libraries)
    debian = " ".join(dict.fromkeys(library.debian for library in libraries))
    fedora = " ".join(dict.fromkeys(library.fedora for library in libraries))
    return f"sudo apt-get install {debian}", f"sudo dnf install {fedora}"


def not_found(ldd_output: str) -> list[str]:
    """The distinct libraries `ldd` reports as `not found`, sorted."""
    return sorted(set(NOT_FOUND.findall(ldd_output)))


def providers(
    sonames: Iterable[str], libraries: list[SystemLibrary]
) -> tuple[list[SystemLibrary], list[str]]:
    """The listed packages that provide `sonames` (in list order) and the sonames none provides."""
    wanted = set(sonames)
    found = [lib for lib in libraries if wanted.intersection(lib.sonames)]
    known = {soname for lib in found for soname in lib.sonames}
    return found, sorted(wanted - known)


def missing_libraries_message(sonames: list[str], libraries: list[SystemLibrary]) -> str:
    """What to tell the user when Qt's xcb plugin cannot load `sonames`."""
    packages, unknown = providers(sonames, libraries)
    sentence = "The window cannot open: Qt's xcb platform plugin needs system libraries that are"
    sentence += f" not installed: {', '.join(sonames)}."
    lines = textwrap.wrap(sentence, width=88, break_on_hyphens=False)
    if packages:
        apt, dnf = install_commands(packages)
        lines += ["Install them, then run `python3 tasks.py app` again:"]
        lines += ["  Debian/Ubuntu:  " + apt, "  Fedora:         " + dnf]
    if unknown:
        lines.append(
            f"No package in {SYSTEM_LIBRARIES.relative_to(ROOT)} provides: {', '.join(unknown)}."
        )
    return "\n".join(lines)


def wants_xcb_check(environ: Mapping[str, str], platform: str) -> bool:
    """True on Linux with a display, unless QT_QPA_PLATFORM picks a platform other than xcb."""
    if not platform.startswith("linux"):
        return False
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return not chosen or "xcb" in chosen


def ldd_of_xcb_plugin() -> str:
    """`ldd`'s output for the xcb plugin and the Qt libraries of the PySide6 in .venv."""
    find = "import importlib.util as u; print(u.find_spec('PySide6').submodule_search_locations[0])"
    located = subprocess.run([str(PYTHON), "-c", find], capture_output=True, text=True)
    if located.returncode != 0:
        return ""
    package = Path(located.stdout.strip())
    files = [str(package / name) for name in XCB_FILES if (package / name).exists()]
    if not files:
        return ""
    return subprocess.run(["ldd", *files], capture_output=True, text=True).stdout


def system_library_problem() -> str | None:
    """The message naming the missing system libraries, or None (also when it cannot check)."""
    if not wants_xcb_check(os.environ, sys.platform) or shutil.which("ldd") is None:
        return None
    missing = not_found(ldd_of_xcb_plugin())
    return missing_libraries_message(missing, read_system_libraries()) if missing else None


def run_app(args: list[str]) -> int:
    ensure_environment("")
    problem = system_library_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
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
