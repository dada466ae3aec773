"""Plain-text tables of messages and calls: never rich text, Tab leaves them.

A cell is a QTableWidgetItem, which Qt never interprets as markup, so a message
reading `<b>come outside</b>` is shown exactly so. The whole text of the selected
message is shown below the table in a read-only plain-text box (line breaks kept).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from journal.conversations.records import StoredCall, StoredMessage
from journal.conversations.zones import shown

MAX_ROWS = 2_000  # more than this is narrowed by search, dates or sender


def plain_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
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
        return "(system line)"
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
            (message.deleted, "deleted"),
            (message.edited, "edited"),
            (message.media_omitted, "media left out of the export"),
        )
        if flag
    ]
    names = [a.name for a in message.attachments]
    if names:
        said.append("attachments: " + ", ".join(names))
    return "; ".join(said)


def fill_messages(table: QTableWidget, messages: list[StoredMessage]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(messages))
    for row, message in enumerate(messages):
        cells = (shown(message.time), sender_text(message), first_line(message.text))
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
        return f"{hours} h {minutes:02d} min {rest:02d} s"
    return f"{minutes} min {rest:02d} s"


def fill_calls(table: QTableWidget, calls: list[StoredCall]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(calls))
    for row, call in enumerate(calls):
        who = f"{call.name} ({call.number})" if call.name else call.number
        cells = (shown(call.time), call.direction, who, duration(call.duration_seconds))
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def message_details(message: StoredMessage) -> str:
    """The whole message, exactly, with where it came from (for the read-only box)."""
    head = [
        f"From: {sender_text(message)}",
        f"Sent: {shown(message.time)}",
        f"As written in the export: {message.time.raw}",
    ]
    if markers(message):
        head.append(f"Note: {markers(message)}")
    head.append(f"Where in the export file: {message.location}")
    return "\n".join(head) + "\n\n" + message.text
