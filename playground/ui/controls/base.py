"""What every control section shares: it shows an Experiment and emits edited copies of it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from playground.experiment import Experiment
from playground.fields import Number
from playground.ui.common.number_box import NumberBox


class ExperimentControls(QGroupBox):
    """A titled group of controls for one part of the experiment.

    `show_experiment(exp)` updates the widgets without emitting anything; a user edit emits
    `changed(new_experiment)`. The window decides whether to accept it: if it does not, it
    calls `show_experiment` again with the experiment it kept.

    Fields listed in `advanced` (rows of `form`) are hidden by `set_advanced_shown(False)`
    (View ▸ Show advanced controls), whatever else decides their rows' visibility.
    """

    changed = Signal(object)

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.experiment = Experiment()
        self._updating = False
        self.form: QFormLayout | None = None
        self.advanced: tuple[QWidget, ...] = ()
        self._advanced_shown = True
        self._wanted: dict[QWidget, bool] = {}

    def set_row_visible(self, field: QWidget, wanted: bool) -> None:
        """Show the form row of `field` when `wanted`, unless it is advanced and hidden."""
        self._wanted[field] = wanted
        shown = self._advanced_shown or field not in self.advanced
        self.form.setRowVisible(field, wanted and shown)

    def set_advanced_shown(self, shown: bool) -> None:
        """Show or hide the rows of the advanced fields."""
        self._advanced_shown = shown
        for field in self.advanced:
            self.set_row_visible(field, self._wanted.get(field, True))

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


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose rows put the field under its label when the column is too narrow for
    both side by side (a large UI scale), instead of cutting either."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def number_box(rule: Number, decimals: int, step: float, tooltip: str) -> NumberBox:
    """A spin box over the numbers `rule` allows; an open bound is kept one last decimal in."""
    box = NumberBox()
    box.setDecimals(decimals)
    last_decimal = 10.0**-decimals
    box.setRange(rule.low + last_decimal * rule.open_low, rule.high - last_decimal * rule.open_high)
    box.setSingleStep(step)
    box.setToolTip(tooltip)
    return box
