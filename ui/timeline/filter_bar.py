"""Text search and filters over the timeline (date range, kind, category, person)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import CATEGORIES, KINDS, Person
from journal.entries.search import SearchFilters
from ui.i18n import core_text, tr
from ui.widgets.stored_dates import stored_date_edit


def _date_edit(name: str) -> QDateEdit:
    edit = stored_date_edit(name)  # 2025-03-14 in every language (ui/widgets/stored_dates.py)
    edit.setEnabled(False)
    return edit


class FilterBar(QWidget):
    changed = Signal()
    to_results = Signal()  # Down or Enter in the search box: go to the timeline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search…"))
        self.query.setAccessibleName(tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.use_from = QCheckBox(tr("From", "a date: from this day"))
        self.date_from = _date_edit(tr("From date"))
        self.use_to = QCheckBox(tr("To", "a date: up to this day"))
        self.date_to = _date_edit(tr("To date"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind filter"))
        self.kind.addItem(tr("All kinds"), "")
        for key, label in KINDS.items():
            self.kind.addItem(core_text(label), key)
        self.category = QComboBox()
        self.category.setAccessibleName(tr("Category filter"))
        self.category.addItem(tr("All categories"), "")
        for key, label in CATEGORIES.items():
            self.category.addItem(core_text(label), key)
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Person filter"))
        self.person.addItem(tr("Anyone"), "")
        # Two rows, so that the open journal fits a 1366x768 screen at 200 % (683x384
        # logical pixels): in one row the filters alone needed 1,142.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        self.query.setMinimumWidth(180)
        layout.addWidget(self.query, 2)
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            layout.addWidget(widget)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        # Visible labels, each the combo's buddy: on Linux a screen reader names a combo
        # box by the label that labels it (Qt gives its current value as its name).
        labelled = (
            (tr("Kind"), self.kind),
            (tr("Category"), self.category),
            (tr("Person"), self.person),
        )
        for text, combo in labelled:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            caption = QLabel(text)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.changed.emit)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._go_to_results)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.query)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._go_to_results)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for signal in (
            self.use_from.toggled,
            self.use_to.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.kind.currentIndexChanged,
            self.category.currentIndexChanged,
            self.person.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())

    def _go_to_results(self) -> None:
        if self._debounce.isActive():  # typed a moment ago: search first, then move
            self._debounce.stop()
            self.changed.emit()
        self.to_results.emit()

    def is_narrowed(self) -> bool:
        """Whether the search text or any filter hides part of the timeline."""
        filters = self.filters()
        return bool(
            self.query.text().strip()
            or filters.date_from
            or filters.date_to
            or filters.kinds
            or filters.categories
            or filters.person_id
        )

    def reset(self) -> None:
        """No search text and no filter: the whole timeline again."""
        self.blockSignals(True)
        self.query.clear()
        self._debounce.stop()
        for box in (self.use_from, self.use_to):
            box.setChecked(False)
        for combo in (self.kind, self.category, self.person):
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()

    def set_people(self, people: list[Person]) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(tr("Anyone"), "")
        for person in people:
            self.person.addItem(person.content.name, person.person_id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)

    def set_month(self, year: int, month: int) -> None:
        """Narrow to one month (used by the pattern view)."""
        start = QDate(year, month, 1)
        self.blockSignals(True)
        self.use_from.setChecked(True)
        self.use_to.setChecked(True)
        self.date_from.setDate(start)
        self.date_to.setDate(start.addMonths(1).addDays(-1))
        self.blockSignals(False)
        self.changed.emit()

    def filters(self) -> SearchFilters:
        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        kind = self.kind.currentData()
        category = self.category.currentData()
        return SearchFilters(
            date_from=day(self.date_from) if self.use_from.isChecked() else None,
            date_to=day(self.date_to) if self.use_to.isChecked() else None,
            kinds=frozenset({kind}) if kind else frozenset(),
            categories=frozenset({category}) if category else frozenset(),
            person_id=self.person.currentData() or None,
        )

    def text(self) -> str:
        return self.query.text()
