"""The entry editor: what happened, when and where first; everything else optional.

Nothing typed is lost: while the person types, the form is kept every few seconds
as a draft inside the (encrypted) vault, and leaving with changes offers to keep
them as a draft. Problems are shown in a calm line above the buttons and the
dialog stays open with everything as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import EntryContent, Person, PersonContent
from journal.errors import JournalError
from journal.session.drafts import Draft, DraftStore
from ui.app.errors import describe
from ui.app.session import Session
from ui.editor.account import AccountsSection
from ui.editor.banner import DraftBanner
from ui.editor.common import (
    Section,
    apply_tab_order,
    calm_message,
    name_buttons,
    set_combo_key,
)
from ui.editor.disclosure import Disclosure
from ui.editor.drafting import DraftKeeper
from ui.editor.essentials import Essentials
from ui.editor.evidence import EvidenceSection
from ui.editor.injuries import InjuriesSection
from ui.editor.leave import LeaveQuestion
from ui.editor.notes import CategoriesSection, PrivateNotesSection
from ui.editor.people import PeopleSection
from ui.editor.prompts import PromptsPanel
from ui.editor.reports import ReportsSection
from ui.editor.risk import RiskSection
from ui.i18n import core_text, tr
from ui.widgets.bidi import isolated

NATIVE = QKeySequence.SequenceFormat.NativeText


class EntryEditor(QDialog):
    saved = Signal(str)
    evidence_requested = Signal(str)
    created_and_closed = Signal(str)  # a new entry was saved here, and the editor closed

    def __init__(self, session: Session, entry_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.entry_id = entry_id
        self.created: str | None = None  # the id of an entry this editor created
        self._loading = True
        self._closing = False
        self._draft: Draft | None = None
        self.leave_box: LeaveQuestion | None = None
        self.essentials = Essentials()
        self.categories = CategoriesSection()
        self.people = PeopleSection(self._people, self._add_person)
        self.injuries = InjuriesSection()
        self.reports = ReportsSection(self._entry_choices)
        self.accounts = AccountsSection()
        self.risk = RiskSection()
        self.prompts = PromptsPanel()
        self.evidence = EvidenceSection()
        self.private = PrivateNotesSection()
        optional: list[Section] = [
            self.categories,
            self.people,
            self.injuries,
            self.reports,
            self.accounts,
            self.risk,
            self.evidence,
            self.private,
        ]
        self.sections: list[Section] = [self.essentials, *optional]
        self.disclosures = {section: Disclosure(section) for section in optional}
        self._build(optional)
        journal = session.journal
        store = DraftStore(journal.settings, journal.vault.clock)
        self.keeper = DraftKeeper(store, self.content, self.content(), self)
        if entry_id is not None:
            entry = journal.entry(entry_id)
            for section in self.sections:
                section.set_from(entry.content)
            self.evidence.show_attachments(entry.attachments, saved=True)
            self._open_filled()
            self.keeper.saved_as(entry_id, entry.revision_count, self.content())
        self.keeper.status.connect(self.status.setText)
        self.prompts.update_for(self.content())
        for section in self.sections:
            section.changed.connect(self._changed)
            section.changed.connect(lambda: self.prompts.update_for(self.content()))
            section.structure_changed.connect(lambda: apply_tab_order(self))
        self.essentials.kind.activated.connect(self._kind_chosen)
        self.evidence.add_requested.connect(self._add_evidence)
        self.banner.continue_chosen.connect(self._continue_draft)
        self.banner.discard_chosen.connect(self._discard_draft)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_and_close)
        session.about_to_lock.connect(self._keep_before_lock)
        session.locked.connect(self._locked)
        session.entries_changed.connect(self._journal_changed)
        apply_tab_order(self)
        self.essentials.title.setFocus()
        self._loading = False
        self._offer_draft()

    # building -------------------------------------------------------------
    def _build(self, optional: list[Section]) -> None:
        self.setWindowTitle(tr("Edit entry") if self.entry_id else tr("New entry"))
        self.banner = DraftBanner()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.essentials)
        body_layout.addWidget(self.prompts)
        more = QLabel(tr("Everything below is optional. Add it now or later."))
        more.setWordWrap(True)
        body_layout.addWidget(more)
        for section in optional:
            body_layout.addWidget(self.disclosures[section])
        body_layout.addStretch()
        self.form_area = QScrollArea()
        # Not a Tab stop of its own: the fields in it are, and it scrolls to follow them.
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidget(body)
        self.message = calm_message()
        save_keys = isolated(QKeySequence(QKeySequence.StandardKey.Save).toString(NATIVE))
        self.status = QLabel(
            tr("Only a title and roughly when are needed. {keys} saves.").format(keys=save_keys)
        )
        self.status.setAccessibleName(tr("Draft status"))
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("&Save"))
        self.cancel_button = QPushButton(tr("Cancel"))
        escape = isolated(QKeySequence(Qt.Key.Key_Escape).toString(NATIVE))
        self.cancel_button.setToolTip(tr("Cancel ({key})").format(key=escape))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        name_buttons(self.save_button, self.cancel_button)
        self.save_button.clicked.connect(self.save_and_close)
        self.cancel_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        screen = self.screen().availableGeometry()
        self.resize(min(860, screen.width() - 40), min(820, screen.height() - 60))

    def _open_filled(self) -> None:
        for section, disclosure in self.disclosures.items():
            disclosure.update_heading()
            if section.summary():
                disclosure.set_open(True)

    # the journal ----------------------------------------------------------
    def _people(self) -> list[Person]:
        return self.session.journal.people() if self.session.is_open else []

    def _entry_choices(self) -> list[tuple[str, str]]:
        """Other entries a report can be about, newest first, as (id, "date — title")."""
        if not self.session.is_open:
            return []
        from journal.entries.timeparse import describe, sort_key

        entries = [e for e in self.session.journal.entries() if e.entry_id != self.entry_id]
        entries.sort(key=lambda e: sort_key(e.content.occurred), reverse=True)
        return [
            (e.entry_id, f"{core_text(describe(e.content.occurred, False))} — {e.content.title}")
            for e in entries
            if e.content.kind != "risk_check"
        ]

    def _add_person(self, content: PersonContent) -> str:
        return self.session.journal.add_person(content)  # the change feed tells the views

    def _journal_changed(self) -> None:
        if self._closing or not self.session.is_open:
            return
        self.people.refresh_people()
        if self.entry_id is not None:
            entry = self.session.journal.entry(self.entry_id)
            self.evidence.show_attachments(entry.attachments, saved=True)
            self.disclosures[self.evidence].update_heading()
            self.keeper.base_revision = entry.revision_count  # e.g. evidence just added

    def _keep_before_lock(self) -> None:
        """Keep what was typed since the last autosave, encrypted, before the keys go."""
        if not self._closing:
            self.keeper.keep()

    def _locked(self) -> None:
        """The journal was locked (quick exit, idle): go at once, ask nothing."""
        self._closing = True
        self.keeper.stop()
        self.done(QDialog.DialogCode.Rejected)

    # state ----------------------------------------------------------------
    def content(self) -> EntryContent:
        fields: dict[str, object] = {"messages": self._linked_messages()}
        for section in self.sections:
            fields.update(section.fields())
        return EntryContent(**fields)  # type: ignore[arg-type]

    def _linked_messages(self) -> tuple[str, ...]:
        """Messages are linked elsewhere (link-messages, the conversations view), never
        in this form: a save keeps the links the entry has now."""
        if self.entry_id is None or not self.session.is_open:
            return ()
        try:
            return self.session.journal.entry(self.entry_id).content.messages
        except JournalError:
            return ()

    def has_changes(self) -> bool:
        return self.content() != self.keeper.baseline

    def _changed(self) -> None:
        if not self._loading:
            self.keeper.changed()

    def _kind_chosen(self, _index: int) -> None:
        """A report or a medical visit: open the section it will most likely need."""
        wanted: dict[str, Section] = {
            "report": self.reports,
            "institutional_response": self.reports,
            "medical": self.injuries,
            "risk_check": self.risk,
        }
        section = wanted.get(str(self.essentials.kind.currentData()))
        if section is not None:
            self.disclosures[section].set_open(True)

    def open_details(self) -> None:
        """Open the sections for who did it, injuries, who saw it, and reports."""
        for section in (self.people, self.injuries, self.reports):
            self.disclosures[section].set_open(True)
        self.disclosures[self.people].header.setFocus()

    def start_report(self) -> None:
        """A new report or complaint: kind "report", its section open, one record to fill."""
        set_combo_key(self.essentials.kind, "report")
        self._kind_chosen(self.essentials.kind.currentIndex())  # as if she had chosen it
        if not self.reports.list.rows():
            self.reports.list.add_row()
        self.essentials.title.setFocus()

    # drafts ---------------------------------------------------------------
    def _offer_draft(self) -> None:
        """A draft left from before: ask first, and keep it untouched until answered."""
        self._draft = self.keeper.waiting()
        if self._draft is None:
            return
        self.banner.offer(self._draft, self.keeper.base_revision)
        self.keeper.paused = True
        self.form_area.setEnabled(False)
        self.save_button.setEnabled(False)
        self.banner.continue_button.setFocus()

    def _answered(self) -> None:
        self.banner.hide()
        self.keeper.paused = False
        self.form_area.setEnabled(True)
        self.save_button.setEnabled(True)
        self.essentials.title.setFocus()

    def _continue_draft(self) -> None:
        if self._draft is not None:
            self._loading = True
            try:
                for section in self.sections:
                    section.set_from(self._draft.content)
                self._open_filled()
            finally:
                self._loading = False
            self.keeper.last = self._draft.content
        self._answered()

    def continue_draft(self) -> None:
        """Go on with the waiting draft at once (she already chose to, at unlock)."""
        if self.banner.isVisible():
            self._continue_draft()

    def _discard_draft(self) -> None:
        self.keeper.discard()
        self._answered()

    # saving ---------------------------------------------------------------
    def show_problem(self, text: str, widget: QWidget | None = None, about: str = "") -> None:
        """Show `text`; focus `widget`, or else the field the English sentence `about`
        names (the shown text may be translated, so it is not searched for words)."""
        self.message.setText(text)
        self.message.show()
        if widget is None:
            widget = self.essentials.focus_for(about or text)
        if widget is not None:
            for section, disclosure in self.disclosures.items():
                if section.isAncestorOf(widget):
                    disclosure.set_open(True)
            widget.setFocus()
            self.form_area.ensureWidgetVisible(widget)

    def save(self) -> bool:
        """Validate and store; the dialog stays open and nothing is cleared on a problem."""
        if self.banner.isVisible() or not self.session.is_open:
            return False
        for section in self.sections:
            if (problem := section.problem()) is not None:
                self.show_problem(*problem)
                return False
        content = self.content()
        journal = self.session.journal
        try:
            if self.entry_id is None:
                self.entry_id = self.created = journal.add_entry(content)
            elif content != self.keeper.baseline:
                journal.update_entry(self.entry_id, content)
        except JournalError as error:
            self.show_problem(describe(error), about=str(error))
            return False
        self.keeper.discard()
        self.keeper.saved_as(self.entry_id, journal.entry(self.entry_id).revision_count, content)
        self.message.hide()
        self.saved.emit(self.entry_id)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self._close(QDialog.DialogCode.Accepted)

    def _add_evidence(self) -> None:
        """A new entry is saved first, so that the evidence has an entry to belong to."""
        if self.entry_id is None:
            if not self.save():
                return
            self.setWindowTitle(tr("Edit entry"))
        assert self.entry_id is not None
        self.evidence_requested.emit(self.entry_id)

    # leaving --------------------------------------------------------------
    def _close(self, result: QDialog.DialogCode) -> None:
        self._closing = True
        self.keeper.stop()
        self.done(result)
        if self.created is not None and self.session.is_open:
            self.created_and_closed.emit(self.created)

    def reject(self) -> None:
        if self._closing or not self.session.is_open or not self.has_changes():
            self._close(QDialog.DialogCode.Rejected)
            return
        self.leave_box = LeaveQuestion(self)
        self.leave_box.buttonClicked.connect(self._leave_answered)
        self.leave_box.open()

    def _leave_answered(self, button: QPushButton) -> None:
        box = self.leave_box
        if box is None or button is box.back:
            return
        if button is box.keep:
            if self.keeper.keep(force=True):
                self._close(QDialog.DialogCode.Rejected)
        elif self.keeper.discard():
            self._close(QDialog.DialogCode.Rejected)
