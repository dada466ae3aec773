"""Revision records: building, encoding and decoding the canonical JSON of one revision."""

from __future__ import annotations

import json
import os
from typing import Any, NamedTuple

from .chain import RECORD_FORMAT, canonical, leaf_hash
from .codec import from_plain, to_plain
from .model import AttachmentInfo, EntryContent, PersonContent, Revision

TYPE_ENTRY = "entry"
TYPE_PERSON = "person"
CONTENT_TYPES: dict[str, type[EntryContent] | type[PersonContent]] = {
    TYPE_ENTRY: EntryContent,
    TYPE_PERSON: PersonContent,
}


def build_record(
    *,
    record_type: str,
    record_id: str,
    revision: int,
    seq: int,
    prev_leaf: str | None,
    prev_head: str,
    recorded_at: str,
    content: EntryContent | PersonContent | None,
    attachments: tuple[AttachmentInfo, ...] = (),
    deleted: bool = False,
    purge: bool = False,
) -> bytes:
    record: dict[str, Any] = {
        "format": RECORD_FORMAT,
        "type": record_type,
        "id": record_id,
        "revision": revision,
        "seq": seq,
        "prev_leaf": prev_leaf,
        "prev_head": prev_head,
        "salt": os.urandom(16).hex(),
        "recorded_at": recorded_at,
        "deleted": deleted,
        "content": None if content is None else to_plain(content),
        "attachments": [to_plain(a) for a in attachments],
    }
    if purge:
        record["purge"] = True
    return canonical(record)


def purged_stub(revision: Revision) -> bytes:
    """What replaces a purged revision: enough to keep the chain verifiable, no content."""
    return canonical(
        {
            "format": RECORD_FORMAT,
            "type": "purged",
            "of_type": revision.record_type,
            "id": revision.record_id,
            "revision": revision.revision,
            "seq": revision.seq,
            "recorded_at": revision.recorded_at,
            "leaf": revision.leaf,
        }
    )


class RecordError(ValueError):
    pass


class Links(NamedTuple):
    """What a stored revision states about its place in the chain (None for a stub)."""

    prev_head: str | None
    prev_leaf: str | None


def decode(plaintext: bytes) -> tuple[Revision, Links]:
    """Parse one stored revision; returns it with the links it states."""
    try:
        raw = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecordError(f"not a readable record ({error})") from None
    if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT:
        raise RecordError("record of an unknown format")
    if raw.get("type") == "purged":
        revision = Revision(
            record_id=str(raw["id"]),
            record_type=str(raw["of_type"]),
            revision=int(raw["revision"]),
            seq=int(raw["seq"]),
            recorded_at=str(raw["recorded_at"]),
            deleted=True,
            leaf=str(raw["leaf"]),
            content=None,
        )
        return revision, Links(None, None)
    record_type = str(raw.get("type"))
    content_type = CONTENT_TYPES.get(record_type)
    if content_type is None:
        raise RecordError(f"record of unknown type {record_type!r}")
    content = raw.get("content")
    revision = Revision(
        record_id=str(raw["id"]),
        record_type=record_type,
        revision=int(raw["revision"]),
        seq=int(raw["seq"]),
        recorded_at=str(raw["recorded_at"]),
        deleted=bool(raw["deleted"]),
        leaf=leaf_hash(plaintext).hex(),
        content=None if content is None else from_plain(content_type, content, "record"),
        attachments=tuple(
            from_plain(AttachmentInfo, a, "attachment") for a in raw.get("attachments", [])
        ),
    )
    prev_leaf = raw.get("prev_leaf")
    return revision, Links(str(raw["prev_head"]), None if prev_leaf is None else str(prev_leaf))
