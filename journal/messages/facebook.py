"""Facebook Messenger and Instagram "Download your information" JSON (message_1.json),
and the newer end-to-end-encrypted Messenger export (senderName/timestamp/text).

Meta writes UTF-8 bytes as if each were a Latin-1 character ("Ã©" for "é"). A string
is repaired only when encoding it as Latin-1 and decoding as UTF-8 succeeds, which
text that was never mangled almost never does; the original file stays the evidence.
`timestamp_ms` is UTC milliseconds. Messages are written newest first; order is kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from journal.messages.collect import ExportCollector, Sink
from journal.messages.errors import MessageFormatError
from journal.messages.json_source import field, load_json
from journal.messages.model import Attachment, MessageTime, ParsedExport, stable_id
from journal.messages.source import Limits
from journal.translatable import QT_TRANSLATE_NOOP, phrase

FORMAT = "facebook-json"
_MEDIA_KEYS = ("photos", "videos", "audio_files", "files", "gifs")


def repair(text: str) -> str:
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def parse_facebook(
    path: Path, limits: Limits, me: str | None, sink: Sink | None = None
) -> ParsedExport:
    data = load_json(
        path, limits, phrase(QT_TRANSLATE_NOOP("core", "The Messenger/Instagram export"))
    )
    modern = "threadName" in data or any(
        isinstance(m, dict) and "senderName" in m for m in data.get("messages", [])[:1]
    )
    names = [
        repair(p["name"])
        if isinstance(p, dict) and isinstance(p.get("name"), str)
        else repair(p)
        if isinstance(p, str)
        else ""
        for p in field(data, "participants", list, "thread")
    ]
    title = data.get("threadName" if modern else "title")
    thread = data.get("thread_path")
    key = thread if isinstance(thread, str) else "|".join(sorted(names))
    conversation = stable_id(FORMAT, key)
    collector = ExportCollector(FORMAT, sink)
    collector.conversation(
        conversation, repair(title) if isinstance(title, str) else ", ".join(names), *names
    )
    for number, message in enumerate(field(data, "messages", list, "thread"), start=1):
        place = f"message {number}"
        if not isinstance(message, dict):
            raise MessageFormatError(
                QT_TRANSLATE_NOOP("core", "The export's {place} is not an object."), place=place
            )
        _message(message, place, conversation, collector, me, modern)
    return collector.result()


def _message(
    message: dict[str, Any],
    place: str,
    conversation: str,
    collector: ExportCollector,
    me: str | None,
    modern: bool,
) -> None:
    keys = ("senderName", "timestamp", "text")
    if not modern:
        keys = ("sender_name", "timestamp_ms", "content")
    sender = repair(field(message, keys[0], str, place))
    millis = field(message, keys[1], int, place)
    try:
        value = datetime.fromtimestamp(millis / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The export's {place} has a time out of range."), place=place
        ) from None
    content = message.get(keys[2])
    attachments = tuple(_attachments(message, modern))
    collector.message(
        conversation_id=conversation,
        sender_name=sender,
        sender_id=None,
        time=MessageTime(raw=str(millis), value=value, zone_assumed=False),
        text=repair(content) if isinstance(content, str) else "",
        location=place,
        attachments=attachments,
        from_me=(sender == me) if me else None,
        is_system=message.get("type") in ("Call", "Subscribe", "Unsubscribe"),
        is_deleted=bool(message.get("is_unsent") or message.get("isUnsent")),
    )


def _attachments(message: dict[str, Any], modern: bool) -> list[Attachment]:
    found: list[Attachment] = []
    groups = [message.get("media")] if modern else [message.get(key) for key in _MEDIA_KEYS]
    sticker = message.get("sticker")
    if isinstance(sticker, dict):
        groups.append([sticker])
    for group in groups:
        for item in group if isinstance(group, list) else []:
            uri = item.get("uri") if isinstance(item, dict) else None
            if isinstance(uri, str):
                found.append(Attachment(name=repair(uri)))
    return found
