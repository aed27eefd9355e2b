"""Undoable edits of single weights and biases, applied to the engine by the worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from playground.snapshot import ParameterRef
from playground.ui.common.number_text import editable
from playground.worker import Worker


def set_parameter(trainer, ref: ParameterRef, value: float) -> None:
    """Set the weight or bias `ref` of the trainer's network to `value` (runs in the worker)."""
    if ref.is_bias:
        trainer.net.set_bias(ref.layer, ref.column, value)
    else:
        trainer.net.set_weight(ref.layer, ref.row, ref.column, value)


def describe(ref: ParameterRef) -> str:
    """'weight W[1][2, 3]' or 'bias b[2][1]', numbered from 1 as in the course notes."""
    if ref.is_bias:
        text = QCoreApplication.translate("ParameterEdit", "bias b[{0}][{1}]")
        return text.format(ref.layer + 1, ref.column + 1)
    text = QCoreApplication.translate("ParameterEdit", "weight W[{0}][{1}, {2}]")
    return text.format(ref.layer + 1, ref.row + 1, ref.column + 1)


class ParameterEdit(QUndoCommand):
    """Set the weight or bias `ref` to `new`; undo puts `old` back."""

    def __init__(self, worker: Worker, ref: ParameterRef, old: float, new: float):
        text = QCoreApplication.translate("ParameterEdit", "set {0} to {1}")
        super().__init__(text.format(describe(ref), editable(new)))
        self.worker = worker
        self.ref = ref
        self.old, self.new = old, new

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, value: float) -> None:
        ref = self.ref
        self.worker.apply(lambda trainer: set_parameter(trainer, ref, value))
