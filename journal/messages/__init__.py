"""Message histories as evidence: parsers for the exports people can make.

`parse_export(path)` reads one file into a ParsedExport; the format comes from the
content (or `fmt`). Every failure is a MessageFormatError with a plain message.
Storage, linking and exports build on these values; this package stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from journal.messages.collect import Sink
from journal.messages.detect import check_format_name, detect_format
from journal.messages.email_export import parse_eml, parse_mbox
from journal.messages.errors import MessageFormatError
from journal.messages.facebook import parse_facebook
from journal.messages.model import (
    FORMATS,
    Attachment,
    CallRecord,
    Conversation,
    Message,
    MessageTime,
    ParsedExport,
)
from journal.messages.sms_xml import parse_sms_xml
from journal.messages.source import DEFAULT_LIMITS, Limits, file_digest
from journal.messages.telegram import parse_telegram
from journal.messages.whatsapp import parse_whatsapp_file
from journal.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "FORMATS",
    "Attachment",
    "CallRecord",
    "Conversation",
    "Limits",
    "Message",
    "MessageFormatError",
    "MessageTime",
    "ParsedExport",
    "detect_format",
    "parse_export",
]

_PARSERS: dict[str, Callable[[Path, Limits, str | None, Sink | None], ParsedExport]] = {
    "whatsapp": parse_whatsapp_file,
    "sms-xml": lambda path, _limits, me, sink: parse_sms_xml(path, me, sink),
    "telegram-json": parse_telegram,
    "facebook-json": parse_facebook,
    "mbox": parse_mbox,
    "eml": parse_eml,
}


def parse_export(
    path: Path,
    fmt: str | None = None,
    *,
    me: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    sink: Sink | None = None,
) -> ParsedExport:
    """Parse one export file. `fmt` None or "auto" detects; `me` names the user where a
    format cannot tell (WhatsApp, Telegram), and names "Me" in SMS backups.

    `source_sha256` is the hash of the file as parsed: it is hashed before and after,
    and a change in between is refused rather than returned.

    With `sink`, each message and call is handed to it as soon as it is made and the
    result holds none (only conversations, warnings, counts), so memory stays flat
    however long the export. The sink may see messages of a file that is then
    refused: store them in one transaction and roll it back on MessageFormatError."""
    before = file_digest(path)
    chosen = detect_format(path, limits) if fmt in (None, "auto") else check_format_name(str(fmt))
    try:
        parsed = _PARSERS[chosen](path, limits, me, sink)
    except RecursionError:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The file {name} is nested too deeply to read."),
            name=path.name,
        ) from None
    if file_digest(path) != before:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "The file {name} changed while it was being read. Nothing was imported; try "
                "again once nothing else is writing to it.",
            ),
            name=path.name,
        )
    return replace(parsed, source_sha256=before[0], source_size=before[1])
