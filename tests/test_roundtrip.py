"""Every field, every naughty string and every evidence file survive lock and unlock."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from journal.entries.model import (
    EntryContent,
    EventTime,
)

from .conftest import BLNS, EVIDENCE_DIR, corpus, reopen
from .factories import full_entry, full_person


@pytest.mark.slow
def test_every_field_and_every_naughty_string_round_trips(journal, vault_path: Path) -> None:
    strings = json.loads(corpus(BLNS).read_text(encoding="utf-8"))
    assert len(strings) == 515
    written = {}
    for text in strings:
        person = full_person(text)
        person_id = journal.add_person(person)
        content = full_entry(text, person_id)
        written[journal.add_entry(content)] = (content, person_id, person)
    journal.vault.lock()

    again = reopen(vault_path)
    assert again.problems == ()
    people = {p.person_id: p.content for p in again.people()}
    for entry_id, (content, person_id, person) in written.items():
        assert again.entry(entry_id).content == content
        assert people[person_id] == person
    assert len(again.entries()) == 515
    again.vault.lock()


EXPECTED_WARNINGS = {
    "bomb_30000x30000.png": "extremely large",
    "empty.jpg": "empty (0 bytes)",
    "not_really_an_image.png": "content is a PDF document",
    "photo_truncated.jpg": "cut off",
    "évidence – copy (2) \u202egpj.exe": "[U+202E]",
}


def test_every_evidence_file_is_stored_byte_for_byte(journal, vault_path: Path) -> None:
    files = sorted(corpus(EVIDENCE_DIR).iterdir())
    assert len(files) == 10
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title="evidence", occurred=EventTime("2025-03"))
    )
    infos = {path.name: journal.attach_file(entry_id, path) for path in files}
    journal.vault.lock()

    again = reopen(vault_path)
    stored = {a.file_name: a for a in again.entry(entry_id).attachments}
    assert set(stored) == {p.name for p in files}
    for path in files:
        original = path.read_bytes()
        info = stored[path.name]
        assert info == infos[path.name]
        assert info.sha256 == hashlib.sha256(original).hexdigest()
        assert info.size == len(original)
        assert b"".join(again.read_attachment(info.attachment_id)) == original
        expected = EXPECTED_WARNINGS.get(path.name)
        if expected:
            assert any(expected in w for w in info.warnings), (path.name, info.warnings)
        else:
            assert info.warnings == (), (path.name, info.warnings)
    exif = stored["photo_with_exif.jpg"]
    assert exif.capture_time == "2025-03-14T21:07:55+10:00"
    assert exif.camera and "Cam" in exif.camera
    assert stored["photo_orientation_6.jpg"].orientation == 6
    assert stored["not_really_an_image.png"].media_type == "application/pdf"
    assert stored["voice_note.wav"].media_type.startswith("audio/")
    assert stored["message_log_utf8.txt"].media_type == "text/plain"
    assert stored["empty.jpg"].media_type == "application/x-empty"
    again.vault.lock()


def test_import_larger_than_one_chunk(journal, tmp_path: Path) -> None:
    data = bytes(range(256)) * (5 * 4096 + 17)  # about 5 MiB, not chunk-aligned
    source = tmp_path / "recording.bin"
    source.write_bytes(data)
    entry_id = journal.add_entry(
        EntryContent(kind="note", title="big", occurred=EventTime("2025-01-02"))
    )
    info = journal.attach_file(entry_id, source)
    assert b"".join(journal.read_attachment(info.attachment_id)) == data


@pytest.mark.parametrize("size", [0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 2 << 20])
def test_chunk_boundaries(journal, tmp_path: Path, size: int) -> None:
    source = tmp_path / "f.bin"
    source.write_bytes(b"\xab" * size)
    entry_id = journal.add_entry(
        EntryContent(kind="note", title="b", occurred=EventTime("2025-01"))
    )
    info = journal.attach_file(entry_id, source)
    assert b"".join(journal.read_attachment(info.attachment_id)) == b"\xab" * size


def test_recovery_code_text_is_read_by_one_rule() -> None:
    from journal.vault.recovery_code import generate, normalize, parse_code

    code, seed = generate()
    sloppy = code.lower().replace("1", "l").replace("0", "o").replace("-", " ")
    assert normalize(sloppy) == code.replace("-", "")
    assert parse_code(sloppy) == seed
