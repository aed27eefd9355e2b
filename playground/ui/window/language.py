"""The language of the app: English or Portuguese (Brazil).

By default it follows the system locale (Portuguese for any Portuguese locale, else
English); a choice made in View ▸ Language is remembered with QSettings; `--lang` on the
command line overrides both. `install` loads the app's translation and Qt's own (for the
standard buttons and dialogs) and makes the language's locale the default, so number_text
writes its decimal separator ('0,5' in Portuguese). The window's texts are set when it is
built: another language takes effect when the app starts again (`restart_command`).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QProcess,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtWidgets import QMessageBox

from playground import experiment, shipped

if TYPE_CHECKING:
    from playground.ui.window.main_window import MainWindow

LANGUAGES = {"en": "English", "pt_BR": "Português (Brasil)"}  # code -> its own name
LOCALES = {"en": "en_US", "pt_BR": "pt_BR"}
TRANSLATION = "playground_{0}.qm"  # the app's compiled translation, in resources/translations
QT_TRANSLATION = "qtbase_{0}.qm"  # Qt's own, from its translations folder
SETTING = "language"
RESTART_FILE = "neural-playground-restart.json"  # the experiment handed to the new start
ORGANIZATION, APPLICATION = "Neural Playground", "playground"  # where QSettings keeps it

_installed: list[QTranslator] = []  # the translators in use (Qt does not own them)
_current = {"code": "en"}  # the language installed last


def settings() -> QSettings:
    """The app's settings (per user)."""
    return QSettings(ORGANIZATION, APPLICATION)


def system_language() -> str:
    """'pt_BR' when the system locale is any Portuguese, else 'en'."""
    portuguese = QLocale.system().language() == QLocale.Language.Portuguese
    return "pt_BR" if portuguese else "en"


def remembered() -> str | None:
    """The language chosen in the menu earlier, or None."""
    value = settings().value(SETTING)
    return value if value in LANGUAGES else None


def remember(code: str) -> None:
    """Use `code` from the next start on (unless --lang says otherwise)."""
    settings().setValue(SETTING, code)


def chosen(flag: str | None) -> str:
    """The language to start in: `flag` (--lang), else the remembered one, else the
    system's."""
    return flag or remembered() or system_language()


def current() -> str:
    """The language the app runs in."""
    return _current["code"]


def install(code: str) -> str:
    """Load the translations of `code` into the running application and make its locale
    the default; returns `code`. English needs no translation (the sources are English)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[code]))
    if code != "en":
        ours = QTranslator(app)
        ours.data = shipped.resource("translations", TRANSLATION.format(code)).read_bytes()
        qt = QTranslator(app)
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for translator, loaded in (
            (ours, ours.load(ours.data)),
            (qt, qt.load(str(folder / QT_TRANSLATION.format(code)))),
        ):
            if loaded:  # Qt's own may be missing from a trimmed install: English buttons
                app.installTranslator(translator)
                _installed.append(translator)
    _current["code"] = code
    return code


def restart_command(code: str, experiment_file: str, scale: float) -> list[str]:
    """The command that starts the app again in `code` with the experiment saved in
    `experiment_file`, at the UI scale `scale` (percent)."""
    if getattr(sys, "frozen", False):  # a bundle: its own executable
        start = [sys.executable]
    else:
        start = [sys.executable, "-m", "playground"]
    return [*start, "--lang", code, "--experiment", experiment_file, "--scale", f"{scale:g}"]


class LanguageSwitch(QObject):
    """View ▸ Language: remember the choice and offer to start again in it now."""

    def __init__(self, win: MainWindow):
        super().__init__(win)
        self.win = win

    def choose(self, code: str) -> None:
        """The user picked `code` in the menu."""
        if code == current():
            return
        remember(code)
        box = QMessageBox(self.win)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Language"))
        box.setText(
            self.tr("The app will be in {0} the next time it starts. Start it again now?").format(
                LANGUAGES[code]
            )
        )
        box.setInformativeText(
            self.tr(
                "The experiment opens again as it is set now; its training starts again "
                "from the first epoch."
            )
        )
        restart = box.addButton(self.tr("Start again now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart(code)

    def restart(self, code: str) -> None:
        """Save the experiment to a temporary file, start the app on it in `code`, close."""
        session = self.win.session
        exp = session.experiment
        path = exp.data.csv_path
        if path is not None and session.base_dir is not None:  # relative to its folder
            absolute = str((Path(session.base_dir) / path).resolve())
            exp = dataclasses.replace(exp, data=dataclasses.replace(exp.data, csv_path=absolute))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        saved = str(Path(folder) / RESTART_FILE)
        experiment.save(exp, saved)
        command = restart_command(code, saved, self.win.scale.percent)
        if QProcess.startDetached(command[0], command[1:])[0]:
            self.win.close()
