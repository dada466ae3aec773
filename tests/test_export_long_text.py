"""Text of any length the core accepts exports: a title of 100,000 characters with or
without spaces, and a narrative at the core's limit (1,000,000 characters, over 2 MB
of UTF-8). Headings taller than a page are split across pages; the PDF is read back
with pdftotext and every character of the long text is found in it, in order."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.entries.validation import MAX_TEXT
from journal.errors import UsageError
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.export.verify import verify_bundle
from journal.session.journal import Journal
from tests.pdf_helpers import FIXED, export, outline_titles, squash, text

FURNITURE = re.compile(r"Chronology of events|Generated [\d:\- ]+ UTC|Page \d+ of \d+")


def running_text(pdf: Path) -> str:
    """The PDF's text without page furniture (running title, date, page numbers), with
    no whitespace, so text that runs over many pages compares as one string."""
    return squash(FURNITURE.sub("", text(pdf)))


def add(journal: Journal, title: str, narrative: str = "") -> str:
    return journal.add_entry(
        EntryContent("note", title, EventTime("2025-01-01"), narrative=narrative)
    )


def long_title(kind: str) -> str:
    if kind == "no spaces":
        return "".join(chr(ord("a") + i % 26) for i in range(100_000))
    words = [f"word{i}" for i in range(20_000)]
    return " ".join(words)[:100_000]


@pytest.mark.parametrize("kind", ["no spaces", "words"])
def test_a_100000_character_title_exports_whole(
    journal: Journal, tmp_path: Path, kind: str
) -> None:
    title = long_title(kind)
    add(journal, title)
    add(journal, "The entry after it")
    pdf = tmp_path / "long.pdf"
    _selection, pages = export(journal, pdf)
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    assert pages > 20
    body = running_text(pdf)
    assert squash(f"1. {title}") in body
    assert "2.Theentryafterit" in body
    bookmark = next(t for t in outline_titles(pdf) if title[:50] in t)
    assert bookmark.endswith("…") and len(bookmark) < 300


@pytest.mark.slow
def test_a_narrative_at_the_core_limit_exports_whole(journal: Journal, tmp_path: Path) -> None:
    sentence = "Он сказал, что никто не поверит. He said nobody would believe me.\n"
    narrative = (sentence * (MAX_TEXT // len(sentence) + 1))[:MAX_TEXT]
    assert len(narrative.encode("utf-8")) > 1_300_000
    add(journal, "A very long account", narrative)
    with pytest.raises(UsageError, match="longer than 1,000,000 characters"):
        add(journal, "Too long", narrative + "!")
    pdf = tmp_path / "narrative.pdf"
    export(journal, pdf)
    assert squash(narrative) in running_text(pdf)


def test_a_long_title_does_not_block_the_bundle(journal: Journal, tmp_path: Path) -> None:
    add(journal, long_title("no spaces"))
    path = tmp_path / "bundle.zip"
    export_bundle(select(journal, ExportOptions(), lambda: FIXED), journal, path)
    report = verify_bundle(path)
    assert report.intact, report.findings
