"""The decision boundary: the network's output over the plotted plane, the data on top.

Every run sets a colour scale once (`set_run`); every frame only refreshes one ImageItem
and one contour curve (`show_output`). Row i of an output grid is y[i], column j is x[j].
The image is coloured here, faded towards the white plot, so pyqtgraph draws ready RGB
pixels with no levels, lookup table or opacity of its own (half the cost of a frame's image).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from playground.run import RunInfo
from playground.ui.common import colors
from playground.ui.common.log_axis import title_length
from playground.ui.common.number_text import significant
from playground.ui.common.scale import point_size, scaled
from playground.ui.views.color_bar import ColorBar

TRAIN_SYMBOL, TRAIN_SIZE = "o", 8
TEST_SYMBOL, TEST_SIZE = "t1", 10  # upward triangles
OUTLINE_WIDTH = 1.2
BOUNDARY_WIDTH = 1.5
TITLE_ROOM = 55  # pixels of the plot beside its y title: the x axis, its title and margins
MARK_SIZE, MARK_WIDTH = 20, 3.0  # the ring around a chosen training point
IMAGE_OPACITY = 0.7  # over the white background: paler than the points drawn on it


def faded(rgb: np.ndarray) -> np.ndarray:
    """Colours (..., 3) as they look at IMAGE_OPACITY over white: (..., 3) uint8."""
    return np.round(255.0 - IMAGE_OPACITY * (255.0 - np.asarray(rgb, float))).astype(np.uint8)


@dataclass(frozen=True)
class _Scale:
    """How an output grid (R, R, K) becomes an image: a value in `levels` through `lut`
    (with the boundary at `threshold`), or, for K classes, RGB (lut None)."""

    lut: np.ndarray | None
    levels: tuple[float, float]
    threshold: float | None


def _scale_for(info: RunInfo) -> _Scale:
    """The colour scale for a run's output layer."""
    if info.task == "regression":
        low, high = info.value_range
        return _Scale(colors.sequential_lut(), (low, high if high > low else low + 1.0), None)
    if info.output_width == 1:
        return _Scale(colors.diverging_lut(), info.output_range, info.threshold)
    if info.output_width == 2:
        return _Scale(colors.diverging_lut(), (0.0, 1.0), 0.5)
    return _Scale(None, (0.0, 255.0), None)


def class_image(output: np.ndarray, discretize: bool) -> np.ndarray:
    """Class scores (R, R, K) -> (R, R, 3) uint8: white blended with the argmax class's colour.

    The blend weight is 0 where every class is equally likely (max p = 1/K) and 1 where the
    winner is certain (or everywhere when discretizing).
    """
    scores = np.nan_to_num(output, nan=0.0, posinf=1.0, neginf=0.0)
    k = scores.shape[-1]
    winner = scores.argmax(axis=-1)
    if discretize:
        weight = np.ones(winner.shape)
    else:
        weight = np.clip((scores.max(axis=-1) - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
    tint = 255.0 - colors.class_colors(k)[winner].astype(float)  # (R, R, 3)
    return np.round(255.0 - weight[..., None] * tint).astype(np.uint8)


def value_grid(output: np.ndarray) -> np.ndarray:
    """(R, R, 1) -> the output itself; (R, R, 2) -> 0.5 + (o1 - o0) / 2, which is p(class 1)
    for softmax and keeps the argmax side for any other activation. Both (R, R)."""
    if output.shape[-1] == 2:
        return 0.5 + 0.5 * (output[..., 1] - output[..., 0])
    return output[..., 0]


def contour_segments(values: np.ndarray, level: float) -> np.ndarray:
    """Where a grid (R, C) crosses `level`, by marching squares: (2S, 2) endpoints (x, y) of S
    segments in the pixel coordinates of an image of it (sample [i, j] at (j + 0.5, i + 0.5)).

    Vectorised over the cells the level cuts (a few per cent of them): pyqtgraph's
    IsocurveItem loops over every cell in Python (~5 ms per frame).
    """
    values = np.asarray(values, dtype=np.float64)  # float32 sums of huge outputs overflow
    above = values > level
    corner_above = (above[:-1, :-1], above[:-1, 1:], above[1:, :-1], above[1:, 1:])
    a00, a01, a10, a11 = corner_above
    i, j = np.nonzero((a00 != a01) | (a00 != a10) | (a00 != a11))  # the cut cells (n,)
    v00, v01, v10, v11 = values[i, j], values[i, j + 1], values[i + 1, j], values[i + 1, j + 1]
    b00, b01, b10, b11 = (a[i, j] for a in corner_above)
    x, y = j + 0.5, i + 0.5

    def crossing(v0, v1, cut):
        """Fraction of the way from v0 to v1 where `level` is crossed (where it is)."""
        return np.divide(level - v0, v1 - v0, out=np.zeros(v0.shape), where=cut)

    # Each cell's edges in order: bottom, right, top, left.
    cut = np.stack([b00 != b01, b01 != b11, b10 != b11, b00 != b10], axis=1)  # (n, 4)
    points = np.stack(
        [
            np.stack([x + crossing(v00, v01, cut[:, 0]), y], axis=1),
            np.stack([x + 1.0, y + crossing(v01, v11, cut[:, 1])], axis=1),
            np.stack([x + crossing(v10, v11, cut[:, 2]), y + 1.0], axis=1),
            np.stack([x, y + crossing(v00, v10, cut[:, 3])], axis=1),
        ],
        axis=1,
    )  # (n, 4, 2)
    n_cuts = cut.sum(axis=1)
    single = points[n_cuts == 2][cut[n_cuts == 2]]  # each cell's two points, in order
    # Saddles (4 cuts): the centre's side decides which corners the two segments cut off.
    saddle = n_cuts == 4
    centre = (v00 + v01 + v10 + v11)[saddle]
    joined = (centre > 4 * level) == b00[saddle]
    order = np.where(joined[:, None], [0, 1, 2, 3], [3, 0, 1, 2])
    double = np.take_along_axis(points[saddle], order[:, :, None], axis=1).reshape(-1, 2)
    return np.concatenate([single, double])


def _rect(ranges: tuple[tuple[float, float], ...], resolution: int) -> QRectF:
    """The image rectangle that puts pixel centres on the grid points (linspace ends) of a
    plane spanning `ranges`, ((x0, x1), (y0, y1))."""
    (x0, x1), (y0, y1) = ranges
    dx, dy = (x1 - x0) / max(resolution - 1, 1), (y1 - y0) / max(resolution - 1, 1)
    return QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)


class BoundaryView(QWidget):
    """The output layer over the grid as a heat map, the threshold contour and the points.

    Clicking a training point emits `point_clicked(row)`; `mark_rows` rings chosen rows."""

    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._plot_widget = colors.plot_widget()
        self.plot = self._plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.image_item = pg.ImageItem()
        self.contour = pg.PlotCurveItem(
            pen=pg.mkPen(colors.TEXT_HEX, width=BOUNDARY_WIDTH), connect="pairs"
        )
        self.contour.setParentItem(self.image_item)  # shares the image's pixel coordinates
        self.train_scatter = pg.ScatterPlotItem(symbol=TRAIN_SYMBOL, size=TRAIN_SIZE)
        self.test_scatter = pg.ScatterPlotItem(symbol=TEST_SYMBOL, size=TEST_SIZE)
        for scatter in (self.train_scatter, self.test_scatter):
            # The points stay put while the image under them changes at every frame: Qt
            # draws them once into a pixmap and copies that (a third of their cost).
            scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.train_scatter.sigClicked.connect(self._clicked)
        self.marks = pg.ScatterPlotItem(symbol="o", size=MARK_SIZE, brush=None)
        self.marks.setPen(pg.mkPen(colors.MARK_HEX, width=MARK_WIDTH))
        for item in (self.image_item, self.train_scatter, self.test_scatter, self.marks):
            self.plot.addItem(item)
        self.color_bar = ColorBar()
        self.plot.layout.addItem(self.color_bar, 2, 5)  # right of the plot, as pyqtgraph does
        self.plot.layout.setColumnFixedWidth(4, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot_widget)
        self._ranges = ((-1.0, 1.0), (-1.0, 1.0))  # the run's plane, for the image rectangle
        self._train_xy = np.zeros((0, 2))
        self._scale: _Scale | None = None
        self._names: tuple[str, ...] = ()
        self._output: np.ndarray | None = None
        self._image: np.ndarray | None = None
        self._show_test = False
        self._discretize = False
        self._showing_neuron = False
        self.test_scatter.setVisible(False)

    # ---------------------------------------------------------------- options
    @property
    def show_test(self) -> bool:
        return self._show_test

    def set_show_test(self, on: bool) -> None:
        self._show_test = bool(on)
        self.test_scatter.setVisible(self._show_test)

    @property
    def discretize(self) -> bool:
        return self._discretize

    def set_discretize(self, on: bool) -> None:
        self._discretize = bool(on)
        if self._output is not None:
            self.show_output(self._output)

    def mark_rows(self, rows) -> None:
        """Ring the training points of `rows` (none: no ring)."""
        xy = self._train_xy[np.asarray(rows, dtype=int)]
        self.marks.setData(x=xy[:, 0], y=xy[:, 1])

    def _clicked(self, _item, points, _event) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].index()))

    # ------------------------------------------------------------------ a run
    def set_run(self, info: RunInfo) -> None:
        """Axes, ranges, colour scale and points of a new run; clears the last output."""
        self._ranges = (info.x_range, info.y_range)
        self._train_xy = info.train_xy
        self.marks.setData([], [])
        self.marks.setSize(scaled(MARK_SIZE))
        self.marks.setPen(pg.mkPen(colors.MARK_HEX, width=scaled(MARK_WIDTH)))
        self._showing_neuron = False
        self.plot.setTitle(None)
        self._scale = _scale_for(info)
        self._names = info.class_names
        self._show_output_scale()
        self._output = self._image = None
        self.image_item.clear()
        self.contour.setData([], [])
        self.contour.setVisible(self._scale.threshold is not None)
        self.contour.setPen(pg.mkPen(colors.TEXT_HEX, width=scaled(BOUNDARY_WIDTH)))
        self.train_scatter.setSize(scaled(TRAIN_SIZE))
        self.test_scatter.setSize(scaled(TEST_SIZE))
        self.plot.setLabel("bottom", info.x_label, **colors.AXIS_LABEL_STYLE)
        self.plot.setLabel("left", info.y_label, **colors.AXIS_LABEL_STYLE)
        self._fit_y_title(info.y_label)
        self.plot.setAspectLocked(info.is_2d, ratio=1.0)
        self.plot.setRange(xRange=info.x_range, yRange=info.y_range, padding=0.0)
        self._draw_points(
            self.train_scatter, info.train_xy, self._point_fill(info, info.train_labels)
        )
        self._draw_points(self.test_scatter, info.test_xy, self._point_fill(info, info.test_labels))

    def _show_output_scale(self) -> None:
        """The colour bar of the output: values (regression), what each end means (two
        classes), or the class colours (K classes)."""
        scale = self._scale
        if scale.lut is None:
            self.color_bar.show_classes(self._names)
        elif scale.threshold is None:
            self.color_bar.show_scale(scale.lut, scale.levels)
        else:
            (low, high), names = scale.levels, self._names
            ticks = [
                (low, self.tr("{0}: class {1}").format(significant(low, 2), names[0])),
                (scale.threshold, significant(scale.threshold, 2)),
                (high, self.tr("{0}: class {1}").format(significant(high, 2), names[1])),
            ]
            self.color_bar.show_scale(scale.lut, scale.levels, ticks)

    def _fit_y_title(self, title: str) -> None:
        """At least as tall as the vertical axis title (and the x axis), so it is never cut."""
        self._plot_widget.setMinimumHeight(title_length(title) + TITLE_ROOM)

    def show_neuron(
        self, values: np.ndarray | None, levels: tuple[float, float] = (-1.0, 1.0), title=""
    ) -> None:
        """Show one neuron's output over the grid, (R, R), on the diverging scale with
        `levels`, instead of the network's output; None goes back to the output."""
        if values is None:
            if self._showing_neuron:
                self._showing_neuron = False
                self.plot.setTitle(None)
                self._show_output_scale()
                self.contour.setVisible(self._scale.threshold is not None)
                if self._output is not None:
                    self.show_output(self._output)
            return
        if not self._showing_neuron:
            self._showing_neuron = True
            self.contour.setVisible(False)
        self.color_bar.show_scale(colors.diverging_lut(), levels)
        self.plot.setTitle(title, size=f"{point_size(12):g}pt", color=colors.TEXT_HEX)
        image = np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64)), *levels)
        self._show_image(image, colors.diverging_lut(), levels)

    @property
    def showing_neuron(self) -> bool:
        return self._showing_neuron

    def _point_fill(self, info: RunInfo, labels: np.ndarray) -> np.ndarray:
        """(N,) classes or values of `info`'s run -> (N, 3) uint8 fill colours."""
        if info.task == "regression":
            return colors.lookup(labels, self._scale.lut, *self._scale.levels)
        return colors.class_colors(info.n_classes)[labels.astype(int)]

    def _draw_points(self, scatter: pg.ScatterPlotItem, xy: np.ndarray, fill: np.ndarray):
        """Points (N, 2) with fill colours (N, 3), outlined to stand out on any background."""
        styles, which = np.unique(
            np.hstack([fill, colors.outline(fill)]), axis=0, return_inverse=True
        )
        brushes = [pg.mkBrush(*style[:3]) for style in styles]
        pens = [pg.mkPen(*style[3:], width=scaled(OUTLINE_WIDTH)) for style in styles]
        scatter.setData(
            x=xy[:, 0],
            y=xy[:, 1],
            brush=[brushes[i] for i in which.ravel()],
            pen=[pens[i] for i in which.ravel()],
        )

    # ---------------------------------------------------------------- a frame
    def show_output(self, output: np.ndarray) -> None:
        """Draw the output layer over the grid, (R, R, K) float32 (snapshot.grid_layers[-1]).

        While a neuron's map is shown, the output is only kept for later."""
        self._output = output
        if self._showing_neuron:
            return
        output = np.asarray(output, dtype=np.float64)  # huge float32 outputs would overflow
        scale = self._scale
        if scale.lut is None:
            self._show_image(class_image(output, self._discretize))
        else:
            low, high = scale.levels
            values = np.nan_to_num(
                value_grid(output), nan=(low + high) / 2, posinf=high, neginf=low
            )
            if scale.threshold is not None:
                segments = contour_segments(values, scale.threshold)
                self.contour.setData(segments[:, 0], segments[:, 1])
                if self._discretize:
                    values = np.where(values > scale.threshold, high, low)
            self._show_image(np.clip(values, low, high), scale.lut, scale.levels)

    def _show_image(self, image: np.ndarray, lut=None, levels=(0.0, 1.0)) -> None:
        """Values (R, R) in `levels` through `lut` (L, 3), or colours (R, R, 3) when no lut,
        as the faded image."""
        self._image = image
        rgb = faded(image) if lut is None else colors.lookup(image, faded(lut), *levels)
        self.image_item.setImage(rgb, levels=None, autoLevels=False)
        self.image_item.setRect(_rect(self._ranges, image.shape[0]))

    def current_image(self) -> np.ndarray | None:
        """What the image shows: (R, R) values or (R, R, 3) uint8 class colours (unfaded)."""
        return self._image
