"""Imports point one way (ARCHITECTURE.md): the engine imports nothing else of playground,
the Qt-free core imports no UI, and each UI part imports only the parts below it."""

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "playground"
QT_FREE_CORE = (
    "experiment",
    "fields",
    "resolution",
    "live_settings",
    "run",
    "snapshot",
    "explain",
    "typography",
    "lessons",
)
# UI part -> the other UI parts it may import (type hints under TYPE_CHECKING aside).
UI_ALLOWED = {
    "common": set(),
    "controls": {"common"},
    "graph": {"common"},
    "explorer": {"common"},
    "views": {"common", "graph"},
    "teaching": {"common", "graph", "views"},  # the Backprop tab shows the graph and the plane
    "window": {"common", "controls", "views", "graph", "explorer", "teaching"},
}
QT = ("PySide6", "pyqtgraph", "shiboken6")
# The engine reads its shipped data files through playground/shipped.py.
ENGINE_MAY_IMPORT = ("playground.engine", "playground.shipped")


def _runtime_imports(path: pathlib.Path) -> set[str]:
    """Modules `path` imports, leaving out those under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text())
    hidden = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    found = set()
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_engine_imports_nothing_else_of_playground():
    for path in (PACKAGE / "engine").rglob("*.py"):
        outside = {
            m
            for m in _runtime_imports(path)
            if m.startswith("playground.") and not m.startswith(ENGINE_MAY_IMPORT)
        }
        assert not outside, f"{path.name} imports {outside}"


@pytest.mark.parametrize("name", QT_FREE_CORE)
def test_the_core_imports_neither_qt_nor_the_ui(name):
    imports = _runtime_imports(PACKAGE / f"{name}.py")
    bad = {m for m in imports if m.split(".")[0] in QT or m.startswith("playground.ui")}
    assert not bad, f"{name}.py imports {bad}"


@pytest.mark.parametrize("part", sorted(UI_ALLOWED))
def test_each_ui_part_imports_only_the_parts_below_it(part):
    allowed = UI_ALLOWED[part] | {part}
    for path in (PACKAGE / "ui" / part).rglob("*.py"):
        parts = {m.split(".")[2] for m in _runtime_imports(path) if m.startswith("playground.ui.")}
        assert parts <= allowed, f"{part}/{path.name} imports ui parts {parts - allowed}"
