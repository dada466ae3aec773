"""Naming damage: which entry an unreadable revision belonged to, what SQLite's own
integrity check finds, and values whose stored type was changed.

A revision that cannot be decrypted names nothing itself. When other versions
of the same record can be read, the gap in its version numbers places the
unreadable one: the entry's title is then given. Otherwise the message says
plainly that which entry it was cannot be known from the file.
"""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path

from journal.entries.model import EntryContent, PersonContent, Revision
from journal.repair.realign import missing_bytes
from journal.translatable import QT_TRANSLATE_NOOP, phrase

INTEGRITY_LINES = 20  # integrity_check lines reported, at most


def damaged_file_problem(why: str) -> str:
    return phrase(
        QT_TRANSLATE_NOOP(
            "core",
            "SQLite reports damage in the file ({why}); it was opened read-only and what can "
            "still be read is shown. 'salvage' copies it into a new journal file",
        ),
        why=why,
    )


def record_label(revisions: list[Revision]) -> str:
    """'entry 'Title' (1a2b3c4d)' or 'person 'Name' (...)' from the latest readable content."""
    short = revisions[0].record_id[:8] if revisions else ""
    for revision in reversed(revisions):
        if isinstance(revision.content, EntryContent):
            title = revision.content.title
            return phrase(
                QT_TRANSLATE_NOOP("core", "entry {title!r} ({id})"), title=title, id=short
            )
        if isinstance(revision.content, PersonContent):
            name = revision.content.name
            return phrase(QT_TRANSLATE_NOOP("core", "person {name!r} ({id})"), name=name, id=short)
    if revisions:
        return phrase(QT_TRANSLATE_NOOP("core", "record {id}"), id=short)
    return phrase(QT_TRANSLATE_NOOP("core", "a record"))


def parsed_titles(revisions: dict[str, list[Revision]]) -> list[tuple[str, list[Revision]]]:
    """(label, readable revisions in seq order) of every record read at unlock."""
    return [(record_label(history), history) for history in revisions.values()]


def name_unreadable(
    records: list[tuple[str, list[Revision]]], unreadable: dict[int, str]
) -> dict[int, str]:
    """The messages of `unreadable` (by seq), each naming its entry where that is known.

    A record whose versions jump from a to b (b > a + 1) between seqs s_a and s_b
    lost versions a+1..b-1: when exactly that many unreadable revisions lie between
    s_a and s_b, they are its lost versions.
    """
    named = dict(unreadable)
    placed: set[int] = set()
    for label, history in records:
        ordered = sorted(history, key=lambda r: r.seq)
        bounds = [(0, 0), *((r.revision, r.seq) for r in ordered)]
        for (low_version, low_seq), (high_version, high_seq) in pairwise(bounds):
            lost = high_version - low_version - 1
            if lost <= 0:
                continue
            between = sorted(s for s in unreadable if low_seq < s < high_seq)
            if len(between) == lost:
                for version, seq in enumerate(between, low_version + 1):
                    named[seq] = phrase(
                        QT_TRANSLATE_NOOP("core", "{record}, version {version}: {problem}"),
                        record=label,
                        version=version,
                        problem=unreadable[seq],
                    )
                    placed.add(seq)
    for seq, message in named.items():
        if seq not in placed:
            named[seq] = phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{problem} (which entry it belonged to cannot be known: no other version "
                    "of it can be read)",
                ),
                problem=message,
            )
    return named


def sqlite_findings(path: Path) -> list[str]:
    """What SQLite's integrity check reports, and stored values whose type was changed
    (a flipped record-header bit: SQLite accepts those, the app reads them as blobs).
    Read-only, on a connection of its own."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "SQLite cannot open the file for its integrity check ({error})"
                ),
                error=error,
            )
        ]
    found = _short_of_pages(path)
    try:
        found += _integrity_lines(conn)
        found += _retyped(conn)
    except sqlite3.Error as error:
        found.append(
            phrase(
                QT_TRANSLATE_NOOP("core", "SQLite's integrity check could not finish ({error})"),
                error=error,
            )
        )
    finally:
        conn.close()
    return found


def _short_of_pages(path: Path) -> list[str]:
    _size, missing = missing_bytes(path)
    if not missing:
        return []
    return [
        phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "the file is {missing} bytes short of whole pages: bytes were cut out of it or "
                "it was truncated; 'salvage' realigns the pages after a cut before copying",
            ),
            missing=missing,
        )
    ]


def _integrity_lines(conn: sqlite3.Connection) -> list[str]:
    """integrity_check's findings; a damaged schema is read past on a second try."""
    query = f"PRAGMA integrity_check({INTEGRITY_LINES})"
    try:
        lines = [str(r[0]) for r in conn.execute(query)]
    except sqlite3.DatabaseError:
        conn.execute("PRAGMA writable_schema=ON")
        lines = [str(r[0]) for r in conn.execute(query)]
    if lines == ["ok"]:
        return []
    said = QT_TRANSLATE_NOOP("core", "SQLite's integrity check: {line}")
    return [phrase(said, line=line) for line in lines]


_RETYPED = (
    "SELECT r.seq, hex(c.object_id), c.idx FROM chunk AS c "
    "LEFT JOIN revision AS r ON r.object_id = c.object_id WHERE typeof(c.ct) != 'blob'"
)
_NOT_BLOB = "SELECT count(*) FROM {} WHERE typeof({}) NOT IN ('blob', 'null')"
# the other binary columns: (query, what a row of it is)
_BINARY_COLUMNS = (
    (_NOT_BLOB.format("meta", "v"), QT_TRANSLATE_NOOP("core", "a stored value (meta)")),
    (_NOT_BLOB.format("epoch", "prev_key"), QT_TRANSLATE_NOOP("core", "a key-epoch link")),
    (_NOT_BLOB.format("keyslot", "ct"), QT_TRANSLATE_NOOP("core", "a key slot")),
    (
        _NOT_BLOB.format("object", "wrapped_key"),
        QT_TRANSLATE_NOOP("core", "an object's wrapped key"),
    ),
)


def _retyped(conn: sqlite3.Connection) -> list[str]:
    out: list[str] = []
    for seq, object_hex, idx in conn.execute(_RETYPED):
        if seq is not None:
            where = phrase(QT_TRANSLATE_NOOP("core", "revision {seq}"), seq=seq)
        else:
            where = phrase(QT_TRANSLATE_NOOP("core", "object {id}"), id=str(object_hex).lower())
        said = QT_TRANSLATE_NOOP(
            "core",
            "{where}: the file's record header for chunk {idx} was changed (a value stored "
            "as binary is marked as text); its bytes were read as binary and checked",
        )
        out.append(phrase(said, where=where, idx=idx))
    for query, what in _BINARY_COLUMNS:
        count = conn.execute(query).fetchone()[0]
        if count:
            said = QT_TRANSLATE_NOOP(
                "core",
                "the file's record header of {count} row(s) of {what} was changed (a value "
                "stored as binary is marked as text); the bytes were read as binary",
            )
            out.append(phrase(said, count=count, what=phrase(what)))
    return out
