"""View → Conversations… and File → Import messages… (the main window adds them).

The controller owns the conversations window and the import; links and new entries
go through the core (`link_messages`, `Journal.add_entry`), so the chain records them.
At lock the window is swept like every other, and the references here are dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from journal.errors import JournalError
from ui.app.errors import describe
from ui.app.message_boxes import tell
from ui.app.shell import Shell
from ui.app.views import open_attachment
from ui.i18n import tr
from ui.safety.open_elsewhere import OpenElsewhere

# The message parsers, the conversations window and the storage behind them load when
# first used, not before the first window (docs/performance.md, start-up).
if TYPE_CHECKING:
    from ui.conversations.importing import MessageImport
    from ui.conversations.linking import EntryChooser
    from ui.conversations.window import ConversationsWindow

CONVERSATIONS_SHORTCUT = "Ctrl+Shift+M"


class ConversationsActions(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        parent = shell.widget()
        self.view_action = QAction(tr("&Conversations…"), parent)
        self.view_action.setShortcut(QKeySequence(CONVERSATIONS_SHORTCUT))
        self.view_action.triggered.connect(self.show_conversations)
        self.import_action = QAction(tr("Import &messages…"), parent)
        self.import_action.triggered.connect(self.choose_and_import)
        for action in (self.view_action, self.import_action):
            parent.addAction(action)
            shell.while_open(action)
        shell.menu("view").addAction(self.view_action)
        self.window: ConversationsWindow | None = None
        self.chooser: EntryChooser | None = None
        self.importer: MessageImport | None = None
        self.picture: OpenElsewhere | None = None

    def show_conversations(self) -> ConversationsWindow | None:
        session = self.shell.session
        if session is None or not session.is_open:
            return None
        if self.window is None:
            from ui.conversations.window import ConversationsWindow

            self.window = ConversationsWindow(session, self.shell.widget())
            self.window.link_requested.connect(self.choose_entry)
            self.window.new_entry_requested.connect(self.new_entry)
            self.window.picture_requested.connect(self.show_picture)
            self.window.destroyed.connect(self._window_gone)
            session.locked.connect(self.forget)
        self.window.show()
        self.window.activateWindow()
        return self.window

    def _window_gone(self) -> None:
        self.window = None

    def choose_and_import(self) -> None:
        from ui.conversations.importing import choose_exports

        paths = choose_exports(self.shell.widget())
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> MessageImport | None:
        session = self.shell.session
        if session is None or not session.is_open:
            return None
        from ui.conversations.importing import MessageImport

        self.importer = MessageImport(session, self.shell.widget())
        self.importer.finished.connect(self._imported)
        self.importer.start(paths)
        return self.importer

    def _imported(self, _lines: list[str]) -> None:
        if self.window is not None:
            self.window.fill_conversations()

    def choose_entry(self, ids: list[str]) -> None:
        session = self.shell.session
        if session is None or not ids or self.window is None:
            return
        from ui.conversations.linking import EntryChooser

        self.chooser = EntryChooser(session.journal.entries(), len(ids), self.window)
        self.chooser.chosen.connect(lambda entry_id: self.link(entry_id, ids))
        self.chooser.open()

    def link(self, entry_id: str, ids: list[str]) -> None:
        session = self.shell.session
        if session is None:
            return
        from journal.session.message_links import link_messages

        try:
            entry = link_messages(session.journal, entry_id, ids)
        except JournalError as error:
            tell(self.shell.widget(), tr("Not linked"), describe(error))
            return
        if self.window is not None:
            linked = tr("Linked %n messages to “{title}”.", None, len(ids))
            self.window.status.setText(linked.format(title=entry.content.title))

    def new_entry(self, ids: list[str]) -> None:
        session = self.shell.session
        if session is None or self.window is None:
            return
        chosen = [m for m in self.window.chosen_messages() if m.id in set(ids)]
        from ui.conversations.linking import new_entry_from

        try:
            entry_id = new_entry_from(session.journal, chosen)
        except JournalError as error:
            tell(self.shell.widget(), tr("No entry made"), describe(error))
            return
        self.shell.select_entry(entry_id)
        self.shell.open_editor(entry_id)

    def show_picture(self, attachment_id: str) -> None:
        session = self.shell.session
        if session is not None and self.window is not None:
            self.picture = open_attachment(self.window, session, attachment_id)

    def forget(self) -> None:
        """At lock: the windows are swept; nothing decrypted stays referenced here."""
        if self.window is not None:
            self.window.forget()
        self.window = self.chooser = self.importer = self.picture = None
