"""What the vault keeps of each imported message, call and export file.

One canonical-JSON record per message or call (docs/vault-format.md section 11):
fields that hold their default are left out, so a record is only as long as what
the source said. Times keep the source's own string (`raw`) beside the UTC value;
a zone the source does not give is stored with the message as an assumption.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from typing import Any

from journal.entries.codec import from_plain, to_plain
from journal.entries.model import AttachmentInfo


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    """A file a message names; `attachment_id` when its bytes were in the export (.zip)."""

    name: str
    size: int | None = None
    content_type: str | None = None
    attachment_id: str | None = None


@dataclass(frozen=True, slots=True)
class StoredTime:
    """`utc` is always set: from the source, or from the assumed `zone`.

    `local` is the wall-clock time the source wrote (zone-less sources only);
    `zone_confirmed` False means the zone was not given by the user but taken from
    the computer that imported the file.
    """

    raw: str
    utc: str
    local: str | None = None
    zone: str | None = None
    zone_confirmed: bool = False
    zone_doubt: str | None = None  # "ambiguous" or "nonexistent" in that zone
    source_offset_minutes: int | None = None
    shown_as: str | None = None

    @property
    def zone_assumed(self) -> bool:
        return self.local is not None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    id: str
    conversation: str
    sender: str
    time: StoredTime
    text: str
    source: str  # SHA-256 of the export file it was first imported from
    location: str
    sender_id: str | None = None
    attachments: tuple[StoredAttachment, ...] = ()
    source_id: str | None = None
    from_me: bool | None = None
    system: bool = False
    deleted: bool = False
    edited: bool = False
    media_omitted: bool = False


@dataclass(frozen=True, slots=True)
class StoredCall:
    id: str
    direction: str
    number: str
    time: StoredTime
    duration_seconds: int
    source: str
    location: str
    name: str | None = None
    conversation: str | None = None


@dataclass(frozen=True)
class StoredConversation:
    id: str
    title: str
    format: str
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceFile:
    """One imported export file: the original kept as evidence, and what came of it."""

    sha256: str
    format: str
    file: AttachmentInfo
    imported_at: str
    messages_new: int
    messages_known: int  # already in the journal from an overlapping export
    calls_new: int = 0
    zone: str | None = None  # the zone assumed for its zone-less times
    zone_confirmed: bool = False
    me: str | None = None
    conversations: int = 0
    warnings: tuple[str, ...] = ()
    members: tuple[AttachmentInfo, ...] = field(default=())  # media kept from a .zip


def _compact(value: Any) -> Any:
    """Plain values, leaving out every field that holds its default."""
    if is_dataclass(value) and not isinstance(value, type):
        out = {}
        for item in fields(value):
            current = getattr(value, item.name)
            if (
                item.default is MISSING
                or current != item.default
                or type(current) is not type(item.default)
            ):
                out[item.name] = _compact(current)
        return out
    if isinstance(value, tuple | list):
        return [_compact(v) for v in value]
    return value


def record_plain(item: StoredMessage | StoredCall) -> dict[str, Any]:
    plain: dict[str, Any] = _compact(item)
    plain["type"] = "message" if isinstance(item, StoredMessage) else "call"
    return plain


def record_from_plain(data: dict[str, Any]) -> StoredMessage | StoredCall:
    """A stored record back as its value. Records are authenticated and bound by hash
    (batches.py), so this is a fast direct build; a malformed one is a ValueError."""
    body = dict(data)
    kind = body.pop("type", None)
    try:
        body["time"] = StoredTime(**body["time"])
        if kind == "message":
            attachments = body.get("attachments")
            if attachments:
                body["attachments"] = tuple(StoredAttachment(**a) for a in attachments)
            return StoredMessage(**body)
        if kind == "call":
            return StoredCall(**body)
    except (TypeError, KeyError) as error:
        raise ValueError(f"a stored {kind} record is malformed ({error})") from None
    raise ValueError(f"a stored record of unknown type {kind!r}")


def source_plain(source: SourceFile) -> dict[str, Any]:
    return dict(to_plain(source))


def source_from_plain(data: Any) -> SourceFile:
    return from_plain(SourceFile, data, "message source")


def conversation_plain(conversation: StoredConversation) -> dict[str, Any]:
    return dict(to_plain(conversation))


def conversation_from_plain(data: Any) -> StoredConversation:
    return from_plain(StoredConversation, data, "conversation")
