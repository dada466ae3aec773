"""People linked to this entry, chosen from the journal's people list or added here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal.entries.model import (
    DUTY,
    PERSON_ROLES,
    EntryContent,
    Person,
    PersonContent,
    PersonLink,
)
from ui.editor.common import (
    Section,
    combo_key,
    key_combo,
    label_for,
    name_buttons,
    set_combo_key,
)
from ui.editor.person_dialog import NewPersonDialog
from ui.editor.rows import RecordList, RecordRow
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.bidi import isolated

NOBODY = QT_TR_NOOP("(choose someone)")


def person_label(person: Person) -> str:
    content = person.content
    text = isolated(content.name)
    if content.relationship:
        text = tr("{name} ({relationship})").format(
            name=text, relationship=isolated(content.relationship)
        )
    if content.officer is not None:
        badge = content.officer.badge_number
        if badge:
            return tr("{person} — officer, {badge}").format(person=text, badge=isolated(badge))
        return tr("{person} — officer").format(person=text)
    return text


class PersonRow(RecordRow[PersonLink]):
    remove_name = QT_TR_NOOP("Remove person {number}")
    remove_tip = QT_TR_NOOP("Take person {number} off this entry")

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox()
        self.set_choices(choices)
        self.role = key_combo(PERSON_ROLES, tr("Role"))
        self.duty = key_combo(DUTY, tr("On or off duty"))
        self.duty.setToolTip(tr("For a police officer: on or off duty at the time"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Optional, e.g. “in uniform”, “stood in the doorway”"))
        grid = QGridLayout(self)
        grid.addWidget(label_for(tr("Na&me"), self.person, tr("Person")), 0, 0)
        grid.addWidget(self.person, 0, 1, 1, 3)
        grid.addWidget(label_for(tr("Ro&le"), self.role, tr("Role")), 1, 0)
        grid.addWidget(self.role, 1, 1)
        grid.addWidget(label_for(tr("Dut&y"), self.duty, tr("On or off duty")), 1, 2)
        grid.addWidget(self.duty, 1, 3)
        grid.addWidget(label_for(tr("E&xtra note"), self.note, tr("Note")), 2, 0)
        grid.addWidget(self.note, 2, 1, 1, 2)
        grid.addWidget(self.remove_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for combo in (self.person, self.role, self.duty):
            combo.currentIndexChanged.connect(self.notify)
        self.note.textChanged.connect(self.notify)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = combo_key(self.person)
        self.person.blockSignals(True)
        try:
            self.person.clear()
            self.person.addItem(tr(NOBODY), "")
            for person_id, label in choices:
                self.person.addItem(label, person_id)
            if current:
                set_combo_key(self.person, current)
        finally:
            self.person.blockSignals(False)

    def set_number(self, number: int) -> None:
        super().set_number(number)
        named = {
            self.person: tr("Person {number}"),
            self.role: tr("Person {number}: role"),
            self.duty: tr("Person {number}: on or off duty"),
            self.note: tr("Person {number}: note"),
        }
        for widget, name in named.items():
            widget.setAccessibleName(name.format(number=number))

    def value(self) -> PersonLink:
        return PersonLink(
            person_id=combo_key(self.person),
            role=combo_key(self.role),
            on_duty=combo_key(self.duty),
            note=self.note.text(),
        )

    def set_value(self, value: PersonLink) -> None:
        if value.person_id and self.person.findData(value.person_id) < 0:
            self.person.addItem(tr("(a person no longer in the list)"), value.person_id)
        set_combo_key(self.person, value.person_id)
        set_combo_key(self.role, value.role)
        set_combo_key(self.duty, value.on_duty)
        self.note.setText(value.note)

    def is_empty(self) -> bool:
        return self.value() == PersonLink("")

    def first_field(self) -> QWidget:
        return self.person


class PeopleSection(Section):
    heading = QT_TR_NOOP("&People")

    def __init__(
        self,
        people: Callable[[], list[Person]],
        add_person: Callable[[PersonContent], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._add_person = add_person
        self._choices: list[tuple[str, str]] = []
        self.list: RecordList[PersonLink] = RecordList(
            lambda: PersonRow(self._choices),
            tr("Link someone &from the list"),
            tr(
                "Nobody linked yet: the abuser, witnesses, children present, anyone you "
                "spoke to. Each person is kept in one list and can be linked to any entry."
            ),
        )
        self.new_person_button = QPushButton(tr("A&dd a person…"))
        self.new_person_button.setAutoDefault(False)
        name_buttons(self.new_person_button)
        self.new_person_button.setToolTip(tr("Someone not in the list yet, with officer details"))
        self.new_person_button.clicked.connect(self.open_new_person)
        self.list.extra_buttons.insertWidget(1, self.new_person_button)
        self.dialog: NewPersonDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.list.changed.connect(self.notify)
        self.list.structure_changed.connect(self.structure_changed.emit)
        self.refresh_people()

    def refresh_people(self) -> None:
        self._choices = [(p.person_id, person_label(p)) for p in self._people()]
        for row in self.list.rows():
            assert isinstance(row, PersonRow)
            row.set_choices(self._choices)
        self.list.add_button.setEnabled(bool(self._choices))

    def open_new_person(self) -> None:
        self.dialog = NewPersonDialog(self._add_person, self)
        self.dialog.added.connect(self._person_added)
        self.dialog.open()

    def _person_added(self, person_id: str) -> None:
        self.refresh_people()
        rows = [r for r in self.list.rows() if isinstance(r, PersonRow)]
        empty = [r for r in rows if not combo_key(r.person)]
        row = empty[-1] if empty else self.list.add_row()
        assert isinstance(row, PersonRow)
        set_combo_key(row.person, person_id)
        row.role.setFocus()
        self.changed.emit()

    def set_from(self, content: EntryContent) -> None:
        self.list.set_values(list(content.people))

    def fields(self) -> dict[str, Any]:
        return {"people": tuple(self.list.values())}

    def summary(self) -> str:
        count = len(self.list.values())
        return tr("%n linked", "people", count) if count else ""

    def problem(self) -> tuple[str, QWidget] | None:
        for number, row in enumerate(self.list.rows(), start=1):
            assert isinstance(row, PersonRow)
            if not row.is_empty() and not combo_key(row.person):
                text = tr(
                    "Under People, line {number} does not say who it is yet. Choose "
                    "someone from the list, or remove that line."
                )
                return text.format(number=number), row.person
        return None
