"""What parsing a message export yields: frozen values, no storage, no Qt.

Times keep the string the source wrote. A parsed time is aware (UTC) only when the
source states the zone; otherwise it is naive local time and `zone_assumed` is True,
so a later layer must ask the user which zone the phone was in and store that answer
as an assumption. Nothing here "corrects" a time or a text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Literal

FORMATS = ("whatsapp", "sms-xml", "telegram-json", "facebook-json", "mbox", "eml")

CallDirection = Literal[
    "incoming",
    "outgoing",
    "missed",
    "voicemail",
    "rejected",
    "blocked",
    "answered-elsewhere",
    "unknown",
]


@dataclass(frozen=True)
class MessageTime:
    """A time as the source wrote it (`raw`) and as parsed (`value`).

    `value` is aware and in UTC when the source gives the zone (`zone_assumed` False);
    naive local time when it does not (`zone_assumed` True). `source_offset_minutes`
    keeps the offset the source wrote (email Date), `shown_as` a local rendering the
    source adds beside the machine time (SMS readable_date, Telegram date).
    """

    raw: str
    value: datetime
    zone_assumed: bool
    source_offset_minutes: int | None = None
    shown_as: str | None = None

    def __post_init__(self) -> None:
        aware = self.value.tzinfo is not None
        if aware == self.zone_assumed:
            raise ValueError("a time is aware exactly when its zone is not assumed")
        if aware and self.value.utcoffset() != UTC.utcoffset(None):
            raise ValueError("an aware message time is kept in UTC")

    def in_utc(self, assumed_zone: tzinfo | None = None) -> datetime:
        """The UTC time; for an assumed-zone time, the zone the user confirmed."""
        if not self.zone_assumed:
            return self.value
        if assumed_zone is None:
            raise ValueError("this time has no zone in its source; a zone must be chosen")
        return self.value.replace(tzinfo=assumed_zone).astimezone(UTC)

    def local_doubt(self, assumed_zone: tzinfo) -> Literal["ambiguous", "nonexistent"] | None:
        """Whether a zone-less time falls in that zone's clock change: an hour that
        happened twice (which one is unknowable) or one that never happened."""
        if not self.zone_assumed:
            return None
        first = self.value.replace(tzinfo=assumed_zone, fold=0)
        second = self.value.replace(tzinfo=assumed_zone, fold=1)
        if first.utcoffset() == second.utcoffset():
            return None
        back = first.astimezone(UTC).astimezone(assumed_zone).replace(tzinfo=None)
        return "ambiguous" if back == self.value else "nonexistent"

    @property
    def sort_key(self) -> str:
        """Orders times of one export (all assumed or all from the source)."""
        return self.value.replace(tzinfo=None).isoformat()


@dataclass(frozen=True)
class Attachment:
    """A file a message refers to; its bytes are not read by the parsers."""

    name: str
    size: int | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str
    participants: tuple[str, ...]


@dataclass(frozen=True)
class Message:
    conversation_id: str
    sender_name: str
    sender_id: str | None
    time: MessageTime
    text: str
    attachments: tuple[Attachment, ...]
    location: str
    fingerprint: str
    source_id: str | None = None
    from_me: bool | None = None
    is_system: bool = False
    is_deleted: bool = False
    is_edited: bool = False
    media_omitted: bool = False


@dataclass(frozen=True)
class CallRecord:
    direction: CallDirection
    number: str
    name: str | None
    time: MessageTime
    duration_seconds: int
    location: str
    fingerprint: str
    conversation_id: str | None = None


@dataclass(frozen=True)
class ParsedExport:
    format: str
    conversations: tuple[Conversation, ...]
    messages: tuple[Message, ...]
    calls: tuple[CallRecord, ...] = ()
    warnings: tuple[str, ...] = ()
    archive_members: tuple[Attachment, ...] = ()
    source_sha256: str = ""  # of the file exactly as parsed
    source_size: int = 0
    message_count: int = 0  # also when a sink took the messages
    call_count: int = 0


def stable_id(fmt: str, *parts: str) -> str:
    """An id derived only from what the source says, so a later export maps to it too."""
    digest = hashlib.sha256("\x1f".join((fmt, *parts)).encode("utf-8", "surrogatepass"))
    return f"{fmt}:{digest.hexdigest()[:24]}"


def content_digest(*parts: str) -> bytes:
    """SHA-256 over the parts' lengths, then the parts: no two lists collide."""
    framed = ",".join(map(str, map(len, parts))) + "|" + "".join(parts)
    return hashlib.sha256(framed.encode("utf-8", "surrogatepass")).digest()


def numbered_fingerprint(digest: bytes, repeat: int) -> str:
    """The fingerprint of the `repeat`-th message with this content digest (from 1)."""
    return hashlib.sha256(digest + str(repeat).encode()).hexdigest()
