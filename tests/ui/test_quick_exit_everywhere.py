"""Quick exit is in reach from every window the app opens: each of the app's dialogs gets
a visible Quick exit button at its top right, which Enter never presses."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from ui.app.window import AppWindow
from ui.pages.unlock import UnlockPage
from ui.safety.quick_exit_everywhere import BUTTON_NAME

from .conftest import shown_window, unlock_window
from .test_lock_wipes_everything import canary_vault, open_everything, settle

__all__ = ["canary_vault"]  # the fixture, shared with the lock test


def app_dialogs() -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog)
        and not isinstance(w, QMessageBox)
        and w.isVisible()
        and type(w).__module__.startswith("ui.")
    ]


def test_every_dialog_shows_a_quick_exit_button(qtbot, canary_vault) -> None:
    path, ids = canary_vault
    window: AppWindow = shown_window(qtbot, path)
    unlock_window(qtbot, window)
    open_everything(qtbot, window, ids)
    settle(qtbot)
    dialogs = app_dialogs()
    assert len(dialogs) >= 10
    without = []
    for dialog in dialogs:
        button = dialog.findChild(QPushButton, BUTTON_NAME)
        if button is None or not button.isVisible():
            without.append(type(dialog).__name__)
            continue
        assert not button.autoDefault() and not button.isDefault()
        assert button.accessibleName() == "Quick exit"
    assert without == [], without
    # pressing it in any dialog, here the last one opened, locks and hides everything
    button = dialogs[-1].findChild(QPushButton, BUTTON_NAME)
    assert button is not None
    button.click()
    assert window.session is None and isinstance(window.page, UnlockPage)
    assert not window.isVisible()
    assert [d for d in app_dialogs() if d.isVisible()] == []
