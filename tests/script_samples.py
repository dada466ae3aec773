"""Entries in every major script, exported to a PDF (for tests/test_export_scripts.py).

Run as `python -m tests.script_samples OUT.pdf [LANGUAGE]` it makes a journal beside
OUT.pdf and exports it: the fontconfig-free test runs it with fontconfig unreachable.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.entries.model import EntryContent, EventTime, PersonContent, PersonLink
from journal.export.options import ExportOptions
from journal.session.journal import Journal
from tests.conftest import new_vault
from tests.pdf_helpers import export

#: script -> (a sentence: title, narrative and message; a person, named by their role)
SAMPLES: dict[str, tuple[str, str]] = {
    "arabic": ("العنف الأسري يجب أن يتوقف", "الزوج السابق"),
    "persian": ("من می‌خواهم در امان باشم", "همسر سابق"),
    "urdu": ("گھریلو تشدد جرم ہے", "سابق شوہر"),
    "hebrew": ("אלימות במשפחה היא פשע", "בן הזוג לשעבר"),
    "mixed": ("قال Sergeant إنه سيعود في 2024 الساعة 10:30", "الضابط Officer"),
    "devanagari": ("घरेलू हिंसा एक अपराध है", "पूर्व पति"),
    "bengali": ("পারিবারিক সহিংসতা একটি অপরাধ", "প্রাক্তন স্বামী"),
    "tamil": ("குடும்ப வன்முறை ஒரு குற்றம்", "முன்னாள் கணவர்"),
    "thai": ("ความรุนแรงในครอบครัวเป็นอาชญากรรม", "อดีตสามี"),
    "chinese": ("家庭暴力是犯罪行为", "前夫"),
    "japanese": ("家庭内暴力はやめてください", "元夫"),
    "korean": ("가정 폭력은 범죄입니다", "전 남편"),
    "greek": ("Η ενδοοικογενειακή βία είναι έγκλημα", "Πρώην σύζυγος"),
    "cyrillic": ("Домашнее насилие — это преступление", "Бывший муж"),
    "emoji": ("He sent 😡🔪 at night", "Neighbour 🙂"),
}
#: Scripts whose lines read right to left.
RTL = frozenset({"arabic", "persian", "urdu", "hebrew", "mixed"})


def fill(journal: Journal, scripts: dict[str, tuple[str, str]] = SAMPLES) -> None:
    for day, (sentence, name) in enumerate(scripts.values(), start=1):
        person = journal.add_person(PersonContent(name))
        journal.add_entry(
            EntryContent(
                "contact",
                sentence,
                EventTime(f"2025-03-{day:02d}"),
                narrative=f"{sentence}\n{name}: {sentence}",
                people=(PersonLink(person),),
            )
        )


def make(pdf: Path, language: str = "en", scripts: dict[str, tuple[str, str]] = SAMPLES) -> None:
    vault, _code = new_vault(pdf.with_suffix(".vault"))
    journal = Journal.open(vault)
    try:
        fill(journal, scripts)
        export(journal, pdf, ExportOptions(language=language))
    finally:
        journal.vault.lock()


if __name__ == "__main__":
    make(Path(sys.argv[1]), *(sys.argv[2:3] or ["en"]))
