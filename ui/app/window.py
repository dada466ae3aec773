"""The main window: create, unlock, or the open journal, with menus and shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from journal.session.journal import Journal
from journal.vault.unlock_attempts import describe as describe_attempts
from ui.app.message_boxes import tell
from ui.app.session import Session
from ui.app.workers import cancel_all, wait_for_all
from ui.case.actions import CaseActions
from ui.case.details_offer import offer_details
from ui.evidence.importing import choose_and_import
from ui.export.actions import ExportActions
from ui.pages.create import CreatePage
from ui.pages.unlock import UnlockPage
from ui.safety.backups_dialog import LAST_BACKUP_KEY, backup_note
from ui.safety.controller import SafetyController
from ui.safety.disguise import app_name
from ui.safety.open_elsewhere import OpenElsewhere
from ui.safety.prefs import KEY_LAST_FILE, app_settings
from ui.timeline.view import JournalView
from ui.widgets.contrast import apply_readable_defaults
from ui.widgets.file_dialogs import choose_file

if TYPE_CHECKING:
    from ui.editor.window import EntryEditor

APP_TITLE = "Notes"


REPAIR_HINT = (
    "\n\nThe file itself is damaged, so it was opened read-only: nothing can be saved "
    "into it. Safety → Repair a damaged journal… copies what can be read into a new file."
)


class AppWindow(QMainWindow):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
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
        self._make_actions()
        self.case = CaseActions(self)
        self.open_only += self.case.actions
        self.exports = ExportActions(self)
        self.open_only.append(self.exports.export_action)
        self.safety = SafetyController(self)
        self.safety.add_menus(self.menuBar())
        self.resize(1100, 720)
        geometry = app_settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        self.show_start()

    # pages -----------------------------------------------------------------
    def show_start(self) -> None:
        self._set_open(False)
        page: QWidget
        if self.vault_path.exists():
            unlock_page = UnlockPage(self.vault_path)
            unlock_page.unlocked.connect(self.open_journal)
            unlock_page.open_other.connect(self.choose_other)
            page = unlock_page
        else:
            create_page = CreatePage(self.vault_path)
            create_page.created.connect(self.open_journal)
            create_page.open_other.connect(self.choose_other)
            page = create_page
        self._replace_page(page)

    def _replace_page(self, page: QWidget) -> None:
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        holder = QWidget()
        from PySide6.QtWidgets import QHBoxLayout

        layout = QHBoxLayout(holder)
        layout.addWidget(page, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(holder if not isinstance(page, JournalView) else page)
        self.page = page

    def choose_other(self) -> None:
        path = choose_file(self, "Open a journal", str(self.vault_path.parent))
        if path:
            self.vault_path = Path(path)
            self.show_start()

    def open_journal(self, journal: Journal) -> None:
        mine = self.page.failures_here if isinstance(self.page, UnlockPage) else 0
        self.vault_path = journal.vault.path
        app_settings().setValue(KEY_LAST_FILE, str(self.vault_path))
        self.session = Session(journal)
        self.session.changed.connect(self._update_status)
        view = JournalView(self.session)
        view.edit_requested.connect(self.edit_entry)
        view.attachment_requested.connect(self.show_attachment)
        self.journal_view = view
        self._replace_page(view)
        self._set_open(True)
        self._update_status()
        self.case.after_unlock(view)
        self.safety.journal_opened(self.session)
        attempts = journal.vault.failed_attempts
        if attempts is not None and (told := describe_attempts(attempts, mine)) is not None:
            tell(self, app_name(), told)
        problems = [*journal.problems, *journal.settings.problems]  # settings: old-key plants
        if problems:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                app_name(),
                "Some parts of this journal could not be read or were changed outside "
                "the app. Everything else is shown. Details:\n\n"
                + "\n".join(problems[:10])
                + (REPAIR_HINT if journal.vault.store.damage else ""),
                parent=self,
            )
            box.setObjectName("journal-problems")
            box.open()  # not blocking: the timeline behind it is already usable
        view.table.setFocus()

    def lock(self) -> None:
        if self.session is None:
            return
        if self.journal_view is not None:
            self.journal_view.clear()
        cancel_all()
        wait_for_all(10_000)
        self.session.lock()
        self.session = None
        self.journal_view = None
        self.safety.journal_locked()
        self.show_start()

    # actions ---------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)  # type: ignore[arg-type]
            self.addAction(act)
            return act

        self.new_action = action("&New entry", QKeySequence.StandardKey.New, self.new_entry)
        self.edit_action = action("&Edit entry", "Ctrl+E", self.edit_selected)
        self.find_action = action("&Find", QKeySequence.StandardKey.Find, self.focus_search)
        self.evidence_action = action("Add e&vidence…", "Ctrl+Shift+A", self.add_evidence)
        self.history_action = action("Revision &history", "Ctrl+H", self.show_history)
        self.pattern_action = action("&Pattern over time", "Ctrl+P", self.show_pattern)
        self.lock_action = action("&Lock", "Ctrl+L", self.lock)
        self.open_action = action(
            "&Open another journal…", QKeySequence.StandardKey.Open, self.choose_other
        )
        self.quit_action = action("&Quit", None, self.close)  # Ctrl+Q is quick exit
        self.open_only = [
            self.new_action,
            self.edit_action,
            self.find_action,
            self.evidence_action,
            self.history_action,
            self.pattern_action,
            self.lock_action,
        ]
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for act in (
            self.new_action,
            self.edit_action,
            self.evidence_action,
            self.history_action,
            self.pattern_action,
            self.lock_action,
        ):
            toolbar.addAction(act)
            # in the Tab order, so that every action is reachable without a mouse
            toolbar.widgetForAction(act).setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        menu = self.menuBar().addMenu("&File")
        for act in (
            self.new_action,
            self.evidence_action,
            self.open_action,
            self.lock_action,
            self.quit_action,
        ):
            menu.addAction(act)
        view = self.menuBar().addMenu("&View")
        for act in (self.find_action, self.edit_action, self.history_action, self.pattern_action):
            view.addAction(act)

    def _set_open(self, is_open: bool) -> None:
        for act in self.open_only:
            act.setEnabled(is_open)
        self.toolbar.setVisible(is_open)
        if not is_open:
            self.status_label.clear()

    def _update_status(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        journal = self.session.journal
        count = len(journal.entries())
        backup = backup_note(journal.settings.get(LAST_BACKUP_KEY), journal.vault.clock())
        self.status_label.setText(f"{count} entr{'y' if count == 1 else 'ies'} · {backup}")

    def focus_search(self) -> None:
        if self.journal_view is not None:
            self.journal_view.filter_bar.query.setFocus()
            self.journal_view.filter_bar.query.selectAll()

    def new_entry(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        if self.journal_view is not None:
            entry_id = self.journal_view.selected_entry_id()
            if entry_id:
                self._open_editor(entry_id)

    def edit_entry(self, entry_id: str) -> None:
        self._open_editor(entry_id)

    def _open_editor(self, entry_id: str | None) -> EntryEditor | None:
        if self.session is None:
            return None
        from ui.editor.window import EntryEditor

        editor = EntryEditor(self.session, entry_id, self)
        editor.saved.connect(self._after_save)
        editor.created_and_closed.connect(self._offer_details)
        editor.evidence_requested.connect(lambda saved_id: self._add_evidence(saved_id, editor))
        editor.open()
        return editor

    def _offer_details(self, entry_id: str) -> None:
        if self.session is not None:
            self.details_offer = offer_details(self, self.session, entry_id, self._add_details)

    def _add_details(self, entry_id: str) -> None:
        editor = self._open_editor(entry_id)
        if editor is not None:
            editor.open_details()

    def explain_lock(self, text: str) -> None:
        """Say on the unlock page why the journal locked itself."""
        if isinstance(self.page, UnlockPage):
            self.page.message.setText(text)

    def _after_save(self, entry_id: str) -> None:
        if self.session is not None:
            self.session.notify_changed()
        if self.journal_view is not None:
            self.journal_view.show_saved(entry_id)

    def add_evidence(self) -> None:
        if self.journal_view is None:
            return
        entry_id = self.journal_view.selected_entry_id()
        if entry_id is None:
            QMessageBox.information(
                self, app_name(), "Choose the entry the evidence belongs to first."
            )
            return
        self._add_evidence(entry_id, self)

    def _add_evidence(self, entry_id: str, parent: QWidget) -> None:
        if self.session is not None:
            choose_and_import(parent, self.session, entry_id)

    def show_attachment(self, attachment_id: str) -> None:
        if self.session is None:
            return
        from ui.evidence.viewer import EvidenceViewer

        viewer = EvidenceViewer(self.session, attachment_id, self)
        self.safety.open_elsewhere = OpenElsewhere(viewer, self.session, attachment_id)
        viewer.open()

    def show_history(self) -> None:
        if self.session is None or self.journal_view is None:
            return
        entry_id = self.journal_view.selected_entry_id()
        if entry_id:
            from ui.history.dialog import HistoryDialog

            HistoryDialog(self.session, entry_id, self).open()

    def show_pattern(self) -> None:
        if self.session is None or self.journal_view is None:
            return
        from ui.pattern.view import PatternDialog

        dialog = PatternDialog(self.session.journal.entries(), self)
        dialog.month_chosen.connect(self.journal_view.filter_bar.set_month)
        self.session.locked.connect(dialog.close)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings().setValue("geometry", self.saveGeometry())
        self.lock()
        super().closeEvent(event)
