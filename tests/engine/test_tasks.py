"""tasks.py: the system-library list, its check before `app`, and the README that quotes it."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tasks():
    spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["tasks"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tasks = _load_tasks()
LIBRARIES = tasks.read_system_libraries()

LDD_OUTPUT = """\
/venv/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd3a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1a2b0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c1a0e0000)
\tlibxcb-keysyms.so.1 => not found
/venv/PySide6/Qt/lib/libQt6Widgets.so.6:
\tlibxcb-icccm.so.4 => not found
\tlibfoo-bar.so.2 => not found
"""


def test_the_parser_finds_each_library_ldd_did_not_find_once():
    assert tasks.not_found(LDD_OUTPUT) == [
        "libfoo-bar.so.2",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert tasks.not_found("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)\n") == []


def test_each_library_maps_to_the_package_that_provides_it():
    packages, unknown = tasks.providers(tasks.not_found(LDD_OUTPUT), LIBRARIES)
    assert [(p.debian, p.fedora) for p in packages] == [
        ("libxcb-icccm4", "xcb-util-wm"),
        ("libxcb-keysyms1", "xcb-util-keysyms"),
    ]
    assert unknown == ["libfoo-bar.so.2"]
    glib, _ = tasks.providers(["libgthread-2.0.so.0"], LIBRARIES)
    assert [p.debian for p in glib] == ["libglib2.0-0"]


def test_the_message_names_the_packages_and_the_commands_that_install_them():
    message = tasks.missing_libraries_message(tasks.not_found(LDD_OUTPUT), LIBRARIES)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in message
    assert message.endswith(
        "sudo dnf install xcb-util-wm xcb-util-keysyms\n"
        "No package in packaging/system-libraries.txt provides: libfoo-bar.so.2."
    )


def test_packages_sharing_a_fedora_package_name_it_once():
    _, dnf = tasks.install_commands(
        tasks.providers(["libxcb-shape.so.0", "libxcb.so.1"], LIBRARIES)[0]
    )
    assert dnf == "sudo dnf install libxcb"


def test_the_list_says_each_package_and_library_once():
    debian = [library.debian for library in LIBRARIES]
    sonames = [soname for library in LIBRARIES for soname in library.sonames]
    assert len(debian) == len(set(debian))
    assert len(sonames) == len(set(sonames))
    assert all(library.sonames for library in LIBRARIES)


def test_readme_quotes_the_list():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    commands = [" ".join(line.split()) for line in readme.splitlines()]
    apt, dnf = tasks.install_commands(LIBRARIES)
    assert apt in commands
    assert dnf in commands


def test_ci_reads_the_list_from_the_file_and_does_not_restate_it():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/system-libraries.txt" in ci
    assert [library.debian for library in LIBRARIES if library.debian in ci] == []


@pytest.mark.parametrize(
    ("environ", "platform", "checks"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "minimal"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_the_check_runs_only_on_a_linux_screen_that_qt_draws_with_xcb(environ, platform, checks):
    assert tasks.wants_xcb_check(environ, platform) is checks


def _never_ldd():
    raise AssertionError("ldd must not run")


def test_no_check_offscreen_or_without_a_display(monkeypatch):
    monkeypatch.setattr(tasks, "ldd_of_xcb_plugin", _never_ldd)
    monkeypatch.setattr(tasks.sys, "platform", "linux")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert tasks.system_library_problem() is None
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert tasks.system_library_problem() is None


def test_no_check_without_ldd(monkeypatch):
    monkeypatch.setattr(tasks, "ldd_of_xcb_plugin", _never_ldd)
    monkeypatch.setattr(tasks.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(tasks.shutil, "which", lambda name: None)
    assert tasks.system_library_problem() is None


def test_app_stops_with_the_message_before_starting_qt(monkeypatch, capsys):
    monkeypatch.setattr(tasks, "ensure_environment", lambda extra: None)
    monkeypatch.setattr(tasks, "ldd_of_xcb_plugin", lambda: LDD_OUTPUT)
    monkeypatch.setattr(tasks.sys, "platform", "linux")
    monkeypatch.setattr(tasks.shutil, "which", lambda name: "/usr/bin/ldd")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(tasks.subprocess, "call", lambda *a, **k: pytest.fail("the app started"))
    assert tasks.run_app([]) == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (Linux)")
def test_every_listed_library_is_one_the_installed_xcb_plugin_loads():
    package = Path(importlib.util.find_spec("PySide6").submodule_search_locations[0])
    files = [str(package / name) for name in tasks.XCB_FILES if (package / name).exists()]
    output = subprocess.run(["ldd", *files], capture_output=True, text=True).stdout
    loaded = {line.split()[0] for line in output.splitlines() if "=>" in line}
    assert {soname for library in LIBRARIES for soname in library.sonames} <= loaded
