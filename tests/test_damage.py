"""Findings 5 and 6: real journal files damaged the way a forensic reviewer did it.

Each damage is made on a copy of one journal of 44 revisions (40 entries, one
person, three evidence files): one flipped record-header bit (a chunk's BLOB
serial type turned into TEXT, found by parsing the page format), 4 KiB cut from
the middle, truncation at 60 % and one flipped ciphertext bit.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from journal.session.check import check_journal

from .cli_helpers import CliResult, run_cli
from .conftest import PASSPHRASE, reopen
from .damage_fixtures import (
    ENTRIES,
    build_journal,
    copy_of,
    cut_middle,
    entry_title,
    flip_ciphertext_bit,
    flip_record_header_bit,
    revision_objects,
    truncate_at,
)

ENV = {"INCIDENT_JOURNAL_PASSPHRASE": PASSPHRASE}
UNEXPECTED = "Something unexpected"
DAMAGES: dict[str, Callable[[Path], None]] = {
    "header-bit": lambda p: flip_record_header_bit(p, 20),
    "cut-4k": cut_middle,
    "truncate-60": lambda p: truncate_at(p, 0.6),
    "ciphertext-bit": lambda p: flip_ciphertext_bit(p, 20),
}


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("original") / "notes.db"
    build_journal(path)
    return path


def damaged(original: Path, tmp_path: Path, damage: str) -> Path:
    path = copy_of(original, tmp_path / "damaged" / "notes.db")
    DAMAGES[damage](path)
    return path


def cli(path: Path, *args: str | Path) -> CliResult:
    result = run_cli("--vault", path, *args, env=ENV)
    assert UNEXPECTED not in result.stderr, result.stderr
    return result


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_header_flip_hits_a_blob_serial_type(original: Path, tmp_path: Path) -> None:
    import sqlite3

    path = damaged(original, tmp_path, "header-bit")
    object_id = dict(revision_objects(path))[20]
    conn = sqlite3.connect(path)
    kinds = conn.execute(
        "SELECT typeof(ct) FROM chunk WHERE object_id = ?", (object_id,)
    ).fetchall()
    conn.close()
    assert kinds == [("text",)]


def test_flipped_record_header_loses_nothing_and_check_names_it(
    original: Path, tmp_path: Path
) -> None:
    path = damaged(original, tmp_path, "header-bit")
    journal = reopen(path)
    try:
        assert len(journal.entries()) == ENTRIES
        assert journal.chain_report is not None and journal.chain_report.intact
        report = check_journal(journal)
    finally:
        journal.vault.lock()
    assert any("revision 20" in p and "record header" in p for p in report.problems)
    result = cli(path, "check")
    assert result.returncode == 1
    assert "PROBLEM: revision 20: the file's record header" in result.stdout
    listed = cli(path, "list")
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == ENTRIES


@pytest.mark.parametrize("damage", ["cut-4k", "truncate-60"])
def test_structural_damage_opens_read_only_with_a_clear_message(
    original: Path, tmp_path: Path, damage: str
) -> None:
    path = damaged(original, tmp_path, damage)
    before = digest(path)
    checked = cli(path, "check")
    assert checked.returncode == 1
    assert "PROBLEM: SQLite reports damage in the file" in checked.stdout
    assert "PROBLEM: SQLite's integrity check" in checked.stdout
    assert "bytes short of whole pages" in checked.stdout
    listed = cli(path, "list")
    assert listed.returncode == 0
    assert "integrity problems" in listed.stderr
    added = cli(path, "add", "--kind", "note", "--title", "x", "--occurred", "2025-01-01")
    assert added.returncode == 5
    assert "is damaged" in added.stderr and "salvage" in added.stderr
    assert digest(path) == before  # nothing was written into the damaged file


def test_flipped_ciphertext_bit_costs_one_revision(original: Path, tmp_path: Path) -> None:
    path = damaged(original, tmp_path, "ciphertext-bit")
    listed = cli(path, "list")
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == ENTRIES - 1
    checked = cli(path, "check")
    assert checked.returncode == 1
    assert "PROBLEM: revision 20 cannot be read" in checked.stdout


def test_an_unreadable_version_is_named_by_its_entry_title(tmp_path: Path) -> None:
    path = tmp_path / "v" / "notes.db"
    build_journal(path)
    journal = reopen(path)
    entry = journal.entries()[-1]
    journal.update_entry(entry.entry_id, entry.content)
    journal.update_entry(entry.entry_id, entry.content)
    journal.vault.lock()
    middle = max(seq for seq, _ in revision_objects(path)) - 1
    flip_ciphertext_bit(path, middle)
    checked = cli(path, "check")
    label = f"entry {entry.content.title!r} ({entry.entry_id[:8]})"
    assert f"PROBLEM: {label}, version 2: revision {middle}" in checked.stdout
    assert f"PROBLEM: {label} has missing or repeated versions: [1, 3]" in checked.stdout


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_salvage_copies_what_is_readable_into_a_new_file(
    original: Path, tmp_path: Path, damage: str
) -> None:
    path = damaged(original, tmp_path, damage)
    before = digest(path)
    new = tmp_path / "repaired" / "notes.db"
    result = cli(path, "salvage", "--out", new)
    assert result.returncode in (0, 1), result.stderr
    assert digest(path) == before
    assert new.exists()
    again = cli(path, "salvage", "--out", new)
    assert again.returncode == 2 and "already a file" in again.stderr
    journal = reopen(new)  # the same passphrase opens it
    try:
        entries = journal.entries()
    finally:
        journal.vault.lock()
    lost = [line for line in result.stdout.splitlines() if line.startswith("LOST: ")]
    if damage == "header-bit":
        assert result.returncode == 0 and not lost
        assert len(entries) == ENTRIES
        assert cli(new, "check").stdout.strip() == "OK"
    elif damage == "cut-4k":  # realigned: only the page holding the cut is lost
        assert "4096 bytes short of whole pages" in result.stderr
        assert result.returncode == 0 and not lost
        assert len(entries) == ENTRIES
    elif damage == "ciphertext-bit":
        assert result.returncode == 1 and len(lost) == 1 and "revision 20" in lost[0]
        assert len(entries) == ENTRIES - 1
    else:
        assert result.returncode == 1 and lost
    assert {e.content.title for e in entries} <= {entry_title(n) for n in range(1, 41)}


def test_salvage_keeps_the_chain_so_what_survives_still_verifies(
    original: Path, tmp_path: Path
) -> None:
    path = damaged(original, tmp_path, "header-bit")
    new = tmp_path / "repaired.db"
    cli(path, "salvage", "--out", new)
    source, copy = reopen(original), reopen(new)
    try:
        assert copy.chain_head == source.chain_head
        assert copy.vault.vault_id == source.vault.vault_id
    finally:
        source.vault.lock()
        copy.vault.lock()


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_bundle_from_a_damaged_journal_states_it_and_verify_prints_it(
    original: Path, tmp_path: Path
) -> None:
    path = damaged(original, tmp_path, "ciphertext-bit")
    bundle = tmp_path / "out.zip"
    exported = cli(path, "export", "bundle", "--out", bundle)
    assert exported.returncode == 0
    assert "WARNING: The journal this was made from had 1 problem" in exported.stderr
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        pdf = tmp_path / "chronology.pdf"
        pdf.write_bytes(archive.read("chronology.pdf"))
    stated = manifest["source_journal"]
    assert stated["problems"] == 1
    assert "revision 20 cannot be read" in stated["problem_list"][0]
    verified = run_cli("verify", bundle)
    assert verified.returncode == 0
    assert "SOURCE JOURNAL: The journal this was made from had 1 problem" in verified.stdout
    assert "SOURCE JOURNAL: revision 20 cannot be read" in verified.stdout
    text = _pdf_text(pdf)
    assert "DAMAGED" in text
    assert "Problems in the journal this was made from" in text


def test_an_unreadable_exhibit_is_left_out_and_listed(original: Path, tmp_path: Path) -> None:
    import sqlite3

    path = copy_of(original, tmp_path / "v" / "notes.db")
    conn = sqlite3.connect(path)
    (object_id,) = conn.execute(
        "SELECT object_id FROM object WHERE role = 'attachment' LIMIT 1"
    ).fetchone()
    conn.execute("DELETE FROM chunk WHERE object_id = ?", (object_id,))
    conn.commit()
    conn.close()
    bundle = tmp_path / "out.zip"
    assert cli(path, "export", "bundle", "--out", bundle).returncode == 0
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = archive.namelist()
    left = manifest["source_journal"]["exhibits_left_out_unreadable"]
    assert len(left) == 1 and "missing" in left[0]["reason"]
    assert not any(left[0]["number"] in name for name in names)
    assert len(manifest["exhibits"]) == 2
    verified = run_cli("verify", bundle)
    assert f"exhibit {left[0]['number']}" in verified.stdout


def test_clean_journal_export_states_no_problems(original: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "out.zip"
    assert cli(copy_of(original, tmp_path / "v.db"), "export", "bundle", "--out", bundle)
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["source_journal"]["problems"] == 0
    verified = run_cli("verify", bundle)
    assert verified.returncode == 0 and "SOURCE JOURNAL" not in verified.stdout


@pytest.mark.parametrize("damage", ["cut-4k", "truncate-60"])
def test_pdf_from_a_read_only_damaged_journal_says_damaged(
    original: Path, tmp_path: Path, damage: str
) -> None:
    path = damaged(original, tmp_path, damage)
    pdf = tmp_path / "out.pdf"
    result = cli(path, "export", "pdf", "--out", pdf)
    assert result.returncode == 0, result.stderr
    text = _pdf_text(pdf)
    assert "DAMAGED" in text and "Problems in the journal this was made from" in text


@pytest.mark.parametrize("table", ["keyslot", "meta"])
def test_a_flipped_header_in_the_key_tables_still_opens(
    original: Path, tmp_path: Path, table: str
) -> None:
    from .sqlite_pages import table_rows

    path = copy_of(original, tmp_path / "v" / "notes.db")
    column = {"keyslot": 4, "meta": 1}[table]
    fields = [row.fields[column] for row in table_rows(path, table)]
    blob = next(f for f in fields if f.serial_type >= 12 and f.serial_type % 2 == 0)
    data = bytearray(path.read_bytes())
    data[blob.serial_offset] ^= 0x01  # BLOB -> TEXT of the same length
    path.write_bytes(bytes(data))
    listed = cli(path, "list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == ENTRIES
    checked = cli(path, "check")
    assert checked.returncode == 1
    assert "record header of 1 row(s)" in checked.stdout


@pytest.mark.parametrize("fraction", [0.3, 0.45, 0.7])
def test_salvage_realigns_a_cut_anywhere(original: Path, tmp_path: Path, fraction: float) -> None:
    path = copy_of(original, tmp_path / "v" / "notes.db")
    data = path.read_bytes()
    middle = int(len(data) * fraction)
    path.write_bytes(data[:middle] + data[middle + 4096 :])
    new = tmp_path / "repaired.db"
    result = cli(path, "salvage", "--out", new)
    assert "Saved 44 of 44 revisions" in result.stderr
    assert not (tmp_path / ".repaired.db.realigned").exists()  # the scratch copy is gone
    lost = [line for line in result.stdout.splitlines() if line.startswith("LOST: ")]
    assert all("evidence file" in line for line in lost)  # a cut in evidence costs only it


def test_salvaged_journal_keeps_earlier_heads_and_its_exports_say_damaged(
    original: Path, tmp_path: Path
) -> None:
    from journal.vault.chain import genesis, head_hash

    source = reopen(original)
    try:
        records = [e.entry_id for e in source.entries()] + [p.person_id for p in source.people()]
        leaves = sorted((r.seq, r.leaf) for rid in records for r in source.history(rid))
        head = genesis(source.vault.vault_id)
        for _seq, leaf in leaves[:10]:  # the chain as an export after revision 10 saw it
            head = head_hash(head, bytes.fromhex(leaf))
    finally:
        source.vault.lock()
    path = damaged(original, tmp_path, "ciphertext-bit")  # revision 20
    new = tmp_path / "repaired.db"
    assert cli(path, "salvage", "--out", new).returncode == 1
    since = cli(new, "check", "--since-head", head.hex())
    assert "this journal's chain after revision 10" in since.stderr
    pdf = tmp_path / "out.pdf"
    assert cli(new, "export", "pdf", "--out", pdf).returncode == 0
    text = " ".join(_pdf_text(pdf).split())
    assert "Source journal:" in text and "DAMAGED" in text and "39 entries included" in text
    assert "revisions 20-20 are missing" in text
