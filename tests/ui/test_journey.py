"""The path a survivor takes, through the real widgets: create a journal, log an
incident with a photo, lock, unlock, find it by search, edit it, see the revisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.vault.lifecycle import unlock
from ui.app.window import AppWindow
from ui.evidence import importing as evidence_import
from ui.evidence.capture_note import CaptureNoteDialog
from ui.history.dialog import HistoryDialog
from ui.pages.create import CreatePage
from ui.pages.unlock import UnlockPage
from ui.timeline.view import JournalView

from ..conftest import EVIDENCE_DIR, corpus
from .gui_helpers import click, open_editor, type_into

PASSPHRASE = "kettle orbit lantern mossy"


def visible_windows() -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.slow
def test_create_log_lock_unlock_search_edit(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = corpus(EVIDENCE_DIR / "photo_with_exif.jpg")
    # The person picks the photo in Qt's own file dialog (modal; a test cannot click it).
    monkeypatch.setattr(evidence_import, "choose_files", lambda _parent: [photo])
    path = tmp_path / "usb" / "notes.db"
    window = AppWindow(path)
    qtbot.addWidget(window)
    window.show()

    create = window.page
    assert isinstance(create, CreatePage)
    click(qtbot, create.start_button)
    type_into(qtbot, create.new_passphrase.first, PASSPHRASE)
    type_into(qtbot, create.new_passphrase.second, PASSPHRASE)
    click(qtbot, create.create_button)
    qtbot.waitUntil(lambda: create.steps.currentIndex() == 2, timeout=20_000)
    type_into(qtbot, create.check_field, create.code.split("-")[create.check_index])
    qtbot.keyClick(create.check_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.page, JournalView))

    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.essentials.title, "He came to the door in uniform")
    type_into(qtbot, editor.essentials.narrative, "He said he could have me arrested.")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    entry_id = saved.args[0]
    view = window.journal_view
    assert view is not None
    assert view.selected_entry_id() == entry_id
    window.add_evidence()
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: len(session.journal.entry(entry_id).attachments) == 1, timeout=20_000)
    # the photo's camera date is not the entry's: asked once, she chooses "Not now"
    qtbot.waitUntil(lambda: any(isinstance(w, CaptureNoteDialog) for w in visible_windows()))
    question = next(w for w in visible_windows() if isinstance(w, CaptureNoteDialog))
    question.later_button.click()
    # a new incident without people, injuries or reports: "while it is fresh…", once
    offer = window.details_offer
    assert offer is not None and "While it is fresh" in offer.text()
    assert "who did it" in offer.informativeText()
    next(b for b in offer.buttons() if "Not now" in b.text()).click()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock
    unlock_page = window.page
    assert isinstance(unlock_page, UnlockPage) and window.session is None
    type_into(qtbot, unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.page, JournalView), timeout=20_000)
    view = window.journal_view
    assert view is not None

    type_into(qtbot, view.filter_bar.query, "arrested")
    qtbot.waitUntil(lambda: [e.entry_id for e in view.visible_entries()] == [entry_id])
    view.filter_bar.query.clear()
    type_into(qtbot, view.filter_bar.query, "no such words")
    qtbot.waitUntil(lambda: view.visible_entries() == [])
    view.filter_bar.query.clear()
    qtbot.waitUntil(lambda: len(view.visible_entries()) == 1)
    view.select(entry_id)

    editor = open_editor(qtbot, window, entry_id)
    editor.essentials.title.selectAll()
    type_into(qtbot, editor.essentials.title, "He came to the door in uniform, armed")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)

    window.show_history()
    (dialog,) = window.findChildren(HistoryDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)  # saved, photo added, edited
    journal = window.session.journal if window.session else None
    assert journal is not None
    history = journal.history(entry_id)
    assert [r.content.title for r in history if r.content] == [
        "He came to the door in uniform",
        "He came to the door in uniform",
        "He came to the door in uniform, armed",
    ]
    window.lock()
    reopened = unlock(path, PASSPHRASE)
    reopened.lock()
