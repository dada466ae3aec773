"""The one error every message parser raises for a file it cannot read."""

from __future__ import annotations

from journal.errors import UsageError


class MessageFormatError(UsageError):
    """A file is not a recognised export, or is damaged: the message names where.

    A subclass of UsageError so that the command line exits with 2, as issue 13 asks.
    """
