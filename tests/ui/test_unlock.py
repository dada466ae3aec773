from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal.errors import WrongPassphrase
from ui.app.window import AppWindow
from ui.pages.unlock import UnlockPage
from ui.timeline.view import JournalView

from ..conftest import PASSPHRASE
from .conftest import unlock_window


def test_wrong_then_right_passphrase(qtbot, window) -> None:
    page = window.page
    assert isinstance(page, UnlockPage)
    assert page.passphrase.hasFocus() or window.focusWidget() is page.passphrase
    qtbot.keyClicks(page.passphrase, "not my passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in page.message.text(), timeout=10_000)
    assert window.session is None
    page.passphrase.clear()
    session = unlock_window(qtbot, window)
    assert isinstance(window.page, JournalView)
    assert [e.content.title for e in window.page.visible_entries()] == ["First incident"]
    assert session.is_open
    window.lock()
    assert not session.is_open
    assert isinstance(window.page, UnlockPage)


@pytest.mark.slow
def test_recovery_code_path_forces_a_new_passphrase(qtbot, tmp_path) -> None:
    from journal.vault.lifecycle import unlock

    from ..conftest import new_vault

    path = tmp_path / "notes.db"
    vault, code = new_vault(path)
    vault.lock()
    from ui.app.window import AppWindow

    window = AppWindow(path)
    qtbot.addWidget(window)
    window.show()
    page = window.page
    assert isinstance(page, UnlockPage)
    qtbot.mouseClick(page.use_code, Qt.MouseButton.LeftButton)
    assert page.modes.currentIndex() == 1
    qtbot.keyClicks(page.code, code.lower())
    assert not page.recover_button.isEnabled()
    qtbot.keyClicks(page.new_passphrase.first, "violet harbour tram seven")
    qtbot.keyClicks(page.new_passphrase.second, "violet harbour tram seven")
    assert page.recover_button.isEnabled()
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    window.lock()
    unlock(path, "violet harbour tram seven").lock()
    with pytest.raises(WrongPassphrase):
        unlock(path, PASSPHRASE)


def test_the_passphrase_can_be_shown_with_a_visible_button_reached_by_tab(
    qtbot, window: AppWindow
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    page = window.page
    assert isinstance(page, UnlockPage)
    field = page.passphrase
    qtbot.waitUntil(field.isVisible)
    assert field.toggle.isVisible() and field.toggle.text() == "Show"
    assert field.toggle.accessibleName() == "Show passphrase"
    qtbot.keyClicks(field, "secret words")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.toggle
    qtbot.keyClick(field.toggle, Qt.Key.Key_Space)
    assert field.echoMode() == QLineEdit.EchoMode.Normal and field.toggle.text() == "Hide"
    qtbot.keyClick(field.toggle, Qt.Key.Key_Space)
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_an_altered_key_record_is_not_called_a_wrong_passphrase(qtbot, vault_file) -> None:
    from ..attacker.old_key import insert_epoch_row
    from .conftest import shown_window

    insert_epoch_row(vault_file)  # no key needed (review finding 3)
    window = shown_window(qtbot, vault_file)
    page = window.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed outside this app" in page.message.text(), timeout=10_000)
    assert "does not open" not in page.message.text() and window.session is None


def test_attempts_by_someone_else_are_told_after_unlock(qtbot, vault_file) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from journal.vault.lifecycle import unlock

    from .conftest import shown_window

    for _ in range(2):  # someone else, while she was away
        with pytest.raises(WrongPassphrase):
            unlock(vault_file, "a guess at the passphrase")
    window = shown_window(qtbot, vault_file)
    page = window.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase, "her own typo")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in page.message.text(), timeout=10_000)
    page.passphrase.clear()
    unlock_window(qtbot, window)

    def told() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and "tried to open" in w.text()
        ]

    qtbot.waitUntil(lambda: bool(told()))
    assert "2 times" in told()[0].text()  # her own typo is not counted as someone else's
