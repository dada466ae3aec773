"""The Safety and Help menus, and what their entries open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenuBar

from ui.safety.quick_exit import QUICK_EXIT_KEY

if TYPE_CHECKING:
    from ui.safety.controller import SafetyController


def build_menus(safety: SafetyController, bar: QMenuBar) -> None:
    window = safety.window

    def action(text: str, slot: object, needs_open: bool = False) -> QAction:
        act = QAction(text, window)
        act.triggered.connect(slot)  # type: ignore[arg-type]
        if needs_open:
            window.open_only.append(act)
        return act

    safety.quick_action.setShortcut(QUICK_EXIT_KEY)  # shown in the menu; the filter acts
    safety.settings_action = action("Safety &settings…", lambda: open_settings(safety))
    safety.backups_action = action("&Backups…", lambda: open_backups(safety))
    safety.keys_action = action(
        "&Passphrase and recovery code…", lambda: open_keys(safety), needs_open=True
    )
    safety.page_action = action("&Staying safe…", lambda: open_safety_page(safety))
    repair = action("&Repair a damaged journal…", lambda: open_repair(safety))
    menu = bar.addMenu("&Safety")
    for act in (
        safety.quick_action,
        safety.settings_action,
        safety.backups_action,
        safety.keys_action,
        repair,
        safety.page_action,
    ):
        menu.addAction(act)
    bar.addMenu("&Help").addAction(safety.page_action)
    safety.toolbar.insertAction(safety.quick_action, safety.page_action)
    safety.toolbar.widgetForAction(safety.page_action).setFocusPolicy(Qt.FocusPolicy.TabFocus)


def opened(dialog: QDialog) -> QDialog:
    """Open `dialog` without blocking; it is deleted once closed."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_settings(safety: SafetyController) -> QDialog:
    from ui.safety.settings_dialog import SafetySettingsDialog

    dialog = SafetySettingsDialog(safety.prefs, safety.window)
    dialog.accepted.connect(lambda: safety.apply(dialog.chosen()))
    return opened(dialog)


def open_backups(safety: SafetyController) -> QDialog:
    from ui.safety.backups_dialog import BackupsDialog

    window = safety.window
    dialog = BackupsDialog(window.session, window)
    dialog.restored.connect(lambda path: open_restored(safety, Path(path)))
    return opened(dialog)


def open_restored(safety: SafetyController, path: Path) -> None:
    """Lock what is open and show the passphrase screen of the restored copy."""
    window = safety.window
    window.lock()
    window.vault_path = path
    window.show_start()


def open_repair(safety: SafetyController) -> QDialog:
    from ui.safety.repair_dialog import RepairDialog

    window = safety.window
    dialog = RepairDialog(window.vault_path, window.session, window)
    dialog.repaired.connect(lambda path: open_restored(safety, Path(path)))
    return opened(dialog)


def open_keys(safety: SafetyController) -> QDialog | None:
    from ui.safety.keys_dialog import KeysDialog

    window = safety.window
    if window.session is None:
        return None
    dialog = KeysDialog(window.session, window)
    return opened(dialog)


def open_safety_page(safety: SafetyController) -> QDialog:
    from ui.safety.safety_page import SafetyPage

    window = safety.window
    dialog = SafetyPage(window.session, window)
    return opened(dialog)
