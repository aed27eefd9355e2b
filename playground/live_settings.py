"""Settings a running trainer takes without a reset (learning rate, batch size, optimiser,
regularisation), and whether a change of experiment needs a new run instead.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from playground.engine import optimizers
from playground.engine.training import Trainer

if TYPE_CHECKING:
    from playground.experiment import Experiment, TrainingSpec

_OPTIMIZER_FIELDS = {"sgd": (), "momentum": ("momentum",), "adam": ("beta1", "beta2")}
LIVE_FIELDS = (
    "lr",
    "batch_size",
    "optimizer",
    "momentum",
    "beta1",
    "beta2",
    "regularization",
    "reg_rate",
)
# Fields a running trainer does not hold at all: the caller enforces them.
_CALLER_FIELDS = ("epochs",)


def regularization_rates(spec: TrainingSpec) -> tuple[float, float]:
    """(l1, l2) penalty rates from the regularisation choice and its rate."""
    return (
        spec.reg_rate if spec.regularization == "l1" else 0.0,
        spec.reg_rate if spec.regularization == "l2" else 0.0,
    )


def optimizer_settings(spec: TrainingSpec) -> dict[str, float]:
    """The optimiser's own settings: momentum, beta1 and beta2."""
    return {"momentum": spec.momentum, "beta1": spec.beta1, "beta2": spec.beta2}


def apply_live_settings(trainer: Trainer, spec: TrainingSpec) -> None:
    """Apply lr, batch size, optimiser settings and regularisation to a running trainer
    without a reset (a new batch size takes effect from the next step, mid-epoch too).

    The optimiser (and its state: velocity, Adam moments) is kept when only lr changes; it
    is made afresh when its kind or one of its own settings changes.
    """
    fresh = optimizers.make(spec.optimizer, spec.lr, **optimizer_settings(spec))
    current = trainer.optimizer
    same_kind = type(fresh) is type(current)
    fields = _OPTIMIZER_FIELDS[spec.optimizer]
    if not (same_kind and all(getattr(current, f) == getattr(fresh, f) for f in fields)):
        trainer.set_optimizer(spec.optimizer, **optimizer_settings(spec))
    trainer.lr = spec.lr
    trainer.batch_size = spec.batch_size
    trainer.l1, trainer.l2 = regularization_rates(spec)


def needs_rebuild(old: Experiment, new: Experiment) -> bool:
    """True unless the experiments differ only in settings a running trainer can take.

    Those are LIVE_FIELDS (see `apply_live_settings`) and the epoch limit.
    """
    live = {f: getattr(new.training, f) for f in (*LIVE_FIELDS, *_CALLER_FIELDS)}
    return dataclasses.replace(old, training=dataclasses.replace(old.training, **live)) != new
