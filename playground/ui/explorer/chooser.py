"""Which activation the explorer shows: a combo box of functions and the α of those with one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from playground.engine import activations
from playground.ui.common import names
from playground.ui.common.number_box import NumberBox
from playground.ui.explorer import properties

MAX_ALPHA = 3.0


class ActivationChooser(QWidget):
    """Emits `changed(activation)` (the engine's Activation) when the function or its α
    changes. Each function with an α remembers its own, starting at DEFAULT_ALPHA."""

    changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._alphas = dict(activations.DEFAULT_ALPHA)
        self.combo = QComboBox()
        for name in properties.PLOTTED:
            self.combo.addItem(names.activation(name), name)
        self.combo.setToolTip(self.tr("The activation function f to explore"))
        self.alpha_spin = NumberBox()
        self.alpha_spin.setRange(0.0, MAX_ALPHA)
        self.alpha_spin.setDecimals(2)
        self.alpha_spin.setSingleStep(0.01)
        self.alpha_spin.setToolTip(self.tr("α: the slope or scale for x < 0 (Leaky ReLU, ELU)"))
        label = QLabel(self.tr("Activation"))
        label.setBuddy(self.combo)
        self.alpha_label = QLabel("α")
        self.alpha_label.setBuddy(self.alpha_spin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (label, self.combo, self.alpha_label, self.alpha_spin):
            layout.addWidget(widget)
        for widget in (self.alpha_label, self.alpha_spin):  # hidden without moving the rest
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.combo.setCurrentIndex(self.combo.findData("sigmoid"))
        self._show_alpha()
        self.combo.currentIndexChanged.connect(self._function_changed)
        self.alpha_spin.valueChanged.connect(self._alpha_changed)

    def name(self) -> str:
        return self.combo.currentData()

    def activation(self) -> activations.Activation:
        """The engine's activation for the chosen function and α."""
        return activations.get(self.name(), self._alphas.get(self.name()))

    def set_function(self, name: str) -> None:
        """Choose activation `name`, one of properties.PLOTTED."""
        index = self.combo.findData(name)
        if index < 0:
            raise ValueError(f"the explorer does not plot {name!r}")
        self.combo.setCurrentIndex(index)

    def set_alpha(self, value: float) -> None:
        """α of the chosen function; only leaky_relu and elu have one."""
        if self.name() not in self._alphas:
            raise ValueError(f"{self.name()} has no α")
        self.alpha_spin.setValue(value)

    def _show_alpha(self) -> None:
        has_alpha = self.name() in self._alphas
        for widget in (self.alpha_label, self.alpha_spin):
            widget.setEnabled(has_alpha)
            widget.setVisible(has_alpha)
        if has_alpha:
            self.alpha_spin.blockSignals(True)
            self.alpha_spin.setValue(self._alphas[self.name()])
            self.alpha_spin.blockSignals(False)

    def _function_changed(self) -> None:
        self._show_alpha()
        self.changed.emit(self.activation())

    def _alpha_changed(self, value: float) -> None:
        self._alphas[self.name()] = value
        self.changed.emit(self.activation())
