"""What a controller may ask of the main window, and nothing more.

The case, export and safety controllers receive a `Shell` instead of the window
itself: the open session, the selected entry, a menu by its role, a place for
actions that work only while a journal is open, and a few requests (open the
editor, lock, show another file). AppWindow implements it; no controller imports
the window, so the import graph has no cycle (tests/test_architecture.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

if TYPE_CHECKING:
    from ui.app.session import Session
    from ui.editor.window import EntryEditor

MenuRole = Literal["file", "view", "case", "safety", "help"]


class Shell(Protocol):
    @property
    def session(self) -> Session | None:
        """The open journal's session, or None while locked."""

    @property
    def vault_path(self) -> Path: ...

    @property
    def lock_action(self) -> QAction:
        """The window's Lock action (the safety controller acts after a manual lock)."""

    def widget(self) -> QWidget:
        """The parent for dialogs (the main window)."""

    def selected_entry_id(self) -> str | None: ...

    def select_entry(self, entry_id: str) -> None:
        """Show this entry on the timeline and bring the window forward."""

    def open_editor(self, entry_id: str | None) -> EntryEditor | None:
        """The entry editor for `entry_id` (None: a new entry), opened; None if locked."""

    def menu(self, role: MenuRole) -> QMenu: ...

    def while_open(self, action: QAction) -> None:
        """Enable `action` only while a journal is open."""

    def add_toolbar_row(self, bar: QToolBar) -> None:
        """Put `bar` on a row of its own above the main toolbar."""

    def lock(self) -> None: ...

    def open_file(self, path: Path) -> None:
        """Lock what is open and show the passphrase screen of `path`."""

    def explain_lock(self, text: str) -> None:
        """Say on the passphrase screen why the journal locked itself."""

    def present(self) -> None:
        """Show the main window again and bring it forward."""
