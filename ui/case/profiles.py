"""People profiles: for an officer, the details over time (current first), and every
entry that links the person, with its date. A transfer or promotion is recorded as
a change with a date; the earlier details are kept, never overwritten."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.case.officers import linked_entries, officer_postings, record_officer_change
from journal.entries.model import Entry, OfficerDetails, Person, PersonContent
from journal.errors import JournalError
from ui.app.errors import describe
from ui.app.session import Session
from ui.editor.common import calm_message, label_for
from ui.editor.person_dialog import NewPersonDialog
from ui.i18n import QT_TR_NOOP, core_text, tr

OFFICER_FIELDS = (
    ("rank", QT_TR_NOOP("Ran&k")),
    ("badge_number", QT_TR_NOOP("&Badge or service number")),
    ("agency", QT_TR_NOOP("&Agency")),
    ("station", QT_TR_NOOP("&Station or command")),
    ("unit", QT_TR_NOOP("&Unit")),
    ("supervisor", QT_TR_NOOP("Superv&isor")),
)


def officer_line(details: OfficerDetails) -> str:
    """Rank, number, agency, station, unit and supervisor, those given, in one line."""
    parts = [
        details.rank,
        tr("no. {number}").format(number=details.badge_number) if details.badge_number else "",
        details.agency,
        details.station,
        details.unit,
        tr("supervisor {name}").format(name=details.supervisor) if details.supervisor else "",
    ]
    return tr(", ", "between the parts of a list").join(p for p in parts if p)


def profile_html(person: Person, entries: list[Entry], rtl: bool = False) -> str:
    """The profile as rich text; `rtl` lays every paragraph out right to left (an
    English name or date would otherwise pull its paragraph left in an Arabic window)."""
    c = person.content
    parts = [f"<h2>{escape(c.name)}</h2>"]
    if c.relationship:
        parts.append(f"<p>{escape(c.relationship)}</p>")
    postings = officer_postings(c)
    if postings:
        rows = []
        for posting in postings:
            since = (
                tr("from {date}").format(date=posting.effective)
                if posting.effective
                else tr("date not given")
            )
            label = tr("Now") if posting.note == "current" else posting.note or tr("Earlier")
            rows.append(
                f"<tr><td valign='top'><b>{escape(label)}</b>&nbsp;</td><td valign='top'>"
                f"{escape(since)}&nbsp;</td><td>{escape(officer_line(posting.details))}</td></tr>"
            )
        heading = escape(tr("Officer details over time"))
        parts.append(f"<h3>{heading}</h3><table>{''.join(rows)}</table>")
    if c.notes:
        parts.append(f"<p>{escape(c.notes)}</p>".replace("\n", "<br>"))
    linked = linked_entries(person.person_id, entries)
    items = "".join(
        f"<li>{escape(x.when)} — <a href='entry:{x.entry.entry_id}'>"
        f"{escape(x.entry.content.title)}</a> ({escape(core_text(x.role))})</li>"
        for x in linked
    )
    heading = escape(tr("Entries that mention this person (%n)", None, len(linked)))
    none_yet = escape(tr("None yet."))
    parts.append(f"<h3>{heading}</h3>" + (f"<ul>{items}</ul>" if items else f"<p>{none_yet}</p>"))
    direction = "rtl" if rtl else "ltr"
    return f"<div dir='{direction}'>{''.join(parts)}</div>"


class OfficerChangeDialog(QDialog):
    """New officer details from a date (a transfer, a promotion); the old ones are kept."""

    def __init__(self, session: Session, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record a change in officer details"))
        self.session = session
        self.person = person
        current = person.content.officer or OfficerDetails()
        intro = QLabel(
            tr(
                "Change what is different now. The earlier details stay on the profile "
                "with the dates, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, text in OFFICER_FIELDS:
            edit = QLineEdit(getattr(current, name))
            self.edits[name] = edit
            form.addRow(label_for(tr(text), edit), edit)
        self.effective = QLineEdit()
        self.effective.setPlaceholderText(tr("e.g. 2025-06-01, or 2025-06"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("e.g. transferred, promoted"))
        form.addRow(label_for(tr("&From when"), self.effective, tr("From when")), self.effective)
        form.addRow(label_for(tr("&What changed"), self.note, tr("What changed")), self.note)
        self.message = calm_message()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)  # the placeholders (dates, examples) shown whole

    def details(self) -> OfficerDetails:
        return OfficerDetails(**{k: e.text().strip() for k, e in self.edits.items()})

    def save(self) -> None:
        content = record_officer_change(
            self.person.content,
            self.details(),
            self.effective.text().strip(),
            self.note.text().strip(),
        )
        try:
            self.session.journal.update_person(self.person.person_id, content)
        except JournalError as error:
            self.message.setText(describe(error))
            self.message.show()
            return
        self.accept()


class ProfilesDialog(QDialog):
    entry_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("People"))
        self.session = session
        self.people = QListWidget()
        self.people.setAccessibleName(tr("People"))
        self.profile = QTextBrowser()
        self.profile.setOpenLinks(False)
        self.profile.setAccessibleName(tr("Profile"))
        self.profile.anchorClicked.connect(self._link)
        self.change_button = QPushButton(tr("Record a &change (transfer, promotion)…"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.record_change)
        self.change_dialog: OfficerChangeDialog | None = None
        self.correct_button = QPushButton(tr("Correct &details…"))
        self.correct_button.setAutoDefault(False)
        self.correct_button.clicked.connect(self.correct_details)
        self.correct_dialog: NewPersonDialog | None = None
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.profile, 1)
        row = QHBoxLayout()
        row.addWidget(self.correct_button)
        row.addWidget(self.change_button)
        row.addStretch()
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.people)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.people.currentItemChanged.connect(lambda *_: self.show_selected())
        session.entries_changed.connect(self.refresh)
        session.locked.connect(self.close)
        self.resize(920, 560)
        self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        chosen = self.selected_person_id()
        self.people.clear()
        for person in self.session.journal.people():
            name = person.content.name
            item = QListWidgetItem(
                tr("{name} (officer)").format(name=name) if person.content.officer else name
            )
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            self.people.addItem(item)
            if person.person_id == chosen:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        self.show_selected()

    def selected_person_id(self) -> str | None:
        item = self.people.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_person(self, person_id: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentRow(row)

    def show_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None or not self.session.is_open:
            self.profile.setPlainText(tr("No people added yet. People are added from an entry."))
            self.change_button.setEnabled(False)
            self.correct_button.setEnabled(False)
            return
        person = self.session.journal.person(person_id)
        self.profile.setHtml(
            profile_html(person, self.session.journal.entries(), self.isRightToLeft())
        )
        self.change_button.setEnabled(True)
        self.correct_button.setEnabled(True)

    def record_change(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            return
        self.change_dialog = OfficerChangeDialog(
            self.session, self.session.journal.person(person_id), self
        )
        self.change_dialog.open()

    def correct_details(self) -> None:
        """Fix a name, relationship, notes or officer details (saved as a new revision)."""
        person_id = self.selected_person_id()
        if person_id is None:
            return
        journal = self.session.journal

        def save(content: PersonContent) -> str:
            journal.update_person(person_id, content)
            return person_id

        self.correct_dialog = NewPersonDialog(
            save, self, existing=journal.person(person_id).content
        )
        self.correct_dialog.open()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "entry":
            self.entry_chosen.emit(url.path())
