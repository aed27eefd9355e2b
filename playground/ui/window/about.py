"""The About dialog: the app's icon and version, its licence, where the real datasets come
from, and the versions of the libraries it runs on."""

from __future__ import annotations

import platform

import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from playground import version

ICON_SIZE = 96
UCI = "https://archive.ics.uci.edu"


def library_versions() -> tuple[tuple[str, str], ...]:
    """(name, version) of Python and each library, as they run now."""
    return (
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", pg.__version__),
        ("NumPy", np.__version__),
    )


class AboutDialog(QDialog):
    """Help ▸ About: icon, name and version, licence, dataset credits, library versions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Neural Playground"))
        layout = QVBoxLayout(self)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.icon_label = QLabel()
            self.icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
            self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.icon_label)
        self.text = QLabel(self._html())
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _html(self) -> str:
        libraries = "<br>".join(f"{name} {number}" for name, number in library_versions())
        parts = (
            "<h2>" + self.tr("Neural Playground") + "</h2>",
            "<p>" + self.tr("Version {0}").format(version()) + "</p>",
            "<p>"
            + self.tr("Build a neural network, watch it learn live, and look inside it.")
            + "</p>",
            "<p>" + self.tr("Released under the MIT License.") + "</p>",
            "<h3>" + self.tr("Datasets") + "</h3>",
            "<p>"
            + self.tr(
                "Iris: R. A. Fisher (1936), “The use of multiple measurements in taxonomic "
                "problems”, from the <a href='{0}'>UCI Machine Learning Repository</a>, "
                "licensed CC BY 4.0."
            ).format(f"{UCI}/dataset/53/iris")
            + "</p>",
            "<p>"
            + self.tr(
                "Handwritten digits (8×8): E. Alpaydin and C. Kaynak, “Optical Recognition of "
                "Handwritten Digits”, from the <a href='{0}'>UCI Machine Learning "
                "Repository</a> (its test part, as distributed with scikit-learn), "
                "licensed CC BY 4.0."
            ).format(f"{UCI}/dataset/80/optical+recognition+of+handwritten+digits")
            + "</p>",
            "<h3>" + self.tr("Libraries") + "</h3>",
            f"<p>{libraries}</p>",
        )
        return "".join(parts)
