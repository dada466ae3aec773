"""Qt test fixtures: offscreen, real widgets, a vault made with cheap KDF parameters."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from journal.entries.model import EntryContent, EventTime
from ui.app.session import Session
from ui.app.window import AppWindow
from ui.app.workers import wait_for_all

from ..conftest import PASSPHRASE
from ..factories import journal_at


@pytest.fixture(autouse=True)
def isolated_settings(own_folders: Path) -> Iterator[None]:
    """QSettings writes under the test's own HOME (tests/conftest.py: own_folders)."""
    home = own_folders
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / ".config")
    )
    yield
    wait_for_all()
    close_every_window()


def close_every_window() -> None:
    """No window of one test is left for the next to see (tests that look at every
    window, or at the accessibility tree, would otherwise find a closed test's unlock
    page still in memory)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "stick" / "notes.db"
    journal = journal_at(path)
    journal.add_entry(
        EntryContent(
            kind="incident", title="First incident", occurred=EventTime("2025-03-14T21:07")
        )
    )
    journal.vault.lock()
    return path


def shown_window(qtbot, path: Path) -> AppWindow:
    """The app's window for the journal at `path`, shown and closed after the test."""
    win = AppWindow(path)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, vault_file: Path) -> AppWindow:
    return shown_window(qtbot, vault_file)


def unlock_window(qtbot, win: AppWindow, passphrase: str = PASSPHRASE) -> Session:
    from ui.pages.unlock import UnlockPage

    page = win.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.mouseClick(
        page.unlock_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: win.session is not None, timeout=10_000)
    assert win.session is not None
    return win.session
