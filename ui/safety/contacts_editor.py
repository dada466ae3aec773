"""The person's own list of support contacts and reporting routes (kept in the vault)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.case.contacts import EXAMPLE_KINDS, KIND_LABELS, ContactStore, SupportContact
from journal.errors import JournalError
from ui.app.errors import describe
from ui.app.session import Session
from ui.i18n import QT_TR_NOOP, core_text, tr

EXAMPLES = QT_TR_NOOP(
    "Examples of places worth listing: a domestic-violence service or helpline, legal "
    "aid, the independent police-oversight body, the prosecutor's office, and a way to "
    "report that does not go through the local police command. No numbers are built "
    "in: add the ones that are right where you live."
)


class ContactsEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = ContactStore(session.journal.settings)
        self.contacts: list[SupportContact] = self.store.load()
        self._filling = False
        self.dirty = False
        examples = QLabel(tr(EXAMPLES))
        examples.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Support contacts"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key, label in EXAMPLE_KINDS:
            self.kind.addItem(core_text(label), key)
        self.how = QLineEdit()
        self.how.setPlaceholderText(tr("Phone, address, website, opening hours…"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setPlaceholderText(tr("Who to ask for, what to bring, what they said…"))
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&How to reach"), self.how)
        form.addRow(tr("N&otes"), self.notes)
        self.add_button = QPushButton(tr("&Add a contact"))
        self.remove_button = QPushButton(tr("Re&move"))
        self.save_button = QPushButton(tr("&Save the list"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        layout = QVBoxLayout(self)
        layout.addWidget(examples)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.save_button.clicked.connect(self.save)
        self.list.currentRowChanged.connect(self._fill_form)
        for field in (self.name, self.how):
            field.textEdited.connect(self._form_edited)
        self.kind.activated.connect(self._form_edited)
        self.notes.textChanged.connect(self._form_edited)
        session.about_to_lock.connect(self._keep_before_lock)
        session.locked.connect(self.wipe)
        self._refresh_list(0)

    def _label(self, contact: SupportContact) -> str:
        kind = KIND_LABELS.get(contact.kind)
        return tr("{name} — {kind}").format(
            name=contact.name or tr("(no name yet)"), kind=core_text(kind) if kind else ""
        )

    def _refresh_list(self, select: int) -> None:
        self.list.clear()
        for contact in self.contacts:
            self.list.addItem(self._label(contact))
        has = bool(self.contacts)
        for widget in (self.name, self.kind, self.how, self.notes, self.remove_button):
            widget.setEnabled(has)
        if has:
            self.list.setCurrentRow(min(select, len(self.contacts) - 1))
        else:
            self._fill_form(-1)

    def _fill_form(self, row: int) -> None:
        self._filling = True
        try:
            contact = self.contacts[row] if 0 <= row < len(self.contacts) else None
            self.name.setText(contact.name if contact else "")
            self.kind.setCurrentIndex(max(0, self.kind.findData(contact.kind if contact else "")))
            self.how.setText(contact.how_to_reach if contact else "")
            self.notes.setPlainText(contact.notes if contact else "")
        finally:
            self._filling = False

    def _form_edited(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._filling or not 0 <= row < len(self.contacts):
            return
        contact = SupportContact(
            self.name.text(), str(self.kind.currentData()), self.how.text(),
            self.notes.toPlainText(),
        )  # fmt: skip
        self.contacts[row] = contact
        item = self.list.item(row)
        if item is not None:
            item.setText(self._label(contact))
        self.dirty = True
        self.message.setText(tr("Not saved yet."))

    def add_contact(self) -> None:
        self.dirty = True
        self.contacts.append(SupportContact("", "dv_service"))
        self._refresh_list(len(self.contacts) - 1)
        self.name.setFocus()

    def remove_contact(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.contacts):
            del self.contacts[row]
            self.dirty = True
            self._refresh_list(row)
            self.message.setText(tr("Removed. Save the list to keep this change."))

    def save(self) -> bool:
        if not self.session.is_open:
            return False
        try:
            self.store.save(self.contacts)
        except JournalError as error:
            self.message.setText(
                describe(error, also=tr("Nothing was lost; the list is as you left it."))
            )
            return False
        self.dirty = False
        self.message.setText(tr("Saved inside the encrypted journal."))
        return True

    def _keep_before_lock(self) -> None:
        """Locking (idle, quick exit) keeps what was typed, if it can be saved as it is."""
        if self.dirty:
            self.save()

    def wipe(self) -> None:
        self.dirty = False
        self.contacts = []
        self.list.clear()
        for field in (self.name, self.how):
            field.clear()
        self.notes.clear()
