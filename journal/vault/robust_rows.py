"""Reading revision and aux objects so that damage to one row fails alone.

The fast path is one joined query. When SQLite reports damage in it (a page it
cannot read, a b-tree it calls malformed), each row is read again on its own:
the revision keys one `seq` at a time up to the count the journal sealed, then
each object's header and chunks, so a broken page costs only the rows on it.
Blobs are always read with `CAST(... AS BLOB)`: a record header whose serial
type was flipped from BLOB to TEXT then still yields the exact stored bytes
(the AEAD decides whether they are intact) instead of a UTF-8 decoding error.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

# (seq or None, object_id, epoch, role, wrapped_key, chunks in index order)
SmallRow = tuple[int | None, bytes, int, str, bytes, list[bytes]]

SQLITE_ERRORS = (sqlite3.DatabaseError, ValueError, TypeError)
PROBE_LIMIT = 100_000  # keys probed past the last one found, at most

_JOINED = (
    "SELECT {key}, CAST(s.object_id AS BLOB), o.epoch, o.role, CAST(o.wrapped_key AS BLOB), "
    "c.idx, CAST(c.ct AS BLOB) FROM {table} AS s "
    "LEFT JOIN object AS o ON o.object_id = s.object_id "
    "LEFT JOIN chunk AS c ON c.object_id = s.object_id "
    "ORDER BY {order}, c.idx"
)
_KEY_AND_ORDER = {"revision": ("s.seq", "s.seq"), "aux": ("NULL", "s.object_id")}


@dataclass
class RowsRead:
    rows: list[SmallRow] = field(default_factory=list)
    # key (seq for revisions, object id hex for aux) -> why SQLite could not read it
    unreadable: dict[int | str, str] = field(default_factory=dict)
    damage: str = ""  # the first error SQLite reported, when it reported one


def read_small_objects(conn: sqlite3.Connection, table: str, sealed_count: int = 0) -> RowsRead:
    """Every revision (or aux) object with its chunks; damage is isolated per row."""
    key, order = _KEY_AND_ORDER[table]
    sql = _JOINED.format(key=key, table=table, order=order)
    try:
        fast = RowsRead(rows=_grouped(conn.execute(sql).fetchall(), table == "revision"))
    except SQLITE_ERRORS as error:
        if not_damage(error):
            raise
        out = RowsRead(damage=_reason(error))
    else:
        fast.rows = [_reread_if_missing(conn, row) for row in fast.rows]
        if table == "aux" or len(fast.rows) >= sealed_count:
            return fast
        out = RowsRead()  # fewer than were sealed: look for the others one by one
    keys = _revision_keys(conn, sealed_count, out) if table == "revision" else _aux_keys(conn, out)
    for seq, object_id in keys:
        label: int | str = seq if seq is not None else object_id.hex()
        try:
            out.rows.append(read_object(conn, seq, object_id))
        except SQLITE_ERRORS as error:
            out.unreadable[label] = _reason(error)
    return out


def not_damage(error: BaseException) -> bool:
    """A busy, locked or vanished file (another program, a removed stick) is not damage:
    it is raised as a storage failure instead of being read around."""
    text = str(error).lower()
    return any(words in text for words in ("locked", "busy", "disk i/o", "unable to open"))


def _reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return f"SQLite cannot read it: {text}"


def _grouped(rows: list[tuple[Any, ...]], is_revision: bool) -> list[SmallRow]:
    out: list[SmallRow] = []
    parts: dict[bytes, list[tuple[int, bytes]]] = {}
    headers: dict[bytes, tuple[int | None, bytes, int, str, bytes]] = {}
    for seq, oid, epoch, role, wrapped, idx, ct in rows:
        object_id = bytes(oid)
        if object_id not in headers:
            headers[object_id] = (
                int(seq) if is_revision else None,
                object_id,
                int(epoch) if epoch is not None else -1,
                str(role or ""),
                bytes(wrapped or b""),
            )
            parts[object_id] = []
        if idx is not None:
            parts[object_id].append((int(idx), bytes(ct)))
    for object_id, header in headers.items():
        out.append((*header, contiguous(parts[object_id])))
    return out


def contiguous(parts: list[tuple[int, bytes]]) -> list[bytes]:
    """The chunks in order, or [] when one is missing (numbered 0, 1, 2, ...)."""
    chunks = [ct for i, (idx, ct) in enumerate(parts) if idx == i]
    return chunks if len(chunks) == len(parts) else []


def _revision_keys(
    conn: sqlite3.Connection, sealed_count: int, out: RowsRead
) -> list[tuple[int | None, bytes]]:
    """(seq, object id) of every revision row SQLite can still find, one seq at a time
    past a damaged page; a seq whose lookup fails is recorded as unreadable."""
    found: dict[int, bytes] = {}
    try:
        for seq, oid in conn.execute("SELECT seq, CAST(object_id AS BLOB) FROM revision"):
            found[int(seq)] = bytes(oid)
    except SQLITE_ERRORS:
        pass  # the scan stopped at a damaged page; the probes below go on past it
    top = max([sealed_count, *found])
    try:
        highest = int(conn.execute("SELECT max(seq) FROM revision").fetchone()[0] or 0)
        top = max(top, min(highest, top + PROBE_LIMIT))
    except SQLITE_ERRORS:
        pass
    for seq in range(1, top + 1):
        if seq in found:
            continue
        try:
            row = conn.execute(
                "SELECT CAST(object_id AS BLOB) FROM revision WHERE seq = ?", (seq,)
            ).fetchone()
        except SQLITE_ERRORS as error:
            out.unreadable[seq] = _reason(error)
            continue
        if row is not None:
            found[seq] = bytes(row[0])
    return [(seq, found[seq]) for seq in sorted(found)]


def _aux_keys(conn: sqlite3.Connection, out: RowsRead) -> list[tuple[int | None, bytes]]:
    """The aux rows (normally one); past a damaged page, rowids are probed one by one."""
    found: dict[int, bytes] = {}
    try:
        for rowid, oid in conn.execute("SELECT rowid, CAST(object_id AS BLOB) FROM aux"):
            found[int(rowid)] = bytes(oid)
        return [(None, found[r]) for r in sorted(found)]
    except SQLITE_ERRORS as error:
        out.unreadable["settings rows"] = _reason(error)
    for rowid in range(1, max(found, default=0) + 64):
        if rowid in found:
            continue
        try:
            row = conn.execute(
                "SELECT CAST(object_id AS BLOB) FROM aux WHERE rowid = ?", (rowid,)
            ).fetchone()
        except SQLITE_ERRORS:
            continue
        if row is not None:
            found[rowid] = bytes(row[0])
    return [(None, found[r]) for r in sorted(found)]


def _reread_if_missing(conn: sqlite3.Connection, row: SmallRow) -> SmallRow:
    """A row the join found without its object or chunks (a damaged index can hide
    them) is read again on its own, with a full scan if need be."""
    if row[2] != -1 and row[5]:
        return row
    try:
        return read_object(conn, row[0], row[1])
    except SQLITE_ERRORS:
        return row


def fetch_all(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """Run `sql`, whose table name is followed by `{hint}`, with the table's index and,
    when SQLite reports damage or finds nothing (a damaged index can do either), again
    as a full scan of the table."""
    try:
        rows = conn.execute(sql.format(hint=""), params).fetchall()
    except SQLITE_ERRORS as error:
        if not_damage(error):
            raise
        rows = []
    return rows or conn.execute(sql.format(hint="NOT INDEXED"), params).fetchall()


def object_ids_with_role(conn: sqlite3.Connection, role: str) -> list[bytes]:
    """Every object of `role` that a scan of the object table reaches, past damage."""
    found: dict[int, bytes] = {}
    last = 0
    for _attempt in range(PROBE_LIMIT):
        try:
            for rowid, oid in conn.execute(
                "SELECT rowid, CAST(object_id AS BLOB) FROM object NOT INDEXED "
                "WHERE rowid > ? AND role = ? ORDER BY rowid",
                (last, role),
            ):
                found[int(rowid)] = bytes(oid)
                last = int(rowid)
            break
        except SQLITE_ERRORS as error:
            if not_damage(error):
                raise
            last += 1  # step past the row the scan stopped at
    return [found[r] for r in sorted(found)]


def read_object(conn: sqlite3.Connection, seq: int | None, object_id: bytes) -> SmallRow:
    """One small object with its chunks; SQLite errors are raised."""
    header = fetch_all(
        conn,
        "SELECT epoch, role, CAST(wrapped_key AS BLOB) FROM object {hint} WHERE object_id = ?",
        (object_id,),
    )
    chunks = fetch_all(
        conn,
        "SELECT idx, CAST(ct AS BLOB) FROM chunk {hint} WHERE object_id = ? ORDER BY idx",
        (object_id,),
    )
    epoch, role, wrapped = header[0] if header else (-1, "", b"")
    parts = [(int(idx), bytes(ct)) for idx, ct in chunks]
    return (seq, object_id, int(epoch), str(role or ""), bytes(wrapped or b""), contiguous(parts))
