"""Marking the core's words for the interface's translations, without Qt.

The core writes its messages in English. Where one reaches a person through the
desktop app (an error, the name of a kind of entry), it is written as
`QT_TRANSLATE_NOOP("core", "...")`: Qt's lupdate finds it by that name in the
source and puts it in translations/<language>/core.ts, and ui/i18n's `core_text`
looks it up when the app shows it. Here it only returns the text unchanged, so the
core, the CLI and the PDF are untouched by it.

A sentence with values keeps its template and values apart: `phrase(template,
**values)` is the English sentence (a `str`) that also carries both, and so is a
`JournalError` (journal/errors.py); `core_text` translates the template and puts
the values in, translating a value that is itself a phrase or an error.

Counts: pyside6-lupdate does not read `QT_TRANSLATE_N_NOOP` in Python (it skips
it), but gives `core.tr(source, None, n)` plural forms in the context "core"; that
is the plural marker here: `core.tr("%n files added", None, count)`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """`source`, unchanged: the call marks it for translation."""
    return source


class core:
    """The plural marker: `core.tr("%n files added", None, count)`."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`source`, unchanged (its `%n` too): the call marks it as a plural."""
        return source


def field_names(template: str) -> set[str]:
    """The `{named}` fields of a template (a translation must keep the same)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return {"\x00unbalanced"}


def english(template: str, values: Mapping[str, object], n: int = -1) -> str:
    """The English sentence: `template` with its fields filled and `%n` the count."""
    text = template.replace("%n", str(n)) if n >= 0 else template
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text  # a template with a stray brace still says something


class Phrase(str):
    """An English sentence that remembers its template, values and count."""

    template: str
    values: Mapping[str, object]
    n: int

    def __new__(
        cls, template: str, n: int = -1, text: str | None = None, /, **values: object
    ) -> Phrase:
        made = super().__new__(cls, english(template, values, n) if text is None else text)
        made.template, made.values, made.n = template, values, n
        return made


def phrase(template: str, /, **values: object) -> Phrase:
    """A sentence with `{named}` values that the app can translate as a whole."""
    return Phrase(template, -1, **values)


def counted(template: str, n: int, text: str, /, **values: object) -> Phrase:
    """A sentence with a count: `template` has `%n` (marked with `core.tr(template,
    None, n)`), `text` is its English with the right singular or plural (the core
    has no plural rules; the app's come from the translation)."""
    return Phrase(template, n, text, **values)


def listed(items: Sequence[str], commas: bool = False) -> str:
    """`items` joined with "; " (or ", "), each one still a phrase the app can translate."""
    if not items:
        return ""
    joined = items[0]
    for item in items[1:]:
        if commas:
            joined = phrase(QT_TRANSLATE_NOOP("core", "{first}, {then}"), first=joined, then=item)
        else:
            joined = phrase(QT_TRANSLATE_NOOP("core", "{first}; {then}"), first=joined, then=item)
    return joined
