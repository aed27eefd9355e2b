"""Features controls: which transforms of (x1, x2) feed the network; standardising for tables."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QToolButton, QVBoxLayout

from playground.engine import datasets
from playground.ui.common.reflow_grid import ReflowGrid
from playground.ui.controls.base import ExperimentControls


class FeaturesControls(ExperimentControls):
    """Toggle buttons x1, x2, x1², x2², x1·x2, sin x1, sin x2 (2-D data only)."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Features"), parent)
        self.buttons: dict[str, QToolButton] = {}
        for name in datasets.FEATURES:
            button = QToolButton()
            button.setText(datasets.FEATURE_LABELS[name])
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(self.tr("Feed {0} to the network").format(button.text()))
            button.toggled.connect(lambda on, n=name: self.toggle(n, on))
            self.buttons[name] = button
        self.standardize = QCheckBox(self.tr("Standardise columns"))
        self.standardize.setToolTip(
            self.tr("Scale each input column to mean 0 and standard deviation 1 (training data)")
        )
        self.standardize.toggled.connect(lambda on: self.edit("features", standardize=on))
        self.note = QLabel(self.tr("Feature transforms apply to 2-D data only."))
        self.note.setWordWrap(True)
        # Four to a row, fewer in a narrow column (a large UI scale).
        self.grid = ReflowGrid(list(self.buttons.values()), columns=4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.standardize)
        layout.addWidget(self.note)

    def refresh(self) -> None:
        tabular = datasets.FACTS[self.experiment.data.name].tabular
        selected = self.experiment.features.selected
        for name, button in self.buttons.items():
            button.setChecked(name in selected)
            button.setEnabled(not tabular)
        self.standardize.setChecked(self.experiment.features.standardize)
        self.standardize.setVisible(tabular)
        self.note.setVisible(tabular)

    def toggle(self, name: str, on: bool) -> None:
        """Select or drop one feature, keeping the canonical order; the last one stays."""
        selected = set(self.experiment.features.selected)
        selected = selected | {name} if on else selected - {name}
        if not selected:
            self.buttons[name].setChecked(True)
            return
        ordered = tuple(f for f in datasets.FEATURES if f in selected)
        self.edit("features", selected=ordered)
