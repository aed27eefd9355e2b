"""The status bar's line of live figures, redrawn at every frame of training."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class StatusLine(QWidget):
    """One line of text, cut with "…" only when the bar is too narrow for it.

    Unlike a QLabel, a new text only repaints the line: a QLabel also asks the status bar to
    lay itself out again, which repaints the whole bar a second time after every frame,
    while training runs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # nothing under it to paint

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        if text != self._text:
            self._text = text
            self.setToolTip(text)
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._text), metrics.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(0, self.fontMetrics().height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        text = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())  # opaque: nothing under it
        painter.drawText(self.rect(), left, text)
