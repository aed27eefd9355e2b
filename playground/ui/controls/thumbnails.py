"""Small pictures of the datasets for the gallery, drawn once with QPainter."""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap

from playground.engine import datasets
from playground.ui.common import colors

SIZE = 64
_COLUMNS = {"sales": (0, 1), "iris": (2, 3)}  # the two columns drawn for tabular data


def _colours(ds: datasets.Dataset, y: np.ndarray) -> np.ndarray:
    """(N, 3) uint8: class colours, or values through the sequential scale."""
    if ds.task == "classification":
        return colors.class_colors(max(ds.n_classes, 2))[y.astype(int)]
    return colors.lookup(y, colors.sequential_lut(), float(y.min()), float(y.max()))


def _scatter(ds: datasets.Dataset, columns: tuple[int, int]) -> QPixmap:
    """The points of ds in the plane of two columns, scaled to fill the picture."""
    X = np.vstack([ds.X_train, ds.X_test])[:, columns]
    y = np.concatenate([ds.y_train, ds.y_test])
    lo, hi = X.min(axis=0), X.max(axis=0)
    xy = (X - lo) / np.where(hi > lo, hi - lo, 1.0) * (SIZE - 8) + 4
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    radius = 2.5 if len(X) < 50 else 1.5
    for (px, py), colour in zip(xy[:300], _colours(ds, y)[:300]):
        painter.setBrush(QColor(*colour))
        painter.drawEllipse(QPointF(px, SIZE - py), radius, radius)
    painter.end()
    return pixmap


def _digit(ds: datasets.Dataset) -> QPixmap:
    """The first handwritten digit, 8 x 8 grey levels."""
    pixels = np.ascontiguousarray(255 - ds.X_train[0].reshape(8, 8) * 255 / 16, dtype=np.uint8)
    image = QImage(pixels.data, 8, 8, 8, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.scaled(SIZE, SIZE))


def _text(label: str) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    font = QFont()
    font.setPointSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colors.TEXT_HEX))
    painter.drawRect(QRectF(2, 2, SIZE - 4, SIZE - 4))
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


@functools.cache
def dataset_thumbnail(name: str) -> QIcon:
    """An icon for a gallery entry: the data itself where it can be drawn."""
    if name not in datasets.NAMES:
        return QIcon(_text(name.upper()))
    points = min(300 if name == "sales" else 200, datasets.default_size(name))
    ds = datasets.make(name, n=points, noise=0.0, seed=1, classes=3)
    if name == "digits":
        return QIcon(_digit(ds))
    return QIcon(_scatter(ds, _COLUMNS.get(name, (0, 1))))
