"""Undoable edits of single weights and biases, applied to the engine by the worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from playground.worker import Worker


def set_parameter(trainer, layer: int, i: int, j: int, value: float) -> None:
    """W[layer][i, j] = value, or b[layer][j] = value when i == -1 (runs in the worker)."""
    if i < 0:
        trainer.net.set_bias(layer, j, value)
    else:
        trainer.net.set_weight(layer, i, j, value)


class ParameterEdit(QUndoCommand):
    """Set one weight (i >= 0) or bias (i == -1) of layer `layer`; undo puts `old` back."""

    def __init__(self, worker: Worker, layer: int, i: int, j: int, old: float, new: float):
        what = (
            QCoreApplication.translate("ParameterEdit", "bias b[{0}][{1}]").format(layer + 1, j + 1)
            if i < 0
            else QCoreApplication.translate("ParameterEdit", "weight W[{0}][{1}, {2}]").format(
                layer + 1, i + 1, j + 1
            )
        )
        super().__init__(
            QCoreApplication.translate("ParameterEdit", "set {0} to {1}").format(what, f"{new:g}")
        )
        self.worker = worker
        self.where = (layer, i, j)
        self.old, self.new = old, new

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, value: float) -> None:
        layer, i, j = self.where
        self.worker.apply(lambda trainer: set_parameter(trainer, layer, i, j, value))
