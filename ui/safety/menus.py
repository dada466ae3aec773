"""The Safety and Help menus, and what their entries open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QToolBar

from ui.app.shell import Shell
from ui.i18n import tr
from ui.safety.prefs import SafetyPrefs
from ui.safety.quick_exit import QUICK_EXIT_KEY


class SafetyHost(Protocol):
    """What the menus need of the safety controller (ui/safety/controller.py)."""

    @property
    def shell(self) -> Shell: ...
    @property
    def prefs(self) -> SafetyPrefs: ...
    @property
    def quick_action(self) -> QAction: ...
    @property
    def toolbar(self) -> QToolBar: ...
    def apply(self, prefs: SafetyPrefs) -> None: ...


@dataclass
class SafetyMenu:
    settings_action: QAction
    backups_action: QAction
    keys_action: QAction
    page_action: QAction


def build_menus(safety: SafetyHost) -> SafetyMenu:
    shell = safety.shell

    def action(text: str, slot: Callable[[], object], needs_open: bool = False) -> QAction:
        act = QAction(text, shell.widget())
        act.triggered.connect(slot)
        if needs_open:
            shell.while_open(act)
        return act

    safety.quick_action.setShortcut(QUICK_EXIT_KEY)  # shown in the menu; the filter acts
    made = SafetyMenu(
        settings_action=action(tr("Safety &settings…"), lambda: open_settings(safety)),
        backups_action=action(tr("&Backups…"), lambda: open_backups(safety)),
        keys_action=action(
            tr("&Passphrase and recovery code…"), lambda: open_keys(safety), needs_open=True
        ),
        page_action=action(tr("&Staying safe…"), lambda: open_safety_page(safety)),
    )
    repair = action(tr("&Repair a damaged journal…"), lambda: open_repair(safety))
    menu = shell.menu("safety")
    for act in (
        safety.quick_action,
        made.settings_action,
        made.backups_action,
        made.keys_action,
        repair,
        made.page_action,
    ):
        menu.addAction(act)
    shell.menu("help").addAction(made.page_action)
    safety.toolbar.insertAction(safety.quick_action, made.page_action)
    safety.toolbar.widgetForAction(made.page_action).setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return made


def opened(dialog: QDialog) -> QDialog:
    """Open `dialog` without blocking; it is deleted once closed."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_settings(safety: SafetyHost) -> QDialog:
    from ui.safety.settings_dialog import SafetySettingsDialog

    dialog = SafetySettingsDialog(safety.prefs, safety.shell.widget())
    dialog.accepted.connect(lambda: safety.apply(dialog.chosen()))
    return opened(dialog)


def open_backups(safety: SafetyHost) -> QDialog:
    from ui.safety.backups_dialog import BackupsDialog

    shell = safety.shell
    dialog = BackupsDialog(shell.session, shell.widget())
    dialog.restored.connect(lambda path: open_restored(safety, Path(path)))
    return opened(dialog)


def open_restored(safety: SafetyHost, path: Path) -> None:
    """Lock what is open and show the passphrase screen of the restored copy."""
    safety.shell.open_file(path)


def open_repair(safety: SafetyHost) -> QDialog:
    from ui.safety.repair_dialog import RepairDialog

    shell = safety.shell
    dialog = RepairDialog(shell.vault_path, shell.session, shell.widget())
    dialog.repaired.connect(lambda path: open_restored(safety, Path(path)))
    return opened(dialog)


def open_keys(safety: SafetyHost) -> QDialog | None:
    from ui.safety.keys_dialog import KeysDialog

    shell = safety.shell
    if shell.session is None:
        return None
    dialog = KeysDialog(shell.session, shell.widget())
    return opened(dialog)


def open_safety_page(safety: SafetyHost) -> QDialog:
    from ui.safety.safety_page import SafetyPage

    dialog = SafetyPage(safety.shell.session, safety.shell.widget())
    return opened(dialog)
