"""The vocabulary of field rules: what one field of an experiment accepts.

A rule's `check(value)` returns the value normalised (lists become tuples, integers floats
where a real number is wanted) or raises `Invalid`; `describe()` says in words what it allows.
`experiment.FIELD_RULES` gives every field its rule; `check_keys` refuses unknown fields.
Messages and descriptions are worded (`engine.wording`), so the window and the command
line can say them in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from playground.engine.wording import QT_TRANSLATE_NOOP, Worded, WordedError


class ExperimentError(WordedError):
    """An experiment that cannot be loaded or built; the message names the field."""


class Invalid(Exception):
    """Raised by a rule; `message` is what is wrong (a Worded text or a plain str) and
    `path` the part of the field path below the rule's field."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(message)
        self.message = message
        self.path = path


class Rule(Protocol):
    """What one field accepts: `check` returns the value normalised or raises Invalid."""

    def describe(self) -> str: ...

    def check(self, value: Any) -> Any: ...


def _wrong(rule: Rule, value: Any) -> Invalid:
    return Invalid(
        Worded(QT_TRANSLATE_NOOP("Experiment", "must be {0}, got {1!r}"), rule.describe(), value)
    )


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Number:
    """A real number in a range; `open_low` / `open_high` exclude the bound itself."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False

    def describe(self) -> str:
        low = ">" if self.open_low else ">="
        high = "<" if self.open_high else "<="
        return Worded(
            QT_TRANSLATE_NOOP("Experiment", "a number {0} {1:g} and {2} {3:g}"),
            low,
            self.low,
            high,
            self.high,
        )

    def check(self, value: Any) -> float:
        if not (_is_integer(value) or isinstance(value, float)):
            raise _wrong(self, value)
        above = value > self.low if self.open_low else value >= self.low
        below = value < self.high if self.open_high else value <= self.high
        if not (above and below):
            raise _wrong(self, value)
        return float(value)


@dataclass(frozen=True)
class Integer:
    """A whole number low..high (a bool is not an integer)."""

    low: int
    high: int

    def describe(self) -> str:
        return Worded(QT_TRANSLATE_NOOP("Experiment", "an integer {0}..{1}"), self.low, self.high)

    def check(self, value: Any) -> int:
        if not (_is_integer(value) and self.low <= value <= self.high):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of values."""

    allowed: tuple[Any, ...]

    def describe(self) -> str:
        allowed = ", ".join(map(str, self.allowed))
        return Worded(QT_TRANSLATE_NOOP("Experiment", "one of {0}"), allowed)

    def check(self, value: Any) -> Any:
        if isinstance(value, bool) or value not in self.allowed:
            allowed = ", ".join(map(str, self.allowed))
            raise Invalid(
                Worded(
                    QT_TRANSLATE_NOOP("Experiment", "{0!r} is not allowed; allowed: {1}"),
                    value,
                    allowed,
                )
            )
        return self.allowed[self.allowed.index(value)]


@dataclass(frozen=True)
class Boolean:
    """true or false."""

    def describe(self) -> str:
        return Worded(QT_TRANSLATE_NOOP("Experiment", "true or false"))

    def check(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Text:
    """A non-empty string."""

    what: str  # a Template, e.g. "a file path"

    def describe(self) -> str:
        return Worded(QT_TRANSLATE_NOOP("Experiment", "a non-empty text ({0})"), self.what)

    def check(self, value: Any) -> str:
        if not (isinstance(value, str) and value):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Column:
    """A CSV column given by its header name (text) or its index (negative counts from the end)."""

    def describe(self) -> str:
        return Worded(
            QT_TRANSLATE_NOOP("Experiment", "a column name (text) or an integer column index")
        )

    def check(self, value: Any) -> str | int:
        if not (_is_integer(value) or isinstance(value, str)):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Nullable:
    """null, or a value the inner rule accepts."""

    inner: Rule

    def describe(self) -> str:
        return Worded(QT_TRANSLATE_NOOP("Experiment", "null or {0}"), self.inner.describe())

    def check(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self.inner.check(value)
        except Invalid as error:
            raise _wrong(self, value) from error


@dataclass(frozen=True)
class Items:
    """A list of min_len..max_len items, each checked by `item`; optionally all different."""

    item: Rule
    min_len: int
    max_len: int
    unique: bool = False

    def describe(self) -> str:
        return Worded(
            QT_TRANSLATE_NOOP("Experiment", "a list of {0}..{1} items, each {2}"),
            self.min_len,
            self.max_len,
            self.item.describe(),
        )

    def check(self, value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _wrong(self, value)
        if not self.min_len <= len(value) <= self.max_len:
            raise Invalid(
                Worded(
                    QT_TRANSLATE_NOOP("Experiment", "must have {0}..{1} items, got {2}"),
                    self.min_len,
                    self.max_len,
                    len(value),
                )
            )
        checked = []
        for index, item in enumerate(value):
            try:
                checked.append(self.item.check(item))
            except Invalid as error:
                raise Invalid(error.message, f"[{index}]{error.path}") from None
            if self.unique and item in checked[:-1]:
                raise Invalid(
                    Worded(QT_TRANSLATE_NOOP("Experiment", "{0!r} appears more than once"), item),
                    f"[{index}]",
                )
        return tuple(checked)


def check_keys(mapping: Any, path: str, allowed: Sequence[str]) -> None:
    """Raise unless `mapping` is a dict whose keys are all in `allowed`."""
    if not isinstance(mapping, dict):
        where = path or QT_TRANSLATE_NOOP("Experiment", "experiment")
        raise ExperimentError(
            QT_TRANSLATE_NOOP("Experiment", "{0}: must be an object, got {1!r}"), where, mapping
        )
    for key in mapping:
        if key not in allowed:
            name = f"{path}.{key}" if path else str(key)
            raise ExperimentError(
                QT_TRANSLATE_NOOP("Experiment", "{0}: unknown field; allowed: {1}"),
                name,
                ", ".join(allowed),
            )
