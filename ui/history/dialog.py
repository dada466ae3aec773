"""Revision history of one entry: every saved version, its system save time, and
what changed from the version before (field by field, with a line diff for long
text, drawn by ui/history/rendering.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import Revision
from journal.entries.revision_diff import STATUS_LABELS, revision_status, save_times
from ui.app.session import Session
from ui.history.rendering import changes_html, revision_html
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.bidi import isolated
from ui.widgets.contrast import ring_focus
from ui.widgets.row_table_model import AnyIndex, RowTableModel
from ui.widgets.rtl_table import select_row

COL_NUMBER, COL_UTC, COL_LOCAL, COL_STATUS = range(4)
HEADERS = (
    QT_TR_NOOP("Revision"),
    QT_TR_NOOP("Saved (UTC)"),
    QT_TR_NOOP("Saved (local time)"),
    QT_TR_NOOP("Status"),
)
REVISION_ROLE = Qt.ItemDataRole.UserRole + 1

SAVE_TIMES_NOTE = QT_TR_NOOP(
    "Save times are recorded by the app at the moment each version is saved, and cannot be edited."
)

__all__ = ["HistoryDialog", "RevisionModel", "changes_html"]


class RevisionModel(RowTableModel[Revision]):
    """The revisions of one entry, oldest first, read-only."""

    def __init__(self) -> None:
        super().__init__([tr(header) for header in HEADERS])

    def revision_at(self, row: int) -> Revision:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        revision = self.row_of_index(index)
        if revision is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return str(revision.revision)
            if column == COL_UTC:
                return save_times(revision.recorded_at)[0].removesuffix(" UTC")
            if column == COL_LOCAL:
                return save_times(revision.recorded_at)[1]
            return core_text(STATUS_LABELS[revision_status(revision)])
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_UTC, COL_LOCAL):
            return tr("Recorded by the app: {moment}").format(moment=isolated(revision.recorded_at))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == REVISION_ROLE:
            return revision.revision
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HistoryDialog(QDialog):
    """Every revision of one entry and what each one changed."""

    def __init__(self, session: Session, entry_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Revision history"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.entry_id = entry_id
        self._people: dict[str, str] = {}

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(tr(SAVE_TIMES_NOTE))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)

        self.model = RevisionModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        ring_focus(self.table)  # a focused cell that can be seen (3:1)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Revisions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.changes = QTextBrowser()
        self.changes.setAccessibleName(tr("What changed in this revision"))
        self.changes.setOpenLinks(False)
        self.changes.setOpenExternalLinks(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.changes)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        session.entries_changed.connect(self.reload)
        session.locked.connect(self.close)
        self.resize(1100, 640)
        splitter.setSizes([520, 580])
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        if not self.session.is_open:
            self.close()
            return
        journal = self.session.journal
        revisions = journal.history(self.entry_id)
        self._people = {p.person_id: p.content.name for p in journal.people()}
        readable = [r.content for r in revisions if r.content is not None]
        latest = readable[-1] if readable else None
        title = getattr(latest, "title", None) or getattr(latest, "name", None)
        # the title is isolated so that direction controls in it cannot reorder the label
        self.title.setText(
            tr("History of “{title}”").format(title=isolated(title))
            if title
            else tr("History of a purged entry")
        )
        self.model.set_rows(revisions)
        if revisions:
            select_row(self.table, len(revisions) - 1)

    def select_revision(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.revision_at(row).revision == number:
                select_row(self.table, row)
                return

    def _is_dark(self) -> bool:
        return self.changes.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.changes.clear()
            return
        revisions = [self.model.revision_at(r) for r in range(self.model.rowCount())]
        html = revision_html(
            revisions, rows[0].row(), self._people, self._is_dark(), self.isRightToLeft()
        )
        self.changes.setHtml(html)

    def done(self, result: int) -> None:
        """Drop the decrypted history from the widgets as soon as the dialog closes."""
        self.changes.clear()
        self.model.clear()
        self.title.clear()
        self._people = {}
        super().done(result)
