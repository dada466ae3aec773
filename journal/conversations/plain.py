"""Parsed messages and calls as the plain records the vault keeps (records.py), built
directly with their keys in sorted order, so a batch is written without a sort
(batches.presorted_json); `record_plain(record_from_plain(x)) == x` is tested."""

from __future__ import annotations

from typing import Any

from journal.messages import Attachment, CallRecord, Message


def message_plain(
    item: Message, record_id: str, time: dict[str, Any], source: str
) -> dict[str, Any]:
    """The stored record of a message, as records.record_plain would write it, with
    its keys in sorted order (batches.presorted_json relies on that)."""
    pairs: list[tuple[str, Any]] = [
        ("attachments", [attachment_plain(a) for a in item.attachments]),
        ("conversation", item.conversation_id),
        ("deleted", item.is_deleted or None),
        ("edited", item.is_edited or None),
        ("from_me", item.from_me),
        ("id", record_id),
        ("location", item.location),
        ("media_omitted", item.media_omitted or None),
        ("sender", item.sender_name),
        ("sender_id", item.sender_id),
        ("source", source),
        ("source_id", item.source_id),
        ("system", item.is_system or None),
        ("text", item.text),
        ("time", time),
        ("type", "message"),
    ]
    return {k: v for k, v in pairs if v is not None and v != []}


def attachment_plain(attachment: Attachment) -> dict[str, Any]:
    pairs = (
        ("content_type", attachment.content_type),
        ("name", attachment.name),
        ("size", attachment.size),
    )
    return {k: v for k, v in pairs if v is not None}


def call_plain(
    item: CallRecord, record_id: str, time: dict[str, Any], source: str
) -> dict[str, Any]:
    pairs: list[tuple[str, Any]] = [
        ("conversation", item.conversation_id),
        ("direction", item.direction),
        ("duration_seconds", item.duration_seconds),
        ("id", record_id),
        ("location", item.location),
        ("name", item.name),
        ("number", item.number),
        ("source", source),
        ("time", time),
        ("type", "call"),
    ]
    return {k: v for k, v in pairs if v is not None}
