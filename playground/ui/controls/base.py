"""What every control section shares: it shows an Experiment and emits edited copies of it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGroupBox

from playground.experiment import Experiment
from playground.fields import Number


class ExperimentControls(QGroupBox):
    """A titled group of controls for one part of the experiment.

    `show_experiment(exp)` updates the widgets without emitting anything; a user edit emits
    `changed(new_experiment)`. The window decides whether to accept it: if it does not, it
    calls `show_experiment` again with the experiment it kept.
    """

    changed = Signal(object)

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.experiment = Experiment()
        self._updating = False

    def show_experiment(self, exp: Experiment) -> None:
        self.experiment = exp
        self._updating = True
        try:
            self.refresh()
        finally:
            self._updating = False

    def refresh(self) -> None:
        """Set every widget from self.experiment (subclasses)."""
        raise NotImplementedError

    def edit(self, section: str | None = None, **fields) -> None:
        """Emit the experiment with `fields` replaced in `section` (or at the top level)."""
        if self._updating:
            return
        exp = self.experiment
        if section is None:
            new = dataclasses.replace(exp, **fields)
        else:
            new = dataclasses.replace(
                exp, **{section: dataclasses.replace(getattr(exp, section), **fields)}
            )
        if new != exp:
            self.changed.emit(new)


def number_box(rule: Number, decimals: int, step: float, tooltip: str) -> QDoubleSpinBox:
    """A spin box over the numbers `rule` allows; an open bound is kept one last decimal in."""
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    last_decimal = 10.0**-decimals
    box.setRange(rule.low + last_decimal * rule.open_low, rule.high - last_decimal * rule.open_high)
    box.setSingleStep(step)
    box.setToolTip(tooltip)
    return box
