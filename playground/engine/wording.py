"""Messages that can be said in the user's language, from code that knows no Qt.

A message is a template marked with `QT_TRANSLATE_NOOP("Context", "text {0}")`, the name
Qt's lupdate looks for, so the template lands in the translation file, and the values of its
fields. `WordedError(template, *fields)` is an error whose text is the English template
filled in; `Worded(template, *fields)` is such a text that is not an error (a rule's
description, a reason a run stopped): a str, the English text, that remembers its template
and fields. The window and the command line say either in the user's language with
`playground.translation.said`, which also says each field that is itself worded and writes
float fields with the language's decimal separator.

Templates use str.format fields ('{0}', '{1!r}', '{2:g}'); a template given no fields is
the text as it is (braces and all). A template that is not a Template (a plain str such as
"{0}: {1}") is not translated, only filled in.
"""

from __future__ import annotations


class Template(str):
    """An English message template that knows its translation context."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 (lupdate's name)
    """Mark `text` for translation in `context`; returns it as a Template."""
    template = Template(text)
    template.context = context
    return template


def written(template: str, fields: tuple) -> str:
    """The English text: `template` filled in with `fields` (as it is when there are none)."""
    return template.format(*fields) if fields else str(template)


class Worded(str):
    """A message that is not an error: the English text (the str itself), its `template` and
    its `fields`, so that it can also be said in another language."""

    template: str
    fields: tuple

    def __new__(cls, template: str, *fields) -> Worded:
        text = super().__new__(cls, written(template, fields))
        text.template = template
        text.fields = fields
        return text


class WordedError(ValueError):
    """A refusal worded as `template` (from QT_TRANSLATE_NOOP) with `fields` filled in; its
    str() is the English text."""

    def __init__(self, template: str, *fields):
        self.template = template
        self.fields = fields
        super().__init__(written(template, fields))
