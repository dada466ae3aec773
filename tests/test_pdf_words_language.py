"""A Spanish or Arabic chronology says its own words in that language: the names of
kinds, categories, roles and report bodies, the cover's filter, time and count lines,
the summary's cells and the index of volumes carry no English from the catalogue
(read back with pdftotext)."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from journal.entries.model import KINDS, EntryContent, EventTime
from journal.export.chronology import export_chronology
from journal.export.options import ExportOptions, select
from journal.export.words import words_for
from journal.export.words.labels import GROUPS
from journal.session.journal import Journal

from .export_fixtures import clock
from .factories import full_entry, full_person, journal_at
from .pdf_helpers import info, text

#: The catalogue keys this test covers: what docs/exports.md lists as translated
#: beyond the headings (the cover's lines, the summary's cells, the volumes).
PLACES = ("cover.", "sum.", "vol.", "ent.")
LIMIT_MB = 0.2  # several volumes of the entries below
ENTRIES = 32


def _journal(path: Path) -> Journal:
    """Entries of every kind and several categories, one with every field (a person
    with a role and duty, a report, risk indicators), and enough text for volumes."""
    journal = journal_at(path)
    person = journal.add_person(full_person("Lowe"))
    journal.add_entry(full_entry("kettle", person))
    rng = random.Random(7)
    kinds = list(KINDS)
    for number in range(1, ENTRIES + 1):
        narrative = " ".join(f"kettle{rng.randrange(10**6)}" for _ in range(500))
        journal.add_entry(
            EntryContent(
                kind=kinds[number % len(kinds)],
                title=f"Zebra {number}",
                occurred=EventTime(f"2025-0{number % 9 + 1}-1{number % 9}"),
                categories=("threats", "stalking", "coercive_control"),
                narrative=narrative,
            )
        )
    return journal


def _english_pieces(language: str) -> set[str]:
    """The English texts of the covered keys and labels that the language writes
    differently: the fixed pieces between placeholders, of a telling length."""
    english, other = words_for("en").catalogue, words_for(language).catalogue
    pieces: set[str] = set()
    for key, value in english.items():
        if not key.startswith(PLACES):
            continue
        for piece in re.split(r"\{[^}]*\}", value):
            piece = piece.strip(" ,.;:()“”\n")
            if len(piece) >= 6 and piece not in other[key]:
                pieces.add(piece)
    for group, labels in GROUPS.items():
        for key, label in labels.items():
            if len(label) >= 6 and label not in other[f"{group}.{key}"]:
                pieces.add(label)
    return pieces


def _flat(pdf_text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", pdf_text))


def _export(journal: Journal, out: Path, language: str, **kwargs: object) -> str:
    options = ExportOptions(
        language=language,
        kinds=frozenset({"incident", "report", "note"}),
        categories=frozenset({"threats", "physical"}),
        include_history=False,  # its inner labels are not yet translated (docs/exports.md)
        **kwargs,  # type: ignore[arg-type]
    )
    result = export_chronology(select(journal, options, clock), journal, out, max_mb=LIMIT_MB)
    assert len(result.paths) > 1, "the test wants an index of volumes"
    return _flat("\n".join(text(path) for path in result.paths))


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    return _journal(tmp_path_factory.mktemp("words") / "notes.db")


@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_translated_pdf_has_no_english_from_the_catalogue(
    journal: Journal, tmp_path: Path, language: str
) -> None:
    # the app's name stays as it is (the signer named on the integrity page)
    shown = _export(journal, tmp_path / "chronology.pdf", language).replace("Incident Journal", "")
    pieces = _english_pieces(language)
    assert len(pieces) > 60  # the test looks for something
    left = sorted(p for p in pieces if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", shown))
    assert left == [], f"English left in the {language} PDF: {left}"
    english = _export(journal, tmp_path / "english.pdf", "en")
    assert "Volumes of this chronology" in english and "Kinds: Incident, Note, Report" in english


def test_the_spanish_pdf_says_its_own_labels(journal: Journal, tmp_path: Path) -> None:
    shown = _export(journal, tmp_path / "chronology.pdf", "es", bates_prefix="JD")
    words = words_for("es")
    for expected in (
        words("cover.kinds", kinds="Incidente, Nota, Denuncia"),
        words("cover.categories", categories="Física, Amenazas"),
        words("vol.title"),
        words.label("cat", "coercive_control"),
        words.label("role", "abuser"),
        words.label("duty", "off"),
        words.label("body", "oversight"),
        "Los números de página y los sellos Bates continúan",
    ):
        assert expected in shown, expected


@pytest.mark.parametrize(
    ("language", "month", "english"), [("es", "feb", "Feb 2025"), ("ar", "فبراير", "Feb 2025")]
)
def test_dates_in_the_pdf_name_their_month_in_its_language(
    journal: Journal, tmp_path: Path, language: str, month: str, english: str
) -> None:
    """The entries' dates ("12 Feb 2025" in English) come from the core as phrases and
    are worded in the export's language: the month's name, "approx.", the span."""
    shown = _export(journal, tmp_path / "chronology.pdf", language)
    assert month in shown
    assert english not in shown
    assert "Feb 2025" in _export(journal, tmp_path / "english.pdf", "en")


def test_a_phrase_without_a_translation_stays_english() -> None:
    from journal.entries.timeparse import describe

    when = describe(EventTime("2025-03-14T21:07", precision="approximate", end="2025-03-14T21:40"))
    assert str(when) == "approx. 14 Mar 2025 21:07 – 21:40"
    assert words_for("es").phrase(when) == "aprox. 14 mar 2025 21:07 – 21:40"
    assert words_for("en").phrase(when) == str(when)
    assert words_for("es").phrase("plain text") == "plain text"


def test_the_chart_legend_is_shaped_and_in_reading_order_in_arabic(
    journal: Journal, tmp_path: Path
) -> None:
    """The legend under the pattern chart is made of paragraphs, like every table, so an
    Arabic category reads joined and in order on the chart's page (reportlab's own
    Legend drew unjoined letters, which pdftotext could not read back)."""
    options = ExportOptions(language="ar", include_history=False)
    out = tmp_path / "chronology.pdf"
    export_chronology(select(journal, options, clock), journal, out)
    words = words_for("ar")
    pages = int(info(out)["Pages"])
    chart_page = next(
        page for page in range(1, pages + 1) if words("h.chart") in _flat(text(out, page, page))
    )
    shown = _flat(text(out, chart_page, chart_page))
    for category in ("threats", "stalking", "coercive_control"):
        assert words.label("cat", category) in shown, category
