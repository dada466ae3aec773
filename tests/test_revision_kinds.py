"""Revisions described by kind ("text unchanged; 2 files added, 1 report added"), in the
core, the detail pane and the chronology PDF, instead of a bare "4 revisions"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from journal.entries.model import EntryContent, EventTime, ReportRecord
from journal.entries.revision_kinds import change_summary
from journal.export.options import ExportOptions
from journal.session.journal import Journal
from tests.pdf_helpers import export, squash, text
from ui.timeline.detail_view import entry_html

from .conftest import EVIDENCE_DIR, corpus

CONTENT = EntryContent(
    kind="incident",
    title="Shouting at the door",
    occurred=EventTime("2025-03-14T21:07"),
    narrative="He shouted at the door for ten minutes.",
    private_notes="I was so scared.",
)


def written_once_then_evidence_and_a_report(journal: Journal) -> str:
    entry_id = journal.add_entry(CONTENT)
    journal.attach_file(entry_id, corpus(EVIDENCE_DIR / "photo_with_exif.jpg"))
    journal.attach_file(entry_id, corpus(EVIDENCE_DIR / "voice_note.wav"))
    report = ReportRecord("police", "Central station", "2025-03-15", "REF-1")
    journal.update_entry(entry_id, replace(CONTENT, reports=(report,)))
    return entry_id


def test_evidence_and_a_report_added_leave_the_text_unchanged(journal: Journal) -> None:
    entry_id = written_once_then_evidence_and_a_report(journal)
    history = journal.history(entry_id)
    assert len(history) == 4
    assert change_summary(history) == "text unchanged; 2 files added, 1 report added"
    assert change_summary(history[:1]) == "written once, not changed since"


def test_edits_are_named_by_field_and_private_notes_can_be_left_out(journal: Journal) -> None:
    entry_id = journal.add_entry(CONTENT)
    journal.update_entry(entry_id, replace(CONTENT, title="At the door", private_notes="x"))
    history = journal.history(entry_id)
    assert change_summary(history) == "changed: title, private notes"
    assert change_summary(history, frozenset({"private_notes"})) == "changed: title"


def test_the_detail_pane_and_the_pdf_say_what_kind_of_changes(
    journal: Journal, tmp_path: Path
) -> None:
    entry_id = written_once_then_evidence_and_a_report(journal)
    entry = journal.entry(entry_id)
    html = entry_html(entry, {}, None, change_summary(journal.history(entry_id)))
    assert "saved 4 times (text unchanged; 2 files added, 1 report added)" in html
    pdf = tmp_path / "c.pdf"
    export(journal, pdf, ExportOptions())
    body = squash(text(pdf))
    assert squash("saved 4 times (text unchanged; 2 files added, 1 report added)") in body
    assert "4 revisions" not in body


def test_file_kinds_and_sizes_in_plain_words() -> None:
    from journal.entries.plain_words import exact_size, file_kind, file_size

    assert (file_kind("image/jpeg"), file_size(325_929)) == ("Photo", "318 KB")
    assert file_kind("audio/x-wav") == "Recording"
    assert file_kind("application/pdf") == "PDF document"
    assert file_kind("application/octet-stream") == "File"
    assert file_size(1) == "1 byte" and file_size(4_404_019) == "4.2 MB"
    assert exact_size(325_929) == "318 KB (325,929 bytes)"


def test_the_detail_pane_speaks_plainly_of_evidence(journal: Journal) -> None:
    entry_id = journal.add_entry(CONTENT)
    journal.attach_file(entry_id, corpus(EVIDENCE_DIR / "photo_with_exif.jpg"))
    html = entry_html(journal.entry(entry_id), {})
    assert "Photo, 318 KB" in html and "image/jpeg" not in html and "KiB" not in html


def test_time_zones_in_plain_words() -> None:
    from datetime import datetime

    from journal.entries.timeparse import describe, zone_words

    winter, summer = datetime(2025, 1, 10, 12), datetime(2025, 7, 10, 12)
    assert zone_words("Etc/UTC", winter) == "UTC"
    assert zone_words("Europe/London", winter) == "London time, UTC+0"
    assert zone_words("Europe/London", summer) == "London time, UTC+1"
    assert zone_words("Asia/Kolkata", winter) == "Kolkata time, UTC+5:30"
    assert zone_words("+10:00", winter) == "UTC+10"
    assert zone_words("Not/AZone", winter) == "Not/AZone"
    when = EventTime("2025-03-14T21:07", timezone="Australia/Brisbane")
    assert describe(when) == "14 Mar 2025 21:07 (Brisbane time, UTC+10)"
