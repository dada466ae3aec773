"""Errors an export can end with, each with a calm message and no journal content.

reportlab re-raises exceptions from inside a build with the failing flowable's
text appended to the message; these classes ignore any message they are given,
so nothing from the journal can reach a log or a dialog through them.
"""

from __future__ import annotations

from journal.errors import JournalError
from journal.translatable import QT_TRANSLATE_NOOP


class ExportCancelled(JournalError):
    """The person stopped the export; nothing was written."""

    def __init__(self, *_ignored: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "The export was cancelled; nothing was written.")
        )


class ExportFailed(JournalError):
    """The export could not be finished; nothing was written. `reason` is a
    sentence of the core's (a `phrase`, so the app can translate it)."""

    def __init__(self, reason: str = "") -> None:
        if reason:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "core", "The export could not be finished, and nothing was written. {reason}"
                ),
                reason=reason,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "core", "The export could not be finished, and nothing was written."
                )
            )


__all__ = ["ExportCancelled", "ExportFailed"]
