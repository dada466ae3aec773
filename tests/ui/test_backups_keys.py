"""Backups and keys through the real dialogs, on a real vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.errors import WrongPassphrase, WrongRecoveryCode
from journal.vault.lifecycle import unlock, unlock_with_recovery_code
from ui.app.window import AppWindow
from ui.pages.unlock import UnlockPage
from ui.safety.backups_dialog import LAST_BACKUP_KEY, BackupsDialog, backup_note, folder_problem
from ui.safety.keys_dialog import KeysDialog
from ui.safety.menus import open_backups, open_keys

from ..conftest import PASSPHRASE, reopen
from .conftest import unlock_window

NEW_PASSPHRASE = "lantern quarry velvet oboe"


def backups(window: AppWindow) -> BackupsDialog:
    dialog = open_backups(window.safety)
    assert isinstance(dialog, BackupsDialog)
    return dialog


def test_back_up_now(qtbot, window: AppWindow, tmp_path: Path) -> None:
    session = unlock_window(qtbot, window)
    assert "no backup yet" in window.status_label.text()
    dialog = backups(window)
    assert "No backup" in dialog.last_label.text()
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog.folder.setText(str(stick))
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as done:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    copy = Path(done.args[0])
    assert copy.parent == stick and "checked" in dialog.message.text()
    stamp = session.journal.settings.get(LAST_BACKUP_KEY)
    assert isinstance(stamp, str) and "today" in dialog.last_label.text()
    assert "last backup" in window.status_label.text()
    assert stamp.encode() not in window.vault_path.read_bytes()  # kept encrypted
    again = reopen(copy)
    try:
        assert [e.content.title for e in again.entries()] == ["First incident"]
    finally:
        again.vault.lock()


def test_backup_refuses_calmly(qtbot, window: AppWindow, tmp_path: Path) -> None:
    unlock_window(qtbot, window)
    dialog = backups(window)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "choose a folder" in dialog.message.text()
    dialog.folder.setText(str(tmp_path / "unplugged"))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "USB stick plugged in" in dialog.message.text()
    assert "not enough free space" in (folder_problem(tmp_path, 10**18) or "")


def test_reminder_when_old() -> None:
    now = datetime(2025, 6, 1, 12, tzinfo=UTC)
    assert backup_note(None, now) == "no backup yet"
    assert backup_note("garbage", now) == "no backup yet"
    assert backup_note((now - timedelta(days=3)).isoformat(), now).startswith("last backup 2025")
    old = backup_note((now - timedelta(days=20)).isoformat(), now)
    assert "20 days ago" in old and "fresh one" in old


def test_restore_never_overwrites_then_opens(qtbot, window: AppWindow, tmp_path: Path) -> None:
    unlock_window(qtbot, window)
    dialog = backups(window)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog.folder.setText(str(stick))
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as done:
        dialog.start_backup()
    copy = Path(done.args[0])
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep me")
    dialog.start_restore(copy, existing)
    assert "nothing was overwritten" in dialog.message.text()
    assert existing.read_bytes() == b"keep me"
    not_a_vault = tmp_path / "holiday.jpg"
    not_a_vault.write_bytes(b"\xff\xd8 not a journal")
    dialog.start_restore(not_a_vault, tmp_path / "r1.db")
    qtbot.waitUntil(lambda: "unchanged" in dialog.message.text(), timeout=10_000)
    assert not (tmp_path / "r1.db").exists()
    target = tmp_path / "restored" / "notes.db"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.start_restore(copy, target)
    assert target.read_bytes() == copy.read_bytes()
    qtbot.waitUntil(lambda: isinstance(window.page, UnlockPage))
    assert window.session is None and window.vault_path == target
    unlock_window(qtbot, window)


def keys(window: AppWindow) -> KeysDialog:
    dialog = open_keys(window.safety)
    assert isinstance(dialog, KeysDialog)
    return dialog


@pytest.mark.slow
def test_change_passphrase(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    dialog = keys(window)
    qtbot.keyClicks(dialog.current, "not my passphrase")
    qtbot.keyClicks(dialog.new_form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_form.second, NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.message.text(), timeout=20_000)
    unlock(window.vault_path, PASSPHRASE).lock()
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=20_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.current.text() == "" and dialog.new_form.first.text() == ""
    with pytest.raises(WrongPassphrase):
        unlock(window.vault_path, PASSPHRASE)
    unlock(window.vault_path, NEW_PASSPHRASE).lock()


def test_new_recovery_code(qtbot, window: AppWindow, tmp_path: Path) -> None:
    session = unlock_window(qtbot, window)
    path = window.vault_path
    old_code = session.journal.vault.regenerate_recovery_code(PASSPHRASE)  # a known old code
    dialog = keys(window)
    dialog.tabs.setCurrentIndex(1)
    dialog.code_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.code_replaced, timeout=20_000):
        qtbot.mouseClick(dialog.new_code_button, Qt.MouseButton.LeftButton)
    code = dialog.code
    assert dialog.code_box.isVisible() and code.split("-")[0] in dialog.code_label.text()
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery_code(path, old_code)
    unlock_with_recovery_code(path, code).lock()
    sheet = tmp_path / "sheet.pdf"
    dialog.save_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    dialog.check_field.setText("ZZZZ")
    assert not dialog.confirm_written()
    dialog.check_field.setText(code.split("-")[dialog.check_index])
    assert dialog.confirm_written()
    assert dialog.code == "" and dialog.code_label.text() == "" and not dialog.code_box.isVisible()
