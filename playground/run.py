"""What the views need to know about a run that does not change while it trains."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from playground.engine import targets
from playground.engine.datasets import FEATURE_LABELS, FEATURES, Dataset
from playground.engine.grid import Grid
from playground.engine.training import Trainer


@dataclass(frozen=True, eq=False)
class RunInfo:
    """The plotted plane and the points drawn on it.

    train_xy (N, 2) / test_xy (M, 2) are the point coordinates in the plotted plane and
    train_labels / test_labels (N,) / (M,) their classes (int) or target values (float).
    threshold: the output value that separates two classes; value_range: the colour scale
    for regression targets. layer_sizes: the network's widths, input first; activations:
    one name per layer; feature_names: the network's inputs; selectable_features: every
    feature the user may switch on (datasets.FEATURES for 2-D data, none for tables).
    n_params: the network's parameter count; layer_params: the count of each weight matrix
    with its bias, (D_l + 1) * D_l+1 per layer.
    """

    task: str
    n_classes: int
    class_names: tuple[str, ...]
    output_activation: str
    output_width: int
    x_label: str
    y_label: str
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    train_xy: np.ndarray = field(repr=False)
    train_labels: np.ndarray = field(repr=False)
    test_xy: np.ndarray = field(repr=False)
    test_labels: np.ndarray = field(repr=False)
    threshold: float = 0.5
    value_range: tuple[float, float] = (-1.0, 1.0)
    layer_sizes: tuple[int, ...] = ()
    feature_names: tuple[str, ...] = ()
    activations: tuple[str, ...] = ()
    selectable_features: tuple[str, ...] = ()
    n_params: int = 0
    layer_params: tuple[int, ...] = ()

    @property
    def is_2d(self) -> bool:
        """True when the plane is the data's own (x1, x2) plane, not a tabular slice."""
        return self.x_label == FEATURE_LABELS["x1"] and self.y_label == FEATURE_LABELS["x2"]


def run_info(raw: Dataset, trainer: Trainer, grid: Grid) -> RunInfo:
    """RunInfo for a run: 2-D data is drawn in its raw (x1, x2) plane, tabular data in the
    plane of the two grid axes of the data the network sees."""
    ds = trainer.dataset
    if raw.domain is not None and raw.X_train.shape[1] == 2:
        source, names = raw, (FEATURE_LABELS["x1"], FEATURE_LABELS["x2"])
    else:
        source, names = ds, tuple(ds.feature_names[a] for a in grid.axes)
    axes = list(grid.axes) if source is ds else [0, 1]
    y_all = np.concatenate([raw.y_train, raw.y_test]).astype(float)
    value_range = (float(y_all.min()), float(y_all.max())) if len(y_all) else (-1.0, 1.0)
    net = trainer.net
    return RunInfo(
        task=ds.task,
        n_classes=ds.n_classes,
        class_names=ds.class_names,
        output_activation=net.output_activation,
        output_width=net.sizes[-1],
        x_label=names[0],
        y_label=names[1],
        x_range=grid.x_range,
        y_range=grid.y_range,
        train_xy=source.X_train[:, axes],
        train_labels=source.y_train,
        test_xy=source.X_test[:, axes],
        test_labels=source.y_test,
        threshold=targets.threshold(net.output_activation),
        value_range=value_range,
        layer_sizes=tuple(net.sizes),
        feature_names=ds.feature_names,
        activations=tuple(a.name for a in net.activations),
        selectable_features=FEATURES if source is raw else (),
        n_params=net.n_params,
        layer_params=tuple(block.size for block in net.blocks),
    )
