"""Windows the main window opens over the open journal: history, pattern, evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.app.session import Session
from ui.evidence.importing import choose_and_import
from ui.safety.open_elsewhere import OpenElsewhere

if TYPE_CHECKING:
    from ui.editor.window import EntryEditor


def open_history(parent: QWidget, session: Session, entry_id: str) -> None:
    from ui.history.dialog import HistoryDialog

    HistoryDialog(session, entry_id, parent).open()


def open_pattern(
    parent: QWidget, session: Session, month_chosen: Callable[[int, int], None]
) -> None:
    from ui.pattern.view import PatternDialog

    dialog = PatternDialog(session.journal.entries(), parent)
    dialog.month_chosen.connect(month_chosen)
    session.locked.connect(dialog.close)
    dialog.open()


def open_attachment(parent: QWidget, session: Session, attachment_id: str) -> OpenElsewhere:
    """The evidence viewer, and its "open with another app" helper (kept for tests)."""
    from ui.evidence.viewer import EvidenceViewer

    viewer = EvidenceViewer(session, attachment_id, parent)
    elsewhere = OpenElsewhere(viewer, session, attachment_id)
    viewer.open()
    return elsewhere


def open_entry_editor(
    parent: QWidget,
    session: Session,
    entry_id: str | None,
    saved: Callable[[str], None],
    created: Callable[[str], None],
) -> EntryEditor:
    """The editor for `entry_id` (None: a new entry); "Add evidence" in it imports at once."""
    from ui.editor.window import EntryEditor

    editor = EntryEditor(session, entry_id, parent)
    editor.saved.connect(saved)
    editor.created_and_closed.connect(created)
    editor.evidence_requested.connect(lambda saved_id: choose_and_import(editor, session, saved_id))
    editor.open()
    return editor
