"""The Linux desktop entry, and packaging/install.sh + uninstall.sh run in a temporary HOME
on a small fake bundle: what the install adds, and that the uninstall removes exactly that."""

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def validator() -> str:
    """desktop-file-validate (from desktop-file-utils); CI must have it, elsewhere skip."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing: apt-get install desktop-file-utils")
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    return tool


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_validates_and_speaks_english_and_portuguese():
    result = subprocess.run(
        [validator(), str(PACKAGING / "neural-playground.desktop")],
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    desktop = entry(PACKAGING / "neural-playground.desktop")
    assert desktop["Name"] == "Neural Playground"
    assert desktop["Name[pt_BR]"] == "Playground de Redes Neurais"
    assert desktop["Comment"] and desktop["Comment[pt_BR]"]
    assert desktop["Exec"].endswith(" %f")  # a double-clicked experiment file is opened
    assert "application/json" in desktop["MimeType"].split(";")
    assert desktop["Icon"] == "neural-playground"


@pytest.fixture
def home(tmp_path):
    """A HOME with unrelated files where the install puts its own."""
    home = tmp_path / "home"
    share = home / ".local" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "editor.desktop").write_text("[Desktop Entry]\n")
    (share / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (share / "icons" / "hicolor" / "48x48" / "apps" / "editor.png").write_bytes(b"png")
    return home


@pytest.fixture
def bundle(tmp_path):
    """A small stand-in for dist/playground: a binary, a folder, a link."""
    bundle = tmp_path / "dist" / "playground"
    (bundle / "_internal" / "playground").mkdir(parents=True)
    (bundle / "playground").write_text("#!/bin/sh\necho started\n")
    (bundle / "playground").chmod(0o755)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "playground" / "iris.csv").write_text("5.1,3.5\n")
    (bundle / "_internal" / "libQt6Core.so").symlink_to("libQt6Core.so.6")
    return bundle


def run(script: str, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    return subprocess.run(
        ["bash", str(PACKAGING / script), *args],
        env={**env, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every path under folder -> its bytes, its link target, or 'folder'."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = os.readlink(path)
        else:
            found[key] = "folder" if path.is_dir() else path.read_bytes()
    return found


def test_install_adds_the_bundle_entry_and_icons_and_uninstall_removes_exactly_them(home, bundle):
    before = tree(home)
    result = run("install.sh", home, str(bundle))
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    app = share / "neural-playground"
    assert (app / "playground").read_text() == (bundle / "playground").read_text()
    assert os.access(app / "playground", os.X_OK)
    assert (app / "_internal" / "playground" / "iris.csv").read_text() == "5.1,3.5\n"
    assert os.readlink(app / "_internal" / "libQt6Core.so") == "libQt6Core.so.6"
    desktop = share / "applications" / "neural-playground.desktop"
    assert entry(desktop)["Exec"] == f'"{app}/playground" %f'
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0
    icons = ROOT / "playground" / "resources" / "icons"
    for size in SIZES:
        installed = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert (installed / "neural-playground.png").read_bytes() == (
            icons / f"playground-{size}.png"
        ).read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "neural-playground.svg").is_file()
    manifest = (app / "install-manifest.txt").read_text().splitlines()
    added = {line[2:] for line in manifest}
    assert added == {str(home / p) for p in tree(home)} - {str(home / p) for p in before}

    result = run("uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert tree(home) == before


def test_install_twice_replaces_the_first(home, bundle):
    assert run("install.sh", home, str(bundle)).returncode == 0
    (bundle / "_internal" / "playground" / "iris.csv").unlink()
    assert run("install.sh", home, str(bundle)).returncode == 0
    share = home / ".local" / "share"
    assert not (share / "neural-playground" / "_internal" / "playground" / "iris.csv").exists()
    assert run("uninstall.sh", home).returncode == 0
    assert not (share / "neural-playground").exists()


def test_install_changes_nothing_when_a_file_it_would_add_exists(home, bundle):
    mine = home / ".local" / "share" / "applications" / "neural-playground.desktop"
    mine.write_text("[Desktop Entry]\nName=my own\n")
    before = tree(home)
    result = run("install.sh", home, str(bundle))
    assert result.returncode != 0 and "exists already" in result.stderr
    assert tree(home) == before


def test_install_needs_a_built_bundle(home, tmp_path):
    result = run("install.sh", home, str(tmp_path / "nothing"))
    assert result.returncode != 0 and "packaging/build.sh" in result.stderr


def test_uninstall_keeps_a_folder_holding_files_the_install_did_not_add(home, bundle):
    assert run("install.sh", home, str(bundle)).returncode == 0
    app = home / ".local" / "share" / "neural-playground"
    (app / "notes.txt").write_text("mine")
    result = run("uninstall.sh", home)
    assert result.returncode == 0 and "kept" in result.stderr
    assert tree(app) == {"notes.txt": b"mine"}
