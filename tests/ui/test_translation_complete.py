"""Portuguese (Brazil) is complete: pyside6-lupdate over the sources finds no string without
a finished translation, every translation keeps its {0}-style fields, the shipped .qm is
built from the .ts as it is, and the window opened in Portuguese shows no English."""

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from playground.ui.window.tabs import TAB_NAMES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402 (tools/translations.py)

# Words that are English and not Portuguese: a visible text with one of them was not
# translated. (Words both languages share, such as "a", "no" or "total", are left out.)
ENGLISH_WORDS = """the of and with to is are for from this that these those click show open save
    layer layers learning loss weights weight neuron neurons training sample step steps
    hidden output input inputs rate cost each every when where which while what how why
    not none only then than there here your you its it's will would should can cannot
    into onto over under after before again about above below between without"""
ENGLISH = frozenset(ENGLISH_WORDS.split())
# Names that stay as they are in both languages.
NAMES = {"Neural Playground", "UCI Machine Learning Repository", "Adam", "SGD", "ReLU"}


def test_every_source_string_has_a_finished_translation():
    assert translations.missing() == []


def test_every_translation_keeps_the_fields_of_its_source():
    for (context, source), text in translations.messages(translations.TS).items():
        assert translations.placeholders(text) == translations.placeholders(source), (
            context,
            source,
        )


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    translations.release(translations.TS, built)
    assert built.read_bytes() == translations.QM.read_bytes()


def _texts(widget: QWidget) -> list[str]:
    """The texts a user sees on `widget` and its visible children: labels, buttons, group
    titles, combo items, tab titles, tooltips."""
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        if isinstance(child, QGroupBox):
            found.append(child.title())
        if isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        found.append(child.toolTip())
    return found


def _english(text: str) -> bool:
    """Whether `text` has an English word, leaving out markup, names and the titles of
    cited works (in quotes)."""
    plain = re.sub(r"<[^>]+>|&\w+;|“[^”]*”", " ", text).replace("&", "")
    for name in NAMES:
        plain = plain.replace(name, " ")
    words = re.findall(r"[A-Za-z']+", plain)
    return bool(ENGLISH & {w.lower() for w in words if not w.isupper()})  # AND is a gate


def test_the_window_in_portuguese_shows_no_english(qtbot, portuguese, open_window):
    win = open_window()
    win.session.run_epochs(3)
    qtbot.waitUntil(lambda: win.session.snapshot.epoch >= 3, timeout=10_000)
    shown = [action.text() for action in win.menuBar().actions()]
    for menu in win.menuBar().findChildren(type(win.menuBar().actions()[0].menu())):
        shown += [action.text() for action in menu.actions()]
        shown += [action.toolTip() for action in menu.actions()]
    for name in TAB_NAMES:
        win.show_tab(name)
        qtbot.waitUntil(lambda n=name: win.tabs_by_name[n].isVisible())
        QApplication.processEvents()
        shown += _texts(win)
    win.about()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win)
    shown += _texts(dialog)
    dialog.close()
    english = sorted({text for text in shown if _english(text)})
    assert english == [], "\n".join(english)
