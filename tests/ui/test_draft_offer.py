"""Nothing typed is lost, whatever ended the session: after quick exit, a manual lock or
a crash, the next unlock first offers the unfinished entry ("Continue / Later")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.entries.model import EntryContent, EventTime
from journal.session.drafts import NEW, DraftStore
from ui.app.window import AppWindow
from ui.editor.window import EntryEditor

from ..conftest import reopen
from .conftest import unlock_window

TYPED = "Draft-offer canary 7d41"


def editors() -> list[EntryEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor)]


def the_offer(qtbot, window: AppWindow) -> QMessageBox:
    qtbot.waitUntil(
        lambda: window.safety.draft_offer is not None and window.safety.draft_offer.isVisible()
    )
    box = window.safety.draft_offer
    assert box is not None
    return box


def choose(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
    button.click()


def type_a_new_entry(qtbot, window: AppWindow) -> EntryEditor:
    window.new_entry()
    editor = editors()[-1]
    qtbot.waitUntil(editor.isVisible)
    qtbot.keyClicks(editor.essentials.title, TYPED)
    return editor


def test_after_quick_exit_the_draft_is_offered_first(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    editor = type_a_new_entry(qtbot, window)
    editor.essentials.title.setFocus()
    target = QApplication.focusWidget() or editor
    qtbot.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    window.show()  # as after coming back from the decoy or starting again
    unlock_window(qtbot, window)
    box = the_offer(qtbot, window)
    assert TYPED in box.text() and "unfinished entry" in box.text()
    assert box.informativeText().count("new entry") == 1
    choose(box, "Continue writing")
    qtbot.waitUntil(lambda: any(e.isVisible() for e in editors()))
    reopened = next(e for e in editors() if e.isVisible())
    assert reopened.essentials.title.text() == TYPED
    assert not reopened.banner.isVisible()  # she already chose: no second question


def test_after_a_manual_lock_later_keeps_it(qtbot, window: AppWindow, vault_file: Path) -> None:
    unlock_window(qtbot, window)
    type_a_new_entry(qtbot, window)
    window.lock()
    unlock_window(qtbot, window)
    box = the_offer(qtbot, window)
    choose(box, "Later")
    assert not any(e.isVisible() for e in editors())
    window.lock()
    journal = reopen(vault_file)
    try:
        draft = DraftStore(journal.settings).load(NEW)
        assert draft is not None and draft.content.title == TYPED
    finally:
        journal.vault.lock()


def test_after_a_crash_the_autosaved_draft_is_offered(
    qtbot, vault_file: Path, tmp_path: Path
) -> None:
    # What the editor's autosave left when the process was killed: a draft in the vault
    # for an existing entry, and nothing else (no window, no memory of it).
    journal = reopen(vault_file)
    entry_id = journal.entries()[0].entry_id
    DraftStore(journal.settings).save(
        entry_id,
        EntryContent(kind="incident", title=TYPED, occurred=EventTime("2025-03-14T21:07")),
        base_revision=1,
    )
    journal.vault.lock()
    window = AppWindow(vault_file)
    qtbot.addWidget(window)
    window.show()
    unlock_window(qtbot, window)
    box = the_offer(qtbot, window)
    assert TYPED in box.text() and "changes to an entry" in box.informativeText()
    choose(box, "Continue writing")
    qtbot.waitUntil(lambda: any(e.isVisible() for e in editors()))
    reopened = next(e for e in editors() if e.isVisible())
    assert reopened.essentials.title.text() == TYPED


def test_no_question_when_nothing_was_left(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    qtbot.wait(50)
    assert window.safety.draft_offer is None
