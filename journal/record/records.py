"""Revision records: building, encoding and decoding the canonical JSON of one revision."""

from __future__ import annotations

import json
import os
from typing import Any, NamedTuple

from journal.entries.codec import from_plain, to_plain
from journal.entries.model import AttachmentInfo, EntryContent, PersonContent, Revision
from journal.errors import UsageError
from journal.vault.chain import RECORD_FORMAT, canonical, leaf_hash

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


class Parsed(NamedTuple):
    """A stored revision with its chain facts read and its content not yet converted."""

    header: Revision  # content and attachments left empty
    links: Links
    content_type: type[EntryContent] | type[PersonContent] | None  # None: a purged stub
    content: Any
    attachments: Any


def parse(plaintext: bytes) -> Parsed:
    """Read what the chain needs from one stored revision (the JSON, ids, numbers, leaf).

    Converting the content into dataclasses is left to `finish`, so opening a journal
    can check every revision's place in the chain and convert only what it shows.
    """
    try:
        raw = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecordError(f"not a readable record ({error})") from None
    if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT:
        raise RecordError("record of an unknown format")
    try:
        if raw.get("type") == "purged":
            header = Revision(
                record_id=str(raw["id"]),
                record_type=str(raw["of_type"]),
                revision=int(raw["revision"]),
                seq=int(raw["seq"]),
                recorded_at=str(raw["recorded_at"]),
                deleted=True,
                leaf=str(raw["leaf"]),
                content=None,
            )
            return Parsed(header, Links(None, None), None, None, [])
        record_type = str(raw.get("type"))
        content_type = CONTENT_TYPES.get(record_type)
        if content_type is None:
            raise RecordError(f"record of unknown type {record_type!r}")
        header = Revision(
            record_id=str(raw["id"]),
            record_type=record_type,
            revision=int(raw["revision"]),
            seq=int(raw["seq"]),
            recorded_at=str(raw["recorded_at"]),
            deleted=bool(raw["deleted"]),
            leaf=leaf_hash(plaintext).hex(),
            content=None,
        )
        prev_leaf = raw.get("prev_leaf")
        links = Links(str(raw["prev_head"]), None if prev_leaf is None else str(prev_leaf))
    except (KeyError, TypeError, ValueError) as error:
        raise RecordError(f"record without a readable {error}") from None
    return Parsed(header, links, content_type, raw.get("content"), raw.get("attachments", []))


def finish(parsed: Parsed) -> Revision:
    """Convert a parsed revision's content and evidence list, checking every field."""
    if parsed.content_type is None:
        return parsed.header
    try:
        content = (
            None
            if parsed.content is None
            else from_plain(parsed.content_type, parsed.content, "record")
        )
        if not isinstance(parsed.attachments, list):
            raise RecordError("record.attachments must be a list.")
        attachments = tuple(from_plain(AttachmentInfo, a, "attachment") for a in parsed.attachments)
    except UsageError as error:
        raise RecordError(str(error)) from None
    h = parsed.header
    return Revision(
        h.record_id,
        h.record_type,
        h.revision,
        h.seq,
        h.recorded_at,
        h.deleted,
        h.leaf,
        content,
        attachments,
    )


def decode(plaintext: bytes) -> tuple[Revision, Links]:
    """Parse and convert one stored revision; returns it with the links it states."""
    parsed = parse(plaintext)
    return finish(parsed), parsed.links
