"""A purge is valid only where the chain records it.

A purged stub keeps its revision's leaf, so the chain still verifies without it;
someone holding an old epoch key could otherwise replace an entry's revisions with
stubs and delete its evidence. The purge itself is recorded by a later revision of
the same record (`"purge": true`, no content), which only the newest key can
append to the chain. A stub with no such later revision is reported, naming the
record.
"""

from __future__ import annotations

from typing import NamedTuple

from journal.translatable import QT_TRANSLATE_NOOP, phrase


class StoredKind(NamedTuple):
    seq: int
    record_type: str
    is_stub: bool
    is_purge_marker: bool


def unrecorded_purges(records: dict[str, list[StoredKind]]) -> list[str]:
    problems: list[str] = []
    for record_id, history in records.items():
        marked_at = max((item.seq for item in history if item.is_purge_marker), default=0)
        orphans = [item for item in history if item.is_stub and item.seq > marked_at]
        if orphans:
            kind = orphans[0].record_type
            seqs = ", ".join(str(item.seq) for item in orphans)
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{kind} {record_id}: revision(s) {seqs} were replaced by purged stubs, but "
                        "no purge of it is recorded in the chain (the file was altered, perhaps "
                        "with an old key); its content and evidence are gone from this file",
                    ),
                    kind=kind,
                    record_id=record_id,
                    seqs=seqs,
                )
            )
    return problems
