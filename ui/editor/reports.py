"""Reports and complaints made about this event: to whom, when, what came of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import REPORT_BODIES, REPORT_STATUSES, EntryContent, ReportRecord
from ui.editor.common import (
    Section,
    combo_key,
    key_combo,
    label_for,
    set_combo_key,
    text_box,
)
from ui.editor.rows import RecordList, RecordRow
from ui.i18n import QT_TR_NOOP, tr

DATE_HINT = QT_TR_NOOP("e.g. 2025-03-20, or roughly")
EntryChoices = Callable[[], list[tuple[str, str]]]  # (entry id, "date — title")


class ReportRow(RecordRow[ReportRecord]):
    remove_name = QT_TR_NOOP("Remove report {number}")
    remove_tip = QT_TR_NOOP("Take report {number} off this entry")

    def __init__(self, choices: EntryChoices | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices or list
        self._concerns: tuple[str, ...] = ()
        self.body_type = key_combo(REPORT_BODIES, tr("Kind of body"))
        self.body = QLineEdit()
        self.body.setPlaceholderText(tr("e.g. the name of the office or service"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr(DATE_HINT))
        self.reference = QLineEdit()
        self.contact_person = QLineEdit()
        self.contact_person.setPlaceholderText(tr("Name, role, badge number if known"))
        self.what_they_said = text_box(tr("What they said"), lines=3)
        self.status = key_combo(REPORT_STATUSES, tr("Progress"))
        self.next_deadline = QLineEdit()
        self.next_deadline.setPlaceholderText(tr(DATE_HINT))
        self.what_they_did = text_box(tr("What they did about it"), lines=2)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(tr("e.g. no further action, upheld, charges laid"))
        self.concerns = QToolButton()
        self.concerns.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.concerns_menu = QMenu(self.concerns)
        self.concerns.setMenu(self.concerns_menu)
        self.concerns_menu.aboutToShow.connect(self._fill_concerns)
        self._show_concerns()
        grid = QGridLayout(self)
        cells = [
            (tr("T&ype of body"), self.body_type, 0, 0),
            (tr("Name of the &body"), self.body, 0, 2),
            (tr("Date &made"), self.date, 1, 0),
            (tr("Re&ference number"), self.reference, 1, 2),
            (tr("Person dea&lt with"), self.contact_person, 2, 0),
            (tr("Pro&gress"), self.status, 2, 2),
        ]
        for text, widget, row, column in cells:
            grid.addWidget(label_for(text, widget), row, column)
            grid.addWidget(widget, row, column + 1)
        said_label = label_for(tr("What they said (&quote them if you can)"), self.what_they_said)
        grid.addWidget(said_label, 3, 0, 1, 4)
        grid.addWidget(self.what_they_said, 4, 0, 1, 4)
        grid.addWidget(
            label_for(tr("What they &did about it (action taken, or refused)"), self.what_they_did),
            5,
            0,
            1,
            4,
        )
        grid.addWidget(self.what_they_did, 6, 0, 1, 4)
        grid.addWidget(label_for(tr("Ne&xt deadline"), self.next_deadline), 7, 0)
        grid.addWidget(self.next_deadline, 7, 1)
        grid.addWidget(label_for(tr("Out&come (when closed)"), self.outcome), 7, 2)
        grid.addWidget(self.outcome, 7, 3)
        grid.addWidget(label_for(tr("I&ncidents it is about"), self.concerns), 8, 0)
        grid.addWidget(self.concerns, 8, 1)
        grid.addWidget(self.remove_button, 8, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for combo in (self.body_type, self.status):
            combo.currentIndexChanged.connect(self.notify)
        for edit in (self.body, self.date, self.reference, self.contact_person, self.next_deadline):
            edit.textChanged.connect(self.notify)
        self.what_they_said.textChanged.connect(self.notify)
        self.what_they_did.textChanged.connect(self.notify)
        self.outcome.textChanged.connect(self.notify)

    def _fill_concerns(self) -> None:
        """Entries to link, fresh each time the menu opens; ticking one links it."""
        self.concerns_menu.clear()
        choices = self._choices()
        known = {entry_id for entry_id, _ in choices}
        for entry_id, label in choices:
            action = self.concerns_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(entry_id in self._concerns)
            action.toggled.connect(lambda on, i=entry_id: self.set_concern(i, on))
        for entry_id in self._concerns:
            if entry_id not in known:  # kept even if not shown (e.g. withdrawn)
                missing = tr("(an entry not listed: {id})").format(id=entry_id[:8])
                self.concerns_menu.addAction(missing).setEnabled(False)
        if not choices:
            self.concerns_menu.addAction(tr("No other entries yet")).setEnabled(False)

    def set_concern(self, entry_id: str, on: bool) -> None:
        wanted = [i for i in self._concerns if i != entry_id] + ([entry_id] if on else [])
        self._concerns = tuple(wanted)
        self._show_concerns()
        self.notify()

    def _show_concerns(self) -> None:
        count = len(self._concerns)
        self.concerns.setText(tr("%n chosen…", "entries", count) if count else tr("Choose…"))

    def set_number(self, number: int) -> None:
        super().set_number(number)
        named = {
            self.body_type: tr("Report {number}: kind of body"),
            self.body: tr("Report {number}: name of the body"),
            self.date: tr("Report {number}: date made"),
            self.reference: tr("Report {number}: reference number"),
            self.contact_person: tr("Report {number}: person dealt with"),
            self.status: tr("Report {number}: progress"),
            self.what_they_said: tr("Report {number}: what they said"),
            self.next_deadline: tr("Report {number}: next deadline"),
            self.what_they_did: tr("Report {number}: what they did"),
            self.outcome: tr("Report {number}: outcome"),
            self.concerns: tr("Report {number}: incidents it is about"),
        }
        for widget, name in named.items():
            widget.setAccessibleName(name.format(number=number))

    def value(self) -> ReportRecord:
        return ReportRecord(
            body_type=combo_key(self.body_type),
            body=self.body.text(),
            date=self.date.text(),
            reference=self.reference.text(),
            contact_person=self.contact_person.text(),
            what_they_said=self.what_they_said.toPlainText(),
            status=combo_key(self.status),
            next_deadline=self.next_deadline.text(),
            what_they_did=self.what_they_did.toPlainText(),
            outcome=self.outcome.text(),
            concerns=self._concerns,
        )

    def set_value(self, value: ReportRecord) -> None:
        set_combo_key(self.body_type, value.body_type)
        self.body.setText(value.body)
        self.date.setText(value.date)
        self.reference.setText(value.reference)
        self.contact_person.setText(value.contact_person)
        self.what_they_said.setPlainText(value.what_they_said)
        set_combo_key(self.status, value.status)
        self.next_deadline.setText(value.next_deadline)
        self.what_they_did.setPlainText(value.what_they_did)
        self.outcome.setText(value.outcome)
        self._concerns = value.concerns
        self._show_concerns()

    def is_empty(self) -> bool:
        return self.value() == ReportRecord()

    def first_field(self) -> QWidget:
        return self.body_type


class ReportsSection(Section):
    heading = QT_TR_NOOP("Rep&orts and complaints")

    def __init__(self, choices: EntryChoices | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disclosure = QCheckBox(
            tr("I told someone about the abuse here (shown in “After disclosure”)")
        )
        self.disclosure.setAccessibleName(tr("I told someone about the abuse here"))
        self.disclosure.toggled.connect(self.notify)
        self.list = RecordList(
            lambda: ReportRow(choices),
            tr("A&dd a report or complaint"),
            tr("None written down. Add one for each report, complaint or call about this event."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.disclosure)
        self.list.changed.connect(self.notify)
        self.list.structure_changed.connect(self.structure_changed.emit)

    def set_from(self, content: EntryContent) -> None:
        self.list.set_values(list(content.reports))
        self.disclosure.setChecked(content.disclosure)

    def fields(self) -> dict[str, Any]:
        return {"reports": tuple(self.list.values()), "disclosure": self.disclosure.isChecked()}

    def summary(self) -> str:
        count = len(self.list.values())
        told = self.disclosure.isChecked()
        if count and told:
            return tr("%n written down, told someone", "reports", count)
        if count:
            return tr("%n written down", "reports", count)
        return tr("told someone") if told else ""
