"""The chronology PDF, read back with pdftotext, pdfinfo, pdffonts, pdfimages and qpdf."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from journal.entries.model import (
    EntryContent,
    EventTime,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.entries.timeparse import describe
from journal.export.errors import ExportCancelled
from journal.export.options import ExportOptions, RedactionProfile, select
from journal.export.pdf import render_pdf
from journal.session.journal import Journal
from tests.pdf_helpers import (
    FIXED,
    export,
    fonts,
    info,
    outline_titles,
    photo,
    render_bytes,
    squash,
    text,
)

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
SHELTER = "Harbour House Shelter"


def add(
    journal: Journal,
    title: str,
    start: str,
    kind: str = "incident",
    precision: str = "exact",
    **fields: object,
) -> str:
    when = EventTime(start, precision=precision)
    return journal.add_entry(EntryContent(kind=kind, title=title, occurred=when, **fields))  # type: ignore[arg-type]


@pytest.fixture
def filled(journal: Journal, tmp_path: Path) -> Journal:
    officer = journal.add_person(
        PersonContent(
            "Officer Example",
            "Former partner",
            officer=OfficerDetails(rank="Sergeant", badge_number="B-4471", agency="Example Police"),
        )
    )
    first = add(
        journal,
        "Included incident alpha",
        "2025-03-14T21:07",
        narrative=f"We went to {SHELTER} that night.",
        private_notes="PRIVATE-NOTE-TEXT feelings",
        people=(PersonLink(officer, "abuser", "off"),),
        categories=("threats",),
    )
    journal.attach_file(first, photo(tmp_path / "wide.jpg"), "The hallway")
    add(
        journal,
        "Included report beta",
        "2025-04-02",
        kind="report",
        reports=(
            ReportRecord(
                "oversight",
                "Oversight office",
                "2025-04-02",
                "REF-9912",
                "Case worker",
                "They will call back.",
                "acknowledged",
                "2025-05-01",
            ),
        ),
    )
    add(journal, "Excluded by kind gamma", "2025-03-20", kind="note")
    add(journal, "Excluded by date delta", "2024-01-05")
    add(journal, "Ελληνικά και Кириллица epsilon", "2025-05", precision="month")
    add(journal, "Emoji zeta 😡 and 中文", "2025-05-10T10:00")
    add(journal, "Markup <b>x</b> and <font size=40>big</font> & &amp;", "2025-05-11")
    return journal


OPTIONS = ExportOptions(
    date_from=date(2025, 1, 1),
    kinds=frozenset({"incident", "report"}),
    redaction=RedactionProfile("court", terms=(SHELTER,)),
    bates_prefix="CASE",
)


def test_included_entries_shown_excluded_private_and_redacted_not(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    selection, _ = export(filled, pdf, OPTIONS)
    body = squash(text(pdf))
    assert len(selection.entries) == 5
    for entry in selection.entries:
        assert squash(entry.content.title) in body  # emoji and Chinese drawn, copied as typed
        assert squash(describe(entry.content.occurred)) in body
    for gone in ("Excluded by kind gamma", "Excluded by date delta", "PRIVATE-NOTE-TEXT"):
        assert squash(gone) not in body
    assert squash(SHELTER) not in body
    assert "[redacted]" in body
    # only the entry with a hidden term says so, in the summary and in its detailed entry
    assert body.count(squash("Some details left out of this copy")) == 1
    assert body.count(squash("Some details of this entry are left out of this copy")) == 1
    assert "REF-9912" in body and "B-4471" in body  # reports and officer details indexed


def test_private_notes_only_when_chosen(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    export(filled, pdf, replace(OPTIONS, include_private=True))
    assert "PRIVATE-NOTE-TEXT" in text(pdf)


def test_fonts_pages_outline_and_bates(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    _, pages = export(filled, pdf, OPTIONS)
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    rows = fonts(pdf)
    assert rows
    for row in rows:
        assert not row[0].startswith(STANDARD_14), row
        assert row[-5] == "yes", f"not embedded: {row}"  # emb column
    assert int(info(pdf)["Pages"]) == pages
    numbers = re.findall(r"Page (\d+) of (\d+)", text(pdf))
    assert numbers[-1] == (str(pages), str(pages))
    assert [int(n) for n, _ in numbers] == list(range(1, pages + 1))
    for page in range(1, pages + 1):
        assert f"CASE-{page:06d}" in text(pdf, page)
    titles = outline_titles(pdf)
    for expected in ("Summary chronology", "Detailed entries", "Exhibit index", "People"):
        assert expected in titles
    assert any("Included incident alpha" in t for t in titles)


def test_no_bates_stamp_unless_asked(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    export(filled, pdf, replace(OPTIONS, bates_prefix=""))
    assert "CASE-0" not in text(pdf)


def test_markup_in_user_text_prints_literally(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    export(filled, pdf)
    body = squash(text(pdf))
    assert squash("Markup <b>x</b> and <font size=40>big</font> & &amp;") in body


def test_greek_cyrillic_survive_and_emoji_is_never_dropped(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    export(filled, pdf)
    body = text(pdf)
    assert "Ελληνικά" in body and "Кириллица" in body
    assert "😡" in body or "[U+1F621]" in body
    assert "中文" in body or "[U+4E2D][U+6587]" in body


def test_metadata(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    export(filled, pdf, replace(OPTIONS, title="Chronology for the hearing"))
    meta = info(pdf)
    assert meta["Title"] == "Chronology for the hearing"
    assert meta["Creator"] == "Incident Journal"
    assert "Author" not in meta
    assert meta["CreationDate"].endswith("2025 UTC") and "Jun 30 09:00:00" in meta["CreationDate"]
    export(filled, pdf, replace(OPTIONS, prepared_by="A. Person"))
    assert info(pdf)["Author"] == "A. Person"


def test_same_vault_options_and_clock_give_identical_bytes(filled: Journal):
    options = replace(OPTIONS, include_history=True, declaration=True)
    first = render_bytes(filled, options, lambda: FIXED)
    assert first == render_bytes(filled, options, lambda: FIXED)
    assert first.startswith(b"%PDF")


def test_cancel_raises_and_writes_nothing(filled: Journal, tmp_path: Path):
    calls: list[tuple[int, int]] = []
    out = io.BytesIO()
    selection = select(filled, OPTIONS, clock=lambda: FIXED)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(ExportCancelled) as raised:
        render_pdf(
            selection,
            filled,
            out,
            progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: len(calls) >= 3,
        )
    assert out.getvalue() == b""
    assert sorted(tmp_path.rglob("*")) == before
    assert "Included" not in str(raised.value)


def test_cancel_during_layout(filled: Journal):
    out = io.BytesIO()
    selection = select(filled, OPTIONS, clock=lambda: FIXED)
    steps: list[int] = []
    total_before_layout = 1 + len(selection.entries)  # picture + building
    with pytest.raises(ExportCancelled):
        render_pdf(
            selection,
            filled,
            out,
            progress=lambda done, total: steps.append(done),
            cancelled=lambda: len(steps) > total_before_layout,
        )
    assert out.getvalue() == b""


def test_progress_reaches_total(filled: Journal):
    seen: list[tuple[int, int]] = []
    out = io.BytesIO()
    render_pdf(
        select(filled, OPTIONS, clock=lambda: FIXED),
        filled,
        out,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_history_is_redacted_like_the_entry(journal: Journal, tmp_path: Path):
    entry_id = add(journal, "Moved out", "2025-02-01", narrative=f"Staying at {SHELTER} now.")
    current = journal.entry(entry_id).content
    journal.update_entry(
        entry_id,
        replace(current, narrative="Staying somewhere safe now.", private_notes="OLD-PRIVATE"),
    )
    pdf = tmp_path / "h.pdf"
    export(journal, pdf, replace(OPTIONS, include_history=True, date_from=None))
    body = squash(text(pdf))
    assert "Revision2" in body and "Revision1" in body
    assert squash(SHELTER) not in body and "OLD-PRIVATE" not in body
    assert squash("Staying somewhere safe now.") in body


def test_declaration_page_only_when_chosen(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "d.pdf"
    export(filled, pdf, replace(OPTIONS, declaration=True, declaration_name="A. Person"))
    body = text(pdf)
    assert "Declaration" in body and "I, A. Person, declare" in body and "Signature" in body
    export(filled, pdf, OPTIONS)
    assert "Signature" not in text(pdf)


def test_cover_and_integrity_state_fingerprints_and_limits(filled: Journal, tmp_path: Path):
    pdf = tmp_path / "c.pdf"
    selection, _ = export(filled, pdf, OPTIONS, signing_fingerprint="SHA256:abc123")
    body = squash(text(pdf))
    assert selection.chain_head in body and selection.vault_fingerprint in body
    assert "SHA256:abc123" in body
    assert squash("does not prove") in body
    assert squash("sha256sum -c SHA256SUMS") in body
    assert squash("incident-journal-cli verify") in body
    assert "openssl" in body


def test_empty_selection_still_makes_a_valid_pdf(journal: Journal, tmp_path: Path):
    pdf = tmp_path / "e.pdf"
    _, pages = export(journal, pdf)
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    assert pages >= 1
    assert "No entries match" in text(pdf)
