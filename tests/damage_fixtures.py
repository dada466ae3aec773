"""A journal with entries and evidence, and the four damages a forensic reviewer made.

Each damage works on a copy of the file, never on the original.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from journal.entries.model import EntryContent, EventTime, PersonContent, PersonLink

from .conftest import EVIDENCE_DIR, corpus, new_vault
from .sqlite_pages import chunk_row

ENTRIES = 40
EVIDENCE = ("photo_with_exif.jpg", "message_log_utf8.txt", "voice_note.wav")


def entry_title(number: int) -> str:
    return f"Incident number {number:02d} at the house"


def build_journal(path: Path) -> None:
    """ENTRIES entries, one person and three evidence files: 44 revisions."""
    vault, _code = new_vault(path)
    from journal.session.journal import Journal

    journal = Journal.open(vault)
    try:
        person = journal.add_person(PersonContent(name="The ex-partner", relationship="ex"))
        ids = []
        for number in range(1, ENTRIES + 1):
            ids.append(
                journal.add_entry(
                    EntryContent(
                        kind="incident",
                        title=entry_title(number),
                        occurred=EventTime(f"2025-03-{(number % 28) + 1:02d}"),
                        narrative=f"What happened the {number}th time, in words.",
                        people=(PersonLink(person, role="abuser"),),
                    )
                )
            )
        for number, name in enumerate(EVIDENCE):
            journal.attach_file(ids[number], corpus(EVIDENCE_DIR / name))
    finally:
        journal.vault.lock()


def revision_objects(path: Path) -> list[tuple[int, bytes]]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT seq, object_id FROM revision ORDER BY seq").fetchall()
    finally:
        conn.close()
    return [(int(seq), bytes(oid)) for seq, oid in rows]


def copy_of(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def flip_record_header_bit(path: Path, seq: int) -> None:
    """Turn the BLOB serial type of revision `seq`'s chunk into TEXT (low bit of the varint)."""
    object_id = dict(revision_objects(path))[seq]
    ct = chunk_row(path, object_id).fields[2]
    assert ct.serial_type >= 12 and ct.serial_type % 2 == 0, ct  # a blob
    _flip(path, ct.serial_offset, 0x01)


def flip_ciphertext_bit(path: Path, seq: int) -> None:
    """Flip one bit inside the ciphertext of revision `seq`'s chunk."""
    object_id = dict(revision_objects(path))[seq]
    ct = chunk_row(path, object_id).fields[2]
    _flip(path, ct.body_offset + ct.size // 2, 0x10)


def cut_middle(path: Path, amount: int = 4096) -> None:
    data = path.read_bytes()
    middle = len(data) // 2
    path.write_bytes(data[:middle] + data[middle + amount :])


def truncate_at(path: Path, fraction: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])


def _flip(path: Path, offset: int, mask: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))
