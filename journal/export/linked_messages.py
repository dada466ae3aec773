"""The messages linked to an entry, and the evidence files behind them (the export
file a message came from, and any media kept from it), numbered as exhibits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from journal.conversations.records import StoredCall, StoredMessage
from journal.entries.model import AttachmentInfo, Entry
from journal.errors import NotFound

if TYPE_CHECKING:
    from journal.session.journal import Journal

E = TypeVar("E")

Record = StoredMessage | StoredCall


@dataclass(frozen=True)
class LinkedLog:
    records: tuple[Record, ...]  # in time order
    missing: tuple[str, ...]  # linked ids the journal does not hold (a damaged batch)


def linked(journal: Journal, entry: Entry) -> LinkedLog:
    if not entry.content.messages:
        return LinkedLog((), ())
    found: list[Record] = []
    missing: list[str] = []
    for message_id in entry.content.messages:
        try:
            found.append(journal.messages.message(message_id))
        except NotFound:
            missing.append(message_id)
    found.sort(key=lambda r: (r.time.utc, r.id))
    return LinkedLog(tuple(found), tuple(missing))


def files_of(journal: Journal, record: Record) -> list[AttachmentInfo]:
    """The evidence files behind a record: its export file, then any kept media."""
    store = journal.messages
    source = store.source(record.source)
    files = [source.file] if source is not None else []
    if isinstance(record, StoredMessage):
        files += [kept for a in record.attachments if (kept := store.kept_media(a)) is not None]
    return files


def add_message_exhibits(
    journal: Journal,
    entries: Iterable[Entry],
    exhibits: list[E],
    exhibit_of: dict[str, str],
    make: Callable[[str, str, AttachmentInfo], E],
) -> None:
    """Number the export files (and kept media) of every linked record, once each,
    after the entries' own evidence."""
    for entry in entries:
        for record in linked(journal, entry).records:
            for info in files_of(journal, record):
                if info.attachment_id not in exhibit_of:
                    number = f"EX-{len(exhibits) + 1:03d}"
                    exhibits.append(make(number, entry.entry_id, info))
                    exhibit_of[info.attachment_id] = number
