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
    its keys inserted in sorted order (batches.presorted_json relies on that)."""
    record: dict[str, Any] = {}
    if item.attachments:
        record["attachments"] = [attachment_plain(a) for a in item.attachments]
    record["conversation"] = item.conversation_id
    if item.is_deleted:
        record["deleted"] = True
    if item.is_edited:
        record["edited"] = True
    if item.from_me is not None:
        record["from_me"] = item.from_me
    record["id"] = record_id
    record["location"] = item.location
    if item.media_omitted:
        record["media_omitted"] = True
    record["sender"] = item.sender_name
    if item.sender_id is not None:
        record["sender_id"] = item.sender_id
    record["source"] = source
    if item.source_id is not None:
        record["source_id"] = item.source_id
    if item.is_system:
        record["system"] = True
    record["text"] = item.text
    record["time"] = time
    record["type"] = "message"
    return record


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
