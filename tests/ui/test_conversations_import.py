"""File → Import messages… with real files and a real vault: the zone question, the
progress dialog and Cancel, a malformed file, a second import of the same file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from journal.conversations.zones import computer_zone_name, shown
from ui.app.session import Session
from ui.app.window import AppWindow
from ui.conversations.import_dialogs import FormatQuestion, ZoneQuestion
from ui.conversations.importing import MessageImport

from ..conversations.helpers import call_log, chat_lines, stored_objects, whatsapp_file
from .accessibility_walk import problems
from .conftest import unlock_window
from .gui_helpers import click, type_into


def _finish(qtbot, importer: MessageImport) -> str:
    qtbot.waitUntil(lambda: isinstance(importer.summary, QMessageBox), timeout=30_000)
    assert importer.summary is not None
    text = importer.summary.text()
    importer.summary.close()
    return text


def test_whatsapp_asks_for_the_zone_then_imports(qtbot, window: AppWindow, tmp_path: Path) -> None:
    session = unlock_window(qtbot, window)
    chat = whatsapp_file(tmp_path, "WhatsApp Chat with Mark Doe.txt", chat_lines(3))
    importer = window.conversations.import_files([chat])
    assert importer is not None
    question = importer.question
    assert isinstance(question, ZoneQuestion)
    assert question.zone.text() == computer_zone_name()  # the computer's zone, offered
    assert problems([question]) == []
    question.zone.clear()
    type_into(qtbot, question.zone, "Mars/Olympus")
    click(qtbot, question.ok_button)
    assert "is not a time zone this computer knows" in question.problem.text()
    assert len(session.journal.messages) == 0
    question.zone.clear()
    type_into(qtbot, question.zone, "America/Chicago")
    click(qtbot, question.ok_button)
    summary = _finish(qtbot, importer)
    assert summary.startswith("WhatsApp Chat with Mark Doe.txt: 3 messages and 0 calls stored.")
    assert "Times shown in America/Chicago (assumed, confirmed by you)." in summary
    first = session.journal.messages.search()[0]
    assert first.text == "message 0\nline two of 0"
    assert shown(first.time).endswith("America/Chicago (assumed: zone confirmed by the user)")

    again = window.conversations.import_files([chat])
    assert again is not None and isinstance(again.question, ZoneQuestion)
    again.question.accept()
    assert _finish(qtbot, again) == (
        "WhatsApp Chat with Mark Doe.txt: imported before; nothing new was stored."
    )
    assert len(session.journal.messages) == 3


def test_a_malformed_file_names_the_line_and_stores_nothing(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)
    before = stored_objects(session.journal)
    bad = tmp_path / "calls.xml"
    bad.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>\n<calls count=\"1\">\n"
        '  <call number="+15550001111" duration="5" date="1741986475123" type="1" />\n'
        "  <call number=\n",
        encoding="utf-8",
    )
    importer = window.conversations.import_files([bad])
    assert importer is not None
    qtbot.waitUntil(lambda: isinstance(importer.question, FormatQuestion), timeout=30_000)
    question = importer.question
    assert isinstance(question, FormatQuestion)
    reason = question.reason.text()
    assert reason.startswith("“calls.xml” was not imported, and nothing was stored:\n")
    assert "line 4" in reason
    assert problems([question]) == []
    click(qtbot, question.skip_button)
    summary = _finish(qtbot, importer)
    assert summary.startswith("calls.xml: not imported; nothing was stored.")
    assert stored_objects(session.journal) == before


def test_an_unrecognised_file_may_be_read_as_a_chosen_format(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n", encoding="utf-8")
    importer = window.conversations.import_files([odd])
    assert importer is not None and isinstance(importer.question, FormatQuestion)
    assert "is not a message export this app recognises" in importer.question.reason.text()
    importer.question.format.setCurrentIndex(importer.question.format.findData("whatsapp"))
    importer.question.accept()
    assert isinstance(importer.question, ZoneQuestion)  # WhatsApp: the zone first
    importer.question.accept()
    qtbot.waitUntil(lambda: isinstance(importer.question, FormatQuestion), timeout=30_000)
    assert "Line 1 of the WhatsApp export does not start with a date" in (
        importer.question.reason.text()
    )
    click(qtbot, importer.question.skip_button)
    assert _finish(qtbot, importer).startswith("notes.txt: not imported; nothing was stored.")
    assert len(session.journal.messages) == 0


def test_cancel_stores_nothing(qtbot, window: AppWindow, tmp_path: Path) -> None:
    session: Session = unlock_window(qtbot, window)
    journal = session.journal
    before = stored_objects(journal)
    log = call_log(tmp_path)
    with journal.messages.import_lock:  # the import waits here until Cancel was pressed
        importer = window.conversations.import_files([log])
        assert importer is not None and importer.progress is not None
        assert importer.progress.isVisible() and importer.task is not None
        task = importer.task
        click(qtbot, importer.progress.findChild(QPushButton))
        assert task.cancelled
    summary = _finish(qtbot, importer)
    assert summary == "calls-20250315.xml: cancelled; nothing was stored."
    assert stored_objects(journal) == before
    assert journal.messages.calls() == []
