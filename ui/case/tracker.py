"""The complaints and reports tracker: every report or complaint, its progress and
next date, with an "open matters" filter and a calm note for dates that are near."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.case.matters import (
    REMIND_WITHIN_DAYS,
    Matter,
    MatterFilter,
    all_matters,
    deadline_notes,
    filter_matters,
)
from journal.entries.model import REPORT_BODIES, REPORT_STATUSES
from journal.entries.timeparse import describe
from ui.app.session import Session
from ui.case.reminder import reminder_words
from ui.editor.common import calm_message
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.contrast import hint_style, ring_focus
from ui.widgets.row_table_model import AnyIndex, RowTableModel, bold_font

HEADERS = (
    QT_TR_NOOP("Date"),
    QT_TR_NOOP("Body"),
    QT_TR_NOOP("Reference"),
    QT_TR_NOOP("Person dealt with"),
    QT_TR_NOOP("Progress"),
    QT_TR_NOOP("Next date"),
    QT_TR_NOOP("About"),
)
COL_DATE, COL_BODY, COL_REF, COL_CONTACT, COL_STATUS, COL_DEADLINE, COL_ABOUT = range(7)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MatterModel(RowTableModel[Matter]):
    def __init__(self, today: date) -> None:
        super().__init__(tuple(tr(h) for h in HEADERS))
        self.today = today
        self._titles: dict[str, str] = {}

    def set_rows(self, matters: Sequence[Matter], titles: dict[str, str] | None = None) -> None:
        self._titles = titles or {}
        super().set_rows(matters)

    def matter_at(self, row: int) -> Matter:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        matter = self.row_of_index(index)
        if matter is None:
            return None
        if role == ENTRY_ID_ROLE:
            return matter.entry.entry_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(matter, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(matter, index.column()) + "\n\n" + self._tooltip(matter)
        near = index.column() == COL_DEADLINE and self._is_near(matter)
        if role == Qt.ItemDataRole.FontRole and near:
            return bold_font()
        return None

    def _is_near(self, matter: Matter) -> bool:
        due = matter.deadline()
        return matter.is_open and due is not None and (due - self.today).days <= REMIND_WITHIN_DAYS

    def _display(self, matter: Matter, column: int) -> str:
        r = matter.report
        if column == COL_DATE:
            return r.date or core_text(describe(matter.entry.content.occurred, with_zone=False))
        if column == COL_BODY:
            return r.body or core_text(matter.body_label)  # their own words, or a kind
        if column == COL_REF:
            return r.reference
        if column == COL_CONTACT:
            return r.contact_person
        if column == COL_STATUS:
            status = core_text(REPORT_STATUSES.get(r.status, r.status))
            if r.status == "closed" and r.outcome:
                return tr("{status}: {outcome}").format(status=status, outcome=r.outcome)
            return status
        if column == COL_DEADLINE:
            if not r.next_deadline or not matter.is_open:
                return r.next_deadline if matter.is_open else ""
            due = matter.deadline()
            if due is not None and due < self.today:
                return tr("{date} (passed)").format(date=r.next_deadline)
            return r.next_deadline
        titles = [self._titles[i] for i in r.concerns if i in self._titles]
        return "; ".join([matter.entry.content.title, *titles])

    def _tooltip(self, matter: Matter) -> str:
        r = matter.report
        lines = [tr("Written down in: {title}").format(title=matter.entry.content.title)]
        if r.what_they_said:
            lines.append(tr("What they said: {text}").format(text=r.what_they_said))
        if r.what_they_did:
            lines.append(tr("What they did: {text}").format(text=r.what_they_did))
        if r.outcome:
            lines.append(tr("Outcome: {text}").format(text=r.outcome))
        return "\n".join(lines)


class TrackerDialog(QDialog):
    """Every report and complaint. Double-click one to show its entry on the timeline."""

    entry_chosen = Signal(str)
    add_requested = Signal()  # "Add a report or complaint…": a new entry of kind report

    def __init__(self, session: Session, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Complaints and reports"))
        self.session = session
        self.model = MatterModel(today)
        self.open_only = QCheckBox(tr("&Open matters only"))
        self.body = QComboBox()
        self.body.setAccessibleName(tr("Kind of body"))
        self.body.addItem(tr("Every kind of body"), "")
        for key, label in REPORT_BODIES.items():
            self.body.addItem(core_text(label), key)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Search reference, names, what was said…"))
        self.text.setAccessibleName(tr("Search the reports"))
        self.text.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.open_only)
        body_label = QLabel(tr("&Body"))
        body_label.setBuddy(self.body)  # what a screen reader names the combo by
        filters.addWidget(body_label)
        filters.addWidget(self.body)
        filters.addWidget(self.text, 1)
        self.note = calm_message()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        ring_focus(self.table)  # a focused cell that can be seen (3:1)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Reports and complaints"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((COL_BODY, 220), (COL_CONTACT, 160), (COL_STATUS, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_ABOUT, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        hint = QLabel(tr("Double-click a row to show its entry on the timeline."))
        hint.setStyleSheet(hint_style())  # readable: 4.5:1, not palette(mid)'s 1.7:1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.add_button = buttons.addButton(
            tr("&Add a report or complaint…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.add_button.clicked.connect(self.add_requested.emit)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(hint)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.open_only.toggled.connect(self.refresh)
        self.body.currentIndexChanged.connect(self.refresh)
        self.text.textChanged.connect(self.refresh)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        session.entries_changed.connect(self.refresh)
        session.locked.connect(self.close)
        self.resize(1100, 540)
        self.refresh()

    def current_filter(self) -> MatterFilter:
        body = self.body.currentData()
        return MatterFilter(
            open_only=self.open_only.isChecked(),
            body_types=frozenset({body}) if body else frozenset(),
            text=self.text.text(),
        )

    def refresh(self) -> None:
        if not self.session.is_open:
            self.model.set_rows([], {})
            return
        entries = self.session.journal.entries()
        titles = {e.entry_id: e.content.title for e in entries}
        everything = all_matters(entries)
        shown = filter_matters(everything, self.current_filter())
        self.model.set_rows(shown, titles)
        open_count = sum(1 for m in everything if m.is_open)
        self.count.setText(
            tr("Showing {shown} of {total} · %n still open", None, open_count).format(
                shown=len(shown), total=len(everything)
            )
            if everything
            else tr(
                "No reports or complaints written down yet. “Add a report or complaint…” "
                "below writes one down."
            )
        )
        text = reminder_words(deadline_notes(entries, self.model.today))
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _activated(self, index: QModelIndex) -> None:
        self.entry_chosen.emit(str(index.data(ENTRY_ID_ROLE)))
