"""Add someone to the people list: a name, how you know them, and for a police
officer the details an oversight body asks for (rank, badge number, force, ...)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import OfficerDetails, PersonContent
from journal.errors import JournalError
from ui.app.errors import describe
from ui.editor.common import calm_message, label_for, name_buttons, text_box
from ui.i18n import tr


class NewPersonDialog(QDialog):
    """Calls `add_person` (which saves to the journal) and emits the person's id.

    With `existing`, the same form corrects someone already on the list (a misspelt
    name, a badge number added later); their dated officer history is kept."""

    added = Signal(str)

    def __init__(
        self,
        add_person: Callable[[PersonContent], str],
        parent: QWidget | None = None,
        existing: PersonContent | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a person") if existing is None else tr("Correct details"))
        self.setMinimumWidth(460)
        self._add_person = add_person
        self._existing = existing
        self.person_id: str | None = None
        intro = QLabel(
            tr(
                "People are kept in one list and can be linked to any entry. Only a name or "
                "a short description is needed. The person is saved to the journal when you "
                "add them."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("A name, or a description like “his sergeant”"))
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(tr("e.g. ex-partner, neighbour, his colleague"))
        self.notes = text_box(tr("Notes about this person"), lines=3)
        self.is_officer = QCheckBox(tr("This person is a &police officer"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label_for(tr("&Name"), self.name, tr("Name or description")), self.name)
        form.addRow(label_for(tr("&Relationship"), self.relationship), self.relationship)
        form.addRow(label_for(tr("N&otes"), self.notes, tr("Notes about this person")), self.notes)
        form.addRow(self.is_officer)

        self.rank = QLineEdit()
        self.badge_number = QLineEdit()
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(tr("e.g. the police force or service"))
        self.station = QLineEdit()
        self.unit = QLineEdit()
        self.supervisor = QLineEdit()
        self.officer_since = QLineEdit()
        self.officer_since.setPlaceholderText(tr("e.g. 2023-09, if known (for later transfers)"))
        self.officer_box = QGroupBox(tr("Officer details (any you know)"))
        officer_form = QFormLayout(self.officer_box)
        officer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit, name in (
            (tr("Ran&k"), self.rank, tr("Rank")),
            (tr("&Badge or service number"), self.badge_number, tr("Badge or service number")),
            (tr("&Agency"), self.agency, tr("Agency")),
            (tr("&Station or command"), self.station, tr("Station or command")),
            (tr("&Unit"), self.unit, tr("Unit")),
            (tr("Superv&isor"), self.supervisor, tr("Supervisor")),
            (tr("In this post si&nce"), self.officer_since, tr("In this post since")),
        ):
            officer_form.addRow(label_for(text, edit, name), edit)
        self.officer_box.setVisible(False)
        self.is_officer.toggled.connect(self.officer_box.setVisible)
        self.is_officer.toggled.connect(lambda _on: self.adjustSize())

        self.message = calm_message()
        self.add_button = QPushButton(tr("Add &this person"))
        self.cancel_button = QPushButton(tr("Cancel"))
        for button in (self.add_button, self.cancel_button):
            button.setAutoDefault(False)
        name_buttons(self.add_button, self.cancel_button)
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.officer_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if existing is not None:
            self._fill(existing)
            self.add_button.setText(tr("Save &changes"))
            intro.setText(
                tr(
                    "Correct what is wrong. Every earlier version stays in the journal's "
                    "history. For a transfer or promotion, use “Record a change” instead, "
                    "so the date is kept."
                )
            )
        self.name.setFocus()

    def _fill(self, content: PersonContent) -> None:
        self.name.setText(content.name)
        self.relationship.setText(content.relationship)
        self.notes.setPlainText(content.notes)
        officer = content.officer
        self.is_officer.setChecked(officer is not None)
        if officer is not None:
            for edit, value in (
                (self.rank, officer.rank),
                (self.badge_number, officer.badge_number),
                (self.agency, officer.agency),
                (self.station, officer.station),
                (self.unit, officer.unit),
                (self.supervisor, officer.supervisor),
            ):
                edit.setText(value)
            self.officer_since.setText(content.officer_since)

    def content(self) -> PersonContent:
        officer = None
        if self.is_officer.isChecked():
            officer = OfficerDetails(
                rank=self.rank.text().strip(),
                badge_number=self.badge_number.text().strip(),
                agency=self.agency.text().strip(),
                station=self.station.text().strip(),
                unit=self.unit.text().strip(),
                supervisor=self.supervisor.text().strip(),
            )
        fields = PersonContent(
            name=self.name.text().strip(),
            relationship=self.relationship.text().strip(),
            notes=self.notes.toPlainText(),
            officer=officer,
            officer_since=self.officer_since.text().strip() if officer else "",
        )
        if self._existing is None:
            return fields
        return replace(  # keeps the dated officer history
            self._existing,
            name=fields.name,
            relationship=fields.relationship,
            notes=fields.notes,
            officer=fields.officer,
            officer_since=fields.officer_since,
        )

    def add(self) -> None:
        try:
            self.person_id = self._add_person(self.content())
        except JournalError as error:
            self.message.setText(describe(error))
            self.message.show()
            self.name.setFocus()
            return
        self.added.emit(self.person_id)
        self.accept()
