"""A spin box for a real number that writes its value with number_text and reads what is
typed with `parse_number`: '0.5' and '0,5' are both 0.5 whatever the language, where a
QDoubleSpinBox takes only its locale's separator (in Portuguese it refuses a typed '.')."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from playground.ui.common.number_text import may_become_number, number, parse_number


class NumberBox(QDoubleSpinBox):
    """A QDoubleSpinBox (used as one) whose text is number_text's: '−1,50' in Portuguese
    with 2 decimals. Typed text is acceptable when it is a number within the range (more
    decimals than shown are rounded), intermediate while it can still become one."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt)
        return number(value, self.decimals())

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt)
        value = parse_number(self._bare(text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        special = self.specialValueText()
        if special and text == special:
            return QValidator.State.Acceptable, text, pos
        bare = self._bare(text)
        value = parse_number(bare)
        if value is not None and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if may_become_number(bare):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def _bare(self, text: str) -> str:
        """`text` without the box's prefix and suffix."""
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text
