"""Image data drawn as images: a grid of test images with their true and predicted classes
(mistakes framed in red), and beside it the first layer's weights, one small image per
neuron, so the student sees what each neuron looks at. For runs whose RunInfo has an
image_side; the predictions come from the snapshot (`test_predicted`)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.run import RunInfo
from playground.snapshot import Snapshot
from playground.ui.common import colors
from playground.ui.common.scale import scaled, scaled_font, ui_scale

COLUMNS = 6  # test images per row
LABEL_POINT_SIZE = 9
MISTAKE_HEX = "#D00000"
MISTAKE_WIDTH = 3
INK_LUT = colors.ramp(np.array([(255, 255, 255), (0, 0, 0)]))  # 0 white paper, high black ink


def atlas(images: np.ndarray, columns: int, gap: int, band: int, fill: float) -> np.ndarray:
    """Images (N, S, S) laid out `columns` to a row -> (rows * (S + band), columns * (S + gap)),
    each image at the top left of its cell, the rest `fill`."""
    n, side, _ = images.shape
    rows = max(1, math.ceil(n / columns))
    out = np.full((rows * (side + band), columns * (side + gap)), fill, dtype=np.float64)
    for i, image in enumerate(images):
        top, left = (i // columns) * (side + band), (i % columns) * (side + gap)
        out[top : top + side, left : left + side] = image
    return out


def _image_plot(title: str) -> tuple[QWidget, pg.PlotItem, pg.ImageItem]:
    """A plot without axes, row 0 on top, square pixels, holding one ImageItem, under a
    title that wraps rather than being cut."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setWordWrap(True)
    layout.addWidget(label)
    widget = colors.plot_widget()
    layout.addWidget(widget, 1)
    plot = widget.getPlotItem()
    plot.setMouseEnabled(x=False, y=False)
    plot.invertY(True)
    plot.setAspectLocked(True)
    for name in ("left", "bottom"):
        plot.hideAxis(name)
    image = pg.ImageItem()
    plot.addItem(image)
    return box, plot, image


class ImagesView(QWidget):
    """`test_plot`: the first test images with "true → predicted" under each (`labels`) and
    red frames (`frames`) around mistakes; `weight_plot`: layer 1's weights as images."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._test_widget, self.test_plot, self.test_image = _image_plot(
            self.tr("Test images: true → predicted class, mistakes framed in red")
        )
        self.test_image.setLookupTable(INK_LUT)
        self._weight_widget, self.weight_plot, self.weight_image = _image_plot(
            self.tr("Layer 1 weights: one image per neuron (orange −, blue +)")
        )
        self.weight_image.setLookupTable(colors.diverging_lut())
        self.frames = pg.PlotCurveItem(connect="pairs")
        self.test_plot.addItem(self.frames)
        self.test_plot.getViewBox().sigResized.connect(self._fit_labels)
        self._mistakes = np.zeros(0, dtype=np.int64)
        self.labels: list[pg.TextItem] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._test_widget, 3)
        layout.addWidget(self._weight_widget, 2)
        self._side = 0
        self._images: np.ndarray | None = None
        self._truth = np.zeros(0, dtype=np.int64)
        self._names: tuple[str, ...] = ()
        self.n_weight_images = 0
        self._rescale()
        ui_scale().changed.connect(self._rescale)

    def _rescale(self) -> None:
        """The labels' text and the mistakes' frames at the current UI scale."""
        self.frames.setPen(pg.mkPen(MISTAKE_HEX, width=scaled(MISTAKE_WIDTH)))
        font = scaled_font(LABEL_POINT_SIZE)
        for text in self.labels:
            text.setFont(font)
        self._fit_labels()

    def _cell(self) -> tuple[int, int]:
        """(width, height) of a test image's cell in pixels of the atlas: room for its label."""
        return self._side + max(2, self._side // 2), self._side + max(3, 2 * self._side // 3)

    def set_run(self, info: RunInfo, shown: int) -> None:
        """The first `shown` test images of an image run (info.image_side > 0), unlabelled
        until the first snapshot."""
        for text in self.labels:
            self.test_plot.removeItem(text)
        self.labels = []
        self.frames.setData([], [])
        self.weight_image.clear()
        self.n_weight_images = 0
        self._side = side = info.image_side
        self._names = info.class_names
        images = info.test_images[:shown]
        self._images = images
        self._truth = info.test_labels[: len(images)].astype(int)
        width, height = self._cell()
        low, high = float(images.min(initial=0.0)), float(images.max(initial=1.0))
        self.test_image.setImage(
            atlas(images, COLUMNS, width - side, height - side, low),
            levels=(low, high if high > low else low + 1.0),
            autoLevels=False,
        )
        font = scaled_font(LABEL_POINT_SIZE)
        for i in range(len(images)):
            text = pg.TextItem(anchor=(0.5, 0.0), color=colors.TEXT_HEX)
            text.setFont(font)
            text.setPos((i % COLUMNS) * width + side / 2, (i // COLUMNS) * height + side)
            self.test_plot.addItem(text)
            self.labels.append(text)
        rows = max(1, math.ceil(len(images) / COLUMNS))
        self.test_plot.setRange(xRange=(0, COLUMNS * width), yRange=(0, rows * height))

    def show_snapshot(self, snap: Snapshot) -> None:
        """Label each shown test image with its predicted class, frame the mistakes, and
        draw the first layer's weights W[0] (S*S, H) as H images."""
        if self._images is None or snap.test_predicted is None:
            return
        predicted = snap.test_predicted[: len(self._truth)]
        for text, truth, guess in zip(self.labels, self._truth, predicted):
            text.setText(f"{self._names[truth]}→{self._names[guess]}")
        self._mistakes = np.flatnonzero(predicted != self._truth[: len(predicted)])
        self._frame(self._mistakes)
        self._fit_labels()
        weights = np.nan_to_num(np.asarray(snap.weights[0], dtype=np.float64))
        neurons = weights.T.reshape(-1, self._side, self._side)
        reach = float(np.abs(weights).max(initial=0.0)) or 1.0
        columns = max(1, math.ceil(math.sqrt(len(neurons))))
        gap = max(1, self._side // 4)
        self.weight_image.setImage(
            atlas(neurons, columns, gap, gap, 0.0), levels=(-reach, reach), autoLevels=False
        )
        if len(neurons) != self.n_weight_images:
            self.n_weight_images = len(neurons)
            self.weight_plot.autoRange(padding=0.02)

    def _fit_labels(self) -> None:
        """Every label when a cell is wide enough for it; else only the mistakes' labels,
        so neighbouring labels never run into each other."""
        if not self.labels:
            return
        pixel = self.test_plot.getViewBox().viewPixelSize()[0]
        cell = self._cell()[0] / pixel if pixel > 0 else 0.0
        widest = max(label.boundingRect().width() for label in self.labels)
        wrong = set(self._mistakes.tolist())
        for i, label in enumerate(self.labels):
            label.setVisible(cell >= widest or i in wrong)

    def _frame(self, mistakes: np.ndarray) -> None:
        """Red squares around the test images `mistakes` (indices)."""
        width, height = self._cell()
        side, pad = self._side, 0.3
        left = (mistakes % COLUMNS) * width - pad
        top = (mistakes // COLUMNS) * height - pad
        right, bottom = left + side + 2 * pad, top + side + 2 * pad
        corners = np.stack(
            [
                np.stack([left, top, right, top], -1),
                np.stack([right, top, right, bottom], -1),
                np.stack([right, bottom, left, bottom], -1),
                np.stack([left, bottom, left, top], -1),
            ],
            axis=1,
        ).reshape(-1, 2)
        self.frames.setData(corners[:, 0], corners[:, 1])
