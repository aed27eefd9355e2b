"""The vocabulary of field rules: what one field of an experiment accepts.

A rule's `check(value)` returns the value normalised (lists become tuples, integers floats
where a real number is wanted) or raises `Invalid`; `describe()` says in words what it allows.
`experiment.FIELD_RULES` gives every field its rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class ExperimentError(ValueError):
    """An experiment that cannot be loaded or built; the message names the field."""


class Invalid(Exception):
    """Raised by a rule; `path` is the part of the field path below the rule's field."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(message)
        self.path = path


class Rule(Protocol):
    """What one field accepts: `check` returns the value normalised or raises Invalid."""

    def describe(self) -> str: ...

    def check(self, value: Any) -> Any: ...


def _wrong(rule: Rule, value: Any) -> Invalid:
    return Invalid(f"must be {rule.describe()}, got {value!r}")


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
        return f"a number {low} {self.low:g} and {high} {self.high:g}"

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
        return f"an integer {self.low}..{self.high}"

    def check(self, value: Any) -> int:
        if not (_is_integer(value) and self.low <= value <= self.high):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of values."""

    allowed: tuple[Any, ...]

    def describe(self) -> str:
        return f"one of {', '.join(map(str, self.allowed))}"

    def check(self, value: Any) -> Any:
        if isinstance(value, bool) or value not in self.allowed:
            allowed = ", ".join(map(str, self.allowed))
            raise Invalid(f"{value!r} is not allowed; allowed: {allowed}")
        return self.allowed[self.allowed.index(value)]


@dataclass(frozen=True)
class Boolean:
    """true or false."""

    def describe(self) -> str:
        return "true or false"

    def check(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Text:
    """A non-empty string."""

    what: str

    def describe(self) -> str:
        return f"a non-empty text ({self.what})"

    def check(self, value: Any) -> str:
        if not (isinstance(value, str) and value):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Column:
    """A CSV column given by its header name (text) or its index (negative counts from the end)."""

    def describe(self) -> str:
        return "a column name (text) or an integer column index"

    def check(self, value: Any) -> str | int:
        if not (_is_integer(value) or isinstance(value, str)):
            raise _wrong(self, value)
        return value


@dataclass(frozen=True)
class Nullable:
    """null, or a value the inner rule accepts."""

    inner: Rule

    def describe(self) -> str:
        return f"null or {self.inner.describe()}"

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
        return f"a list of {self.min_len}..{self.max_len} items, each {self.item.describe()}"

    def check(self, value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _wrong(self, value)
        if not self.min_len <= len(value) <= self.max_len:
            raise Invalid(f"must have {self.min_len}..{self.max_len} items, got {len(value)}")
        checked = []
        for index, item in enumerate(value):
            try:
                checked.append(self.item.check(item))
            except Invalid as error:
                raise Invalid(str(error), f"[{index}]{error.path}") from None
            if self.unique and item in checked[:-1]:
                raise Invalid(f"{item!r} appears more than once", f"[{index}]")
        return tuple(checked)
