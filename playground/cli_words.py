"""The command line's own words in the user's language: `--lang`, read from the arguments
before the parser is built (so its help is translated too), and argparse's words (usage,
headings, its errors), which it asks gettext for and `argparse_words` answers.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

from playground import translation
from playground.engine.wording import QT_TRANSLATE_NOOP
from playground.translation import translated

# argparse's own words: it asks its module's `_` (gettext) for each; `argparse_words`
# answers in the user's language while the command line is read.
ARGPARSE_WORDS = {
    word: word
    for word in (
        QT_TRANSLATE_NOOP("CLI", "usage: "),
        QT_TRANSLATE_NOOP("CLI", "positional arguments"),
        QT_TRANSLATE_NOOP("CLI", "options"),
        QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CLI", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CLI", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CLI", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CLI", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("CLI", "expected one argument"),
        QT_TRANSLATE_NOOP("CLI", "ambiguous option: %(option)s could match %(matches)s"),
    )
}


@contextlib.contextmanager
def argparse_words() -> Iterator[None]:
    """argparse's own words (usage, headings, its errors) in the installed language."""
    own = getattr(argparse, "_", None)
    argparse._ = lambda text: translated(ARGPARSE_WORDS.get(text, text))
    try:
        yield
    finally:
        argparse._ = own


def language_flag(argv: Sequence[str]) -> str | None:
    """The language given by --lang (as `--lang X` or `--lang=X`) in `argv`, if it is one of
    translation.LANGUAGES: it is known before the parser is built, so that its help is in
    that language (a wrong value is argparse's to report)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in translation.LANGUAGES else None
    return None
