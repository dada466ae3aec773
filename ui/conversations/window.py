"""The conversations view: imported messages and calls, filtered, linked to entries.

A dialog (swept at lock and quick exit like every other window). It shows at most
MAX_ROWS messages at a time: a search, dates or a sender narrow the rest. Pictures a
message names open in the evidence viewer, from memory and blurred until chosen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.conversations.batches import SETTINGS_KEY
from journal.conversations.contact import ContactCounts, count_contact
from journal.conversations.index import MessageFilters
from journal.conversations.records import StoredCall, StoredMessage
from journal.session.changes import Change
from ui.app.errors import describe
from ui.app.session import Session
from ui.app.workers import BackgroundTask
from ui.conversations.contact_chart import ContactPanel
from ui.conversations.contact_words import calls_words, messages_words
from ui.conversations.import_dialogs import FORMAT_NAMES
from ui.conversations.tables import (
    MAX_ROWS,
    fill_calls,
    fill_messages,
    message_details,
    plain_table,
)
from ui.i18n import QT_TR_NOOP, core_text, tr

ALL = ""  # the conversation list's first row: every conversation


#: The two date filters' complaints, one whole sentence each.
NOT_A_DATE = {
    "from": QT_TR_NOOP("The “From” date “{text}” is not a date like 2025-03-14."),
    "to": QT_TR_NOOP("The “To” date “{text}” is not a date like 2025-03-14."),
}


def _day(text: str, which: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise NotADate(tr(NOT_A_DATE[which]).format(text=text)) from None


class NotADate(ValueError):
    """A date filter that is not a date; `sentence` is already in the interface language
    (kept out of the core's errors, whose templates would read braces she typed)."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


class _Stale(Exception):
    """A count overtaken by a newer search."""


@dataclass(frozen=True)
class _Found:
    page: list[StoredMessage]  # the first MAX_ROWS messages, oldest first
    calls: list[StoredCall]
    counts: ContactCounts  # over every match, not only the page
    total: int


class ConversationsWindow(QDialog):
    """`link_requested(ids)` and `new_entry_requested(ids)` go to the controller."""

    link_requested = Signal(list)
    new_entry_requested = Signal(list)
    picture_requested = Signal(str)  # an attachment id
    shown_again = Signal()  # the lists were filled (tests wait for it)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Conversations"))
        self.setSizeGripEnabled(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.messages: list[StoredMessage] = []
        self.task: BackgroundTask | None = None  # reading and counting a search

        self.conversation_list = QListWidget()
        self.conversation_list.setAccessibleName(tr("Conversations"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("words in a message"))
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(tr("YYYY-MM-DD"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(tr("YYYY-MM-DD"))
        self.sender_filter = QComboBox()
        self.sender_filter.setEditable(False)
        self.apply_button = QPushButton(tr("&Show"))
        self.apply_button.setDefault(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        form = QFormLayout()
        for label, name, field in (
            (tr("&Search:"), tr("Search"), self.search),
            (tr("&From:"), tr("From"), self.date_from),
            (tr("&To:"), tr("To"), self.date_to),
            (tr("S&ender:"), tr("Sender"), self.sender_filter),
        ):
            form.addRow(label, field)
            field.setAccessibleName(name)

        self.message_table = plain_table(
            [tr("Time"), tr("Sender"), tr("Message")], tr("Messages"), own_text=(1, 2)
        )
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("The selected message, exactly"))
        if self.isRightToLeft():  # every line from the right; each keeps its own direction
            option = self.details.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.details.document().setDefaultTextOption(option)
        self.link_button = QPushButton(tr("&Link to entry…"))
        self.new_entry_button = QPushButton(tr("&New entry from these messages"))
        self.picture_button = QPushButton(tr("Show &picture"))
        self.picture_button.setToolTip(tr("Opens blurred until you choose to look"))
        buttons = QHBoxLayout()
        for button in (self.link_button, self.new_entry_button, self.picture_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        message_page = QSplitter(Qt.Orientation.Vertical)
        message_page.addWidget(self.message_table)
        message_page.addWidget(self.details)
        message_page.setSizes([420, 160])
        message_box = QWidget()
        message_column = QVBoxLayout(message_box)
        message_column.addWidget(message_page, 1)
        message_column.addLayout(buttons)

        self.call_table = plain_table(
            [tr("Time"), tr("Direction"), tr("Who"), tr("Duration")], tr("Calls"), own_text=(2,)
        )
        self.contact = ContactPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(message_box, tr("&Messages"))
        self.tabs.addTab(self.call_table, tr("C&alls"))
        self.tabs.addTab(self.contact, tr("Contact &over time"))

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.addWidget(QLabel(tr("Conversations")))
        left_column.addWidget(self.conversation_list, 1)
        left_column.addLayout(form)
        left_column.addWidget(self.apply_button)
        left_column.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)
        self.resize(1000, 640)

        self.apply_button.clicked.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.sender_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.conversation_list.currentRowChanged.connect(lambda _row: self.refresh())
        self.message_table.itemSelectionChanged.connect(self._selection_changed)
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.chosen_ids()))
        self.new_entry_button.clicked.connect(
            lambda: self.new_entry_requested.emit(self.chosen_ids())
        )
        self.picture_button.clicked.connect(self._show_picture)
        session.changed.connect(self._journal_changed)
        self.fill_conversations()

    # lists -----------------------------------------------------------------
    def fill_conversations(self) -> None:
        store = self.session.journal.messages
        self.conversation_list.blockSignals(True)
        self.conversation_list.clear()
        everything = QListWidgetItem(tr("All conversations"))
        everything.setData(Qt.ItemDataRole.UserRole, ALL)
        self.conversation_list.addItem(everything)
        for conversation in store.conversations():
            item = QListWidgetItem(conversation.title)
            kind = FORMAT_NAMES.get(conversation.format)
            item.setToolTip(tr(kind) if kind else conversation.format)  # where it came from
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            item.setToolTip(", ".join(conversation.participants))
            self.conversation_list.addItem(item)
        self.conversation_list.setCurrentRow(0)
        self.conversation_list.blockSignals(False)
        problems = tr("; ", "between the notes about a message").join(
            core_text(problem) for problem in store.problems
        )
        self.status.setText(problems)
        self.refresh()

    def _conversation(self) -> str | None:
        item = self.conversation_list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else ALL
        return chosen or None

    def _filters(self, calls: bool) -> MessageFilters:
        sender = self.sender_filter.currentData()
        return MessageFilters(
            date_from=_day(self.date_from.text(), "from"),
            date_to=_day(self.date_to.text(), "to"),
            conversation=self._conversation(),
            sender=sender or None,
            calls=calls,
        )

    def refresh(self) -> None:
        """Show what the conversation, search, dates and sender select. The search runs
        over the index here (fast); the records are read and counted off the GUI thread."""
        store = self.session.journal.messages
        try:
            filters = self._filters(calls=False)
        except NotADate as error:
            self.status.setText(error.sentence)
            return
        ids = store.search_ids(self.search.text(), filters)
        if self.task is not None:
            self.task.cancel()
        self.status.setText(tr("Reading the messages…"))
        self.contact.counting()

        def records(task: BackgroundTask) -> Iterator[StoredMessage]:
            for record_id in ids:
                if task.cancelled:
                    raise _Stale()
                record = store.message(record_id)
                if isinstance(record, StoredMessage):
                    yield record

        def work(task: BackgroundTask) -> _Found:
            calls = store.calls(MessageFilters(filters.date_from, filters.date_to, calls=True))
            if filters.conversation is not None:
                calls = [c for c in calls if c.conversation == filters.conversation]
            every = records(task)
            page = list(islice(every, MAX_ROWS))
            counts = count_contact(chain(page, every), calls)
            return _Found(page, calls, counts, len(ids))

        def done(found: _Found) -> None:
            if task is self.task:
                self.task = None
                self._show(found)

        def failed(error: BaseException) -> None:
            if task is self.task:
                self.task = None
                if not isinstance(error, _Stale):
                    self.status.setText(describe(error, tr("The messages could not be read.")))

        task = self.session.run(work, done, failed)
        self.task = task

    def _show(self, found: _Found) -> None:
        self.messages = found.page
        fill_messages(self.message_table, self.messages)
        fill_calls(self.call_table, found.calls)
        self._fill_senders()
        found_words = {
            "messages": messages_words(found.total),
            "calls": calls_words(len(found.calls)),
            "shown": f"{MAX_ROWS:,}",
        }
        text = (
            tr("{messages} and {calls} (the first {shown} are shown; narrow the search).")
            if found.total > MAX_ROWS
            else tr("{messages} and {calls}.")
        )
        self.status.setText(text.format(**found_words))
        self.details.clear()
        self._selection_changed()
        self.contact.show_counts(found.counts)
        self.shown_again.emit()

    def _fill_senders(self) -> None:
        chosen = self.sender_filter.currentData()
        conversation = self._conversation()
        names: set[str] = {chosen} - {None, ""}
        for c in self.session.journal.messages.conversations():
            if conversation is None or c.id == conversation:
                names.update(c.participants)
        self.sender_filter.blockSignals(True)
        self.sender_filter.clear()
        self.sender_filter.addItem(tr("Anyone"), "")
        for name in sorted(names):
            self.sender_filter.addItem(name, name)
        self.sender_filter.setCurrentIndex(max(0, self.sender_filter.findData(chosen or "")))
        self.sender_filter.blockSignals(False)

    # selection -------------------------------------------------------------
    def chosen_messages(self) -> list[StoredMessage]:
        rows = sorted({index.row() for index in self.message_table.selectedIndexes()})
        return [self.messages[row] for row in rows if row < len(self.messages)]

    def chosen_ids(self) -> list[str]:
        return [m.id for m in self.chosen_messages()]

    def _selection_changed(self) -> None:
        chosen = self.chosen_messages()
        self.link_button.setEnabled(bool(chosen))
        self.new_entry_button.setEnabled(bool(chosen))
        self.picture_button.setEnabled(self._picture_of(chosen) is not None)
        if len(chosen) == 1:
            self.details.setPlainText(message_details(chosen[0]))
        elif chosen:
            self.details.setPlainText(tr("%n messages chosen.", None, len(chosen)))
        else:
            self.details.clear()

    def _picture_of(self, chosen: list[StoredMessage]) -> str | None:
        if len(chosen) != 1:
            return None
        store = self.session.journal.messages
        for attachment in chosen[0].attachments:
            info = store.kept_media(attachment)
            if info is not None and info.media_type.startswith("image/"):
                return info.attachment_id
        return None

    def _show_picture(self) -> None:
        attachment_id = self._picture_of(self.chosen_messages())
        if attachment_id is not None:
            self.picture_requested.emit(attachment_id)

    def _journal_changed(self, change: Change) -> None:
        if SETTINGS_KEY in change.settings and self.session.is_open and self.isVisible():
            self.fill_conversations()

    def forget(self) -> None:
        """Drop every decrypted message this window holds (at lock)."""
        self.messages = []
        self.task = None
        self.contact.forget()
