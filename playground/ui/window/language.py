"""The language of the app: English or Portuguese (Brazil), as `playground.translation`
chooses and installs it (the window's --lang, else the choice remembered here, else the
system's); number_text then writes the language's decimal separator ('0,5' in Portuguese).
The window's texts are set when it is built: another language takes effect when the app
starts again (`restart_command`); View ▸ Language offers to do so (`LanguageSwitch`).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from playground import experiment

# The language's choice and installation live in playground.translation (QtCore only, so
# the command line shares them); these names are the window's API.
from playground.translation import (  # noqa: F401 (re-exported)
    LANGUAGES,
    SETTING,
    chosen,
    current,
    install,
    remember,
    remembered,
    settings,
    system_language,
)

if TYPE_CHECKING:
    from playground.ui.window.main_window import MainWindow

RESTART_FILE = "neural-playground-restart.json"  # the experiment handed to the new start


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
