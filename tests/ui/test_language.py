"""Choosing the language: --lang over the remembered choice over the system's; installing
Portuguese translates the texts and makes the decimal separator a comma; View ▸ Language
remembers the choice and offers to start again in it, with the experiment as it is set."""

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QProcess
from PySide6.QtWidgets import QMessageBox

from playground import experiment, translation
from playground.app import parser
from playground.ui.common.number_text import significant
from playground.ui.window import language


@pytest.fixture
def clean_settings():
    language.settings().remove(language.SETTING)
    yield
    language.settings().remove(language.SETTING)


def test_the_flag_wins_then_the_remembered_choice_then_the_system(clean_settings, monkeypatch):
    monkeypatch.setattr(translation, "system_language", lambda: "pt_BR")  # chosen's own
    assert language.chosen(None) == "pt_BR"
    language.remember("en")
    assert language.chosen(None) == "en"
    assert language.chosen("pt_BR") == "pt_BR"
    assert parser().parse_args(["--lang", "pt_BR"]).lang == "pt_BR"
    with pytest.raises(SystemExit):
        parser().parse_args(["--lang", "fr"])


def test_a_portuguese_system_locale_means_portuguese(monkeypatch):
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("pt_PT"))
    assert language.system_language() == "pt_BR"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert language.system_language() == "en"


def test_portuguese_translates_and_writes_decimal_commas(portuguese):
    assert language.current() == "pt_BR"
    assert QCoreApplication.translate("BackpropTab", "Next ▶") == "Próximo ▶"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
    assert significant(0.5) == "0,5"
    language.install("en")
    assert QCoreApplication.translate("BackpropTab", "Next ▶") == "Next ▶"
    assert significant(0.5) == "0.5"


def test_the_menu_remembers_and_starts_again_in_the_language(
    qtbot, open_window, clean_settings, monkeypatch, tmp_path
):
    win = open_window()
    assert win.language_actions["en"].isChecked()
    started = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, args: started.append([program, *args]) or (True, 1),
    )
    answers = iter(["Later", "Start again now"])

    def answer(box):
        wanted = next(answers)
        button = next(b for b in box.buttons() if b.text() == wanted)
        box.clickedButton = lambda: button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    win.language_actions["pt_BR"].trigger()
    assert language.remembered() == "pt_BR" and started == [] and win.isVisible()
    win.scale.set_percent(150)
    win.language_actions["pt_BR"].trigger()
    (command,) = started
    assert command[:3] == [sys.executable, "-m", "playground"]
    assert command[3:5] == ["--lang", "pt_BR"] and command[-2:] == ["--scale", "150"]
    saved = Path(command[command.index("--experiment") + 1]).read_text()
    assert experiment.from_json(saved) == win.session.experiment
    assert json.loads(saved)["data"]["name"] == "circle"
    qtbot.waitUntil(lambda: not win.isVisible())
