"""Loss (top) and accuracy (below, classification only) per epoch, train and test.

The history lives in growing NumPy buffers; each curve is one PlotDataItem fed views of them,
clipped to the visible range and peak-downsampled so 100,000 epochs still draw quickly. The
axes' ranges grow in steps (1, 1.5, 2, 3, 4, 5, 6 or 8 times a power of ten), so while
training they change now and then rather than at every redraw: the curves stay steady, and
pyqtgraph's axes, costly to lay out, are laid out again only when a range changes.
"""

from __future__ import annotations

import math
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QPointF, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from playground.engine.training import HISTORY_KEYS
from playground.ui.common import colors
from playground.ui.common.flow_bar import FlowBar
from playground.ui.common.log_axis import LogFriendlyAxis, WholeNumberAxis, title_length
from playground.ui.common.number_text import number, significant
from playground.ui.common.scale import ui_scale

INITIAL_CAPACITY = 1024
REDRAW_MS = 200  # the curves follow the data at most 5 times a second
LEFT_AXIS_WIDTH = 64  # both plots alike, so their x axes line up
X_PADDING = 0.02  # of the epoch range on each side, so the first and last ticks show
BOTTOM_AXIS_HEIGHT = 48  # the epoch ticks and title under the lowest plot
Y_PADDING = 0.03  # of the loss range above and below
RANGE_STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)  # times a power of ten
_ROW = {key: i for i, key in enumerate(HISTORY_KEYS)}
_LOSS_ROWS = [_ROW["train_loss"], _ROW["test_loss"]]


def stepped_up(value: float) -> float:
    """The least of RANGE_STEPS times a power of ten that is at least `value` (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    return next(s * power for s in RANGE_STEPS if s * power >= value * (1.0 - 1e-12))


def _loss_text(value: float) -> str:
    return "–" if math.isnan(value) else significant(value, 4)


def _percent_text(value: float) -> str:
    return "–" if math.isnan(value) else number(100.0 * value, 1) + " %"


class LossView(QWidget):
    """Train/test loss and accuracy curves, a log-scale box and a hover readout."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loss_widget = colors.plot_widget(
            axisItems={"left": LogFriendlyAxis("left"), "bottom": WholeNumberAxis("bottom")}
        )
        self._accuracy_widget = colors.plot_widget(axisItems={"bottom": WholeNumberAxis("bottom")})
        self.loss_plot = self._loss_widget.getPlotItem()
        self.accuracy_plot = self._accuracy_widget.getPlotItem()
        self.accuracy_plot.setXLink(self.loss_plot)
        self.loss_plot.setLabel("left", self.tr("loss"), **colors.AXIS_LABEL_STYLE)
        self.accuracy_plot.setLabel("left", self.tr("accuracy"), **colors.AXIS_LABEL_STYLE)
        self.accuracy_plot.setYRange(0.0, 1.0, padding=0.1)
        ticks = [(value, significant(value, 1)) for value in (0.0, 0.5, 1.0)]
        self.accuracy_plot.getAxis("left").setTicks([ticks])
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", self.tr("epoch"), **colors.AXIS_LABEL_STYLE)
            plot.setMouseEnabled(x=False, y=False)
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
            plot.getAxis("left").enableAutoSIPrefix(False)
            # No y grid: with one, pyqtgraph hides y labels that overhang the top or bottom.
            plot.showGrid(x=True, alpha=0.15)
            # Grid lines at the labelled epochs only: the minor ticks' lines cost more to
            # paint at every loss update than the whole curve.
            plot.getAxis("bottom").setStyle(maxTickLevel=0)
        train_pen = pg.mkPen(colors.TRAIN_HEX, width=1)
        test_pen = pg.mkPen(colors.TEST_HEX, width=1, dash=[4, 3])
        self.train_curve = self.loss_plot.plot(pen=train_pen)
        self.test_curve = self.loss_plot.plot(pen=test_pen)
        self.accuracy_curves = (
            self.accuracy_plot.plot(pen=train_pen),
            self.accuracy_plot.plot(pen=test_pen),
        )
        for curve in self._curves():
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        for widget, plot in (
            (self._loss_widget, self.loss_plot),
            (self._accuracy_widget, self.accuracy_plot),
        ):
            widget.scene().sigMouseMoved.connect(partial(self._mouse_moved, plot.getViewBox()))

        self.log_scale_box = QCheckBox(self.tr("Log scale"))
        self.log_scale_box.toggled.connect(self._set_log_scale)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        # The legend sits above the plots, where it can never cover a curve; the readout
        # has a row of its own, and the legend and the box wrap when the column is narrow.
        train, test = self.tr("train"), self.tr("test")
        self.legend = QLabel(
            f'<span style="color:{colors.TRAIN_HEX}">━━</span> {train}&nbsp;&nbsp;'
            f'<span style="color:{colors.TEST_HEX}">╍╍</span> {test}'
        )
        self.header = FlowBar(None, [(self.legend,), (self.log_scale_box,)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.readout)
        layout.addWidget(self._loss_widget, stretch=1)
        layout.addWidget(self._accuracy_widget, stretch=1)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self._update_curves)
        self._since_redraw = QElapsedTimer()
        self._since_redraw.start()
        self._fit_margins()
        ui_scale().changed.connect(self._fit_margins)
        self.clear(classification=True)

    def _fit_margins(self) -> None:
        """Room right of the plots for the half of the last epoch label that overhangs, and
        under them for the half of the lowest value's label."""
        for plot in (self.loss_plot, self.accuracy_plot):
            axis = plot.getAxis("bottom")
            metrics = QFontMetrics(axis.style["tickFont"])
            room = metrics.horizontalAdvance(axis.OVERHANG) // 2
            left, top, right, bottom = colors.PLOT_MARGINS
            below = max(bottom, metrics.height() // 2)
            plot.layout.setContentsMargins(left, top, max(right, room), below)

    def _fit_axis_titles(self, classification: bool) -> None:
        """Each plot at least as tall as its vertical axis title (and the epoch axis under
        the lowest one), so no title is cut short."""
        for widget, plot, below in (
            (self._loss_widget, self.loss_plot, 0 if classification else BOTTOM_AXIS_HEIGHT),
            (self._accuracy_widget, self.accuracy_plot, BOTTOM_AXIS_HEIGHT),
        ):
            title = plot.getAxis("left").labelText
            widget.setMinimumHeight(title_length(title) + 40 + below)

    def _curves(self) -> tuple[pg.PlotDataItem, ...]:
        return (self.train_curve, self.test_curve, *self.accuracy_curves)

    @property
    def n_points(self) -> int:
        return self._n

    # ------------------------------------------------------------------ data
    def clear(self, classification: bool) -> None:
        """Forget the history; the accuracy plot is shown only for classification."""
        self._classification = classification
        self._data = np.empty((len(HISTORY_KEYS), INITIAL_CAPACITY))
        self._n = 0
        self._loss_low = math.inf  # the least positive and the largest finite loss so far
        self._loss_high = -math.inf
        self._ranges = None  # (x from, x to, y from, y to) last set
        for curve in self._curves():
            curve.setData([], [])
        self._set_ranges()
        self._accuracy_widget.setVisible(classification)
        # The lowest visible plot carries the epoch axis.
        self.loss_plot.showLabel("bottom", not classification)
        self.loss_plot.getAxis("bottom").setStyle(showValues=not classification)
        self._fit_axis_titles(classification)
        self.readout.setText(self.tr("Move the mouse over the plot to read the values."))

    def append(self, history: dict[str, np.ndarray]) -> None:
        """Add the rows recorded since the last call: each HISTORY_KEYS key -> (rows,)."""
        rows = len(history["epoch"])
        if rows == 0:
            return
        end = self._n + rows
        if end > self._data.shape[1]:
            grown = np.empty((len(HISTORY_KEYS), max(end, 2 * self._data.shape[1])))
            grown[:, : self._n] = self._data[:, : self._n]
            self._data = grown
        for key, row in _ROW.items():
            self._data[row, self._n : end] = history[key]
        losses = self._data[_LOSS_ROWS, self._n : end]
        finite = losses[np.isfinite(losses)]
        if finite.size:
            self._loss_high = max(self._loss_high, float(finite.max()))
            positive = finite[finite > 0]
            if positive.size:
                self._loss_low = min(self._loss_low, float(positive.min()))
        self._n = end
        if self._since_redraw.elapsed() >= REDRAW_MS:
            self._update_curves()
        else:  # drawn with a later frame's rows, or once the rows stop coming
            self._redraw_timer.start(REDRAW_MS)

    def flush(self) -> None:
        """Show every appended row now (the window calls this when training pauses)."""
        self._update_curves()

    def _update_curves(self) -> None:
        """Hand the buffered history to the curves (at most every REDRAW_MS: redrawing the
        plots and their growing epoch axis is the costliest part of a live frame)."""
        self._redraw_timer.stop()
        self._since_redraw.restart()
        epochs = self._data[0, : self._n]
        series = [(self.train_curve, "train_loss"), (self.test_curve, "test_loss")]
        if self._classification:
            series += zip(self.accuracy_curves, ("train_accuracy", "test_accuracy"))
        for curve, key in series:
            curve.setData(epochs, self._data[_ROW[key], : self._n])
        self._set_ranges()
        # pyqtgraph defers the y auto-range and the view transforms to the next paint, which
        # then changes the scene and asks for a second paint: settle them now, paint once.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getViewBox().prepareForPaint()

    def _set_ranges(self) -> None:
        """Epochs from the first, over a stepped span of at least 1; losses from 0 to a
        stepped top (linear), or over whole decades (log scale)."""
        first = float(self._data[0, 0]) if self._n else 0.0
        span = stepped_up(max(float(self._data[0, self._n - 1]) - first, 1.0)) if self._n else 1
        low, high = 0.0, 1.0
        if self.log_scale_box.isChecked():
            if self._loss_low <= self._loss_high:
                low = math.floor(math.log10(self._loss_low))
                high = max(math.ceil(math.log10(self._loss_high)), low + 1)
        elif self._loss_high > 0:
            high = stepped_up(self._loss_high)
        ranges = (first, first + span, low, high)
        if ranges != self._ranges:  # an unchanged range costs nothing
            self._ranges = ranges
            self.loss_plot.setXRange(first, first + span, padding=X_PADDING)
            self.loss_plot.setYRange(low, high, padding=Y_PADDING)

    def _set_log_scale(self, on: bool) -> None:
        self.loss_plot.setLogMode(x=False, y=on)
        self._set_ranges()

    # --------------------------------------------------------------- readout
    def readout_at(self, epoch: float) -> str:
        """The recorded epoch nearest to `epoch` with its losses (and accuracies), or ''."""
        if self._n == 0:
            return ""
        epochs = self._data[0, : self._n]
        after = int(np.searchsorted(epochs, epoch))
        near = [j for j in (after - 1, after) if 0 <= j < self._n]
        i = min(near, key=lambda j: abs(epochs[j] - epoch))
        row = {key: float(self._data[r, i]) for key, r in _ROW.items()}
        values = {
            "epoch": number(row["epoch"], 0),
            "train_loss": _loss_text(row["train_loss"]),
            "test_loss": _loss_text(row["test_loss"]),
            "train_accuracy": _percent_text(row["train_accuracy"]),
            "test_accuracy": _percent_text(row["test_accuracy"]),
        }
        if self._classification:
            template = self.tr(
                "Epoch {epoch}: loss {train_loss} (train), {test_loss} (test); "
                "accuracy {train_accuracy} (train), {test_accuracy} (test)"
            )
        else:
            template = self.tr("Epoch {epoch}: loss {train_loss} (train), {test_loss} (test)")
        return template.format(**values)

    def _mouse_moved(self, view: pg.ViewBox, scene_pos: QPointF) -> None:
        """Show the readout for the epoch under the mouse, when it is over a plot."""
        if self._n and view.sceneBoundingRect().contains(scene_pos):
            self.readout.setText(self.readout_at(view.mapSceneToView(scene_pos).x()))
