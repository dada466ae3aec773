"""Choosing the entry that selected messages are linked to, and making a new one.

Both go through the core (`link_messages`, `Journal.add_entry` with `messages`), so
each link is a new revision of the entry that the hash chain records.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.conversations.records import StoredMessage
from journal.conversations.zones import sent_at
from journal.entries.model import Entry, EntryContent, EventTime
from journal.session.journal import Journal
from ui.conversations.tables import sender_text
from ui.i18n import tr


class EntryChooser(QDialog):
    """A list of the journal's entries, newest first; `chosen(entry_id)` on OK."""

    chosen = Signal(str)

    def __init__(self, entries: list[Entry], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link to entry"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        note = QLabel(tr("Link %n messages to this entry:", None, count))
        note.setWordWrap(True)
        self.entry_list = QListWidget()
        self.entry_list.setAccessibleName(tr("Entries"))
        ordered = sorted(entries, key=lambda e: e.content.occurred.start, reverse=True)
        for entry in ordered:
            item = QListWidgetItem(f"{entry.content.occurred.start}  {entry.content.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry.entry_id)
            self.entry_list.addItem(item)
        self.entry_list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Link"))
        ok.setEnabled(bool(ordered))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.entry_list.itemActivated.connect(lambda _item: self.accept())
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.entry_list, 1)
        column.addWidget(buttons)
        self.resize(460, 320)

    def accept(self) -> None:
        item = self.entry_list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


def entry_time(first: StoredMessage) -> EventTime:
    """The first message's time as an entry's: the wall clock and its zone.

    A zone the person confirmed (or the source gave) goes with the time; an unconfirmed
    assumption does not, so the entry states only the wall clock the export wrote."""
    stated = datetime.fromisoformat(sent_at(first.time))
    if first.time.zone_assumed:
        zone = first.time.zone if first.time.zone_confirmed else None
    else:
        offset = stated.strftime("%z") or "+0000"
        zone = f"{offset[:3]}:{offset[3:]}"
    return EventTime(stated.strftime("%Y-%m-%dT%H:%M"), timezone=zone)


def new_entry_from(journal: Journal, messages: list[StoredMessage]) -> str:
    """A contact entry at the first message's time, linking these messages."""
    ordered = sorted(messages, key=lambda m: m.time.utc)
    senders = list(dict.fromkeys(sender_text(m) for m in ordered if not m.system))
    names = tr(", ", "between the items of a list").join(senders[:3])
    title = tr("Messages from {names}").format(names=names) if senders else tr("Messages")
    content = EntryContent(
        kind="contact",
        title=title,
        occurred=entry_time(ordered[0]),
        messages=tuple(m.id for m in ordered),
    )
    return journal.add_entry(content)
