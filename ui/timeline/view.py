"""The open journal: filter bar, timeline, detail pane, and the actions on them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.case.after_disclosure import (
    WINDOW_DAYS,
    group_for,
    is_disclosure,
)
from journal.entries.model import Entry
from journal.entries.revision_kinds import change_parts
from journal.session.changes import Change
from ui.app.errors import describe
from ui.app.session import Session
from ui.evidence.importing import install_drop_import
from ui.i18n import core_text, tr
from ui.timeline.detail_view import DetailView
from ui.timeline.filter_bar import FilterBar
from ui.timeline.model import (
    COL_CATEGORIES,
    COL_KIND,
    COL_TITLE,
    COL_WHEN,
    ENTRY_ID_ROLE,
    Cells,
    TimelineModel,
    compute_cells,
    sorted_proxy,
)
from ui.timeline.search_status import SearchStatus
from ui.widgets.contrast import ring_focus
from ui.widgets.rtl_table import isolate_cells, select_row

ASYNC_ABOVE = 300  # entries; smaller journals refresh at once


class JournalView(QWidget):
    """Shows the session's entries; opens editors and viewers through signals."""

    edit_requested = Signal(str)
    attachment_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self.filter_bar = FilterBar()
        self.search_status = SearchStatus()
        self.search_status.clear_requested.connect(self.filter_bar.reset)
        self._hidden_saved = False
        self.model = TimelineModel()
        self.proxy = sorted_proxy(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        ring_focus(self.table)  # a focused cell that can be seen (3:1)
        self.table.setModel(self.proxy)
        isolate_cells(self.table)  # dates and titles read as written in right-to-left
        self.table.setAccessibleName(tr("Timeline"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_WHEN, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_KIND, 100), (COL_CATEGORIES, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setMinimumSectionSize(60)
        header.setResizeContentsPrecision(100)  # size columns from a sample, not every row
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = DetailView()
        self.detail.attachment_activated.connect(self.attachment_requested.emit)
        self.empty_hint = QLabel(
            tr(
                "Nothing written yet. Choose “New entry” (Ctrl+N) to write down what happened; "
                "only a title and roughly when are needed."
            )
        )
        self.empty_hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_hint)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.search_status)
        layout.addWidget(splitter, 1)
        for target in (self.table, self.detail):
            install_drop_import(target, session, self.selected_entry_id)
        self.filter_bar.changed.connect(self._search_changed)
        self.filter_bar.to_results.connect(self.focus_results)
        session.changed.connect(self._journal_changed)
        self.refresh()

    def _journal_changed(self, change: Change) -> None:
        """Update the rows the change names; the rest of the timeline stays as it is."""
        if not self.session.is_open:
            return
        journal = self.session.journal
        if change.people:
            self.filter_bar.set_people(journal.people())
        if change.entries:
            shown = journal.matching(
                change.entries, self.filter_bar.text(), self.filter_bar.filters()
            )
            for entry in shown:
                self.model.put(entry)
            for gone in change.entries - {e.entry_id for e in shown}:
                self.model.remove(gone)
            self.empty_hint.setVisible(len(journal.index) == 0)
            self._update_search_status()
        selected = self.selected_entry_id()
        if selected is None:
            self.detail.show_nothing()
        elif selected in change.entries or change.people or change.settings:
            self._show_detail()  # its entry, a person's name or the disclosure window changed
        self.refreshed.emit()

    def refresh(self) -> None:
        """Re-run the search. Large journals are searched off the GUI thread."""
        if not self.session.is_open:
            return
        journal = self.session.journal
        self.filter_bar.set_people(journal.people())
        query, filters = self.filter_bar.text(), self.filter_bar.filters()
        self._generation += 1
        generation = self._generation

        def work(_task: object) -> tuple[list[Entry], list[Cells]]:
            entries = journal.search(query, filters)
            return entries, compute_cells(entries)

        def apply(result: tuple[list[Entry], list[Cells]]) -> None:
            if generation == self._generation and self.session.is_open:
                self._show(*result)

        if len(journal.index) < ASYNC_ABOVE:
            apply(work(None))
        else:
            self.session.run(work, apply, self._search_failed, owner=self)

    def _show(self, entries: list[Entry], cells: list[Cells]) -> None:
        selected = self.selected_entry_id()
        self.model.set_rows(entries, cells)
        self.empty_hint.setVisible(len(self.session.journal.index) == 0)
        if selected and self.selected_entry_id() == selected:
            self._show_detail()  # rows updated in place: the selection stayed, its entry may not
        elif selected:
            self.select(selected)
        if self.selected_entry_id() is None:
            self.detail.show_nothing()
        self._update_search_status()
        self.refreshed.emit()

    def _search_changed(self) -> None:
        self._hidden_saved = False
        self.refresh()

    def _update_search_status(self) -> None:
        if not self.filter_bar.is_narrowed():
            self._hidden_saved = False
            self.search_status.clear()
            return
        total = len(self.session.journal.index) if self.session.is_open else 0
        self.search_status.show_counts(
            self.model.rowCount(), total, self.filter_bar.text(), self._hidden_saved
        )

    def focus_search(self) -> None:
        self.filter_bar.query.setFocus()
        self.filter_bar.query.selectAll()

    def focus_results(self) -> None:
        """From the search box to the timeline, with the first result chosen."""
        self.table.setFocus()
        if self.selected_entry_id() is None and self.proxy.rowCount():
            select_row(self.table, 0)

    def _search_failed(self, error: BaseException) -> None:
        failed = tr("The search could not be completed. {reason}")
        self.detail.setPlainText(failed.format(reason=describe(error)))

    def clear(self) -> None:
        """Drop every decrypted value from the model and the widgets."""
        self.model.clear()
        self.detail.clear()
        self.filter_bar.query.clear()
        self.search_status.clear()

    def visible_entries(self) -> list[Entry]:
        return [
            self.model.entry_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def selected_entry_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ENTRY_ID_ROLE)) if rows else None

    def show_saved(self, entry_id: str) -> None:
        """Select the entry just saved, or say that the search hides it."""
        hidden = self.model.row_of(entry_id) is None and self.filter_bar.is_narrowed()
        self._hidden_saved = hidden
        self._update_search_status()
        self.select(entry_id)

    def select(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        select_row(self.table, index.row())
        self.table.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or not self.session.is_open:
            self.detail.show_nothing()
            return
        journal = self.session.journal
        names = {p.person_id: p.content.name for p in journal.people()}
        entry = journal.entry(entry_id)
        followed = None
        if is_disclosure(entry):  # what followed it, as in the After disclosure view
            days = journal.settings.read(WINDOW_DAYS)
            followed = group_for(journal.entries(), entry_id, days)
        changes = ""
        if entry.revision_count > 1:  # "text unchanged; 2 files added", each part translated
            first, *rest = (core_text(part) for part in change_parts(journal.history(entry_id)))
            items = tr(", ", "between the items of a list").join(rest)
            changes = tr("{text}; {items}").format(text=first, items=items) if rest else first
        self.detail.show_entry(entry, names, followed, changes)

    def _activated(self, index: QModelIndex) -> None:
        self.edit_requested.emit(str(index.data(ENTRY_ID_ROLE)))
