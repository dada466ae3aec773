"""The export and case tools in Spanish and Arabic: counts take the language's own
plural forms (Arabic has six), templates keep their values, and what is laid out
by hand (the people profile's rich text) runs right to left in Arabic.

The app's real compiled translations are installed (tests/ui/translated.py); the
windows are real, over a real journal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.case.matters import deadline_notes
from journal.entries.model import (
    EntryContent,
    EventTime,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from ui.app.window import AppWindow
from ui.case.after_disclosure import AfterDisclosureDialog
from ui.case.profiles import ProfilesDialog
from ui.case.reminder import reminder_words
from ui.export.work import ExportOutcome

from ..factories import journal_at
from .conftest import unlock_window
from .translated import installed

LEFT_OVER = ("%n", "{", "}")  # a template that was not filled in


@pytest.mark.parametrize(
    ("language", "entries", "files", "said"),
    [
        ("ar", 1, 2, ("تدوينة واحدة", "ملفَي أدلة")),
        ("ar", 2, 1, ("تدوينتان", "ملف أدلة واحد")),
        ("ar", 3, 11, ("3 تدوينات", "11 ملفًا من ملفات الأدلة")),
        ("ar", 100, 0, ("100 تدوينة",)),
        ("es", 1, 2, ("1 entrada", "2 archivos de prueba")),
        ("en", 1, 1, ("1 entry", "1 evidence file")),
    ],
)
def test_what_an_export_saved_is_told_with_each_languages_own_counts(
    qapp, tmp_path: Path, language: str, entries: int, files: int, said: tuple[str, ...]
) -> None:
    outcome = ExportOutcome(tmp_path / "court.zip", "ab12", entries, files, bundle=True)
    with installed(language, tmp_path / "qm"):
        text = outcome.message()
    assert all(words in text for words in said), text
    assert "court.zip" in text and str(tmp_path) in text
    assert not any(mark in text for mark in LEFT_OVER)


def test_the_deadline_reminder_counts_days_in_arabic_and_spanish(qapp, tmp_path: Path) -> None:
    journal = journal_at(tmp_path / "j.db")
    today = date(2026, 3, 2)
    for reference, due in (("OPC-2", today + timedelta(days=2)), ("CPD-9", today - timedelta(11))):
        report = ReportRecord("police", "", "", reference, next_deadline=due.isoformat())
        journal.add_entry(
            EntryContent("report", reference, EventTime("2026-02-01"), reports=(report,))
        )
    notes = deadline_notes(journal.entries(), today)
    journal.vault.lock()
    with installed("ar", tmp_path / "ar"):
        arabic = reminder_words(notes)
    with installed("es", tmp_path / "es"):
        spanish = reminder_words(notes)
    assert "منذ 11 يومًا" in arabic and "بعد يومين، في 2026-03-04" in arabic
    assert "(المرجع OPC-2)" in arabic and "(المرجع CPD-9)" in arabic
    assert "hace 11 días" in spanish and "dentro de 2 días, el 2026-03-04" in spanish
    assert not any(mark in arabic + spanish for mark in LEFT_OVER)


def test_after_disclosure_speaks_arabic_right_to_left(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)  # the fixture's incident: 14 March 2025
    journal = session.journal
    journal.add_entry(
        EntryContent("report", "Told the police", EventTime("2025-03-13", precision="day"))
    )
    journal.add_entry(
        EntryContent(
            "incident",
            "Letter",
            EventTime("2025-03-15", precision="day"),
            categories=("retaliation",),
        )
    )
    with installed("ar", tmp_path / "qm"):
        window.case.after_action.trigger()
        dialog = next(d for d in window.findChildren(AfterDisclosureDialog) if d.isVisible())
        qtbot.waitExposed(dialog)
        assert dialog.isRightToLeft()
        summary = dialog.summary.text()
        top = dialog.tree.topLevelItem(0)
        days = [top.child(i).text(0).split("  ")[0] for i in range(top.childCount())]
        dialog.close()
    assert summary == (
        "تحدثت مرة واحدة. خلال 90 يومًا بعده، تدوينة واحدة مُعلَّمة بأنها انتقام أو ما يشبهه."
    )
    assert top.text(3) == "تدوينتان، واحدة منها مُعلَّمة"
    assert days == ["+يوم واحد", "+يومان"]


def test_a_people_profile_is_laid_out_right_to_left_in_arabic(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    """Its name and dates are Latin, which alone would pull each paragraph left."""
    session = unlock_window(qtbot, window)
    journal = session.journal
    officer = OfficerDetails("Sergeant", "4471", "City police", "Central")
    person = journal.add_person(PersonContent("The officer", "ex-partner", officer=officer))
    journal.add_entry(
        EntryContent(
            "incident",
            "At the door",
            EventTime("2025-04-02"),
            people=(PersonLink(person, "abuser"),),
        )
    )
    for language, direction in (("ar", Qt.LayoutDirection.RightToLeft), ("en", None)):
        with installed(language, tmp_path / language):
            dialog = window.case.show_people()
            assert isinstance(dialog, ProfilesDialog)
            qtbot.waitExposed(dialog)
            document = dialog.profile.document()
            block, directions, text = document.begin(), set(), document.toPlainText()
            while block.isValid():
                if block.text().strip():  # Qt's empty block after a table has none
                    directions.add(block.blockFormat().layoutDirection())
                block = block.next()
            dialog.close()
        if direction is not None:
            assert directions == {direction}, text
            assert "رقم 4471" in text and "بيانات الضابط عبر الزمن" in text
        else:
            assert directions == {Qt.LayoutDirection.LeftToRight}
            assert "no. 4471" in text and "Officer details over time" in text
