"""Find where a row sits in an SQLite file by reading the page format itself.

Damage tests must hit exact bytes (a record header's serial type, a byte of
ciphertext), so this walks the table b-tree as https://sqlite.org/fileformat.html
describes: page headers, cell pointers, varints, record headers. Only sqlite3's
`sqlite_master` is asked for the table's root page.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

LEAF_TABLE = 0x0D
INTERIOR_TABLE = 0x05


def varint(data: bytes, offset: int) -> tuple[int, int]:
    """(value, bytes used) of the SQLite varint at `offset` (1 to 9 bytes, big-endian)."""
    value = 0
    for i in range(8):
        byte = data[offset + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + 1
    return (value << 8) | data[offset + 8], 9


@dataclass(frozen=True)
class Field:
    serial_type: int
    serial_offset: int  # file offset of the last byte of the serial-type varint
    body_offset: int  # file offset of the field's first byte of content
    size: int


@dataclass(frozen=True)
class Row:
    rowid: int
    fields: tuple[Field, ...]


def _field_size(serial: int) -> int:
    if serial >= 12:
        return (serial - 12) // 2
    return (0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0)[serial]


def page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
    finally:
        conn.close()
    assert row is not None, table
    return int(row[0])


def table_rows(path: Path, table: str) -> list[Row]:
    """Every row of a rowid table, with the file offsets of its record header and body.

    Only the locally stored part of each record is parsed; a field's body offset is
    valid for its first bytes (enough to flip a bit in a chunk's ciphertext).
    """
    data = path.read_bytes()
    size = page_size(data)
    rows: list[Row] = []

    def walk(page: int) -> None:
        base = (page - 1) * size
        header = base + (100 if page == 1 else 0)
        kind = data[header]
        cells = int.from_bytes(data[header + 3 : header + 5], "big")
        pointers = header + (12 if kind == INTERIOR_TABLE else 8)
        for i in range(cells):
            cell = base + int.from_bytes(data[pointers + 2 * i : pointers + 2 * i + 2], "big")
            if kind == INTERIOR_TABLE:
                walk(int.from_bytes(data[cell : cell + 4], "big"))
                continue
            assert kind == LEAF_TABLE, f"page {page} has type {kind}"
            _payload, used = varint(data, cell)
            rowid, used2 = varint(data, cell + used)
            rows.append(_record(data, rowid, cell + used + used2))
        if kind == INTERIOR_TABLE:
            walk(int.from_bytes(data[header + 8 : header + 12], "big"))

    walk(_root_page(path, table))
    return rows


def _record(data: bytes, rowid: int, start: int) -> Row:
    header_size, used = varint(data, start)
    cursor, body = start + used, start + header_size
    fields = []
    while cursor < start + header_size:
        serial, used = varint(data, cursor)
        cursor += used
        length = _field_size(serial)
        fields.append(Field(serial, cursor - 1, body, length))
        body += length
    return Row(rowid, tuple(fields))


def chunk_row(path: Path, object_id: bytes, idx: int = 0) -> Row:
    """The `chunk` row (object_id, idx, ct) of one object's chunk."""
    data = path.read_bytes()
    for row in table_rows(path, "chunk"):
        oid, index = row.fields[0], row.fields[1]
        if data[oid.body_offset : oid.body_offset + oid.size] != object_id:
            continue
        value = int.from_bytes(data[index.body_offset : index.body_offset + index.size], "big")
        if index.serial_type in (8, 9):  # the constants 0 and 1 take no bytes
            value = index.serial_type - 8
        if value == idx:
            return row
    raise AssertionError(f"no chunk {idx} of {object_id.hex()}")
