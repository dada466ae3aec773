"""Auto-lock: after idle time (input anywhere resets it), on a suspended session, and
what was being typed comes back as an encrypted draft after unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.session.drafts import NEW, DraftStore
from ui.app.window import AppWindow
from ui.editor.window import EntryEditor
from ui.pages.unlock import UnlockPage
from ui.safety.prefs import DEFAULT_LOCK_MINUTES, SafetyPrefs
from ui.safety.settings_dialog import SafetySettingsDialog

from .conftest import unlock_window
from .idle_clock import manual_clock, sit_idle

TYPED = "Idle-lock canary 51c2"


def editors() -> list[EntryEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor)]


def test_default_is_five_minutes(window: AppWindow) -> None:
    assert DEFAULT_LOCK_MINUTES == 5
    assert window.safety.idle.timeout_s == 5 * 60


def test_idle_locks_and_draft_comes_back(qtbot, window: AppWindow, vault_file: Path) -> None:
    unlock_window(qtbot, window)
    window.new_entry()
    editor = editors()[0]
    qtbot.keyClicks(editor.essentials.title, TYPED)
    clock = manual_clock(window)
    idle = window.safety.idle
    clock.advance(idle.timeout_s - 1)
    idle.check()
    assert window.session is not None  # a second short of the timeout
    clock.advance(1)
    idle.check()
    qtbot.waitUntil(lambda: window.session is None)
    assert isinstance(window.page, UnlockPage)
    # the unlock page says why it locked, and that nothing was lost
    assert "without use" in window.page.message.text()
    assert "kept, encrypted" in window.page.message.text()
    qtbot.waitUntil(lambda: not [e for e in editors() if e.isVisible()])
    session = unlock_window(qtbot, window)
    draft = DraftStore(session.journal.settings).load(NEW)
    assert draft is not None and draft.content.title == TYPED
    # the unfinished entry is offered first; continuing opens it with the text back
    qtbot.waitUntil(lambda: window.safety.draft_offer is not None)
    offer = window.safety.draft_offer
    assert offer is not None and TYPED in offer.text()
    next(b for b in offer.buttons() if "Continue" in b.text()).click()
    qtbot.waitUntil(lambda: any(e.isVisible() for e in editors()))
    reopened = next(e for e in editors() if e.isVisible())
    assert reopened.essentials.title.text() == TYPED


def test_input_anywhere_keeps_it_open(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    clock = manual_clock(window)
    idle = window.safety.idle
    for _ in range(8):  # six timeouts in all, never one without a key press
        clock.advance(idle.timeout_s * 0.75)
        qtbot.keyClick(window.journal_view.table, Qt.Key.Key_Down)  # type: ignore[union-attr]
        idle.check()
        assert window.session is not None
    sit_idle(window, clock)  # and then nothing
    qtbot.waitUntil(lambda: window.session is None)


def test_suspended_application_locks(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    window.safety.idle._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert window.session is None
    # and the system's screen-saver / sleep signals (D-Bus, when there is a bus)
    session = unlock_window(qtbot, window)
    assert session.is_open
    window.safety.idle.preparing_for_sleep(True)
    assert window.session is None


def test_minutes_are_chosen_in_settings(qtbot, window: AppWindow) -> None:
    dialog = SafetySettingsDialog(window.safety.prefs, window)
    qtbot.addWidget(dialog)
    dialog.minutes.setValue(12)
    window.safety.apply(dialog.chosen())
    assert window.safety.idle.timeout_s == 12 * 60
    assert SafetyPrefs.load().lock_minutes == 12
