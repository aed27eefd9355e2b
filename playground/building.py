"""An Experiment made ready to run: its data set (generated or read, then with its features)
and a `Trainer` with the network it describes, the same for the same seed; a trained
state from its file, if given, is restored into it. `network_inputs` turns new rows into
what that network takes (for `predict`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from playground.engine import activations, datasets
from playground.engine.datasets import Dataset
from playground.engine.network import Network
from playground.engine.training import Trainer
from playground.engine.wording import QT_TRANSLATE_NOOP
from playground.experiment import Experiment, ExperimentError, validate
from playground.live_settings import optimizer_settings, regularization_rates
from playground.resolution import check_compatible, resolve_loss, resolve_output
from playground.trained_state import TrainedState, restore


def network_inputs(exp: Experiment, raw: Dataset, X: np.ndarray) -> np.ndarray:
    """Rows X (N, D) in the columns of the raw data (`raw_dataset(exp)`) as the network
    sees them: 2-D data through the selected features, tabular data standardised with the
    training rows' mean and std when features.standardize (as `make_dataset` does)."""
    X = np.asarray(X, dtype=np.float64)
    if datasets.is_2d(raw):
        return datasets.apply_features(X, exp.features.selected)
    if exp.features.standardize:
        mean, std = datasets.standardization_stats(raw.X_train)
        return (X - mean) / std
    return X


def raw_dataset(exp: Experiment, base_dir: str | Path | None = None) -> Dataset:
    """The experiment's data as generated or read, before features (see `build`)."""
    if exp.data.name == datasets.CSV:
        return _read_csv(exp, Path(base_dir or ".") / exp.data.csv_path)
    return _generate(exp)


def make_dataset(
    exp: Experiment, base_dir: str | Path | None = None, raw: Dataset | None = None
) -> Dataset:
    """The experiment's data with its features applied; `raw` saves reading it again."""
    ds = raw if raw is not None else raw_dataset(exp, base_dir)
    if datasets.is_2d(ds):
        return datasets.with_features(ds, exp.features.selected)
    return datasets.standardize(ds) if exp.features.standardize else ds


def _read_csv(exp: Experiment, path: Path) -> Dataset:
    """The CSV data set at `path`; its problems become errors of data.csv_path."""
    try:
        return datasets.load_csv(
            path, label=exp.data.label, test_ratio=exp.data.test_ratio, seed=exp.seed
        )
    except datasets.CSVError as error:
        raise ExperimentError("data.csv_path: {0}: {1}", path, error) from None
    except OSError as error:
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "data.csv_path: cannot read {0}: {1}"),
            path,
            error.strerror,
        ) from None


def _generate(exp: Experiment) -> Dataset:
    """A named data set from `datasets.make`."""
    data = exp.data
    try:
        return datasets.make(
            data.name,
            n=data.n,
            noise=data.noise,
            test_ratio=data.test_ratio,
            seed=exp.seed,
            classes=data.classes,
        )
    except ValueError as error:  # validated fields leave only n > the rows of iris/digits
        raise ExperimentError("data.n: {0}", error) from None


def build(
    exp: Experiment,
    base_dir: str | Path | None = None,
    raw: Dataset | None = None,
    state: TrainedState | None = None,
) -> Trainer:
    """A Trainer ready to run the experiment (validated first); same seed, same run.

    A relative data.csv_path is taken from `base_dir` (e.g. the experiment file's folder),
    else from the current directory. `raw` is the `raw_dataset(exp)` if already made;
    `state`, if given, is restored into the trainer (see `restore`).
    """
    validate(exp)
    ds = make_dataset(exp, base_dir, raw)
    output, width = resolve_output(exp, ds)
    loss = resolve_loss(exp, ds, output)
    check_compatible(exp, ds, output, loss)
    net_spec, train = exp.network, exp.training
    layer_activations = [activations.get(a, net_spec.alpha) for a in net_spec.activations]
    net = Network(
        [ds.X_train.shape[1], *net_spec.hidden, width],
        activations=[*layer_activations, activations.get(output, net_spec.alpha)],
        init=net_spec.init,
        seed=exp.seed,
        bias=net_spec.bias,
    )
    l1, l2 = regularization_rates(train)
    trainer = Trainer(
        net,
        ds,
        loss=loss,
        optimizer=train.optimizer,
        lr=train.lr,
        batch_size=train.batch_size,
        l1=l1,
        l2=l2,
        seed=exp.seed,
        rule=train.rule,
        **optimizer_settings(train),
    )
    if state is not None:
        restore(trainer, state)
    return trainer
