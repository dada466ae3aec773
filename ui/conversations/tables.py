"""Plain-text tables of messages and calls: never rich text, Tab leaves them.

A cell is a QTableWidgetItem, which Qt never interprets as markup, so a message
reading `<b>come outside</b>` is shown exactly so. The whole text of the selected
message is shown below the table in a read-only plain-text box (line breaks kept).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from journal.conversations.records import StoredCall, StoredMessage
from journal.conversations.zones import shown
from ui.conversations.own_direction import OwnDirectionDelegate
from ui.i18n import QT_TR_NOOP, core_text, tr

MAX_ROWS = 2_000  # more than this is narrowed by search, dates or sender
#: A call's direction as the parsers store it (journal/messages/model.py CallDirection).
DIRECTIONS = {
    "incoming": QT_TR_NOOP("incoming"),
    "outgoing": QT_TR_NOOP("outgoing"),
    "missed": QT_TR_NOOP("missed"),
    "voicemail": QT_TR_NOOP("voicemail"),
    "rejected": QT_TR_NOOP("rejected"),
    "blocked": QT_TR_NOOP("blocked"),
    "answered-elsewhere": QT_TR_NOOP("answered elsewhere"),
    "unknown": QT_TR_NOOP("unknown"),
}


def plain_table(headers: list[str], name: str, own_text: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only table; the `own_text` columns (what someone wrote) keep its direction."""
    table = QTableWidget(0, len(headers))
    for column in own_text:
        table.setItemDelegateForColumn(column, OwnDirectionDelegate(table))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def sender_text(message: StoredMessage) -> str:
    if message.system:
        return tr("(system line)")
    if message.sender_id and message.sender_id != message.sender:
        return f"{message.sender} ({message.sender_id})"
    return message.sender


def first_line(text: str) -> str:
    lines = text.splitlines()
    more = " …" if len(lines) > 1 else ""
    return (lines[0] if lines else "") + more


def markers(message: StoredMessage) -> str:
    said = [
        label
        for flag, label in (
            (message.deleted, tr("deleted")),
            (message.edited, tr("edited")),
            (message.media_omitted, tr("media left out of the export")),
        )
        if flag
    ]
    names = [a.name for a in message.attachments]
    if names:
        listed = tr(", ", "between the items of a list").join(names)
        said.append(tr("attachments: {names}").format(names=listed))
    return tr("; ", "between the notes about a message").join(said)


def fill_messages(table: QTableWidget, messages: list[StoredMessage]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(messages))
    for row, message in enumerate(messages):
        cells = (core_text(shown(message.time)), sender_text(message), first_line(message.text))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 2:
                item.setToolTip(markers(message))
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return tr("{hours} h {minutes} min {seconds} s").format(
            hours=hours, minutes=f"{minutes:02d}", seconds=f"{rest:02d}"
        )
    return tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=f"{rest:02d}")


def direction_words(direction: str) -> str:
    """A call's direction in the interface language (an unknown word as stored)."""
    return tr(DIRECTIONS[direction]) if direction in DIRECTIONS else direction


def fill_calls(table: QTableWidget, calls: list[StoredCall]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(calls))
    for row, call in enumerate(calls):
        who = f"{call.name} ({call.number})" if call.name else call.number
        cells = (
            core_text(shown(call.time)),
            direction_words(call.direction),
            who,
            duration(call.duration_seconds),
        )
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def message_details(message: StoredMessage) -> str:
    """The whole message, exactly, with where it came from (for the read-only box)."""
    head = [
        tr("From: {sender}").format(sender=sender_text(message)),
        tr("Sent: {time}").format(time=core_text(shown(message.time))),
        tr("As written in the export: {time}").format(time=message.time.raw),
    ]
    if markers(message):
        head.append(tr("Note: {note}").format(note=markers(message)))
    head.append(tr("Where in the export file: {place}").format(place=message.location))
    return "\n".join(head) + "\n\n" + message.text
