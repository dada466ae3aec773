"""The entry editor, driven through its real widgets on a real (cheap-KDF) vault."""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QLabel, QMessageBox

from journal.entries.model import (
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.session.drafts import NEW, DraftStore
from ui.app.window import AppWindow
from ui.editor.common import focusable_in_order
from ui.editor.people import PersonRow
from ui.editor.person_dialog import NewPersonDialog
from ui.editor.reports import ReportRow
from ui.editor.window import EntryEditor
from ui.evidence import importing as evidence_import

from .conftest import unlock_window
from .gui_helpers import click, open_editor, open_section, tick, type_into


def tab_into_date(qtbot, editor: EntryEditor, digits: str) -> None:
    """Tab from the title into the date (its first section is then selected) and type."""
    editor.essentials.title.setFocus()
    qtbot.keyClick(editor.essentials.title, Qt.Key.Key_Tab)
    date_edit = editor.essentials.when.date
    qtbot.waitUntil(date_edit.hasFocus)
    qtbot.keyClicks(date_edit, digits)


def closed(editor: EntryEditor) -> bool:
    try:
        return not editor.isVisible()
    except RuntimeError:  # already deleted
        return True


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def assert_not_on_disk(root: Path, text: str) -> None:
    needles = [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    for path in files_under(root):
        data = path.read_bytes()
        assert not any(n in data for n in needles), f"{text!r} readable in {path}"


# the minimal path --------------------------------------------------------------
def test_an_incident_is_logged_with_kind_title_and_date(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    assert editor.windowTitle() == "New entry"
    assert editor.essentials.kind.currentData() == "incident"
    assert editor.essentials.title.hasFocus()
    type_into(qtbot, editor.essentials.title, "Shouted at me in the car")
    tab_into_date(qtbot, editor, "20250315")
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    entry = session.journal.entry(saved.args[0])
    assert entry.content.kind == "incident"
    assert entry.content.title == "Shouted at me in the car"
    assert entry.content.occurred.start == "2025-03-15"
    assert entry.content.occurred.precision == "day"
    assert entry.revision_count == 1
    qtbot.waitUntil(lambda: closed(editor))
    assert window.journal_view is not None
    titles = [e.content.title for e in window.journal_view.visible_entries()]
    assert "Shouted at me in the car" in titles
    assert window.journal_view.selected_entry_id() == saved.args[0]
    assert DraftStore(session.journal.settings).load(NEW) is None


def test_ctrl_s_saves(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.essentials.title, "Saved from the keyboard")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.essentials.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert session.journal.entry(saved.args[0]).content.title == "Saved from the keyboard"


# every field -------------------------------------------------------------------
def add_officer(qtbot, editor: EntryEditor) -> str:
    open_section(qtbot, editor, editor.people)
    click(qtbot, editor.people.new_person_button)
    dialog = editor.people.dialog
    assert isinstance(dialog, NewPersonDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.officer_box.isVisible()
    type_into(qtbot, dialog.name, "Daniel R.")
    type_into(qtbot, dialog.relationship, "ex-partner")
    type_into(qtbot, dialog.notes, "Works nights")
    tick(qtbot, dialog.is_officer)
    assert dialog.officer_box.isVisible()
    for edit, text in (
        (dialog.rank, "Sergeant"),
        (dialog.badge_number, "4471"),
        (dialog.agency, "County Police"),
        (dialog.station, "North station"),
        (dialog.unit, "Traffic"),
        (dialog.supervisor, "Insp. Moore"),
    ):
        type_into(qtbot, edit, text)
    with qtbot.waitSignal(dialog.added) as added:
        click(qtbot, dialog.add_button)
    return str(added.args[0])


def fill_everything(qtbot, editor: EntryEditor) -> str:
    e = editor.essentials
    e.kind.setFocus()
    qtbot.keyClicks(e.kind, "Rep")  # keyboard search in the combo
    assert e.kind.currentData() == "report"
    type_into(qtbot, e.title, "Reported the threat")
    e.when.date.setDate(QDate(2025, 3, 14))
    click(qtbot, e.when.has_time)
    assert e.when.precision.currentData() == "exact"
    e.when.time.setTime(QTime(21, 7))
    e.when.precision.setCurrentIndex(e.when.precision.findData("approximate"))
    click(qtbot, e.when.has_end)
    e.when.end_time.setTime(QTime(22, 30))
    e.when.zone.clear()
    type_into(qtbot, e.when.zone, "Europe/London")
    type_into(qtbot, e.where, "Kitchen")
    type_into(qtbot, e.narrative, "He said nobody would believe me.")

    open_section(qtbot, editor, editor.categories)
    for item in editor.categories.items():
        if item.data(Qt.ItemDataRole.UserRole) in ("threats", "police_power"):
            item.setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, editor.categories.tags, "car, radio")

    person_id = add_officer(qtbot, editor)
    (row,) = editor.people.list.rows()
    assert isinstance(row, PersonRow)
    assert row.person.currentData() == person_id
    row.role.setCurrentIndex(row.role.findData("abuser"))
    row.duty.setCurrentIndex(row.duty.findData("off"))
    type_into(qtbot, row.note, "in uniform")

    open_section(qtbot, editor, editor.injuries)
    click(qtbot, editor.injuries.list.add_button)
    (injury,) = editor.injuries.list.rows()
    assert injury.first_field().hasFocus()
    type_into(qtbot, injury.description, "Bruise")
    type_into(qtbot, injury.body_area, "Left arm")
    type_into(qtbot, injury.medical_attention, "GP next day")
    tick(qtbot, injury.photographed)
    type_into(qtbot, editor.injuries.medical, "GP wrote it down")

    open_section(qtbot, editor, editor.reports)
    click(qtbot, editor.reports.list.add_button)
    (report,) = editor.reports.list.rows()
    assert isinstance(report, ReportRow)
    report.body_type.setCurrentIndex(report.body_type.findData("oversight"))
    for edit, text in (
        (report.body, "Independent Office"),
        (report.date, "2025-03-20"),
        (report.reference, "REF-77"),
        (report.contact_person, "Ms Adams"),
        (report.what_they_said, "They took notes."),
        (report.next_deadline, "2025-04-20"),
    ):
        type_into(qtbot, edit, text)
    report.status.setCurrentIndex(report.status.findData("acknowledged"))

    open_section(qtbot, editor, editor.private)
    type_into(qtbot, editor.private.notes, "I was shaking.")
    return person_id


def expected(person_id: str) -> EntryContent:
    return EntryContent(
        kind="report",
        title="Reported the threat",
        occurred=EventTime("2025-03-14T21:07", "2025-03-14T22:30", "Europe/London", "approximate"),
        narrative="He said nobody would believe me.",
        location="Kitchen",
        categories=("threats", "police_power"),
        tags=("car", "radio"),
        people=(PersonLink(person_id, "abuser", "off", "in uniform"),),
        injuries=(Injury("Bruise", "Left arm", "GP next day", True),),
        medical="GP wrote it down",
        reports=(
            ReportRecord(
                "oversight",
                "Independent Office",
                "2025-03-20",
                "REF-77",
                "Ms Adams",
                "They took notes.",
                "acknowledged",
                "2025-04-20",
            ),
        ),
        private_notes="I was shaking.",
    )


def test_every_section_round_trips_through_save_and_reopening(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    person_id = fill_everything(qtbot, editor)
    assert editor.content() == expected(person_id)
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    entry_id = saved.args[0]
    window.lock()
    session = unlock_window(qtbot, window)
    entry = session.journal.entry(entry_id)
    assert entry.content == expected(person_id)
    officer = session.journal.person(person_id).content
    assert officer == PersonContent(
        "Daniel R.",
        "ex-partner",
        "Works nights",
        OfficerDetails(
            "Sergeant", "4471", "County Police", "North station", "Traffic", "Insp. Moore"
        ),
    )
    again = open_editor(qtbot, window, entry_id)
    assert again.windowTitle() == "Edit entry"
    assert again.content() == entry.content
    assert again.essentials.narrative.toPlainText() == "He said nobody would believe me."
    assert again.disclosures[again.people].is_open  # sections holding something are open
    assert "1 linked" in again.disclosures[again.people].header.text()
    (row,) = again.people.list.rows()
    assert isinstance(row, PersonRow)
    assert "Daniel R." in row.person.currentText() and "4471" in row.person.currentText()
    assert not again.has_changes()
    click(qtbot, again.cancel_button)  # nothing changed: closes without asking
    qtbot.waitUntil(lambda: closed(again))
    assert session.journal.entry(entry_id).revision_count == 1


def test_the_officer_form_needs_only_a_name(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    open_section(qtbot, editor, editor.people)
    assert not editor.people.list.add_button.isEnabled()  # nobody in the list yet
    click(qtbot, editor.people.new_person_button)
    dialog = editor.people.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    tick(qtbot, dialog.is_officer)
    type_into(qtbot, dialog.badge_number, "99")
    click(qtbot, dialog.add_button)
    assert dialog.isVisible()
    assert "name" in dialog.message.text()
    type_into(qtbot, dialog.name, "The officer who came")
    with qtbot.waitSignal(dialog.added) as added:
        click(qtbot, dialog.add_button)
    person = session.journal.person(added.args[0])
    assert person.content.officer == OfficerDetails(badge_number="99")
    assert editor.people.list.add_button.isEnabled()
    (row,) = editor.people.list.rows()
    assert isinstance(row, PersonRow)
    assert row.person.currentData() == added.args[0]
    # a second row chosen from the list, then a line that says nothing about who it is
    click(qtbot, editor.people.list.add_button)
    second = editor.people.list.rows()[1]
    assert isinstance(second, PersonRow)
    type_into(qtbot, second.note, "someone else was there")
    type_into(qtbot, editor.essentials.title, "Visit")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "line 2" in editor.message.text()
    assert second.person.hasFocus()


# validation --------------------------------------------------------------------
def test_an_end_before_the_start_and_a_future_date_are_explained(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    count = len(session.journal.entries())
    editor = open_editor(qtbot, window)
    when = editor.essentials.when
    click(qtbot, editor.save_button)
    assert "title" in editor.message.text()
    assert editor.essentials.title.hasFocus()
    type_into(qtbot, editor.essentials.title, "The night of the party")
    type_into(qtbot, editor.essentials.narrative, "Everything I typed stays here.")
    when.date.setDate(QDate(2025, 3, 14))
    click(qtbot, when.has_end)
    when.end_date.setDate(QDate(2025, 3, 13))
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.message.isVisible()
    assert "end of the event is before its start" in editor.message.text()
    assert when.end_date.hasFocus()
    assert editor.essentials.narrative.toPlainText() == "Everything I typed stays here."

    click(qtbot, when.has_end)
    future = date.today() + timedelta(days=30)
    when.date.setDate(QDate(future.year, future.month, future.day))
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "in the future" in editor.message.text()
    assert when.date.hasFocus()
    assert editor.essentials.title.text() == "The night of the party"
    assert len(session.journal.entries()) == count

    when.date.setDate(QDate(2025, 3, 14))
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert len(session.journal.entries()) == count + 1


def test_month_only_stores_just_the_month(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    when = editor.essentials.when
    type_into(qtbot, editor.essentials.title, "The summer it started")
    tick(qtbot, when.has_time)
    assert when.time.isEnabled() and when.time.hasFocus()  # ticking leads to the time
    when.precision.setFocus()
    qtbot.keyClicks(when.precision, "Month")
    assert when.precision.currentData() == "month"
    assert not when.has_time.isChecked() and not when.time.isEnabled()
    assert when.date.displayFormat() == "yyyy-MM"
    when.date.setDate(QDate(2024, 6, 20))
    tick(qtbot, when.has_end)
    assert when.end_date.hasFocus()
    when.end_date.setDate(QDate(2024, 8, 2))
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    occurred = session.journal.entry(saved.args[0]).content.occurred
    assert (occurred.start, occurred.end, occurred.precision) == ("2024-06", "2024-08", "month")


def test_rows_can_be_removed_and_are_renumbered(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    open_section(qtbot, editor, editor.injuries)
    injuries = editor.injuries.list
    for text in ("Cut lip", "Sore wrist"):
        click(qtbot, injuries.add_button)
        type_into(qtbot, injuries.rows()[-1].first_field(), text)
    first, second = injuries.rows()
    assert second.first_field().accessibleName() == "Injury 2: description"
    assert "2 injuries" in editor.disclosures[editor.injuries].header.text()
    click(qtbot, first.remove_button)
    assert injuries.rows() == [second]
    assert second.first_field().hasFocus()
    assert second.first_field().accessibleName() == "Injury 1: description"
    assert [i.description for i in editor.content().injuries] == ["Sore wrist"]
    click(qtbot, injuries.add_button)  # an empty row is not an injury
    assert len(editor.content().injuries) == 1


# drafts ------------------------------------------------------------------------
def test_a_draft_is_autosaved_encrypted_and_offered_again(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)
    canary = "DRAFTCANARY" + secrets.token_hex(6)
    editor = open_editor(qtbot, window)
    editor.keeper.timer.setInterval(50)
    type_into(qtbot, editor.essentials.title, f"{canary} title")
    type_into(qtbot, editor.essentials.narrative, f"{canary} what happened")
    drafts = DraftStore(session.journal.settings)

    def kept() -> bool:
        draft = drafts.load(NEW)
        return draft is not None and draft.content.narrative == f"{canary} what happened"

    qtbot.waitUntil(kept)
    assert "Draft kept" in editor.status.text()
    assert_not_on_disk(tmp_path, canary)

    editor.essentials.title.setFocus()
    qtbot.keyClick(editor.essentials.title, Qt.Key.Key_Escape)
    box = editor.leave_box
    assert box is not None
    qtbot.waitExposed(box)
    click(qtbot, box.keep)
    qtbot.waitUntil(lambda: closed(editor))

    window.lock()
    assert_not_on_disk(tmp_path, canary)
    session = unlock_window(qtbot, window)
    again = open_editor(qtbot, window)
    assert again.banner.isVisible()
    assert f"{canary} title" in again.banner.text.text()
    assert not again.form_area.isEnabled() and not again.save_button.isEnabled()
    assert again.essentials.title.text() == ""
    click(qtbot, again.banner.continue_button)
    assert not again.banner.isVisible()
    assert again.essentials.title.text() == f"{canary} title"
    assert again.essentials.narrative.toPlainText() == f"{canary} what happened"
    with qtbot.waitSignal(again.saved) as saved:
        click(qtbot, again.save_button)
    assert session.journal.entry(saved.args[0]).content.title == f"{canary} title"
    assert DraftStore(session.journal.settings).load(NEW) is None


def test_a_draft_can_be_discarded_and_edits_can_be_dropped(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    drafts = DraftStore(session.journal.settings)
    drafts.save(NEW, EntryContent("note", "Half written", EventTime("2025-03")))
    editor = open_editor(qtbot, window)
    assert editor.banner.isVisible()
    click(qtbot, editor.banner.discard_button)
    assert drafts.load(NEW) is None
    assert editor.form_area.isEnabled() and editor.essentials.title.text() == ""
    type_into(qtbot, editor.essentials.title, "Not this time")
    click(qtbot, editor.cancel_button)
    assert editor.leave_box is not None
    click(qtbot, editor.leave_box.back)  # go back: still open, text kept
    assert editor.isVisible() and editor.essentials.title.text() == "Not this time"
    click(qtbot, editor.cancel_button)
    click(qtbot, editor.leave_box.discard)
    qtbot.waitUntil(lambda: closed(editor))
    assert drafts.load(NEW) is None
    assert "Not this time" not in [e.content.title for e in session.journal.entries()]


# editing -----------------------------------------------------------------------
def test_editing_an_entry_adds_a_second_revision(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    (first,) = session.journal.entries()
    assert window.journal_view is not None
    window.journal_view.select(first.entry_id)
    before = set(window.findChildren(EntryEditor))
    window.edit_selected()
    (editor,) = set(window.findChildren(EntryEditor)) - before
    qtbot.waitExposed(editor)
    assert editor.essentials.title.text() == "First incident"
    assert editor.essentials.when.has_time.isChecked()
    editor.essentials.title.end(False)
    qtbot.keyClicks(editor.essentials.title, " at home")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    entry = session.journal.entry(first.entry_id)
    assert entry.revision_count == 2
    assert entry.content.title == "First incident at home"
    assert entry.content.occurred == first.content.occurred  # untouched: kept exactly
    history = session.journal.history(first.entry_id)
    assert [r.content.title for r in history] == ["First incident", "First incident at home"]


# evidence ----------------------------------------------------------------------
def test_adding_evidence_to_a_new_entry_saves_it_first(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "screenshot\u202egnp.txt"
    photo.write_bytes(b"not really a picture")
    # The person picks this file in Qt's file dialog (a modal dialog a test cannot click).
    monkeypatch.setattr(evidence_import, "choose_files", lambda _parent: [photo])
    session = unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    open_section(qtbot, editor, editor.evidence)
    with qtbot.assertNotEmitted(editor.evidence_requested):
        click(qtbot, editor.evidence.add_button)
    assert "title" in editor.message.text()
    type_into(qtbot, editor.essentials.title, "Messages he sent")
    with qtbot.waitSignal(editor.evidence_requested) as requested:
        click(qtbot, editor.evidence.add_button)
    entry_id = requested.args[0]
    assert session.journal.entry(entry_id).content.title == "Messages he sent"
    assert editor.isVisible() and editor.windowTitle() == "Edit entry"
    assert not editor.has_changes()
    qtbot.waitUntil(lambda: len(session.journal.entry(entry_id).attachments) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: editor.evidence.files.topLevelItem(0) is not None, timeout=5_000)
    item = editor.evidence.files.topLevelItem(0)
    assert item is not None and "[U+202E]" in item.text(0)
    assert "1 file" in editor.disclosures[editor.evidence].header.text()
    type_into(qtbot, editor.essentials.narrative, "He sent forty messages.")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    entry = session.journal.entry(entry_id)
    assert entry.content.narrative == "He sent forty messages."
    assert len(entry.attachments) == 1 and entry.revision_count == 3


# safety and access -------------------------------------------------------------
def test_locking_closes_the_editor_without_asking(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.essentials.title, "Half a thought")
    window.lock()
    qtbot.waitUntil(lambda: closed(editor))
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_controls_are_named_labelled_and_in_layout_order(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    for section in editor.disclosures:
        open_section(qtbot, editor, section)
    click(qtbot, editor.injuries.list.add_button)
    click(qtbot, editor.reports.list.add_button)
    chain = focusable_in_order(editor, [])
    assert all(w.accessibleName() for w in chain), [w for w in chain if not w.accessibleName()]
    buddies = {label.buddy(): label for label in editor.findChildren(QLabel) if label.buddy()}
    for buddy, label in buddies.items():
        if editor.risk.isAncestorOf(buddy):
            continue  # the risk grid's labels name its combos for screen readers; Tab walks it
        assert "&" in label.text(), label.text()
    e, w = editor.essentials, editor.essentials.when
    top = [e.kind, e.title, w.date, w.has_time, w.time, w.precision, w.has_end]
    top += [w.end_date, w.end_time, w.zone, e.where, e.narrative]
    # a time and an end are labelled by the box that turns them on (and leads to them)
    boxes = {w.time: w.has_time, w.end_date: w.has_end, w.end_time: w.has_end}
    for widget in top:
        text = boxes[widget].text() if widget in boxes else getattr(widget, "text", str)()
        assert widget in buddies or "&" in text, widget.accessibleName()
    shown = [widget for widget in chain if widget.isVisibleTo(editor)]
    assert shown[: len(top)] == top
    assert shown[-2:] == [editor.save_button, editor.cancel_button]
    walked = [chain[0]]
    while len(walked) < len(chain):
        walked.append(walked[-1].nextInFocusChain())
        while walked[-1] not in chain:  # internal children (a combo's line edit)
            walked[-1] = walked[-1].nextInFocusChain()
    assert walked == chain
    # the mnemonics of what is always shown do not clash
    always = [buddies[widget].text() for widget in top if widget in buddies]
    always += [w.has_time.text(), w.has_end.text(), editor.save_button.text()]
    always += [d.header.text() for d in editor.disclosures.values()]
    letters = [text[text.index("&") + 1].lower() for text in always]
    assert len(letters) == len(set(letters)), sorted(letters)


def test_editing_an_entry_keeps_its_linked_messages(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    from journal.session.message_import import import_messages
    from journal.session.message_links import link_messages

    session = unlock_window(qtbot, window)
    journal = session.journal
    chat = tmp_path / "chat.txt"
    chat.write_text("01/03/2025, 22:00 - Mark: you'll regret it\n", encoding="utf-8")
    import_messages(journal, chat, timezone="UTC")
    entry_id = journal.add_entry(EntryContent("contact", "Threat", EventTime("2025-03-01")))
    (message,) = journal.messages.search()
    link_messages(journal, entry_id, [message.id])
    editor = open_editor(qtbot, window, entry_id)
    assert not editor.has_changes()
    editor.essentials.title.setFocus()
    qtbot.keyClick(editor.essentials.title, Qt.Key.Key_End)
    qtbot.keyClicks(editor.essentials.title, " by message")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    saved = journal.entry(entry_id)
    assert saved.content.title == "Threat by message"
    assert saved.content.messages == (message.id,)
