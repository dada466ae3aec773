"""A Spanish or Arabic chronology words its entries sections in its own language:
the chart's summary, note and "No category", a report's outcome, deadline and what
they said and did, the account of what someone else said, the evidence facts, the
exhibit index's note, the people index, the declaration, contact over time and the
linked messages (read back with pdftotext). English keeps today's wording."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from journal.case.patterns import MonthCount, Pattern, summary, summary_parts
from journal.entries.model import (
    EntryContent,
    EventTime,
    OfficerDetails,
    OfficerPosting,
    OtherAccount,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.export.chronology import export_chronology
from journal.export.options import ExportOptions, select
from journal.export.pdf.sections.chart import SUMMARY_KEYS
from journal.export.pdf.sections.cover import damage_line
from journal.export.source_damage import SourceDamage
from journal.export.words import words_for
from journal.export.words.en_entries import ENTRIES_WORDS
from journal.export.words.worded import worded
from journal.session.journal import Journal
from journal.session.message_import import import_messages
from journal.session.message_links import link_messages

from .cli_helpers import run_cli
from .conftest import EVIDENCE_DIR, PASSPHRASE, corpus
from .conversations.helpers import call_log
from .damage_fixtures import build_journal, cut_middle
from .export_fixtures import clock
from .factories import journal_at
from .messages.builders import Line, android_chat, en_gb
from .pdf_helpers import info, text

#: Keys the journal below brings into the PDF (their translations must show).
SHOWN = (
    "chart.entries_many",
    "chart.months_many",
    "chart.span",
    "chart.busiest_many",
    "chart.empty_one",
    "chart.no_category",
    "chart.note",
    "entry.outcome",
    "entry.deadline",
    "entry.said",
    "entry.did",
    "entry.account_label",
    "entry.told",
    "entry.learned",
    "evidence.label",
    "evidence.bytes",
    "evidence.captured",
    "exhibits.note",
    "picture.not_shown",
    "picture.cut",
    "exhibits.not_recorded",
    "people.appears",
    "people.since",
    "people.from",
    "people.rank",
    "people.badge_number",
    "people.agency",
    "people.station",
    "people.unit",
    "people.supervisor",
    "declaration.named",
    "declaration.signature",
    "declaration.name",
    "declaration.date",
    "contact.title",
    "contact.figures",
    "contact.night",
    "contact.note",
    "contact.busiest",
    "contact.messages_many",
    "contact.calls_many",
    "messages.title",
    "messages.intro",
    "messages.from",
    "messages.written",
    "messages.assumed",
    "messages.confirmed",
)
#: Today's English of those sections, word for word (the English PDF must not change).
ENGLISH = (
    "3 entries from March 2025 to May 2025 (3 months). Busiest months: March 2025 (2), "
    "May 2025 (1). 1 month with no entries.",
    "No category",
    "Each bar counts the entries in this export whose event started in that month",
    "outcome: Zorvex",
    "next deadline 2025-04-30",
    "What they said: Qwilt answer",
    "What they did: Qwilt action",
    "Your account of what someone else said",
    "Sam Example told Brix (Feb 2025): “Qwilt words” — I learned of it: Qwilt way",
    "Evidence",
    "message_log_utf8.txt · text/plain · 178 bytes",
    "Each file is kept in the journal exactly as it was added, byte for byte.",
    "not recorded",
    "This picture is not shown here: it appears to be cut off or damaged. The file itself",
    "Appears in",
    "Details since 2024-06",
    "Rank: Sergeant",
    "Badge number: 4471",
    "From 2019-01: Rank: Constable; Agency: Vexton Police",
    "I, Sam Zed, declare that the entries in this chronology were written by me",
    "Signature",
    "Contact over time",
    "6 messages and 4 calls on 3 days, from 2025-03-01 to 2025-03-14;",
    "5 messages and 0 calls between 22:00 and 04:00.",
    "Busiest days",
    "Linked messages (6)",
    "Messages linked to this entry, from the message histories imported into the journal",
    "(assumed: zone confirmed by the user)",
    "Written in the export as:",
)


def _journal(folder: Path) -> Journal:
    journal = journal_at(folder / "notes.db")
    officer = OfficerDetails("Sergeant", "4471", "Vexton Police", "Brixham", "Traffic", "Lt. Qwilt")
    person = journal.add_person(
        PersonContent(
            "Sam Example",
            "Zorvex",
            officer=officer,
            officer_since="2024-06",
            officer_history=(
                OfficerPosting("2019-01", OfficerDetails("Constable", agency="Vexton Police")),
            ),
        )
    )
    report = ReportRecord(
        "police",
        "Vexton Police",
        "2025-03-16",
        "VX-1",
        "Qwilt",
        "Qwilt answer",
        "made",
        "2025-04-30",
        "Qwilt action",
        "Zorvex",
    )
    incident = journal.add_entry(
        EntryContent(
            "report",
            "Zebra report",
            EventTime("2025-03-16", precision="day"),
            categories=("threats",),
            people=(PersonLink(person, "abuser", "off"),),
            reports=(report,),
            accounts=(OtherAccount("Sam Example", "Brix", "Feb 2025", "Qwilt words", "Qwilt way"),),
        )
    )
    for name in ("photo_with_exif.jpg", "message_log_utf8.txt", "photo_truncated.jpg"):
        journal.attach_file(incident, corpus(EVIDENCE_DIR) / name)
    journal.add_entry(EntryContent("note", "Zebra note", EventTime("2025-05-02")))
    lines = [Line(datetime(2025, 3, 1, 22, i), "Mark Doe", f"Zebra {i}") for i in range(5)]
    chat = folder / "WhatsApp Chat with Mark Doe.txt"
    chat.write_text(
        android_chat([*lines, Line(datetime(2025, 3, 2, 12), "Ana", "Zebra")], en_gb),
        encoding="utf-8",
    )
    import_messages(journal, chat, timezone="Europe/Berlin")
    import_messages(journal, call_log(folder))
    contact = journal.add_entry(
        EntryContent("contact", "Zebra chat", EventTime("2025-03-01"), categories=("threats",))
    )
    link_messages(journal, contact, [m.id for m in journal.messages.search()])
    return journal


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    return _journal(tmp_path_factory.mktemp("entries-words"))


#: The sections of the other part of this work (their pages are left out here).
OTHERS = ("h.reports", "h.after", "h.risk", "h.integrity")
MINE = ("h.summary", "h.chart", "contact.title", "h.entries", "h.exhibits", "h.people")


def _flat(pdf_text: str) -> str:
    """NFKC (Arabic presentation forms), without the embedding marks pdftotext adds."""
    shown = unicodedata.normalize("NFKC", pdf_text).translate(dict.fromkeys(range(0x202A, 0x202F)))
    return re.sub(r"\s+", " ", shown)


def _letters(written: str) -> str:
    """Letters and digits only: pdftotext reads Arabic short vowels and shadda back
    apart from their letter and with spaces around them ("يع ّد" for "يعدّ")."""
    return "".join(c for c in written if c.isalnum())


def _export(journal: Journal, out: Path, language: str) -> str:
    """The text of the pages of this part's sections (each section starts a page)."""
    options = ExportOptions(
        language=language,
        include_history=False,
        include_contact=True,
        declaration=True,
        declaration_name="Sam Zed",
    )
    export_chronology(select(journal, options, clock), journal, out)
    words, kept, current = words_for(language), [], "cover"
    for number in range(1, int(info(out)["Pages"]) + 1):
        page = _flat(text(out, number)).strip()
        below_title = page.removeprefix(words("title")).strip()
        for key in (*MINE, *OTHERS, "h.declaration"):
            if below_title.startswith(words(key)):
                current = key
        if current not in OTHERS:
            kept.append(page)
    return " ".join(kept)


def _pieces(value: str, shortest: int) -> list[str]:
    """The fixed words of a catalogue value, between its placeholders."""
    pieces = (p.strip(" ,.;:()“”«»—\n") for p in re.split(r"\{[^}]*\}", value))
    return [p for p in pieces if len(p) >= shortest]


def test_the_english_pdf_keeps_its_wording(journal: Journal, tmp_path: Path) -> None:
    shown = _export(journal, tmp_path / "chronology.pdf", "en")
    for expected in ENGLISH:
        assert _flat(expected) in shown, expected


@pytest.mark.parametrize("language", ["es", "ar"])
def test_the_entries_sections_speak_the_pdf_language(
    journal: Journal, tmp_path: Path, language: str
) -> None:
    shown = _export(journal, tmp_path / "chronology.pdf", language)
    words = words_for(language)
    english_left = sorted(
        piece
        for key, value in ENTRIES_WORDS.items()
        for piece in _pieces(value, 6)
        if piece not in words.catalogue[key] and re.search(rf"(?<!\w){re.escape(piece)}", shown)
    )
    assert english_left == [], f"English left in the {language} PDF: {english_left}"
    # word by word: pdftotext may move punctuation between Arabic and other runs
    letters = _letters(shown)
    for key in SHOWN:
        fixed = re.sub(r"\{[^}]*\}", " ", _flat(words.catalogue[key]))
        missing = [w for w in fixed.split() if len(_letters(w)) >= 3 and _letters(w) not in letters]
        assert not missing, (key, missing)
    for english in ("Appears in", "What they said", "I learned of it", "Busiest month"):
        assert english not in shown


def test_the_spanish_sentences_read_whole(journal: Journal, tmp_path: Path) -> None:
    shown = _export(journal, tmp_path / "chronology.pdf", "es")
    for expected in (
        "3 entradas entre marzo de 2025 y mayo de 2025 (3 meses). "
        "Meses con más entradas: marzo de 2025 (2), mayo de 2025 (1). 1 mes sin entradas.",
        "resultado: Zorvex",
        "próximo plazo: 2025-04-30",
        "Lo que dijeron: Qwilt answer",
        "Sam Example le dijo a Brix (Feb 2025): «Qwilt words» — Cómo me enteré: Qwilt way",
        "message_log_utf8.txt · text/plain · 178 bytes",
        "Desde 2019-01: Rango: Constable; Organismo: Vexton Police",
        "Yo, Sam Zed, declaro que las entradas de esta cronología fueron escritas por mí",
        "6 mensajes y 4 llamadas en 3 días, del 2025-03-01 al 2025-03-14;",
        "Mensajes vinculados (6)",
        "(zona supuesta: zona confirmada por la usuaria o el usuario)",
    ):
        assert _flat(expected) in shown, expected


CHART_ENGLISH = ("entries", "entry", "month", "Busiest", "pattern", "a date")


def _month(year: int, month: int, entries: int) -> MonthCount:
    by_category = (("threats", entries),) if entries else ()
    return MonthCount(year=year, month=month, entries=entries, by_category=by_category)


@pytest.mark.parametrize(
    "pattern",
    [
        Pattern(months=(), categories=(), undated=0),
        Pattern(months=(_month(2025, 3, 1),), categories=("threats",), undated=1),
        Pattern(
            months=(_month(2025, 1, 2), _month(2025, 2, 0), _month(2025, 3, 1)),
            categories=("threats",),
            undated=3,
        ),
    ],
)
def test_every_chart_sentence_has_its_words(pattern: Pattern) -> None:
    """Every template of patterns.summary_parts has a key: English says the core's
    sentence, Spanish and Arabic none of its English."""
    parts = summary_parts(pattern)
    assert " ".join(worded(words_for("en"), p, SUMMARY_KEYS) for p in parts) == summary(pattern)
    for language in ("es", "ar"):
        said = " ".join(worded(words_for(language), p, SUMMARY_KEYS) for p in parts)
        english = [
            w for w in ("entries", "entry", "month", "Busiest", "pattern", "a date") if w in said
        ]
        assert english == [], (language, said)


@pytest.mark.parametrize(
    "damage",
    [
        SourceDamage(problems=("a",)),
        SourceDamage(problems=("a", "b"), unreadable_exhibits={"EX-001": ("x.jpg", "gone")}),
    ],
)
def test_the_damage_sentence_in_english_is_the_core_sentence(damage: SourceDamage) -> None:
    assert damage_line(damage, words_for("en")) == damage.summary()


@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_damaged_journal_says_so_in_the_pdf_language(tmp_path: Path, language: str) -> None:
    """A lawyer who reads Spanish or Arabic must see that the journal was damaged."""
    path = tmp_path / "notes.db"
    build_journal(path)
    cut_middle(path)
    pdf = tmp_path / "out.pdf"
    env = {"INCIDENT_JOURNAL_PASSPHRASE": PASSPHRASE}
    result = run_cli(
        "--vault", path, "export", "pdf", "--out", pdf, "--language", language, env=env
    )
    assert result.returncode == 0, result.stderr
    cover = _flat(text(pdf, 1))
    assert "The journal this was made from" not in cover
    assert "integrity page" not in cover
    fixed = re.sub(r"\{[^}]*\}", " ", _flat(words_for(language).catalogue["damage.end"]))
    assert all(_letters(w) in _letters(cover) for w in fixed.split() if len(_letters(w)) >= 3)
