"""The properties card: one activation's formulas and facts as a small two-column table."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from playground.ui.common import colors
from playground.ui.common.number_text import significant
from playground.ui.explorer import properties


class PropertiesCard(QLabel):
    """Rich text in a frame; `show_card(name, alpha)` fills it from properties.CARDS."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("propertiesCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#propertiesCard { background: white; padding: 6px; }")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_card(self, name: str, alpha: float | None = None) -> None:
        """The card of activation `name`; `alpha` (leaky_relu, elu) is written in the heading."""
        card = properties.CARDS[name]
        t = properties.translated
        heading = escape(t(card.title))
        if alpha is not None:
            heading += f", α = {significant(alpha, 3)}"
        rows = (
            ("f", escape(t(card.formula))),
            ("f′", escape(t(card.derivative))),
            (self.tr("Output range"), escape(t(card.output_range))),
            (self.tr("Zero-centred"), escape(t(card.zero_centred))),
            (self.tr("Saturates"), escape(t(card.saturates))),
            (self.tr("f′ zero or undefined"), escape(t(card.flat_or_undefined))),
            (self.tr("Largest f′"), escape(t(card.largest_slope))),
            (self.tr("Used in"), escape(t(card.used_for))),
            (self.tr("Numeric derivative"), escape(t(card.numeric_note))),
        )
        cells = "".join(
            f"<tr><td style='padding-right:8px'><b>{escape(label)}</b></td><td>{value}</td></tr>"
            for label, value in rows
        )
        self.setText(
            f"<p style='font-size:13pt; color:{colors.TEXT_HEX}'><b>{heading}</b></p>"
            f"<table cellspacing='2'>{cells}</table>"
        )
