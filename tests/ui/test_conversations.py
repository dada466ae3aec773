"""The conversations view driven through real widgets over a real vault holding real
imported exports: listing, search, filters, exact text, links, a new entry, pictures."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from journal.session.message_import import import_messages
from ui.app.session import Session
from ui.app.window import AppWindow
from ui.conversations.linking import EntryChooser
from ui.conversations.window import ConversationsWindow
from ui.editor.window import EntryEditor
from ui.evidence.viewer import EvidenceViewer

from ..conversations.helpers import call_log
from ..messages.builders import Line, android_chat, en_gb, write_zip
from .accessibility_walk import problems
from .conftest import unlock_window
from .gui_helpers import click, type_into
from .translated import english  # noqa: F401 (a fixture)

HOSTILE = "<b>come outside</b> &amp; <img src=x onerror=alert(1)>\n  second line  "
PNG = bytes.fromhex(  # an 8x8 red picture
    "89504e470d0a1a0a0000000d4948445200000008000000080806000000c40fbe8b0000001249444154"
    "789c63382127f71f1f6618190a00534680c1d49fa6f60000000049454e44ae426082"
)


def chat_lines() -> list[Line]:
    return [
        Line(datetime(2025, 3, 1, 22, 0), "Mark Doe", "you'll regret it"),
        Line(datetime(2025, 3, 1, 23, 30), "Mark Doe", HOSTILE),
        Line(datetime(2025, 3, 2, 9, 15), "Ana", "Leave me alone."),
        Line(datetime(2025, 3, 5, 2, 40), "Mark Doe", "IMG-20250305-WA0001.jpg (file attached)"),
    ]


@pytest.fixture
def session(qtbot, window: AppWindow, tmp_path: Path) -> Session:
    session = unlock_window(qtbot, window)
    exports = tmp_path / "exports"
    exports.mkdir()
    chat = write_zip(
        exports / "WhatsApp Chat with Mark Doe.zip",
        {
            "WhatsApp Chat with Mark Doe.txt": android_chat(chat_lines(), en_gb).encode(),
            "IMG-20250305-WA0001.jpg": PNG,
        },
    )
    import_messages(session.journal, chat, timezone="Europe/Berlin")
    import_messages(session.journal, call_log(exports))
    return session


def open_view(qtbot, window: AppWindow) -> ConversationsWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_M, ctrl_shift)
    view = window.conversations.window
    assert isinstance(view, ConversationsWindow)
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.task is None, timeout=10_000)
    return view


def cells(view: ConversationsWindow, column: int) -> list[str]:
    table = view.message_table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def select_rows(view: ConversationsWindow, rows: list[int]) -> None:
    table = view.message_table
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def test_the_view_shows_messages_with_their_zone_and_text_exactly(
    qtbot, window: AppWindow, session: Session
) -> None:
    view = open_view(qtbot, window)
    titles = [view.conversation_list.item(i).text() for i in range(view.conversation_list.count())]
    assert titles[0] == "All conversations" and any("Mark Doe" in t for t in titles)
    zone = "Europe/Berlin (assumed: zone confirmed by the user)"
    assert cells(view, 0)[0] == f"2025-03-01 22:00:00 {zone}"
    assert cells(view, 1)[:3] == ["Mark Doe", "Mark Doe", "Ana"]
    select_rows(view, [1])
    shown = view.details.toPlainText()
    assert shown.endswith("\n\n" + HOSTILE)  # exact: markup literal, spaces and lines kept
    assert "As written in the export: 01/03/2025, 23:30" in shown
    first = HOSTILE.splitlines()[0]
    assert view.message_table.item(1, 2).text() == first + " …"
    calls = view.call_table
    assert calls.rowCount() == 4
    rows = [[calls.item(r, c).text() for c in range(4)] for r in range(4)]
    assert rows[0][1:] == ["incoming", "Mark Doe (+15550001111)", "2 min 05 s"]
    assert [r[1] for r in rows] == ["incoming", "outgoing", "missed", "rejected"]
    assert rows[0][0].endswith(" UTC")  # a machine time: no zone assumed
    assert problems([view]) == []


def test_search_dates_and_sender_narrow_the_list(
    qtbot, window: AppWindow, session: Session
) -> None:
    view = open_view(qtbot, window)
    type_into(qtbot, view.search, "regret")
    with qtbot.waitSignal(view.shown_again):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert cells(view, 2) == ["you'll regret it"]
    view.search.clear()
    type_into(qtbot, view.date_from, "2025-03-02")
    type_into(qtbot, view.date_to, "2025-03-02")
    with qtbot.waitSignal(view.shown_again):
        click(qtbot, view.apply_button)
    assert cells(view, 2) == ["Leave me alone."]
    assert view.call_table.rowCount() == 0  # the calls were on 14 March
    view.date_from.clear()
    view.date_to.clear()
    with qtbot.waitSignal(view.shown_again):
        view.sender_filter.setCurrentIndex(view.sender_filter.findData("Mark Doe"))
    assert cells(view, 1) == ["Mark Doe"] * 3
    type_into(qtbot, view.date_from, "1 March")
    click(qtbot, view.apply_button)
    assert view.status.text() == "The “From” date “1 March” is not a date like 2025-03-14."
    assert view.message_table.rowCount() == 3  # the list before stays, nothing lost
    assert view.task is None  # nothing was started


def test_link_selected_messages_to_an_entry(qtbot, window: AppWindow, session: Session) -> None:
    journal = session.journal
    (entry,) = journal.entries()
    view = open_view(qtbot, window)
    select_rows(view, [0, 1])
    click(qtbot, view.link_button)
    chooser = window.conversations.chooser
    assert isinstance(chooser, EntryChooser)
    assert chooser.entry_list.currentItem().text().endswith("First incident")
    assert problems([chooser]) == []
    revisions = journal.entry(entry.entry_id).revision_count
    qtbot.keyClick(chooser.entry_list, Qt.Key.Key_Return)
    linked = journal.entry(entry.entry_id)
    assert linked.content.messages == tuple(m.id for m in view.messages[:2])
    assert linked.revision_count == revisions + 1  # a new revision: the chain records the link
    assert view.status.text() == "Linked 2 messages to “First incident”."


def test_new_entry_from_selection_takes_the_first_time_and_zone(
    qtbot, window: AppWindow, session: Session
) -> None:
    view = open_view(qtbot, window)
    select_rows(view, [2, 1])
    before = set(window.findChildren(EntryEditor))
    click(qtbot, view.new_entry_button)
    (editor,) = set(window.findChildren(EntryEditor)) - before
    entry = session.journal.entry(editor.entry_id)
    assert entry.content.occurred.start == "2025-03-01T23:30"
    assert entry.content.occurred.timezone == "Europe/Berlin"
    assert entry.content.messages == (view.messages[1].id, view.messages[2].id)
    assert entry.content.kind == "contact"
    assert editor.essentials.title.text() == "Messages from Mark Doe, Ana"


def test_a_picture_opens_from_memory_blurred(qtbot, window: AppWindow, session: Session) -> None:
    view = open_view(qtbot, window)
    select_rows(view, [0])
    assert not view.picture_button.isEnabled()
    select_rows(view, [3])
    assert view.picture_button.isEnabled()
    click(qtbot, view.picture_button)
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EvidenceViewer))
    qtbot.waitUntil(lambda: viewer.ready_kind is not None, timeout=10_000)
    assert viewer.ready_kind == "image"
    assert viewer.picture is not None and not viewer.picture.revealed  # blurred until chosen


@pytest.mark.usefixtures("english")  # the singular forms the app shows: "1 message"
def test_contact_chart_counts_every_match(qtbot, window: AppWindow, session: Session) -> None:
    view = open_view(qtbot, window)
    counts = view.contact.bars.counts
    assert counts is not None
    assert (counts.messages, counts.calls) == (4, 4)
    # 22:00 and 23:30 and 02:40 (Berlin wall clock); the calls are at 21:07 UTC
    assert (counts.night_messages, counts.night_calls) == (3, 0)
    summary = view.contact.summary.text()
    assert "3 messages and 0 calls between 22:00 and 04:00" in summary
    assert summary.endswith(
        "Busiest days:\n"
        "2025-03-14: 0 messages, 4 calls (Mark Doe 4)\n"
        "2025-03-01: 2 messages, 0 calls (Mark Doe 2)\n"
        "2025-03-02: 1 message, 0 calls (Ana 1)\n"
        "2025-03-05: 1 message, 0 calls (Mark Doe 1)"
    )


def test_tab_leaves_the_tables(qtbot, window: AppWindow, session: Session) -> None:
    view = open_view(qtbot, window)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.message_table.setFocus()
    qtbot.waitUntil(view.message_table.hasFocus)
    qtbot.keyClick(view.message_table, Qt.Key.Key_Tab)
    assert not view.message_table.hasFocus()
    assert QApplication.focusWidget() is view.details


def test_the_export_dialog_adds_contact_over_time_when_ticked(
    qtbot, window: AppWindow, session: Session, tmp_path: Path, monkeypatch
) -> None:
    from ui.export import dialog as export_dialog

    from ..pdf_helpers import squash, text

    window.exports.export_action.trigger()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.format.setCurrentIndex(form.format.findData("pdf"))
    assert not form.include_contact.isChecked()
    form.include_contact.click()
    out = tmp_path / "chronology.pdf"
    monkeypatch.setattr(export_dialog, "choose_file", lambda *a, **k: str(out))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    if dialog.result_box is not None:
        dialog.result_box.close()
    shown = squash(text(out))
    assert squash("Contact over time") in shown
    assert squash("4 messages and 4 calls on 4 days, from 2025-03-01 to 2025-03-14;") in shown


def test_a_new_entry_states_only_a_zone_that_is_known(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    """An unconfirmed zone is not put on the entry; an email's own offset is."""
    from journal.conversations.records import StoredMessage
    from journal.session.message_import import import_messages as imported
    from ui.conversations.linking import entry_time

    from ..conversations.helpers import every_format

    session = unlock_window(qtbot, window)
    journal = session.journal
    files = every_format(tmp_path / "exports")
    imported(journal, files["whatsapp"])  # no --timezone: the computer's, not confirmed
    imported(journal, files["eml"])
    by_format: dict[str, StoredMessage] = {}
    for message in journal.messages.search():  # the first message of each export
        by_format.setdefault(journal.messages.source(message.source).format, message)
    whatsapp = entry_time(by_format["whatsapp"])
    assert whatsapp.start == "2025-03-01T22:00" and whatsapp.timezone is None
    email = by_format["eml"]
    assert email.time.source_offset_minutes is not None
    stated = entry_time(email)
    offset = email.time.source_offset_minutes
    sign = "+" if offset >= 0 else "-"
    assert stated.timezone == f"{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def test_menus_offer_the_view_and_the_import_only_while_open(
    qtbot, window: AppWindow, vault_file: Path
) -> None:
    actions = window.conversations
    file_menu = [a.text() for a in window.menu("file").actions()]
    view_menu = [a.text() for a in window.menu("view").actions()]
    assert "Import &messages…" in file_menu and "&Conversations…" in view_menu
    assert actions.view_action.shortcut().toString() == "Ctrl+Shift+M"
    assert not actions.view_action.isEnabled() and not actions.import_action.isEnabled()
    assert actions.show_conversations() is None and actions.import_files([vault_file]) is None
    unlock_window(qtbot, window)
    assert actions.view_action.isEnabled() and actions.import_action.isEnabled()
