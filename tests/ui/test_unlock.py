from __future__ import annotations

from PySide6.QtCore import Qt

from ui.journal_view import JournalView
from ui.pages.unlock import UnlockPage

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
