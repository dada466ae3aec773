"""The revision history dialog, through the real window and with hostile text."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from journal.entries.model import EntryContent, EventTime
from journal.entries.revision_diff import FieldChange, save_times
from journal.session.journal import Journal
from ui.app.session import Session
from ui.history.dialog import (
    COL_LOCAL,
    COL_STATUS,
    COL_UTC,
    SAVE_TIMES_NOTE,
    HistoryDialog,
    changes_html,
)
from ui.timeline.view import JournalView

from ..conftest import BLNS, corpus
from .conftest import unlock_window


@pytest.fixture
def host(qtbot) -> QWidget:
    """A parent for the dialog (which deletes itself on close), owned by the test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _cells(dialog: HistoryDialog, column: int) -> list[str]:
    model = dialog.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_history_shows_both_revisions_the_changed_title_and_save_times(qtbot, window) -> None:
    session = unlock_window(qtbot, window)
    view = window.page
    assert isinstance(view, JournalView)
    (entry,) = session.journal.entries()
    session.journal.update_entry(entry.entry_id, replace(entry.content, title="Kitchen, 14 March"))
    view.select(entry.entry_id)

    window.main_actions.history.trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    history = session.journal.history(entry.entry_id)
    assert len(history) == 2
    assert _cells(dialog, 0) == ["1", "2"]
    assert _cells(dialog, COL_UTC) == [save_times(r.recorded_at)[0][:-4] for r in history]
    assert _cells(dialog, COL_LOCAL) == [save_times(r.recorded_at)[1] for r in history]
    assert _cells(dialog, COL_STATUS) == ["Saved", "Saved"]
    assert dialog.note.text() == SAVE_TIMES_NOTE
    assert "cannot be edited" in dialog.note.text()
    assert dialog.title.text() == "History of “\u2068Kitchen, 14 March\u2069”"  # bidi-isolated

    # the latest revision is selected and compared with the one before
    text = dialog.changes.toPlainText()
    assert "Revision 2, compared with revision 1" in text
    assert "Title" in text and "First incident" in text and "Kitchen, 14 March" in text
    assert save_times(history[1].recorded_at)[0] in text
    assert "What happened" not in text  # only what changed is listed

    # Up moves to the first version, which lists what it said
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    text = dialog.changes.toPlainText()
    assert "Revision 1" in text and "first saved version" in text
    assert "First incident" in text and "Kitchen, 14 March" not in text

    # locking the journal closes the dialog and drops what it showed
    with qtbot.waitSignal(dialog.finished):
        window.lock()


def test_long_text_gets_a_line_diff(qtbot, journal: Journal, host: QWidget) -> None:
    narrative = "He came home late.\nHe shouted.\nI hid in the bathroom.\nHe left at midnight."
    entry_id = journal.add_entry(
        EntryContent("incident", "Night", EventTime("2025-03-14T21:07"), narrative=narrative)
    )
    content = journal.entry(entry_id).content
    edited = narrative.replace("He shouted.", "He shouted and threw my phone.")
    journal.update_entry(entry_id, replace(content, narrative=edited, categories=("threats",)))
    journal.delete_entry(entry_id)
    dialog = HistoryDialog(Session(journal), entry_id, host)
    dialog.open()
    assert _cells(dialog, COL_STATUS) == ["Saved", "Saved", "Withdrawn"]
    assert "This revision withdrew the entry." in dialog.changes.toPlainText()

    dialog.select_revision(2)
    text = dialog.changes.toPlainText()
    assert "\N{MINUS SIGN}\nHe shouted.\n+\nHe shouted and threw my phone.\n" in text
    assert "I hid in the bathroom." in text  # context kept around the change
    assert "Categories" in text and "Threats" in text
    html = dialog.changes.toHtml()
    assert "font-weight" in html  # changed words are in bold


def test_purged_entries_show_only_that_they_were_purged(
    qtbot, journal: Journal, host: QWidget
) -> None:
    entry_id = journal.add_entry(EntryContent("note", "Gone", EventTime("2025-03-14")))
    journal.purge_entry(entry_id, confirm="PURGE")
    dialog = HistoryDialog(Session(journal), entry_id, host)
    dialog.open()
    assert _cells(dialog, COL_STATUS) == ["Purged", "Purged"]
    assert dialog.title.text() == "History of a purged entry"
    assert "removed for good (purged)" in dialog.changes.toPlainText()
    assert "Gone" not in dialog.changes.toPlainText()


def _shown(text: str) -> str:
    """What the diff should display for `text`: new lines kept, control characters marked,
    then Qt's own plain-text normalisation (no-break spaces, paragraph separators)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "\N{REPLACEMENT CHARACTER}", text)
    document = QTextDocument()
    document.setPlainText(text)
    return document.toPlainText()


def test_naughty_strings_are_shown_literally_never_as_markup(qtbot) -> None:
    strings = [s for s in json.loads(corpus(BLNS).read_text(encoding="utf-8")) if s.strip()]
    document = QTextDocument()
    for naughty in strings:
        short = FieldChange("title", "Title", naughty, "Argument")
        long = FieldChange("narrative", "What happened", f"He said:\n{naughty}", "He said:\nno")
        document.setHtml(changes_html([short, long]) + "<p>END</p>")
        plain = document.toPlainText()
        # the page structure survives every string: both fields and the end marker
        assert plain.count("Title") >= 1 and "What happened" in plain, naughty
        assert plain.rstrip().endswith("END"), naughty
        for line in _shown(naughty).split("\n"):
            assert line.strip() in plain, (naughty, line)
        assert not document.allFormats() or all(
            not fmt.isImageFormat() and not fmt.toCharFormat().isAnchor()
            for fmt in document.allFormats()
        ), naughty


def test_naughty_title_and_narrative_through_the_dialog(
    qtbot, journal: Journal, host: QWidget
) -> None:
    strings = json.loads(corpus(BLNS).read_text(encoding="utf-8"))
    hostile = list(dict.fromkeys(s for s in strings if "<" in s or "&" in s or "\u202e" in s))
    hostile = hostile[:12]
    entry_id = journal.add_entry(EntryContent("incident", "plain", EventTime("2025-03-14")))
    content = journal.entry(entry_id).content
    for text in hostile:
        journal.update_entry(
            entry_id, replace(content, title=text, narrative=f"first line\n{text}\nlast line")
        )
    dialog = HistoryDialog(Session(journal), entry_id, host)
    dialog.open()
    for number, text in enumerate(hostile, start=2):
        dialog.select_revision(number)
        plain = dialog.changes.toPlainText()
        stored = unicodedata.normalize("NFC", text)
        assert _shown(stored).strip() in plain, text
        assert not any(
            fmt.isImageFormat() or fmt.toCharFormat().isAnchor()
            for fmt in dialog.changes.document().allFormats()
        )
    assert dialog.title.textFormat() == Qt.TextFormat.PlainText
