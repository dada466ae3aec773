"""One calm way to say what went wrong, for every window of the app.

`describe(error)` is the sentence a person sees: a JournalError's own message
(the core writes those for people), an OSError through the core's classifier
(journal/system/os_errors.py), and anything else as a plain sentence with only
the kind of error on a details line. Never the error's text or repr: an
unexpected exception's message may quote what it was working on, which can be
journal content, and a repr reads as a fault to someone under stress.
"""

from __future__ import annotations

from pathlib import Path

from journal.entries.plain_words import visible_name
from journal.errors import JournalError
from journal.system.os_errors import reason
from ui.i18n import QT_TR_NOOP, core_text, tr

UNEXPECTED = str(
    QT_TR_NOOP("Something went wrong that the app did not expect. Your journal was not changed.")
)


def kind_of(error: BaseException) -> str:
    """The details line: the error's class, which names no content."""
    return tr("Details: {kind}").format(kind=type(error).__name__)


def core_message(error: JournalError) -> str:
    """A core error's sentence in the interface language, its values in place."""
    if not error.template:
        return str(error)
    return core_text(error.template, error.values)


def describe(error: BaseException, unexpected: str = UNEXPECTED, also: str = "") -> str:
    """The sentence to show for `error`. `also` follows an expected error's sentence
    (what was kept); `unexpected` replaces the general sentence where the caller
    knows better what was kept. The details line, if any, comes last."""
    if isinstance(error, JournalError):
        return f"{core_message(error)} {also}".strip()
    if isinstance(error, OSError):
        name = error.filename
        shown = visible_name(Path(name).name) if isinstance(name, str) else ""
        why = core_text(reason(error).template, reason(error).values)
        if shown:
            text = tr("The file “{name}” could not be read or written because {why}.")
            sentence = text.format(name=shown, why=why)
        else:
            sentence = tr("A file could not be read or written because {why}.").format(why=why)
        return f"{sentence} {also}".strip()
    return f"{tr(unexpected)}\n{kind_of(error)}"
