"""The UI scale of presentation mode: one factor, 1.0 to 2.0, for every font, pen, marker
and node of the window.

`ui_scale()` is the one `UiScale` of the application. Setting its factor sets the
application font (base size x factor), which every widget follows, and the size of check
box and radio button indicators, which the font does not reach, and emits `changed`,
which plots and views connect to for what the font does not reach (tick fonts, axis
titles, pens, markers). `scaled(px)` and `scaled_font(pt)` read the factor now.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

MIN_PERCENT, MAX_PERCENT, STEP_PERCENT = 100, 200, 25
_INDICATORS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)


class UiScale(QObject):
    """The factor every size is multiplied by; `changed(factor)` after it changes."""

    changed = Signal(float)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._factor = 1.0
        self._base_point_size: float | None = None  # the app font's size at 100 %

    @property
    def factor(self) -> float:
        return self._factor

    @property
    def percent(self) -> int:
        return round(100 * self._factor)

    def set_percent(self, percent: float) -> None:
        """Scale to `percent` (clamped to 100..200) and scale the application font with it."""
        percent = min(MAX_PERCENT, max(MIN_PERCENT, round(percent)))
        app = QApplication.instance()
        if self._base_point_size is None and app is not None:
            self._base_point_size = app.font().pointSizeF()
        if percent == self.percent:
            return
        self._factor = percent / 100.0
        if app is not None and self._base_point_size:
            font = app.font()
            font.setPointSizeF(self._base_point_size * self._factor)
            if not isinstance(app.style(), IndicatorStyle):  # from the first change on
                app.setStyle(IndicatorStyle(app.style().name()))
            app.setFont(font)
        self.changed.emit(self._factor)

    def step(self, steps: int) -> None:
        """Go `steps` steps of STEP_PERCENT up (positive) or down (negative)."""
        self.set_percent(self.percent + steps * STEP_PERCENT)


class IndicatorStyle(QProxyStyle):
    """The application's style, with check box and radio button indicators scaled like the
    text (a style sheet would do it too, but stops widgets following the font)."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt)
        value = super().pixelMetric(metric, option, widget)
        return round(value * ui_scale().factor) if metric in _INDICATORS else value


_instance: UiScale | None = None


def ui_scale() -> UiScale:
    """The application's one UiScale."""
    global _instance
    if _instance is None:
        _instance = UiScale()
    return _instance


def scaled(px: float) -> float:
    """A length in pixels (pen width, marker or node size) at the current scale."""
    return px * ui_scale().factor


def point_size(pt: float) -> float:
    """A font size in points at the current scale."""
    return pt * ui_scale().factor


def scaled_font(pt: float) -> QFont:
    """The application's font at `pt` points times the current scale."""
    font = QFont()
    font.setPointSizeF(point_size(pt))
    return font
