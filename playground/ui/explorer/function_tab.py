"""The "f and f′" tab: the function plot with its x range and marker controls, the overlay
choice, and beside them the properties card and the numeric-derivative demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from playground.engine import activations
from playground.ui.common.labelled import add_labelled
from playground.ui.common.number_box import NumberBox
from playground.ui.common.number_text import significant
from playground.ui.explorer.card_view import PropertiesCard
from playground.ui.explorer.derivative_demo import DerivativeDemo
from playground.ui.explorer.function_plot import DF_HEX, F_HEX, FunctionPlot
from playground.ui.explorer.overlay_list import OverlayList

X_LIMIT = 50.0  # the x range can be set within ±X_LIMIT
MIN_SPAN = 0.5
DEFAULT_RANGE = (-6.0, 6.0)
DEFAULT_MARKER = 0.5
SIDE_WIDTH = 360  # pixels for the card and the demo


def _spin(low: float, high: float, decimals: int, step: float, tooltip: str) -> NumberBox:
    spin = NumberBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setToolTip(tooltip)
    return spin


class FunctionTab(QWidget):
    """Shows one activation (`set_activation`) and what its derivative means at x₀."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._activation = activations.get("sigmoid")
        self.plot = FunctionPlot()
        self.low_spin = _spin(-X_LIMIT, X_LIMIT, 1, 1.0, self.tr("Left end of the x axis"))
        self.high_spin = _spin(-X_LIMIT, X_LIMIT, 1, 1.0, self.tr("Right end of the x axis"))
        self.marker_spin = _spin(-X_LIMIT, X_LIMIT, 2, 0.1, self.tr("x₀, where f′ is examined"))
        self.readout = QLabel()
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.overlay_list = OverlayList()
        self.card = PropertiesCard()
        self.demo = DerivativeDemo()

        controls = QHBoxLayout()
        pairs = (
            (self.tr("x from"), self.low_spin),
            (self.tr("to"), self.high_spin),
            (self.tr("Marker x₀"), self.marker_spin),
        )
        add_labelled(controls, pairs, gap=0)
        controls.addSpacing(12)
        controls.addWidget(self.readout, 1)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare with")), 0, Qt.AlignmentFlag.AlignTop)
        compare.addWidget(self.overlay_list, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(controls)
        left_layout.addWidget(self.plot, 1)
        left_layout.addLayout(compare)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.card)
        side_layout.addWidget(self.demo)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(SIDE_WIDTH)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.plot.marker_moved.connect(self._marker_moved)
        self.marker_spin.valueChanged.connect(self.plot.set_marker)
        self.low_spin.valueChanged.connect(self._range_edited)
        self.high_spin.valueChanged.connect(self._range_edited)
        self.overlay_list.changed.connect(self.plot.set_overlay)
        self.set_x_range(*DEFAULT_RANGE)
        self.set_activation(self._activation)
        self.set_marker(DEFAULT_MARKER)

    # ------------------------------------------------------------ public API
    def set_activation(self, activation: activations.Activation) -> None:
        """Show the engine's `activation` (with its α, if it has one)."""
        self._activation = activation
        self.card.show_card(activation.name, activation.alpha)
        self.plot.set_activation(activation)
        self.overlay_list.set_main(activation.name, self.plot.overlay_color)

    def set_x_range(self, low: float, high: float) -> None:
        """Plot x in [low, high]; needs high − low ≥ MIN_SPAN, both within ±X_LIMIT."""
        if not (low >= -X_LIMIT and high <= X_LIMIT and high - low >= MIN_SPAN):
            raise ValueError(f"invalid x range {low}..{high}")
        for spin, value in ((self.low_spin, low), (self.high_spin, high)):
            spin.blockSignals(True)
            spin.setRange(-X_LIMIT, X_LIMIT)
            spin.setValue(value)
            spin.blockSignals(False)
        self._range_edited()

    def set_marker(self, x: float) -> None:
        """Move the marker to x₀ = x (kept inside the x range)."""
        self.plot.set_marker(x)

    def set_epsilon_exponent(self, k: int) -> None:
        """ε = 10^-k for the numeric derivative, k in 1..6."""
        self.demo.set_epsilon_exponent(k)

    def set_overlay(self, names) -> None:
        """Check exactly the functions `names` for drawing over the main one."""
        self.overlay_list.set_checked(names)

    def marker_values(self) -> tuple[float, float, float]:
        """(x₀, f(x₀), f'(x₀)) as shown."""
        return self.plot.marker_values()

    def numeric_derivative(self) -> tuple[float, float]:
        """(forward difference, its absolute error) for the chosen ε at x₀."""
        return self.demo.numeric_derivative()

    # ---------------------------------------------------------------- slots
    def _range_edited(self) -> None:
        low, high = self.low_spin.value(), self.high_spin.value()
        # Each end may only move to within MIN_SPAN of the other.
        self.low_spin.setMaximum(high - MIN_SPAN)
        self.high_spin.setMinimum(low + MIN_SPAN)
        self.marker_spin.setRange(low, high)
        self.plot.set_x_range(low, high)

    def _marker_moved(self, x0: float) -> None:
        # Rewriting the spin box's text while the user types in it would garble the typing.
        if abs(self.marker_spin.value() - x0) > 0.5 * 10.0 ** -self.marker_spin.decimals():
            self.marker_spin.blockSignals(True)
            self.marker_spin.setValue(x0)
            self.marker_spin.blockSignals(False)
        _, f0, slope = self.plot.marker_values()
        self.readout.setText(
            f"<span style='color:{F_HEX}'><b>f({significant(x0, 3)}) = {significant(f0)}</b></span>"
            f"&nbsp;&nbsp;&nbsp;<span style='color:{DF_HEX}'>"
            f"<b>f′({significant(x0, 3)}) = {significant(slope)}</b></span>"
        )
        self.demo.set_point(self._activation, x0)
