"""What `python -m playground train` prints while and after it trains: a live progress line
on a terminal (`Progress`), one JSON object per epoch (`json_reporter`) or nothing
(`silent`), then a summary (`summary`, `summary_text`), in the installed language with its
decimal separator; `train` runs the epochs and reports after each.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from typing import TextIO

from playground import explain as explanation
from playground.engine.training import HISTORY_KEYS, Trainer
from playground.engine.wording import QT_TRANSLATE_NOOP, Worded
from playground.translation import said, with_decimal_point

PROGRESS_INTERVAL = 0.1  # seconds between progress-line updates (about 10 per second)


# ------------------------------------------------------------------ formatting
def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _latest(trainer: Trainer) -> dict[str, float | None]:
    """The last recorded history row, NaN as None (all None if even epoch 0 diverged)."""
    history = trainer.history
    if not history["epoch"]:
        return {"epoch": 0} | dict.fromkeys(HISTORY_KEYS[1:])
    row = {key: _finite_or_none(float(history[key][-1])) for key in HISTORY_KEYS[1:]}
    return {"epoch": int(history["epoch"][-1])} | row


def _percent(value: float | None) -> str:
    return "-" if value is None else with_decimal_point(f"{100 * value:.1f}%")


def _number(value: float | None) -> str:
    return "-" if value is None else with_decimal_point(explanation.number(value))


def progress_line(row: dict[str, float | None], epochs: int) -> str:
    """'epoch 120/500  train loss 0.1234  test loss 0.1301  acc 97.2%' (acc = test accuracy),
    in the installed language."""
    line = said(
        Worded(
            QT_TRANSLATE_NOOP("CLI", "epoch {0}/{1}  train loss {2}  test loss {3}"),
            row["epoch"],
            epochs,
            _number(row["train_loss"]),
            _number(row["test_loss"]),
        )
    )
    accuracy = row["test_accuracy"] if row["test_accuracy"] is not None else row["train_accuracy"]
    if accuracy is None:
        return line
    return said(Worded(QT_TRANSLATE_NOOP("CLI", "{0}  acc {1}"), line, _percent(accuracy)))


def summary(trainer: Trainer, elapsed: float) -> dict:
    """Final numbers of a run: epochs, losses, accuracies, parameters, stop reason, seconds."""
    row = _latest(trainer)
    return {
        "dataset": trainer.dataset.name,
        "epochs": row.pop("epoch"),
        **row,
        "parameters": trainer.net.n_params,
        "stop_reason": trainer.stop_reason,
        "elapsed_seconds": round(elapsed, 3),
    }


SUMMARY_WIDTH = 16  # the labels of the summary take at least this many characters


def summary_text(result: dict) -> str:
    """The summary as aligned `label  value` lines for people, in the installed language."""
    lines = [
        (QT_TRANSLATE_NOOP("CLI", "dataset"), result["dataset"]),
        (QT_TRANSLATE_NOOP("CLI", "epochs"), str(result["epochs"])),
        (QT_TRANSLATE_NOOP("CLI", "train loss"), _number(result["train_loss"])),
        (QT_TRANSLATE_NOOP("CLI", "test loss"), _number(result["test_loss"])),
    ]
    if result["train_accuracy"] is not None:
        lines += [
            (QT_TRANSLATE_NOOP("CLI", "train accuracy"), _percent(result["train_accuracy"])),
            (QT_TRANSLATE_NOOP("CLI", "test accuracy"), _percent(result["test_accuracy"])),
        ]
    elapsed = with_decimal_point(f"{result['elapsed_seconds']:.2f} s")
    lines += [
        (QT_TRANSLATE_NOOP("CLI", "parameters"), str(result["parameters"])),
        (QT_TRANSLATE_NOOP("CLI", "elapsed"), elapsed),
    ]
    if result["stop_reason"]:
        lines.append((QT_TRANSLATE_NOOP("CLI", "stopped"), said(result["stop_reason"])))
    labels = [said(label) for label, _ in lines]
    width = max(SUMMARY_WIDTH, *(len(label) + 2 for label in labels))
    return "\n".join(f"{label:<{width}}{value}" for label, (_, value) in zip(labels, lines))


# ------------------------------------------------------------------ reporters
class Progress:
    """A '\\r'-updated progress line on a terminal, at most one update per interval."""

    def __init__(self, out: TextIO, epochs: int):
        self.out = out
        self.epochs = epochs
        self.last = -math.inf
        self.width = 0

    def __call__(self, trainer: Trainer, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < PROGRESS_INTERVAL:
            return
        self.last = now
        line = progress_line(_latest(trainer), self.epochs)
        self.out.write("\r" + line.ljust(self.width) + ("\n" if final else ""))
        self.out.flush()
        self.width = len(line)


def json_reporter(out: TextIO) -> Callable[..., None]:
    """One JSON object per epoch; nothing at the end (the summary follows)."""

    def report(trainer: Trainer, final: bool = False) -> None:
        if not final:
            print(json.dumps(_latest(trainer), allow_nan=False), file=out, flush=True)

    return report


def silent(trainer: Trainer, final: bool = False) -> None:
    """No progress output (stdout is not a terminal)."""


# ------------------------------------------------------------------ the loop
def train(trainer: Trainer, epochs: int, report: Callable[..., None]) -> float:
    """Run up to `epochs` epochs one at a time, reporting after each; returns seconds taken."""
    start = time.perf_counter()
    for _ in range(epochs):
        if not trainer.run_epochs(1):
            break
        report(trainer)
    report(trainer, final=True)
    return time.perf_counter() - start
