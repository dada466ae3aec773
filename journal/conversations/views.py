"""The plain views of a stored message or call: the CLI's `messages --json` lines and
the bundle's `messages/*.json` are the same object (docs/messages.md)."""

from __future__ import annotations

from typing import Any

from journal.conversations.records import StoredCall, StoredMessage, StoredTime
from journal.conversations.store import MessageStore
from journal.conversations.zones import sent_at, shown


def time_fields(time: StoredTime) -> dict[str, Any]:
    return {
        "sent_at": sent_at(time),
        "sent_at_utc": time.utc,
        "time_as_written": time.raw,
        "time_shown": shown(time),
        "timezone": time.zone,
        "timezone_assumed": time.zone_assumed,
        "timezone_confirmed": time.zone_confirmed if time.zone_assumed else None,
        "timezone_doubt": time.zone_doubt,
    }


def message_json(store: MessageStore, message: StoredMessage) -> dict[str, Any]:
    source = store.source(message.source)
    return {
        "kind": "message",
        "id": message.id,
        "conversation": message.conversation,
        "sender": message.sender,
        "sender_id": message.sender_id,
        **time_fields(message.time),
        "text": message.text,
        "attachments": [a.name for a in message.attachments],
        "attachment_files": [
            {"name": a.name, "attachment_id": kept.attachment_id, "sha256": kept.sha256}
            for a in message.attachments
            if (kept := store.kept_media(a)) is not None
        ],
        "source_sha256": message.source,
        "source_attachment": source.file.attachment_id if source else None,
        "source_file": source.file.file_name if source else None,
        "source_format": source.format if source else None,
        "location_in_source": message.location,
        "source_message_id": message.source_id,
        "from_me": message.from_me,
        "system": message.system,
        "deleted_marker": message.deleted,
        "edited_marker": message.edited,
        "media_omitted": message.media_omitted,
    }


def call_json(store: MessageStore, call: StoredCall) -> dict[str, Any]:
    source = store.source(call.source)
    return {
        "kind": "call",
        "id": call.id,
        "conversation": call.conversation,
        "direction": call.direction,
        "number": call.number,
        "name": call.name,
        **time_fields(call.time),
        "duration_seconds": call.duration_seconds,
        "source_sha256": call.source,
        "source_attachment": source.file.attachment_id if source else None,
        "source_file": source.file.file_name if source else None,
        "location_in_source": call.location,
    }


def record_json(store: MessageStore, record: StoredMessage | StoredCall) -> dict[str, Any]:
    if isinstance(record, StoredCall):
        return call_json(store, record)
    return message_json(store, record)
