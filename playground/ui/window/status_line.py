"""The status bar's line of live figures, redrawn at every frame of training: the epoch, the
losses, the accuracy (the confusion matrix's own) and the speed."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from playground.engine import targets
from playground.snapshot import Snapshot
from playground.ui.common.number_text import count, number, significant


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

    def show_snapshot(self, snap: Snapshot) -> None:
        """'Epoch 12  ·  train loss 0.31  ·  test loss 0.35  ·  accuracy 87.5 %  ·  500
        epochs/s' for a snapshot."""
        m = snap.metrics
        parts = [self.tr("Epoch {0}").format(count(snap.epoch))]
        parts.append(self.tr("train loss {0}").format(significant(m["train_loss"])))
        if not math.isnan(m["test_loss"]):
            parts.append(self.tr("test loss {0}").format(significant(m["test_loss"])))
        if snap.confusion is not None:  # the same number as the confusion matrix's
            accuracy = targets.quoted_split(snap.confusion).accuracy
            parts.append(self.tr("accuracy {0} %").format(number(100 * accuracy, 1)))
        parts.append(self.tr("{0} epochs/s").format(count(round(snap.epochs_per_second))))
        self.setText("  ·  ".join(parts))

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
