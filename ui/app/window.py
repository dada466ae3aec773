"""The main window: create, unlock, or the open journal, with menus and shortcuts.
It implements `ui.app.shell.Shell`, all that the controllers see of it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui.app.main_actions import make_actions
from ui.app.message_boxes import tell
from ui.app.open_notices import tell_on_open
from ui.app.session import Session
from ui.app.shell import MenuRole
from ui.app.views import open_attachment, open_entry_editor, open_history, open_pattern
from ui.case.actions import CaseActions
from ui.case.details_offer import offer_details
from ui.conversations.actions import ConversationsActions
from ui.evidence.importing import choose_and_import
from ui.export.actions import ExportActions
from ui.i18n import QT_TR_NOOP, tr
from ui.i18n.chooser import choose_language
from ui.pages.create import CreatePage
from ui.pages.unlock import UnlockPage
from ui.safety.controller import SafetyController
from ui.safety.disguise import app_name
from ui.safety.prefs import KEY_LAST_FILE, app_settings
from ui.timeline.view import JournalView
from ui.widgets.contrast import apply_readable_defaults
from ui.widgets.file_dialogs import choose_file

if TYPE_CHECKING:
    from journal.session.journal import Journal
    from ui.editor.window import EntryEditor

#: The app's everyday name (its disguise "Notes"), translated where it is shown.
APP_TITLE = QT_TR_NOOP("Notes")
#: Titles of the menus the controllers ask for by role.
MENU_TITLES: dict[MenuRole, str] = {
    "file": QT_TR_NOOP("&File"),
    "view": QT_TR_NOOP("&View"),
    "case": QT_TR_NOOP("&Case"),
    "safety": QT_TR_NOOP("&Safety"),
    "help": QT_TR_NOOP("&Help"),
}


class AppWindow(QMainWindow):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(APP_TITLE))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_readable_defaults(app)  # hints, placeholders and focus rings that read
        self.vault_path = vault_path
        self.session: Session | None = None
        self.journal_view: JournalView | None = None
        self.details_offer: QMessageBox | None = None  # "while it is fresh…", after a new incident
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.main_actions = make_actions(self, {
            "new": self.new_entry, "edit": self.edit_selected, "find": self.focus_search,
            "evidence": self.add_evidence, "history": self.show_history,
            "pattern": self.show_pattern, "lock": self.lock, "open": self.choose_other,
            "quit": self.close, "language": lambda: choose_language(self),
        })  # fmt: skip
        self.lock_action, self.toolbar = self.main_actions.lock, self.main_actions.toolbar
        self.open_only = self.main_actions.open_only
        self._menus: dict[MenuRole, QMenu] = {
            "file": self.main_actions.file_menu, "view": self.main_actions.view_menu,
        }  # fmt: skip
        self.case = CaseActions(self)
        self.exports = ExportActions(self)
        self.conversations = ConversationsActions(self)
        self.main_actions.insert_in_file([self.conversations.import_action, *self.exports.actions])
        self.safety = SafetyController(self)
        self.resize(1100, 720)
        if (geometry := app_settings().value("geometry")) is not None:
            self.restoreGeometry(geometry)
        self.show_start()

    # the Shell the controllers see ------------------------------------------------
    def widget(self) -> QWidget:
        return self

    def menu(self, role: MenuRole) -> QMenu:
        if role not in self._menus:
            self._menus[role] = self.menuBar().addMenu(tr(MENU_TITLES[role]))
        return self._menus[role]

    def while_open(self, action: QAction) -> None:
        self.open_only.append(action)
        action.setEnabled(self.session is not None)

    def add_toolbar_row(self, bar: QToolBar) -> None:
        self.insertToolBar(self.toolbar, bar)
        self.insertToolBarBreak(self.toolbar)

    def selected_entry_id(self) -> str | None:
        return self.journal_view.selected_entry_id() if self.journal_view else None

    def select_entry(self, entry_id: str) -> None:
        if self.journal_view is not None:
            self.journal_view.select(entry_id)
        self.activateWindow()

    def open_file(self, path: Path) -> None:
        self.lock()
        self.vault_path = path
        self.show_start()  # again: when nothing was open, lock() showed nothing

    def explain_lock(self, text: str) -> None:
        if isinstance(self.page, UnlockPage):
            self.page.message.setText(text)

    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # pages -----------------------------------------------------------------
    def show_start(self) -> None:
        self._set_open(False)
        page: UnlockPage | CreatePage
        if self.vault_path.exists():
            page = UnlockPage(self.vault_path)
            page.unlocked.connect(self.open_journal)
        else:
            page = CreatePage(self.vault_path)
            page.created.connect(self.open_journal)
        page.open_other.connect(self.choose_other)
        self._replace_page(page)

    def _replace_page(self, page: QWidget) -> None:
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        holder = page
        if not isinstance(page, JournalView):
            holder = QWidget()
            QHBoxLayout(holder).addWidget(page, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(holder)
        self.page = page

    def choose_other(self) -> None:
        if path := choose_file(self, tr("Open a journal"), str(self.vault_path.parent)):
            self.open_file(Path(path))  # what is open is locked first, never left behind

    def open_journal(self, journal: Journal) -> None:
        mine = self.page.failures_here if isinstance(self.page, UnlockPage) else 0
        self.vault_path = journal.vault.path
        app_settings().setValue(KEY_LAST_FILE, str(self.vault_path))
        self.session = Session(journal)
        self.session.changed.connect(lambda _change: self._update_status())
        view = JournalView(self.session)
        view.edit_requested.connect(self.edit_entry)
        view.attachment_requested.connect(self.show_attachment)
        self.session.about_to_lock.connect(view.clear)
        self.journal_view = view
        self._replace_page(view)
        self._set_open(True)
        self._update_status()
        self.case.after_unlock(view)
        self.safety.journal_opened(self.session)
        tell_on_open(self, journal, mine)
        view.table.setFocus()

    def lock(self) -> None:
        if self.session is None:
            return
        self.session.lock()  # background work stopped, the timeline emptied first
        self.session = self.journal_view = None
        self.safety.journal_locked()
        self.show_start()

    def _set_open(self, is_open: bool) -> None:
        for act in self.open_only:
            act.setEnabled(is_open)
        self.toolbar.setVisible(is_open)
        if not is_open:
            self.status_label.clear()

    def _update_status(self) -> None:
        if self.session is not None and self.session.is_open:
            from ui.safety.backups_dialog import status_note  # not needed before unlock

            self.status_label.setText(status_note(self.session.journal))

    # actions ---------------------------------------------------------------
    def focus_search(self) -> None:
        if self.journal_view is not None:
            self.journal_view.focus_search()

    def new_entry(self) -> None:
        self.open_editor(None)

    def edit_selected(self) -> None:
        if entry_id := self.selected_entry_id():
            self.open_editor(entry_id)

    def edit_entry(self, entry_id: str) -> None:
        self.open_editor(entry_id)

    def open_editor(self, entry_id: str | None) -> EntryEditor | None:
        if self.session is None:
            return None
        return open_entry_editor(
            self, self.session, entry_id, self._after_save, self._offer_details
        )

    def _offer_details(self, entry_id: str) -> None:
        if self.session is not None:
            self.details_offer = offer_details(self, self.session, entry_id, self._add_details)

    def _add_details(self, entry_id: str) -> None:
        if (editor := self.open_editor(entry_id)) is not None:
            editor.open_details()

    def _after_save(self, entry_id: str) -> None:
        if self.journal_view is not None:
            self.journal_view.show_saved(entry_id)

    def add_evidence(self) -> None:
        entry_id = self.selected_entry_id()
        if self.journal_view is not None and entry_id is None:
            tell(self, app_name(), tr("Choose the entry the evidence belongs to first."))
        elif entry_id is not None and self.session is not None:
            choose_and_import(self, self.session, entry_id)

    def show_attachment(self, attachment_id: str) -> None:
        if self.session is not None:
            self.safety.open_elsewhere = open_attachment(self, self.session, attachment_id)

    def show_history(self) -> None:
        if self.session is not None and (entry_id := self.selected_entry_id()):
            open_history(self, self.session, entry_id)

    def show_pattern(self) -> None:
        if self.session is not None and self.journal_view is not None:
            open_pattern(self, self.session, self.journal_view.filter_bar.set_month)

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings().setValue("geometry", self.saveGeometry())
        self.lock()
        super().closeEvent(event)
