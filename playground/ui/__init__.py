"""Widgets and views. They read snapshots and never train.

pyqtgraph is configured here, once, before any view exists: images are row-major, so
row i of a grid image is y[i] and column j is x[j].
"""

import pyqtgraph as pg

pg.setConfigOptions(imageAxisOrder="row-major", antialias=False)
