"""A pyqtgraph axis whose tick font, title and reserved width follow the UI scale, and whose
tick labels follow the locale (a NumberAxis)."""

from __future__ import annotations

from PySide6.QtCore import Slot

from playground.ui.common.number_axis import NumberAxis
from playground.ui.common.scale import point_size, scaled, scaled_font, ui_scale

TICK_POINT_SIZE = 11  # tick labels at 100 %


class ScaledAxis(NumberAxis):
    """An AxisItem that keeps the sizes it is given (title 'font-size' in pt, fixed width or
    height in px) as sizes at 100 % and draws them times the UI scale, now and whenever the
    scale changes."""

    def __init__(self, orientation: str, **options):
        super().__init__(orientation, **options)
        self._title_point_size: float | None = None
        self._fixed_size: int | None = None
        self.setStyle(tickFont=scaled_font(TICK_POINT_SIZE))
        ui_scale().changed.connect(self._rescale)

    def setLabel(self, text=None, units=None, unitPrefix=None, **style):  # noqa: N802, N803
        size = style.get("font-size")
        if isinstance(size, str) and size.endswith("pt"):
            self._title_point_size = float(size[:-2])
        if getattr(self, "_title_point_size", None) is not None:  # None inside __init__
            style = {**(style or self.labelStyle), "font-size": self._title_css()}
        super().setLabel(text, units, unitPrefix, **style)

    def _title_css(self) -> str:
        return f"{point_size(self._title_point_size):g}pt"

    def setWidth(self, w=None):  # noqa: N802 (pyqtgraph)
        self._fixed_size = w
        super().setWidth(None if w is None else round(scaled(w)))

    def setHeight(self, h=None):  # noqa: N802 (pyqtgraph)
        self._fixed_size = h
        super().setHeight(None if h is None else round(scaled(h)))

    @Slot(float)
    def _rescale(self, _factor: float) -> None:
        self.setStyle(tickFont=scaled_font(TICK_POINT_SIZE))
        if self._fixed_size is not None:
            if self.orientation in ("left", "right"):
                self.setWidth(self._fixed_size)
            else:
                self.setHeight(self._fixed_size)
        if self._title_point_size is not None and (self.labelText or self.labelUnits):
            self.setLabel(self.labelText, self.labelUnits, self.labelUnitPrefix)
        self.picture = None  # the cached ticks are redrawn in the new font
        self.update()
