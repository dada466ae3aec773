"""Telegram Desktop's machine-readable export (result.json): one chat, or the full
export whose chats are under "chats" -> "list".

`date_unixtime` is UTC seconds; `date` is the exporting computer's local rendering,
kept as `shown_as`. Text given as a list of strings and entity objects is joined
exactly, in order. Phone calls (service messages) become call records.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from journal.messages.collect import ExportCollector, Sink
from journal.messages.errors import MessageFormatError
from journal.messages.json_source import field, load_json
from journal.messages.model import Attachment, CallDirection, MessageTime, ParsedExport, stable_id
from journal.messages.source import Limits
from journal.translatable import QT_TRANSLATE_NOOP, phrase

FORMAT = "telegram-json"
_NOT_INCLUDED = "(File not included."
_FILE_KEYS = ("photo", "file", "thumbnail")


def parse_telegram(
    path: Path, limits: Limits, me: str | None, sink: Sink | None = None
) -> ParsedExport:
    data = load_json(path, limits, phrase(QT_TRANSLATE_NOOP("core", "The Telegram export")))
    chats = data.get("chats", {}).get("list") if isinstance(data.get("chats"), dict) else None
    collector = ExportCollector(FORMAT, sink)
    if chats is None:
        _chat(data, "chat", collector, me)
    elif isinstance(chats, list):
        for number, chat in enumerate(chats, start=1):
            if not isinstance(chat, dict):
                raise MessageFormatError(
                    QT_TRANSLATE_NOOP(
                        "core", "Chat {number} of the Telegram export is not an object."
                    ),
                    number=number,
                )
            _chat(chat, f"chat {number}", collector, me)
    else:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The Telegram export's chats list is not a list.")
        )
    return collector.result()


def _chat(chat: dict[str, Any], where: str, collector: ExportCollector, me: str | None) -> None:
    messages = field(chat, "messages", list, where)
    chat_id = chat.get("id")
    conversation = stable_id(FORMAT, str(chat_id if chat_id is not None else chat.get("name")))
    title = chat.get("name") if isinstance(chat.get("name"), str) else chat.get("type", "chat")
    collector.conversation(conversation, str(title))
    for number, message in enumerate(messages, start=1):
        place = f"{where}, message {number}"
        if not isinstance(message, dict):
            raise MessageFormatError(
                QT_TRANSLATE_NOOP("core", "The Telegram export's {place} is not an object."),
                place=place,
            )
        _message(message, place, conversation, collector, me)


def _time(message: dict[str, Any], place: str) -> MessageTime:
    raw = message.get("date_unixtime")
    shown = message.get("date") if isinstance(message.get("date"), str) else None
    if isinstance(raw, str) and raw.isdigit():
        try:
            value = datetime.fromtimestamp(int(raw), tz=UTC)
        except (OverflowError, OSError, ValueError):
            raise MessageFormatError(
                QT_TRANSLATE_NOOP("core", "The Telegram export's {place} has a time out of range."),
                place=place,
            ) from None
        return MessageTime(raw=raw, value=value, zone_assumed=False, shown_as=shown)
    if shown is not None:  # exports before 2021 have only the local "date"
        try:
            return MessageTime(raw=shown, value=datetime.fromisoformat(shown), zone_assumed=True)
        except ValueError:
            pass
    raise MessageFormatError(
        QT_TRANSLATE_NOOP("core", "The Telegram export's {place} has no time this app can read."),
        place=place,
    )


def join_text(text: Any, place: str) -> str:
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The Telegram export's {place} has a text that is not text."),
            place=place,
        )
    pieces = []
    for piece in text:
        if isinstance(piece, str):
            pieces.append(piece)
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            pieces.append(piece["text"])
        else:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP(
                    "core", "The Telegram export's {place} has a text piece of no text."
                ),
                place=place,
            )
    return "".join(pieces)


def _message(
    message: dict[str, Any],
    place: str,
    conversation: str,
    collector: ExportCollector,
    me: str | None,
) -> None:
    when = _time(message, place)
    service = message.get("type") == "service"
    name = message.get("actor" if service else "from")
    sender_id = message.get("actor_id" if service else "from_id")
    sender = name if isinstance(name, str) else ""
    if service and message.get("action") == "phone_call":
        _call(message, place, conversation, sender, when, collector, me)
        return
    files = [message[key] for key in _FILE_KEYS if isinstance(message.get(key), str)]
    omitted = any(item.startswith(_NOT_INCLUDED) for item in files)
    collector.message(
        conversation_id=conversation,
        sender_name=sender,
        sender_id=str(sender_id) if sender_id is not None else None,
        time=when,
        text=join_text(message.get("text", ""), place),
        location=place,
        attachments=tuple(Attachment(name=item) for item in files if not item.startswith("(")),
        source_id=str(message["id"]) if "id" in message else None,
        from_me=(sender == me) if me else None,
        is_system=service,
        is_edited="edited" in message or "edited_unixtime" in message,
        media_omitted=omitted,
    )


def _call(
    message: dict[str, Any],
    place: str,
    conversation: str,
    actor: str,
    when: MessageTime,
    collector: ExportCollector,
    me: str | None,
) -> None:
    reason = message.get("discard_reason")
    duration = message.get("duration_seconds", 0)
    direction: CallDirection = "unknown"
    if me and actor == me:
        direction = "outgoing"
    elif reason in ("missed", "busy"):
        direction = "missed" if reason == "missed" else "rejected"
    elif me:
        direction = "incoming"
    collector.call(
        direction=direction,
        number=str(message.get("actor_id", "")),
        name=actor or None,
        time=when,
        duration_seconds=duration if isinstance(duration, int) else 0,
        location=place,
        conversation_id=conversation,
    )
