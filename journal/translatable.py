"""Marking the core's words for the interface's translations, without Qt.

The core writes its messages in English. Where one reaches a person through the
desktop app (an error, the name of a kind of entry), it is written as
`QT_TRANSLATE_NOOP("core", "...")`: Qt's lupdate finds it by that name in the
source and puts it in translations/<language>/core.ts, and ui/i18n's `core_text`
looks it up when the app shows it. Here it only returns the text unchanged, so the
core, the CLI and the PDF are untouched by it. A template with `{named}` fields
keeps its values apart (journal/errors.py) so a translation can move them.
"""

from __future__ import annotations

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """`source`, unchanged: the call marks it for translation."""
    return source
