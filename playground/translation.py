"""The user's language, for the window and the command line alike (QtCore only, no widgets):
which language to use, installing its translation, and saying messages in it.

The language is English or Portuguese (Brazil): `--lang` on the command line, else the
choice remembered from View ▸ Language (QSettings), else the system's (Portuguese for any
Portuguese locale). `install` loads the app's translation (and Qt's own, for the standard
buttons and dialogs, when there is an application) and makes the language's locale the
default, so numbers are written with its decimal separator ('0,5' in Portuguese).

`said(message)` is a message of the Qt-free code (`engine.wording`: a WordedError, a Worded
text or a Template) in the installed language: its template translated, its fields filled in,
each worded field said in turn and each float written with the language's decimal separator
('0.5' in English, '0,5' in Portuguese). In English, `said(message) == str(message)`.
`speaking(flag)` is the command line's language for one command.
"""

from __future__ import annotations

import contextlib
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from playground import shipped
from playground.engine.wording import Template

LANGUAGES = {"en": "English", "pt_BR": "Português (Brasil)"}  # code -> its own name
LOCALES = {"en": "en_US", "pt_BR": "pt_BR"}
TRANSLATION = "playground_{0}.qm"  # the app's compiled translation, in resources/translations
QT_TRANSLATION = "qtbase_{0}.qm"  # Qt's own, from its translations folder
SETTING = "language"
ORGANIZATION, APPLICATION = "Neural Playground", "playground"  # where QSettings keeps it

_installed: list[QTranslator] = []  # the translators in use, ours first (Qt does not own them)
_current = {"code": "en"}  # the language installed last


# ------------------------------------------------------------------ which language
def settings() -> QSettings:
    """The app's settings (per user)."""
    return QSettings(ORGANIZATION, APPLICATION)


def system_language() -> str:
    """'pt_BR' when the system locale is any Portuguese, else 'en'."""
    portuguese = QLocale.system().language() == QLocale.Language.Portuguese
    return "pt_BR" if portuguese else "en"


def remembered() -> str | None:
    """The language chosen in the menu earlier, or None."""
    value = settings().value(SETTING)
    return value if value in LANGUAGES else None


def remember(code: str) -> None:
    """Use `code` from the next start on (unless --lang says otherwise)."""
    settings().setValue(SETTING, code)


def chosen(flag: str | None) -> str:
    """The language to start in: `flag` (--lang), else the remembered one, else the
    system's."""
    return flag or remembered() or system_language()


def current() -> str:
    """The language installed last ('en' until another is installed)."""
    return _current["code"]


# ------------------------------------------------------------------ installing it
def install(code: str) -> str:
    """Load the translations of `code` and make its locale the default; returns `code`.
    English needs no translation (the sources are English). With an application running,
    the translations are installed in it too, Qt's own included."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[code]))
    if code != "en":
        ours = QTranslator()
        ours.data = shipped.resource("translations", TRANSLATION.format(code)).read_bytes()
        loaded = [(ours, ours.load(ours.data))]
        if app is not None:
            qt = QTranslator()
            folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            loaded.append((qt, qt.load(str(folder / QT_TRANSLATION.format(code)))))
        for translator, done in loaded:
            if done:  # Qt's own may be missing from a trimmed install: English buttons
                _installed.append(translator)
                if app is not None:
                    app.installTranslator(translator)
    _current["code"] = code
    return code


@contextlib.contextmanager
def speaking(flag: str | None) -> Iterator[str]:
    """The command line's language (`chosen(flag)`) installed for one command; the language
    and the default locale in use before come back afterwards (the command may run inside
    another program, or a test)."""
    before, locale = current(), QLocale()
    try:
        yield install(chosen(flag))
    finally:
        install(before)
        QLocale.setDefault(locale)


# ------------------------------------------------------------------ saying messages
def translated(template: str) -> str:
    """A Template in the installed language (itself where there is no translation); any
    other text as it is."""
    context = getattr(template, "context", None)
    if context is None or not _installed:
        return str(template)
    return _installed[0].translate(context, template) or str(template)


def with_decimal_point(digits: str) -> str:
    """A number Python wrote ('0.5', '-1.5e-05') with the locale's decimal separator
    ('0,5' in Portuguese)."""
    return digits.replace(".", QLocale().decimalPoint())


class _Saying(string.Formatter):
    """str.format that says worded fields and writes floats with the decimal separator."""

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "r" and isinstance(value, float):
            return with_decimal_point(repr(value))
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if hasattr(value, "template") or isinstance(value, Template):
            return format(said(value), format_spec)
        if isinstance(value, float):
            return with_decimal_point(format(value, format_spec))
        return format(value, format_spec)


_SAYING = _Saying()


def said(message: Any) -> str:
    """`message` in the installed language: a WordedError or Worded text with its template
    translated and its fields said; a Template translated; anything else as str() has it."""
    template = getattr(message, "template", None)
    if template is None:
        return translated(message) if isinstance(message, Template) else str(message)
    text = translated(template)
    return _SAYING.format(text, *message.fields) if message.fields else text
