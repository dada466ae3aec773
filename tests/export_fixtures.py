"""A journal with everything an export must handle, for the export tests.

Canaries mark text that must never leave the vault: private notes (current and
in an older revision) and terms a redaction profile hides.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from journal.entries.model import (
    EntryContent,
    EventTime,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.session.journal import Journal

from .conftest import EVIDENCE_DIR, corpus, new_vault

FIXED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
PRIVATE = "PRIVATECANARY feelings about it"
OLD_PRIVATE = "OLDPRIVATECANARY written then removed"
ADDRESS = "17 Larkspur Close"
SCHOOL = "Hillview Primary"
INJECTION = '=HYPERLINK("http://example.invalid","x")'


def clock() -> datetime:
    return FIXED


def evidence_files() -> list[Path]:
    folder = corpus(EVIDENCE_DIR)
    return sorted(p for p in folder.iterdir() if p.is_file())


def populate(journal: Journal, with_evidence: bool = True) -> dict[str, str]:
    """Fill `journal`; returns ids by role ("incident", "report", "edited", "deleted")."""
    officer = journal.add_person(
        PersonContent(
            name="Sam Example",
            relationship="ex-partner",
            officer=OfficerDetails(rank="Sergeant", badge_number="4471", agency="City Police"),
        )
    )
    incident = journal.add_entry(
        EntryContent(
            kind="incident",
            title="Shouting and a push in the kitchen",
            occurred=EventTime("2025-03-14T21:07", timezone="Europe/London"),
            narrative=f"He came to {ADDRESS} after the pickup at {SCHOOL}.",
            location=ADDRESS,
            categories=("physical", "threats", "weapon"),
            people=(PersonLink(officer, role="abuser", on_duty="off"),),
            private_notes=PRIVATE,
        )
    )
    report = journal.add_entry(
        EntryContent(
            kind="report",
            title=INJECTION,
            occurred=EventTime("2025-03-16", precision="day"),
            reports=(
                ReportRecord(
                    body_type="oversight",
                    body="Independent Office",
                    reference="+SUM(A1:A9)",
                    status="made",
                    next_deadline="2025-04-30",
                ),
            ),
        )
    )
    edited = journal.add_entry(
        EntryContent(
            kind="note",
            title="Messages after the hearing",
            occurred=EventTime("2025-04", precision="month"),
            narrative="Several messages, Ελληνικά, кириллица, 中文.",
            private_notes=OLD_PRIVATE,
        )
    )
    current = journal.entry(edited).content
    journal.update_entry(edited, replace(current, private_notes="", title="Messages after court"))
    deleted = journal.add_entry(
        EntryContent(kind="note", title="Withdrawn entry", occurred=EventTime("2025-02-01"))
    )
    journal.delete_entry(deleted)
    if with_evidence:
        for path in evidence_files():
            journal.attach_file(incident, path)
    return {"incident": incident, "report": report, "edited": edited, "deleted": deleted}


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def small_bundle(base: Path, exhibit: str = "note.txt") -> Path:
    """A genuine bundle of one note with one small exhibit, for verify's hostile tests."""
    vault, _ = new_vault(base / "v.db")
    journal = Journal.open(vault)
    entry = journal.add_entry(
        EntryContent(kind="note", title="A plain note", occurred=EventTime("2025-03-14"))
    )
    evidence = base / exhibit
    evidence.write_bytes(b"a small exhibit\n" * 50)
    journal.attach_file(entry, evidence)
    path = base / "good.zip"
    export_bundle(select(journal, ExportOptions(), clock), journal, path)
    vault.lock()
    return path
