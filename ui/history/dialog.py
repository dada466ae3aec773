"""Revision history of one entry: every saved version, its system save time, and
what changed from the version before (field by field, with a line diff for long
text). The field comparison is journal.entries.revision_diff's, shared with the CLI.

Everything the survivor typed is escaped before it is put into rich text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
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
from journal.entries.revision_diff import (
    STATUS_LABELS,
    DiffLine,
    FieldChange,
    diff_revisions,
    line_diff,
    revision_status,
    save_times,
)
from ui.app.session import Session
from ui.widgets.contrast import ring_focus
from ui.widgets.row_table_model import AnyIndex, RowTableModel

COL_NUMBER, COL_UTC, COL_LOCAL, COL_STATUS = range(4)
HEADERS = ("Revision", "Saved (UTC)", "Saved (local time)", "Status")
REVISION_ROLE = Qt.ItemDataRole.UserRole + 1

SAVE_TIMES_NOTE = (
    "Save times are recorded by the app at the moment each version is saved, and cannot be edited."
)

# Control characters other than tab and newline would be invisible or upset the layout.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class RevisionModel(RowTableModel[Revision]):
    """The revisions of one entry, oldest first, read-only."""

    def __init__(self) -> None:
        super().__init__(HEADERS)

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
            return STATUS_LABELS[revision_status(revision)]
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_UTC, COL_LOCAL):
            return f"Recorded by the app: {revision.recorded_at}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == REVISION_ROLE:
            return revision.revision
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# rendering ------------------------------------------------------------------


def _safe(text: str) -> str:
    """User text for rich text: control characters made visible, then escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return escape(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", text), quote=True)


def _colours(dark: bool) -> dict[str, str]:
    if dark:
        return {
            "removed": "#4a2326",
            "removed_word": "#7d3036",
            "added": "#1e3d27",
            "added_word": "#2e6a3d",
        }
    return {
        "removed": "#fde4e2",
        "removed_word": "#f5b3ad",
        "added": "#e0f4e2",
        "added_word": "#a8e0b0",
    }


_CELL = "style='white-space: pre-wrap' valign='top'"


def _diff_rows(lines: list[DiffLine], colours: Mapping[str, str]) -> str:
    rows = []
    for line in lines:
        if line.op == "skipped":
            count = line.skipped
            rows.append(
                f"<tr><td></td><td><i>… {count} unchanged line{'s' if count != 1 else ''} …"
                "</i></td></tr>"
            )
            continue
        marker, background, strong = {
            "same": ("", "", ""),
            "removed": ("\N{MINUS SIGN}", colours["removed"], colours["removed_word"]),
            "added": ("+", colours["added"], colours["added_word"]),
        }[line.op]
        parts = []
        for text, changed in line.segments:
            if changed and line.op != "same":
                parts.append(
                    f"<span style='background-color: {strong}'><b>{_safe(text)}</b></span>"
                )
            else:
                parts.append(_safe(text))
        style = f" bgcolor='{background}'" if background else ""
        rows.append(
            f"<tr{style}><td width='18' align='center' valign='top'><b>{marker}</b></td>"
            f"<td {_CELL}>{''.join(parts) or '&nbsp;'}</td></tr>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='0'>"
        + "".join(rows)
        + "</table>"
    )


def _before_after(change: FieldChange, colours: Mapping[str, str]) -> str:
    def cell(text: str, background: str) -> str:
        shown = _safe(text) if text else "<i>(empty)</i>"
        return f"<td width='50%' bgcolor='{background}' {_CELL}>{shown}</td>"

    return (
        "<table width='100%' cellspacing='2' cellpadding='4' border='0'>"
        "<tr><td><b>Before</b></td><td><b>After</b></td></tr>"
        f"<tr>{cell(change.old, colours['removed'])}{cell(change.new, colours['added'])}</tr>"
        "</table>"
    )


def changes_html(changes: Sequence[FieldChange], dark: bool = False) -> str:
    """The changed fields as rich text; every user-typed character escaped."""
    colours = _colours(dark)
    parts = []
    for change in changes:
        parts.append(f"<h4>{escape(change.label)}</h4>")
        if change.is_long:
            parts.append(_diff_rows(line_diff(change.old, change.new), colours))
        else:
            parts.append(_before_after(change, colours))
    return "".join(parts)


def first_version_html(changes: Sequence[FieldChange]) -> str:
    parts = []
    for change in changes:
        parts.append(
            f"<h4>{escape(change.label)}</h4><p style='white-space: pre-wrap'>"
            f"{_safe(change.new)}</p>"
        )
    return "".join(parts)


def revision_html(
    revisions: Sequence[Revision],
    index: int,
    people: Mapping[str, str] | None = None,
    dark: bool = False,
) -> str:
    """What revision `index` (a list position) changed, compared with the one before."""
    revision = revisions[index]
    previous = revisions[index - 1] if index > 0 else None
    utc, local = save_times(revision.recorded_at)
    status = revision_status(revision)
    heading = f"Revision {revision.revision}"
    if previous is not None:
        heading += f", compared with revision {previous.revision}"
    parts = [
        f"<h3>{escape(heading)}</h3>",
        f"<p>Saved {escape(utc)} &nbsp;·&nbsp; {escape(local)} on this computer.</p>",
    ]
    if status == "purged":
        parts.append(
            "<p>The content of this revision was removed for good (purged). The record "
            "keeps only its save time and a fingerprint (hash) of what was there.</p>"
        )
        return "".join(parts)
    changes = diff_revisions(previous, revision, people)
    if status == "deleted":
        parts.append(
            "<p><b>This revision withdrew the entry.</b> Its earlier versions stay in the "
            "history.</p>"
        )
    if previous is None:
        parts.append("<p>This is the first saved version. It said:</p>")
        parts.append(first_version_html(changes))
        return "".join(parts)
    if previous.content is None:
        parts.append("<p>The revision before this one was purged; there is nothing to compare.</p>")
        return "".join(parts)
    if not changes:
        if status != "deleted":
            parts.append("<p>Nothing in the entry changed in this revision.</p>")
        return "".join(parts)
    if any(change.is_long for change in changes):
        parts.append(
            "<p><i>In longer text, lines marked \N{MINUS SIGN} were removed and + added; "
            "changed words are in bold.</i></p>"
        )
    parts.append(changes_html(changes, dark))
    return "".join(parts)


class HistoryDialog(QDialog):
    """Every revision of one entry and what each one changed."""

    def __init__(self, session: Session, entry_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Revision history")
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
        self.note = QLabel(SAVE_TIMES_NOTE)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)

        self.model = RevisionModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        ring_focus(self.table)  # a focused cell that can be seen (3:1)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Revisions")
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
        self.changes.setAccessibleName("What changed in this revision")
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
            f"History of “\N{FIRST STRONG ISOLATE}{title}\N{POP DIRECTIONAL ISOLATE}”"
            if title
            else "History of a purged entry"
        )
        self.model.set_rows(revisions)
        if revisions:
            self.table.selectRow(len(revisions) - 1)

    def select_revision(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.revision_at(row).revision == number:
                self.table.selectRow(row)
                return

    def _is_dark(self) -> bool:
        return self.changes.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.changes.clear()
            return
        revisions = [self.model.revision_at(r) for r in range(self.model.rowCount())]
        self.changes.setHtml(revision_html(revisions, rows[0].row(), self._people, self._is_dark()))

    def done(self, result: int) -> None:
        """Drop the decrypted history from the widgets as soon as the dialog closes."""
        self.changes.clear()
        self.model.clear()
        self.title.clear()
        self._people = {}
        super().done(result)
