"""The chronology's case sections (complaints and reports, after disclosure, risk
indicators, revision history, trusted timestamps) say the app's own sentences in the
export's language: a Spanish or Arabic PDF carries none of their English, and the
English PDF says exactly what it said before (read back with pdftotext)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from journal.case.after_disclosure import DAYS_BASIS
from journal.case.risk import RISK_DISCLAIMER, risk_content
from journal.entries.model import EntryContent, EventTime, ReportRecord, RiskIndicator
from journal.export.options import ExportOptions
from journal.export.timestamps.stamp import timestamp_now
from journal.export.words import words_for
from journal.export.words.en_case import CASE_WORDS
from journal.session.journal import Journal

from .conftest import reopen
from .damage_fixtures import build_journal, flip_ciphertext_bit
from .factories import journal_at
from .pdf_helpers import export, text
from .tsa_authority import LocalAuthority

#: What the integrity page says of a damaged source journal (its own test below).
DAMAGE_KEYS = ("dmg.exhibit",)
#: Keys this journal cannot show: no reports at all, the history of a withdrawn or
#: purged entry (such entries are never exported), values it has none of.
NOT_SHOWN = {"rep.none", "hist.deleted", "hist.purged", "hist.purged_note"}
NOT_SHOWN |= set(DAMAGE_KEYS)
NOT_SHOWN |= {f"hd.diff.{key}" for key in ("description", "photographed", "unknown_person")}
NOT_SHOWN |= {"hd.diff.stored", "hd.precision.approximate", "hd.precision.day"}
SHOWN = sorted(set(CASE_WORDS) - NOT_SHOWN)
#: Keys of the revision history, which is printed within the detailed entries.
IN_ENTRIES = tuple(key for key in SHOWN if key.startswith(("hist.", "hd.")))
#: The detailed entries (not part of these sections) print these of a report too.
ALSO_IN_ENTRIES = {"What they said", "next deadline"}
OPTIONS = ExportOptions(include_history=True, include_risk=True)


def _note(journal: Journal, title: str, when: str, *categories: str, **more: object) -> str:
    content = EntryContent(
        kind="incident", title=title, occurred=EventTime(when), categories=categories
    )
    return journal.add_entry(replace(content, **more))  # type: ignore[arg-type]


def _report(**fields: str | tuple[str, ...]) -> ReportRecord:
    return replace(ReportRecord("police", "", reference="QX-17", status="made"), **fields)  # type: ignore[arg-type]


def _fill(journal: Journal, tsa: LocalAuthority) -> None:
    """Reports that say and do things about entries (one of them withdrawn), disclosures
    followed on the same day, the next day and later, one known only to the month
    (with an entry around the same time), one followed by nothing; two risk checks that
    differ; an edited entry; timestamps after one, three and every revision."""
    kitchen = EventTime("2025-03-14T21:07", timezone="Europe/Madrid")
    slap = _note(journal, "Kitchen zebra", "", "physical", occurred=kitchen)
    assert timestamp_now(journal, [tsa.url])[0].ok
    gone = _note(journal, "Withdrawn zebra", "2025-03-15")
    journal.delete_entry(gone)  # a report is about it; it is not in the export
    said = _report(
        date="2025-03-20",
        outcome="zebra outcome",
        next_deadline="2025-04-30",
        what_they_said="zebra said",
        what_they_did="zebra did",
        concerns=(slap, gone),
    )
    _note(journal, "Zebra complaint", "2025-03-20T10:00", reports=(said,), kind="report")
    assert timestamp_now(journal, [tsa.url])[0].ok
    _note(journal, "Zebra visit", "2025-03-20T18:00", "threats", "retaliation")
    _note(journal, "Zebra call", "2025-03-21", "stalking")
    undated = _report(body_type="oversight", concerns=(slap,))
    _note(journal, "Zebra letter", "2025-04-02", reports=(undated,), kind="report")
    _note(journal, "Zebra car", "2025-04-09", "stalking")
    may = EventTime("2025-05", precision="month")
    _note(journal, "Zebra sister", "", disclosure=True, kind="note", occurred=may)
    _note(journal, "Zebra nearby", "2025-05-15", kind="note")
    _note(journal, "Zebra after", "2025-07-10", "threats")
    _note(journal, "Zebra later", "2025-12-01", reports=(_report(reference="QX-99"),))
    for when, firearm, threats in (("2025-03-01", "yes", ""), ("2025-06-01", "no", "yes")):
        indicators = (RiskIndicator("firearm", firearm), RiskIndicator("threats_to_kill", threats))
        journal.add_entry(risk_content(EventTime(when), indicators))
    current = journal.entry(slap)
    journal.update_entry(slap, replace(current.content, title="Kitchen zebra, edited"))
    journal.update_entry(slap, replace(journal.entry(slap).content, private_notes="zebra secret"))
    assert timestamp_now(journal, [tsa.url])[0].ok


def _flat(pdf_text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", pdf_text))


def _letters(text: str) -> str:
    """The Arabic letters alone, in order."""
    return "".join(re.findall("[\u0621-\u064a]", unicodedata.normalize("NFKC", text)))


def _missing(pieces: set[str], page: str, language: str) -> list[str]:
    """The pieces not in `page`. Arabic comes back from pdftotext with its vowel
    marks, brackets and runs of Latin or digits moved about, and a space or a line
    break now and then inside a word with a mark; so there each word of a piece is
    looked for among the page's letters."""
    if language != "ar":
        return sorted(p for p in pieces if p not in page)
    letters = _letters(page)
    return sorted(p for p in pieces if any(_letters(w) not in letters for w in p.split()))


def _pieces(template: str) -> list[str]:
    """The fixed words between a template's placeholders, of a telling length."""
    found = (p.strip(" ,.;:()“”—·•+\n،؛") for p in re.split(r"\{[^}]*\}", template))
    return [p for p in found if len(p) >= 6]


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """language -> the text of the whole chronology in it."""
    folder = tmp_path_factory.mktemp("case-words")
    journal = journal_at(folder / "notes.db")
    with LocalAuthority(folder / "tsa") as tsa:
        _fill(journal, tsa)
    out = {}
    for language in ("en", "es", "ar"):
        pdf = folder / f"chronology-{language}.pdf"
        export(journal, pdf, replace(OPTIONS, language=language))
        out[language] = _flat(text(pdf))
        out[f"{language}-pdf"] = str(pdf)
    return out


def _sections(page: str, language: str) -> str:
    """From the complaints and reports on: the sections after the detailed entries
    that this test covers (there is no declaration without a name to sign it)."""
    return page[page.rindex(words_for(language)("h.reports")) :]


@pytest.mark.parametrize("language", ["es", "ar"])
def test_the_case_sections_carry_no_english_of_the_app(
    shown: dict[str, str], language: str
) -> None:
    other = words_for(language).catalogue

    def english(keys: list[str] | tuple[str, ...]) -> set[str]:
        return {p for key in keys for p in _pieces(CASE_WORDS[key]) if p not in other[key]}

    def left(pieces: set[str], page: str) -> list[str]:
        return sorted(p for p in pieces if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", page))

    page = shown[language]
    sections = [key for key in SHOWN if key not in IN_ENTRIES]
    assert len(english(sections)) > 40 and len(english(IN_ENTRIES)) > 8  # it looks for something
    assert left(english(sections), _sections(page, language)) == []
    assert left(english(IN_ENTRIES) - ALSO_IN_ENTRIES, page) == []
    missing = _missing({p for key in SHOWN for p in _pieces(other[key])}, page, language)
    assert missing == [], f"not in the {language} PDF: {missing}"
    # what they said is in the reports and in the entry's first revision
    said = words_for(language)("rep.said", text="zebra said")
    if language == "ar":
        assert _letters(page).count(_letters(said)) >= 2, said
    else:
        assert page.count(said) >= 2, said


def test_the_english_pdf_says_what_it_said_before(shown: dict[str, str]) -> None:
    page = shown["en"]
    assert _missing({p for key in SHOWN for p in _pieces(CASE_WORDS[key])}, page, "en") == []
    for sentence in (
        "What they said: zebra said",
        "About: entry 2; 1 entry(ies) not in this export",
        "1 entry followed; 1 marked as retaliation, threats or similar.",
        "3 entries followed; 1 marked as retaliation, threats or similar.",
        "same day",
        "+1 day",
        "+20 days",
        "Around the same time (order not certain):",
        "Days counted from 31 May 2025, the last day it could have been.",
        "No entries are dated within 90 days after it.",
        "1 Jun 2025: Access to a firearm or service weapon — No (was Yes)",
        "(was not noted)",
        "Revision 3 · Saved · saved",
        "No visible change in this copy.",
        "Title: before: Kitchen zebra now: Kitchen zebra, edited",
        "Entered as: 2025-03-14T21:07 Time zone: Europe/Madrid Precision: Exact",
        "Precision: Month only",
        "Told someone (disclosure): now: Yes",
        "ref. QX-17 · Made · outcome: zebra outcome · next deadline 2025-04-30",
        "The first saved version of this record existed in this form no later than",
        "The first 4 saved versions of this record existed",
        "This record existed in this form no later than",
    ):
        assert sentence in page, sentence
    # the sentences that the core also says, word for word
    assert CASE_WORDS["rk.disclaimer"] == RISK_DISCLAIMER
    assert DAYS_BASIS in CASE_WORDS["after.intro"]


def _left_edge(pdf: str, label: str) -> float:
    """Where the first word of `label` starts on its first page, read by pdftotext -bbox
    (which gives Arabic letters in the order they are drawn: right to left)."""
    found = subprocess.run(
        ["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    first = label.split(maxsplit=1)[0]
    wanted = {first, _letters(first), _letters(first)[::-1]} - {""}
    for match in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', found):
        word = unicodedata.normalize("NFKC", match.group(2))
        if word in wanted or _letters(word) in wanted:
            return float(match.group(1))
    raise AssertionError(f"{label} is not in {pdf}")


@pytest.mark.parametrize("language", ["es", "ar"])
def test_the_reports_table_reads_in_the_language_direction(
    shown: dict[str, str], language: str
) -> None:
    """The first column (the date) is on the right in Arabic, on the left in Spanish."""
    words = words_for(language)
    date = _left_edge(shown[f"{language}-pdf"], words("rep.date"))
    reference = _left_edge(shown[f"{language}-pdf"], words("rep.reference"))
    assert (date > reference) if language == "ar" else (date < reference)


def _damaged(folder: Path) -> Journal:
    """A journal with one version that cannot be decrypted and one exhibit whose
    stored copy is gone."""
    path = folder / "notes.db"
    build_journal(path)
    flip_ciphertext_bit(path, 20)
    with sqlite3.connect(path) as conn:
        (object_id,) = conn.execute(
            "SELECT object_id FROM object WHERE role = 'attachment' LIMIT 1"
        ).fetchone()
        conn.execute("DELETE FROM chunk WHERE object_id = ?", (object_id,))
    conn.close()
    return reopen(path)


def test_the_source_journals_damage_is_told_in_the_pdfs_language(tmp_path: Path) -> None:
    """The integrity page's summary of the damage and each exhibit left out; the
    problems themselves are the check's own (English) words."""
    journal = _damaged(tmp_path)
    pages = {}
    for language in ("en", "es", "ar"):
        pdf = tmp_path / f"{language}.pdf"
        selection, count = export(journal, pdf, ExportOptions(language=language))
        pages[language] = _flat(text(pdf, 2, count))  # the cover says it in its own words
    assert selection.damage.unreadable_exhibits and selection.damage.problems  # 2: "many"
    assert _flat(selection.damage.summary()) in pages["en"]  # English says what it said
    for line in selection.damage.lines():
        assert _flat(line) in pages["en"]
    for language in ("es", "ar"):
        other = words_for(language).catalogue
        english = {p for k in DAMAGE_KEYS for p in _pieces(CASE_WORDS[k]) if p not in other[k]}
        assert english and not [p for p in english if p in pages[language]], language
        shown = {p for k in DAMAGE_KEYS for p in _pieces(other[k])}
        assert _missing(shown, pages[language], language) == [], language


def test_risk_indicators_in_a_revision_are_named_in_the_pdfs_language() -> None:
    """The revision history's risk values use the catalogue's indicator and state names."""
    from journal.entries.model import RiskIndicator
    from journal.entries.revision_values import renderers
    from journal.export.pdf.sections.history import value_words
    from journal.export.words import words_for

    noted = (RiskIndicator("firearm", "yes", "in the car"),)
    shown = {
        lang: renderers({}, value_words(words_for(lang)))["risk"](noted)
        for lang in ("en", "es", "ar")
    }
    assert shown["en"] == "Access to a firearm or service weapon: Yes · in the car"
    for lang in ("es", "ar"):
        spanish_or_arabic = words_for(lang)
        assert shown[lang] == (
            f"{spanish_or_arabic.label('risk', 'firearm')}: "
            f"{spanish_or_arabic.label('risk_state', 'yes')} · in the car"
        )
        assert "firearm" not in shown[lang].lower() and "Yes" not in shown[lang]
