"""A photo whose camera date disagrees with the entry by more than a day is raised once,
calmly, and her note is kept with the exhibit and shown in the PDF's exhibit index."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal.entries.model import EntryContent, EventTime
from journal.evidence.capture_dates import disagreement
from journal.export.options import ExportOptions
from tests.pdf_helpers import export, squash, text
from ui.app.window import AppWindow
from ui.evidence.capture_note import CaptureNoteDialog
from ui.evidence.importing import import_files

from ..conftest import EVIDENCE_DIR, corpus
from .conftest import unlock_window

PHOTO = EVIDENCE_DIR / "photo_with_exif.jpg"  # taken 2025-03-14 21:07:55 +10:00
NOTE = "An older photo of the same bruise, taken the first time."


def questions() -> list[CaptureNoteDialog]:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaptureNoteDialog)]
    return [w for w in shown if w.isVisible()]


def test_the_dates_are_compared_with_the_precision_she_gave(journal) -> None:
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title="Bruise", occurred=EventTime("2025-03-14T20:00"))
    )
    info = journal.attach_file(entry_id, corpus(PHOTO))
    near = EventTime("2025-03-14T20:00", timezone="Australia/Brisbane")
    assert disagreement(info, near) is None
    assert disagreement(info, EventTime("2025-03", precision="month")) is None
    question = disagreement(info, EventTime("2026-12-05T10:00"))
    assert question is not None and "14 Mar 2025" in question and "05 Dec 2026" in question
    assert disagreement(replace(info, capture_time=None), EventTime("2026-12-05")) is None


def test_she_is_asked_once_and_her_note_reaches_the_pdf(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)
    entry_id = session.journal.add_entry(
        EntryContent(kind="incident", title="Pushed", occurred=EventTime("2026-12-05T10:00"))
    )
    job = import_files(window, session, entry_id, [corpus(PHOTO)])
    qtbot.waitUntil(lambda: job.result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: bool(questions()))
    dialog = questions()[0]
    assert "14 Mar 2025" in dialog.question.text()
    qtbot.keyClicks(dialog.note, NOTE)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: not questions())
    journal = session.journal
    [info] = journal.entry(entry_id).attachments
    assert info.description == NOTE
    pdf = tmp_path / "c.pdf"
    export(journal, pdf, ExportOptions())
    assert squash(NOTE) in squash(text(pdf))


def test_no_question_when_the_dates_agree(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    entry_id = session.journal.add_entry(
        EntryContent(kind="incident", title="Same night", occurred=EventTime("2025-03-14T21:00"))
    )
    job = import_files(window, session, entry_id, [corpus(PHOTO)])
    qtbot.waitUntil(lambda: job.result is not None, timeout=30_000)
    qtbot.wait(50)
    assert not questions() and job.date_question is None
