"""Disguise: the chosen name and icon reach the app, its windows and its dialogs, and
plain-text settings hold nothing but the allowed keys."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journal.system.paths import APP_DIR_NAME, VAULT_FILE_NAME, default_vault_path
from ui.app.window import AppWindow
from ui.editor.window import EntryEditor
from ui.safety.disguise import DISGUISES, app_name, icon_path
from ui.safety.menus import open_settings
from ui.safety.prefs import ALLOWED_KEYS, app_settings

from .conftest import unlock_window

REVEALING = re.compile(
    r"journal|incident|abuse|evidence|violence|police|diary|passphrase|case|safety|exit|decoy"
    r"|disguise|vault",
    re.I,
)


def same_icon(a: QIcon, b: QIcon) -> bool:
    return a.pixmap(32, 32).toImage() == b.pixmap(32, 32).toImage()


def settings_text() -> str:
    app_settings().sync()
    return Path(app_settings().fileName()).read_text(errors="replace")


def test_icons_exist_and_notes_is_the_default(qtbot) -> None:
    for key in DISGUISES:
        assert icon_path(key).is_file()
        assert not QIcon(str(icon_path(key))).isNull()
    assert icon_path("no-such").name == "notes.svg"


def test_chosen_disguise_reaches_every_window(qtbot, window: AppWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app_name() == "Notes" and window.windowTitle() == "Notes"
    dialog = open_settings(window.safety)
    dialog.disguise.setCurrentIndex(dialog.disguise.findData("budget"))  # type: ignore[attr-defined]
    dialog.accept()
    budget = QIcon(str(icon_path("budget")))
    assert app.applicationDisplayName() == "Budget" == app_name()
    assert window.windowTitle() == "Budget"
    assert same_icon(app.windowIcon(), budget)
    assert same_icon(window.windowIcon(), budget)
    unlock_window(qtbot, window)
    window.new_entry()
    editor = next(w for w in app.topLevelWidgets() if isinstance(w, EntryEditor))
    assert same_icon(editor.windowIcon(), budget)
    box = QMessageBox(window)
    box.setWindowTitle(app_name())
    assert same_icon(box.windowIcon(), budget) and box.windowTitle() == "Budget"
    file_dialog = QFileDialog(window)
    assert same_icon(file_dialog.windowIcon(), budget)
    file_dialog.deleteLater()
    # a new start of the app comes up disguised the same way
    again = AppWindow(window.vault_path)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Budget"
    window.safety.quick_exit()


def test_plain_settings_hold_only_allowed_keys(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    title = session.journal.entries()[0].content.title
    dialog = open_settings(window.safety)
    dialog.disguise.setCurrentIndex(dialog.disguise.findData("weather"))  # type: ignore[attr-defined]
    dialog.minutes.setValue(7)  # type: ignore[attr-defined]
    dialog.accept()
    window.close()
    settings = QSettings(app_settings().fileName(), QSettings.Format.IniFormat)
    keys = set(settings.allKeys())
    assert keys <= ALLOWED_KEYS, keys - ALLOWED_KEYS
    assert {"look", "lock_minutes", "last_file"} <= keys
    text = settings_text()
    assert title not in text
    assert not REVEALING.search(text), text


def test_default_names_are_neutral() -> None:
    assert not REVEALING.search(APP_DIR_NAME)
    assert not REVEALING.search(VAULT_FILE_NAME)
    assert not REVEALING.search(str(default_vault_path().relative_to(Path.home())))


def test_settings_from_an_earlier_version_are_renamed_to_neutral_words() -> None:
    old = QSettings(app_settings().fileName(), QSettings.Format.IniFormat)
    for key, value in (("disguise", "budget"), ("exit_choice", "decoy"), ("last_vault", "x.db")):
        old.setValue(key, value)
    old.sync()
    settings = app_settings()
    assert settings.value("look") == "budget" and settings.value("after_hide") == "notepad"
    assert settings.value("last_file") == "x.db"
    settings.sync()
    assert not REVEALING.search(settings_text()), settings_text()
