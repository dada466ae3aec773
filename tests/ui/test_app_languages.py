"""The app area in Arabic and Spanish: counts take each language's plural form, and
right to left the timeline still selects, reads dates and titles as written, the
detail pane puts each label at the right of its value, and the passphrase field's
Show button sits at the field's left end. Real widgets over a real journal, with the
repository's own translations compiled into the test's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QStyleOptionViewItem, QToolButton

from journal.entries.model import EntryContent, EventTime
from ui.timeline.detail_view import DetailView
from ui.timeline.search_status import SearchStatus
from ui.widgets.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from ui.widgets.for_checking import ForChecking
from ui.widgets.passphrase import PassphraseField
from ui.widgets.recovery_code import check_prompt

from ..factories import journal_at
from .conftest import shown_window, unlock_window
from .translated import installed as translated


def _counted(shown: int, total: int) -> str:
    status = SearchStatus()
    status.show_counts(shown, total, "", hidden_saved=False)
    return status.label.text()


def test_the_search_line_takes_each_arabic_plural_form(qapp, tmp_path: Path) -> None:
    with translated("ar", tmp_path):
        assert "تدوينة واحدة" in _counted(1, 1)
        assert "تدوينتين" in _counted(1, 2)
        assert "5 تدوينات" in _counted(1, 5)  # 3 to 10: plural
        assert "11 تدوينة" in _counted(1, 11)  # 11 to 99: singular
        assert "100 تدوينة" in _counted(1, 100)
        assert "Showing" not in _counted(1, 2)


def test_english_and_spanish_counts_read_naturally(qapp, tmp_path: Path) -> None:
    with translated("en", tmp_path / "en"):
        assert _counted(1, 1) == "Showing 1 of 1 entry (filters on)."
        assert _counted(1, 2) == "Showing 1 of 2 entries (filters on)."
    with translated("es", tmp_path / "es"):
        assert _counted(1, 1) == "Se muestran 1 de 1 entrada (con filtros)."
        assert _counted(2, 3) == "Se muestran 2 de 3 entradas (con filtros)."


def _x_of(pane: DetailView, text: str) -> float:
    """The middle of `text` as the pane draws it, left to right, in pixels."""
    found = pane.document().find(text)
    assert not found.isNull(), text
    ends = []
    for position in (found.selectionStart(), found.selectionEnd()):
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        ends.append(pane.cursorRect(cursor).center().x())
    return sum(ends) / 2


def test_the_detail_pane_puts_labels_at_the_right_in_arabic(qtbot, tmp_path: Path) -> None:
    journal = journal_at(tmp_path / "j" / "notes.db")
    entry_id = journal.add_entry(
        EntryContent(
            kind="incident",
            title="He came to the door",
            occurred=EventTime("2025-03-14T21:07"),
            location="3 Park Road",
        )
    )
    entry = journal.entry(entry_id)
    journal.vault.lock()
    with translated("ar", tmp_path / "qm"):
        pane = DetailView()
        qtbot.addWidget(pane)
        pane.resize(500, 600)
        pane.show()
        pane.show_entry(entry, {})
        label, value = _x_of(pane, "أين"), _x_of(pane, "3 Park Road")
        assert label > value  # the label "Where" at the right of the address
        # the address is isolated, so "3" stays before "Park Road" as written
        raw = pane.document().toRawText()
        assert f"{FIRST_STRONG_ISOLATE}3 Park Road{POP_DIRECTIONAL_ISOLATE}" in raw
    english = DetailView()
    qtbot.addWidget(english)
    english.resize(500, 600)
    english.show()
    english.show_entry(entry, {})
    assert _x_of(english, "Where") < _x_of(english, "3 Park Road")
    assert FIRST_STRONG_ISOLATE not in english.document().toRawText()


def test_the_timeline_selects_and_reads_dates_right_to_left(
    qtbot, vault_file: Path, tmp_path: Path
) -> None:
    with translated("ar", tmp_path):
        window = shown_window(qtbot, vault_file)
        session = unlock_window(qtbot, window)
        saved = session.journal.add_entry(
            EntryContent(kind="note", title="3 calls that night", occurred=EventTime("2025-02-01"))
        )
        view = window.journal_view
        assert view is not None and view.table.isRightToLeft()
        qtbot.waitUntil(lambda: view.model.row_of(saved) is not None)
        view.show_saved(saved)
        assert view.selected_entry_id() == saved  # selectRow alone selected nothing here
        view.table.clearSelection()
        view.focus_results()
        assert view.selected_entry_id() is not None
        # each cell's text drawn as a unit in its own direction, the model's text plain
        index = view.proxy.index(0, 0)
        option = QStyleOptionViewItem()
        view.table.itemDelegate().initStyleOption(option, index)
        shown = str(index.data())
        assert option.text == f"{FIRST_STRONG_ISOLATE}{shown}{POP_DIRECTIONAL_ISOLATE}"
        assert FIRST_STRONG_ISOLATE not in shown
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.LeftToRight
    view.table.itemDelegate().initStyleOption(option, QModelIndex())
    assert FIRST_STRONG_ISOLATE not in option.text


def test_the_show_button_and_the_closed_arrow_follow_the_direction(qtbot, tmp_path: Path) -> None:
    with translated("ar", tmp_path):
        field = PassphraseField("Passphrase")
        qtbot.addWidget(field)
        field.resize(400, 32)
        field.show()
        assert field.toggle.text() == "إظهار"
        assert field.toggle.geometry().right() < field.width() // 2  # at the left end
        assert field.textMargins().left() >= field.toggle.width()
        assert field.textMargins().right() == 0
        closed = ForChecking("")
        qtbot.addWidget(closed)
        button = closed.findChild(QToolButton)
        assert button is not None and button.arrowType() == Qt.ArrowType.LeftArrow
        prompt = check_prompt(5)
        assert "6" in prompt and "من اليسار" in prompt  # the code itself reads left to right
    field = PassphraseField("Passphrase")
    qtbot.addWidget(field)
    field.resize(400, 32)
    field.show()
    assert field.toggle.geometry().left() > field.width() // 2
    assert field.textMargins().left() == 0


def test_the_detail_pane_says_what_later_saves_changed_in_the_interface_language(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "j" / "notes.db"
    journal = journal_at(path)
    content = EntryContent("incident", "At the door", EventTime("2025-03-14"))
    entry_id = journal.add_entry(content)
    note = tmp_path / "note.txt"
    note.write_text("what he said")
    journal.attach_file(entry_id, note)
    journal.vault.lock()
    for language, said in (("en", "text unchanged; 1 file added"), ("es", "; ")):
        with translated(language, tmp_path / language):
            window = shown_window(qtbot, path)
            unlock_window(qtbot, window)
            assert window.journal_view is not None
            window.journal_view.select(entry_id)
            detail = window.journal_view.detail.toPlainText()
            assert said in detail
            if language != "en":
                assert "text unchanged" not in detail and "file added" not in detail
            window.close()


def test_date_fields_show_the_stored_form_in_arabic(qtbot, tmp_path: Path) -> None:
    """The filter bar's and the export's date fields read 2026-12-06, left to right and
    with the digits 0-9, as every other date the app shows (not ٢٠٢٦-١٢-٠٦)."""
    from PySide6.QtCore import QDate

    from ui.export.options_form import ExportOptionsForm
    from ui.timeline.filter_bar import FilterBar

    with translated("ar", tmp_path):
        bar, form = FilterBar(), ExportOptionsForm()
        qtbot.addWidget(bar)
        qtbot.addWidget(form)
        edits = [bar.date_from, bar.date_to, form.date_from.edit]
        for edit in edits:
            edit.setDate(QDate(2026, 12, 6))
            assert edit.text() == "2026-12-06"
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert bar.isRightToLeft()
