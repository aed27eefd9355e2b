"""A run, Qt-free: an Experiment (and the folder its CSV paths start from) made ready to
train and draw, and what the views need to know about it that does not change while it
trains.

Which plane is plotted is decided here alone: 2-D data in its own (x1, x2) plane, tabular
data in the plane of two columns of the data the network sees (the others at their mean).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from playground import building
from playground.engine import datasets, targets
from playground.engine.datasets import FEATURE_LABELS, FEATURES, Dataset
from playground.engine.grid import Grid, default_axes, plane_grid, tabular_grid
from playground.engine.training import Trainer
from playground.experiment import Experiment
from playground.trained_state import TrainedState


@dataclass(frozen=True, eq=False)
class RunInfo:
    """The plotted plane, the points drawn on it and the network's fixed facts.

    train_xy (N, 2) / test_xy (M, 2) are the point coordinates in the plotted plane and
    train_labels / test_labels (N,) / (M,) their classes (int) or target values (float).
    is_2d: the data are points of a plane, drawn in that (x1, x2) plane; else a table.
    threshold: the output value that separates two classes; output_range: the values a
    single output's class targets span (its colour scale); value_range: the colour scale
    for regression targets. layer_sizes: the network's widths, input first; activations:
    one name per layer; n_params: every weight and bias; layer_params: per weight layer
    (D_in + 1) * D_out; feature_names: the network's inputs; selectable_features: every
    feature the user may switch on (datasets.FEATURES for 2-D data, none for tables).
    """

    task: str
    n_classes: int
    class_names: tuple[str, ...]
    output_activation: str
    output_width: int
    output_range: tuple[float, float]
    is_2d: bool
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
    n_params: int = 0
    layer_params: tuple[int, ...] = ()
    feature_names: tuple[str, ...] = ()
    activations: tuple[str, ...] = ()
    selectable_features: tuple[str, ...] = ()
    image_side: int = 0
    test_images: np.ndarray | None = field(default=None, repr=False)


@dataclass(frozen=True, eq=False)
class Run:
    """One run: its experiment, the raw data (before features), the trainer (the worker's
    alone once training starts), the grid the views are evaluated over and their RunInfo.

    experiment is the one the run was built from (later live settings are not in it);
    base_dir is the folder relative CSV paths were read from (None: the current one).
    """

    experiment: Experiment
    base_dir: Path | None
    raw: Dataset = field(repr=False)
    trainer: Trainer = field(repr=False)
    grid: Grid = field(repr=False)
    info: RunInfo = field(repr=False)

    @property
    def axes(self) -> tuple[int, int]:
        """The plotted columns of the data the network sees ((0, 1) for 2-D data)."""
        return self.grid.axes


def build_run(
    exp: Experiment,
    base_dir: str | Path | None = None,
    previous: Run | None = None,
    state: TrainedState | None = None,
) -> Run:
    """The ready run of `exp`; tabular data keeps the plotted columns of `previous` when
    the data are the same (a change of features, network, training or seed), else plots its
    first two varying columns. `state` (a saved training, see `experiment.load_with_state`)
    puts its weights, history and epoch into the trainer. Raises ExperimentError (or
    ValueError) naming the field."""
    base_dir = None if base_dir is None else Path(base_dir)
    raw = building.raw_dataset(exp, base_dir)
    trainer = building.build(exp, base_dir, raw, state)
    if datasets.is_2d(raw):
        grid = plane_grid(raw.domain, exp.features.selected)
    else:
        same_data = previous is not None and (previous.experiment.data, previous.base_dir) == (
            exp.data,
            base_dir,
        )
        axes = previous.axes if same_data else default_axes(trainer.dataset.X_train)
        grid = tabular_grid(trainer.dataset, axes)
    return Run(exp, base_dir, raw, trainer, grid, run_info(raw, trainer, grid))


def replot(run: Run, axis: int, column: int) -> Run:
    """`run` with tabular column `column` on the x (axis 0) or y (axis 1) axis."""
    if run.info.is_2d:
        raise ValueError("2-D data are always plotted in their own (x1, x2) plane")
    axes = list(run.axes)
    axes[axis] = column
    trained = run.trainer.dataset  # read-only: the worker never changes the data
    grid = tabular_grid(trained, (axes[0], axes[1]))
    info = dataclasses.replace(run.info, **_plane(trained, grid, is_2d=False))
    return dataclasses.replace(run, grid=grid, info=info)


def _plane(source: Dataset, grid: Grid, is_2d: bool) -> dict:
    """RunInfo's plane fields: `source`'s points in the columns `grid.axes`, named x₁ and
    x₂ for 2-D data, else after their columns."""
    axes = list(grid.axes)
    if is_2d:
        names = (FEATURE_LABELS["x1"], FEATURE_LABELS["x2"])
    else:
        names = tuple(source.feature_names[a] for a in axes)
    return dict(
        x_label=names[0],
        y_label=names[1],
        x_range=grid.x_range,
        y_range=grid.y_range,
        train_xy=source.X_train[:, axes],
        train_labels=source.y_train,
        test_xy=source.X_test[:, axes],
        test_labels=source.y_test,
    )


PIXEL_NAME = re.compile(r"(p|px|pixel)[_ ]?\d+", re.IGNORECASE)
MIN_IMAGE_SIDE = 4


def image_side(raw: Dataset) -> int:
    """S when every column of a table is a pixel (named like p0, px_1, pixel2) of an S x S
    image with S >= MIN_IMAGE_SIDE; else 0."""
    names = raw.feature_names
    side = math.isqrt(len(names))
    square = side >= MIN_IMAGE_SIDE and side * side == len(names)
    pixels = all(PIXEL_NAME.fullmatch(name) for name in names)
    return side if square and pixels and not datasets.is_2d(raw) else 0


def run_info(raw: Dataset, trainer: Trainer, grid: Grid) -> RunInfo:
    """RunInfo of a run over `grid`: 2-D data are drawn in their raw (x1, x2) plane, tabular
    data in the plane of the grid's two columns of the data the network sees."""
    ds = trainer.dataset
    is_2d = datasets.is_2d(raw)
    y_all = np.concatenate([raw.y_train, raw.y_test]).astype(float)
    value_range = (float(y_all.min()), float(y_all.max())) if len(y_all) else (-1.0, 1.0)
    net = trainer.net
    side = image_side(raw)
    return RunInfo(
        task=ds.task,
        n_classes=ds.n_classes,
        class_names=ds.class_names,
        output_activation=net.output_activation,
        output_width=net.sizes[-1],
        is_2d=is_2d,
        **_plane(raw if is_2d else ds, grid, is_2d),
        output_range=targets.output_range(net.output_activation),
        threshold=targets.threshold(net.output_activation),
        value_range=value_range,
        layer_sizes=tuple(net.sizes),
        n_params=net.n_params,
        layer_params=tuple(block.size for block in net.blocks),
        feature_names=ds.feature_names,
        activations=tuple(a.name for a in net.activations),
        selectable_features=FEATURES if is_2d else (),
        image_side=side,
        test_images=raw.X_test.reshape(-1, side, side) if side else None,
    )
