"""The PDF's "Contact over time" section, from a real vault with imported exports,
read back with poppler: only when asked for, the figures counted the core's way,
redacted names hidden, the export's dates respected."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from journal.entries.model import EntryContent, EventTime
from journal.export.options import ExportOptions, RedactionProfile
from journal.session.journal import Journal
from journal.session.message_import import import_messages

from ..messages.builders import Line, android_chat, en_gb
from ..pdf_helpers import export, outline_titles, squash, text
from .helpers import call_log


def _journal(journal: Journal, tmp_path: Path) -> None:
    lines = [
        Line(datetime(2025, 3, 1, 22, 0 + i), "Mark Doe", f"night message {i}") for i in range(5)
    ] + [Line(datetime(2025, 3, 2, 12, 0), "Ana", "please stop")]
    chat = tmp_path / "WhatsApp Chat with Mark Doe.txt"
    chat.write_text(android_chat(lines, en_gb), encoding="utf-8")
    import_messages(journal, chat, timezone="Europe/Berlin")
    import_messages(journal, call_log(tmp_path))
    journal.add_entry(EntryContent("incident", "Threats", EventTime("2025-03-01T22:00")))


def test_contact_section_only_when_asked(journal: Journal, tmp_path: Path) -> None:
    _journal(journal, tmp_path)
    plain = tmp_path / "plain.pdf"
    export(journal, plain)
    assert "Contact over time" not in text(plain)
    pdf = tmp_path / "contact.pdf"
    export(journal, pdf, ExportOptions(include_contact=True))
    assert "Contact over time" in outline_titles(pdf)
    shown = squash(text(pdf))
    for expected in (
        "6 messages and 4 calls on 3 days, from 2025-03-01 to 2025-03-14;",
        "5 messages and 0 calls between 22:00 and 04:00.",
        "2025-03-01: 5 messages, 0 calls (Mark Doe 5)",
        "2025-03-14: 0 messages, 4 calls (Mark Doe 4)",
        "2025-03-02: 1 message, 0 calls (Ana 1)",
    ):
        assert squash(expected) in shown, expected


def test_contact_section_keeps_to_the_dates_and_redaction(journal: Journal, tmp_path: Path) -> None:
    _journal(journal, tmp_path)
    pdf = tmp_path / "contact.pdf"
    options = ExportOptions(
        date_from=date(2025, 3, 1),
        date_to=date(2025, 3, 2),
        include_contact=True,
        redaction=RedactionProfile("court", terms=("Mark Doe",)),
    )
    export(journal, pdf, options)
    shown = squash(text(pdf))
    assert squash("6 messages and 0 calls on 2 days") in shown
    assert "MarkDoe" not in shown
