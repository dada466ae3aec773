"""Every file the app creates is 0600 and every folder it creates 0700, whatever the
umask: the journal, backups, extracted evidence, exports, the recovery sheet and a
restored journal. They all go through journal/system/private_files.py, and nothing else in
the core renames files into place."""

from __future__ import annotations

import ast
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import journal
from journal.entries.model import EntryContent, EventTime
from journal.evidence.streaming import write_out
from journal.export.bundle import export_bundle
from journal.export.emergency_sheet import write_emergency_sheet
from journal.export.options import ExportOptions, select
from journal.export.run import run_export
from journal.session.backup import backup_vault
from journal.session.journal import Journal
from journal.vault.restore import restore_backup

from .conftest import new_vault, reopen
from .export_fixtures import clock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: any 0644 or 0755 the app left would show."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_everything_the_app_writes_is_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "new" / "deeper" / "journal.db"
    vault, code = new_vault(path)
    assert mode(path) == 0o600
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "deeper") == 0o700
    book = Journal.open(vault)
    entry = book.add_entry(EntryContent("note", "A note", EventTime("2025-03-14")))
    evidence = tmp_path / "photo.txt"
    evidence.write_bytes(b"evidence bytes\n")
    info = book.attach_file(entry, evidence)

    written = {
        "backup": backup_vault(book, tmp_path / "backup.db"),
        "extract": tmp_path / "extracted.txt",
        "pdf": tmp_path / "chronology.pdf",
        "bundle": tmp_path / "bundle.zip",
        "sheet": tmp_path / "sheet.pdf",
        "restored": tmp_path / "restored.db",
    }
    write_out(book.read_attachment(info.attachment_id), written["extract"], info.sha256)
    selection = select(book, ExportOptions(), clock)
    run_export("pdf", selection, book, written["pdf"])
    export_bundle(selection, book, written["bundle"])
    write_emergency_sheet(written["sheet"], code, datetime(2026, 1, 2, tzinfo=UTC))
    restore_backup(written["backup"], written["restored"])
    vault.lock()
    assert {name: oct(mode(p)) for name, p in written.items()} == {
        name: oct(0o600) for name in written
    }
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []


def test_an_existing_folder_keeps_its_mode(tmp_path: Path, open_umask: None) -> None:
    shared = tmp_path / "stick"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    vault, _code = new_vault(shared / "journal.db")
    vault.lock()
    assert mode(shared) == 0o755 and mode(shared / "journal.db") == 0o600


def test_only_private_files_renames_files_into_place() -> None:
    """One mechanism: no other core module calls os.replace, os.rename or mkdir."""
    root = Path(journal.__file__).parent
    offenders = []
    for source in root.rglob("*.py"):
        if source.name == "private_files.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("replace", "rename", "mkdir"):
                owner = node.value
                if isinstance(owner, ast.Name) and owner.id == "os":
                    offenders.append(f"{source.name}: os.{node.attr}")
                elif node.attr == "mkdir":
                    offenders.append(f"{source.name}: .mkdir")
    assert offenders == [], offenders


def test_a_journal_from_an_earlier_version_is_made_private_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    vault, _code = new_vault(path)
    vault.lock()
    os.chmod(path, 0o644)
    reopen(path).lock()
    assert mode(path) == 0o600
