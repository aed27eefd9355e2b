"""Widgets and views. They read snapshots and never train."""

import pyqtgraph as pg


def configure_plots() -> None:
    """Configure pyqtgraph once, at start-up, before any view exists: images are row-major,
    so row i of a grid image is y[i] and column j is x[j]."""
    pg.setConfigOptions(imageAxisOrder="row-major", antialias=False)
