"""The marker for strings defined before the translation is loaded (module and class
constants), typed as what it returns.

lupdate finds `QT_TR_NOOP("...")` by its name in the source; the string is shown
through `tr(...)` where it is used (docs/translations.md). PySide6's own marker is
typed as returning `object`, which `tr` does not accept; this one returns the str.
"""

from __future__ import annotations


def QT_TR_NOOP(source: str) -> str:
    """`source`, unchanged: the call marks it for translation."""
    return source
