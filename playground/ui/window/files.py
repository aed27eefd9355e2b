"""File ▸ Open, Open example, Save and Save as: the dialogs, and where they start.

Open starts in the shipped examples folder the first time, then where the user last opened
a file; Save writes to the file last opened or saved, Save as asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from playground import experiment, shipped
from playground.experiment import Experiment, ExperimentError
from playground.translation import said

EXAMPLE_TITLES = {  # the shipped examples' titles in the File menu
    "and_perceptron": QT_TRANSLATE_NOOP("Examples", "AND gate with the perceptron rule"),
    "default": QT_TRANSLATE_NOOP("Examples", "Circle (the default)"),
    "digits": QT_TRANSLATE_NOOP("Examples", "Digits 8×8"),
    "iris_softmax": QT_TRANSLATE_NOOP("Examples", "Iris with softmax"),
    "spiral_6x8": QT_TRANSLATE_NOOP("Examples", "Spiral, 6 layers of 8 neurons"),
    "spiral_relu": QT_TRANSLATE_NOOP("Examples", "Spiral with ReLU"),
    "xor_gate_perceptron": QT_TRANSLATE_NOOP("Examples", "XOR gate with the perceptron rule"),
}


def example_title(name: str) -> str:
    """The title of the shipped example `name` in the user's language (a file name made
    readable for an example without one: 'my_test' -> 'My test')."""
    if name in EXAMPLE_TITLES:
        return QCoreApplication.translate("Examples", EXAMPLE_TITLES[name])
    words = name.replace("_", " ")
    return words[:1].upper() + words[1:]


class ExperimentFiles(QObject):
    """Reads and writes experiments for `window`: `opened(exp, folder, state)` when one is
    read (`state`: the trained weights and history it holds, or None); `failed(message)`
    and `saved(path)` for the window to report. Save writes the settings only."""

    opened = Signal(object, object, object)  # Experiment, its folder, TrainedState or None
    failed = Signal(str)
    saved = Signal(str)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.folder = str(shipped.resource(shipped.EXAMPLES))  # where Open starts
        self.path: str | None = None  # the file Save writes to

    def open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open an experiment"),
            self.folder,
            self.tr("Experiments (*.json)"),
        )
        if path:
            self.folder = str(Path(path).parent)
            self.read(path, keep_path=True)

    def open_example(self, name: str) -> None:
        """Open the shipped example `name` (Save then asks where, as for a new file)."""
        self.read(str(shipped.example(name)), keep_path=False)

    def read(self, path: str, keep_path: bool) -> None:
        try:
            exp, state = experiment.load_with_state(path)
        except ExperimentError as error:
            self.failed.emit(self.tr("Cannot open {0}: {1}").format(path, said(error)))
            return
        self.path = path if keep_path else None
        self.opened.emit(exp, Path(path).parent, state)

    def save(self, exp: Experiment) -> None:
        if self.path is None:
            self.save_as(exp)
        else:
            self.write(exp, self.path)

    def save_as(self, exp: Experiment) -> None:
        start = self.path or "experiment.json"
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save the experiment"), start, self.tr("Experiments (*.json)")
        )
        if path:
            self.write(exp, path)

    def write(self, exp: Experiment, path: str) -> None:
        try:
            experiment.save(exp, path)
        except (ExperimentError, OSError) as error:
            self.failed.emit(self.tr("Cannot save {0}: {1}").format(path, said(error)))
            return
        self.path = path
        self.saved.emit(path)
