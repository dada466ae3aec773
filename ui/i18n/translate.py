"""`tr` and `core_text`: the two calls every visible string goes through.

All of the app's own strings share one translation context (the empty one), which
is what `pyside6-lupdate` gives a bare `tr("...")` call. Contexts per class would
follow PySide's `self.tr`, which looks up the *runtime* class, so a string written
in a base class would go untranslated in every subclass; one context avoids that,
and the second argument tells two equal English strings apart where they must be
translated differently (`tr("Open", "verb, a menu item")`).

Plurals: `tr("%n entries", None, count)`, positionally, so that lupdate sees the
count and gives the string plural forms (Arabic has six). English plurals come
from translations/en (plural forms only). Values other than the count go in as
named fields, `tr("Saved to {place}").format(place=...)`, never as pieces of a
sentence glued together: a translator must be able to move them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from journal.translatable import english, field_names

#: The context of the words the core writes (journal/translatable.py marks them).
CORE_CONTEXT = "core"


def QT_TR_NOOP(source: str) -> str:
    """`source`, unchanged: marks a string defined before the translation is loaded
    (a module or class constant), shown through `tr(...)` where it is used. PySide6's
    own marker is typed as returning `object`, which `tr` does not accept."""
    return source


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the interface language; `%n` is replaced by `n` when n >= 0."""
    return QCoreApplication.translate("", source, disambiguation, n)


def core_text(source: str, values: Mapping[str, object] | None = None, n: int = -1) -> str:
    """Words the core wrote in English (an error's template, a kind of entry), in
    the interface language, with `values` put into its `{named}` fields and `%n`
    the count `n` (a plural: `core.tr(...)` in journal/translatable.py). A value
    that is itself a phrase or an error of the core is translated the same way, and so
    is `source` itself when it is a phrase (a date from timeparse.describe, say)."""
    if values is None and n == -1 and isinstance(getattr(source, "template", None), str):
        return core_phrase(source)
    translated = QCoreApplication.translate(CORE_CONTEXT, source, None, n)
    if not values:
        return translated
    shown = {name: _shown(value) for name, value in values.items()}
    if field_names(translated) == field_names(source):
        try:
            return translated.format(**shown)
        except (KeyError, IndexError, ValueError, AttributeError):
            pass
    # A translation whose fields do not match must never hide the message.
    return english(source, shown, n)


def core_phrase(text: object) -> str:
    """A phrase or error of the core (journal/translatable.py), translated; any
    other text as it is."""
    return str(_shown(text))


def _shown(value: object) -> object:
    template, values = getattr(value, "template", None), getattr(value, "values", None)
    if isinstance(template, str) and template and isinstance(values, Mapping):
        n = getattr(value, "n", -1)
        return core_text(template, values, n if isinstance(n, int) else -1)
    return value
