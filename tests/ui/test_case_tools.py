"""Case tools through the GUI: real widgets, a real (cheap-KDF) vault, driven by qtbot."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from journal.case.risk import risk_content
from journal.entries.model import (
    EntryContent,
    EventTime,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
    RiskIndicator,
)
from ui.app.window import AppWindow
from ui.case.after_disclosure import AfterDisclosureDialog
from ui.case.profiles import OfficerChangeDialog
from ui.case.reminder import ReminderBar
from ui.case.risk_history import RiskHistoryDialog
from ui.case.tracker import COL_DEADLINE, COL_REF, TrackerDialog
from ui.editor.account import AccountRow
from ui.editor.reports import ReportRow
from ui.editor.window import EntryEditor
from ui.timeline.model import COL_KIND, COL_TITLE

from ..factories import journal_at
from .conftest import shown_window, unlock_window
from .gui_helpers import click, open_editor, open_section, tick, type_into
from .translated import installed


def _day(offset: int) -> str:
    # today at the time of use, not at import: a run that crosses midnight stays right
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture
def case_vault(tmp_path: Path) -> Path:
    """An officer, an incident, two complaints (one closed, one open with a date in three
    days), what followed the complaint, and two risk checks."""
    path = tmp_path / "case" / "notes.db"
    journal = journal_at(path)
    officer = journal.add_person(
        PersonContent(
            "Officer A",
            "ex-partner",
            officer=OfficerDetails("Constable", "4471", "City Police Department", "Central"),
            officer_since="2019-05",
        )
    )
    link = (PersonLink(officer, "abuser", "off"),)

    def add(day: str, title: str, **fields: object) -> str:
        kind = str(fields.pop("kind", "incident"))
        content = EntryContent(kind, title, EventTime(day, precision="day"))
        from dataclasses import replace

        return journal.add_entry(replace(content, **fields))  # type: ignore[arg-type]

    incident = add(_day(-200), "Grabbed my arm", people=link, categories=("physical",))
    add(
        _day(-150),
        "Complaint to the police",
        kind="report",
        reports=(
            ReportRecord(
                "police",
                "City Police Department",
                _day(-150),
                "CPD-1",
                status="closed",
                outcome="No further action",
                concerns=(incident,),
            ),
        ),
    )
    add(
        _day(-100),
        "Complaint to the oversight office",
        kind="report",
        reports=(
            ReportRecord(
                "oversight",
                "Office of Police Conduct",
                _day(-100),
                "OPC-2",
                status="investigating",
                next_deadline=_day(3),
            ),
        ),
    )
    add(_day(-90), "Car parked outside", categories=("stalking", "retaliation"), people=link)
    add(_day(-40), "He reported me for harassment", categories=("counter_allegation",))
    journal.add_entry(
        risk_content(EventTime(_day(-300), precision="day"), [RiskIndicator("firearm", "yes")])
    )
    journal.add_entry(
        risk_content(
            EventTime(_day(-95), precision="day"),
            [RiskIndicator("firearm", "yes"), RiskIndicator("stalking", "yes", "car outside")],
        )
    )
    journal.vault.lock()
    return path


@pytest.fixture
def case_window(qtbot, case_vault: Path) -> AppWindow:
    win = shown_window(qtbot, case_vault)
    unlock_window(qtbot, win)
    return win


def _dialog(window: AppWindow, kind: type) -> object:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


# editor ------------------------------------------------------------------------------


def test_report_fields_accounts_and_disclosure_are_saved_from_the_editor(
    qtbot, window: AppWindow
) -> None:
    session = unlock_window(qtbot, window)
    (first,) = session.journal.entries()
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.essentials.title, "Complaint to professional standards")
    open_section(qtbot, editor, editor.reports)
    click(qtbot, editor.reports.list.add_button)
    row = editor.reports.list.rows()[0]
    assert isinstance(row, ReportRow)
    type_into(qtbot, row.reference, "PSU-77")
    type_into(qtbot, row.what_they_did, "Took my statement")
    type_into(qtbot, row.outcome, "Not upheld")
    row.concerns_menu.aboutToShow.emit()
    (action,) = [a for a in row.concerns_menu.actions() if "First incident" in a.text()]
    action.trigger()
    assert row.concerns.text() == "1 chosen…"
    tick(qtbot, editor.reports.disclosure)
    open_section(qtbot, editor, editor.accounts)
    click(qtbot, editor.accounts.list.add_button)
    account = editor.accounts.list.rows()[0]
    assert isinstance(account, AccountRow)
    type_into(qtbot, account.speaker, "Ex-partner")
    type_into(qtbot, account.told_to, "my manager")
    type_into(qtbot, account.what_was_said, "She is making it up")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: editor.entry_id is not None and not editor.isVisible())
    saved = session.journal.entry(editor.entry_id or "").content
    report = saved.reports[0]
    assert (report.reference, report.what_they_did, report.outcome) == (
        "PSU-77",
        "Took my statement",
        "Not upheld",
    )
    assert report.concerns == (first.entry_id,)
    assert saved.disclosure is True
    assert saved.accounts[0].speaker == "Ex-partner"
    html = window.journal_view.detail.toHtml()  # type: ignore[union-attr]
    assert "Your account of what someone else said" in html and "my manager" in html


def test_an_account_with_neither_speaker_nor_words_is_explained_not_lost(
    qtbot, window: AppWindow
) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.essentials.title, "Heard from a friend")
    open_section(qtbot, editor, editor.accounts)
    click(qtbot, editor.accounts.list.add_button)
    account = editor.accounts.list.rows()[0]
    assert isinstance(account, AccountRow)
    type_into(qtbot, account.told_to, "my sister")
    click(qtbot, editor.save_button)
    assert editor.isVisible() and editor.message.isVisible()
    assert "who said it" in editor.message.text()
    assert account.told_to.text() == "my sister" and account.speaker.hasFocus()


def test_guided_prompts_follow_the_kind_and_can_be_hidden(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    panel = editor.prompts
    assert not panel.isVisible()
    kind = editor.essentials.kind
    kind.setCurrentIndex(kind.findData("contact"))
    qtbot.waitUntil(panel.isVisible)
    texts = [c.text() for c in panel.checks]
    assert any("sender's number" in t for t in texts)
    kind.setCurrentIndex(kind.findData("report"))
    qtbot.waitUntil(lambda: any("badge" in c.text() for c in panel.checks))
    click(qtbot, panel.hide_button)
    assert not panel.isVisible()
    kind.setCurrentIndex(kind.findData("contact"))
    assert not panel.isVisible()  # hidden for this entry, whatever changes
    type_into(qtbot, editor.essentials.title, "Letter from the police")
    click(qtbot, editor.save_button)  # never required: saving is not held up
    qtbot.waitUntil(lambda: editor.entry_id is not None)


# tracker and reminder ------------------------------------------------------------------


def test_unlock_shows_a_calm_reminder_that_opens_the_tracker(qtbot, case_window) -> None:
    view = case_window.journal_view
    bars = view.findChildren(ReminderBar)
    assert len(bars) == 1 and bars[0].isVisible()
    assert "OPC-2" in bars[0].label.text() and "in 3 days" in bars[0].label.text()
    click(qtbot, bars[0].open_button)
    tracker = _dialog(case_window, TrackerDialog)
    assert isinstance(tracker, TrackerDialog)
    click(qtbot, bars[0].dismiss_button)
    assert not bars[0].isVisible()


def test_tracker_filters_open_matters_and_selects_the_entry(qtbot, case_window) -> None:
    case_window.case.tracker_action.trigger()
    tracker = _dialog(case_window, TrackerDialog)
    assert isinstance(tracker, TrackerDialog)
    model = tracker.model
    refs = [model.index(r, COL_REF).data() for r in range(model.rowCount())]
    assert refs == ["CPD-1", "OPC-2"]
    assert "Closed: No further action" in [model.index(0, c).data() for c in range(7)]
    assert model.index(1, COL_DEADLINE).data(Qt.ItemDataRole.FontRole).bold()
    assert tracker.note.isVisible() and "OPC-2" in tracker.note.text()
    tick(qtbot, tracker.open_only)
    assert [model.index(r, COL_REF).data() for r in range(model.rowCount())] == ["OPC-2"]
    tick(qtbot, tracker.open_only)
    tracker.body.setCurrentIndex(tracker.body.findData("police"))
    assert model.rowCount() == 1
    tracker.body.setCurrentIndex(0)
    type_into(qtbot, tracker.text, "further action")
    assert model.rowCount() == 1 and model.index(0, COL_REF).data() == "CPD-1"
    tracker.table.doubleClicked.emit(model.index(0, 0))
    selected = case_window.journal_view.selected_entry_id()
    assert case_window.session.journal.entry(selected).content.title == "Complaint to the police"


def test_a_report_is_added_from_the_tracker(qtbot, case_window) -> None:
    case_window.case.tracker_action.trigger()
    tracker = _dialog(case_window, TrackerDialog)
    assert isinstance(tracker, TrackerDialog)
    before = tracker.model.rowCount()
    assert tracker.add_button.isVisible()
    click(qtbot, tracker.add_button)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor))
    qtbot.waitUntil(editor.isVisible)
    assert editor.essentials.kind.currentData() == "report"
    assert editor.disclosures[editor.reports].is_open
    rows = editor.reports.list.rows()
    assert len(rows) == 1
    type_into(qtbot, editor.essentials.title, "Complaint to the oversight office")
    row = rows[0]
    assert isinstance(row, ReportRow)
    row.body_type.setCurrentIndex(row.body_type.findData("oversight"))
    type_into(qtbot, row.reference, "OVS-77")
    assert editor.save()
    qtbot.waitUntil(lambda: tracker.model.rowCount() == before + 1)
    refs = [tracker.model.index(r, COL_REF).data() for r in range(tracker.model.rowCount())]
    assert "OVS-77" in refs


# after disclosure and the timeline -----------------------------------------------------


def test_after_disclosure_groups_what_followed_and_the_window_adjusts(qtbot, case_window) -> None:
    view = case_window.journal_view
    model = view.model
    row = next(
        r for r in range(model.rowCount()) if model.entry_at(r).content.title.startswith("Compl")
    )
    assert model.index(row, COL_TITLE).data(Qt.ItemDataRole.FontRole).bold()
    assert "disclosure" in model.index(row, COL_KIND).data(Qt.ItemDataRole.ToolTipRole)
    case_window.case.after_action.trigger()
    dialog = _dialog(case_window, AfterDisclosureDialog)
    assert isinstance(dialog, AfterDisclosureDialog)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    # it opens on one plain line; the counting rules wait behind a button
    assert dialog.summary.text().startswith("You spoke up 2 times. In the 90 days after each,")
    assert "(s)" not in dialog.summary.text()
    assert not dialog.intro.isVisible()
    dialog.how_counted.click()
    assert dialog.intro.isVisible() and "does not say why" in dialog.intro.text()
    second = tree.topLevelItem(1)
    children = [second.child(i).text(1) for i in range(second.childCount())]
    assert children == ["Car parked outside", "He reported me for harassment"]
    assert second.child(0).font(1).bold()  # retaliation is highlighted
    assert second.text(3) == "2 entries, 2 marked"
    dialog.window_days.setValue(30)
    second = dialog.tree.topLevelItem(1)
    assert [second.child(i).text(1) for i in range(second.childCount())] == ["Car parked outside"]
    dialog.window_days.editingFinished.emit()
    assert case_window.session.journal.settings.get("after_disclosure_days") == 30
    dialog.tree.itemDoubleClicked.emit(second.child(0), 0)
    selected = view.selected_entry_id()
    assert case_window.session.journal.entry(selected).content.title == "Car parked outside"


# risk ------------------------------------------------------------------------------------


def test_risk_history_shows_each_check_and_a_new_one_can_be_noted(qtbot, case_window) -> None:
    case_window.case.risk_action.trigger()
    dialog = _dialog(case_window, RiskHistoryDialog)
    assert isinstance(dialog, RiskHistoryDialog)
    assert dialog.table.columnCount() == 2
    labels = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    assert labels == ["Access to a firearm or service weapon", "Stalking or following"]
    assert dialog.table.item(1, 0).text() == "" and dialog.table.item(1, 1).text() == "Yes *"
    assert "Stalking or following — Yes (was not noted)" in dialog.changes.toPlainText()
    note = dialog.findChild(QLabel, "risk-note")
    assert note is not None and "do not replace a risk assessment" in note.text()
    assert "Support services" in note.text()
    before = set(case_window.findChildren(EntryEditor))
    click(qtbot, dialog.new_button)
    (editor,) = set(case_window.findChildren(EntryEditor)) - before
    assert editor.essentials.kind.currentData() == "risk_check"
    assert editor.risk.isVisible()
    strangulation = editor.risk.states["strangulation"]
    strangulation.setCurrentIndex(strangulation.findData("yes"))
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: dialog.table.columnCount() == 3)
    assert "Strangulation or choking" in [
        dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())
    ]


# people ------------------------------------------------------------------------------------


def test_officer_transfer_is_recorded_with_a_date_and_linked_entries_listed(
    qtbot, case_window
) -> None:
    case_window.case.people_action.trigger()
    dialog = case_window.case.dialogs[-1]
    html = dialog.profile.toPlainText()
    assert "Officer details over time" in html and "Central" in html
    assert "Grabbed my arm" in html and "Car parked outside" in html
    click(qtbot, dialog.change_button)
    change = dialog.change_dialog
    assert isinstance(change, OfficerChangeDialog)
    change.edits["station"].setText("Northside")
    change.edits["rank"].setText("Sergeant")
    type_into(qtbot, change.effective, "2025-06-01")
    type_into(qtbot, change.note, "Transferred and promoted")
    change.save()
    qtbot.waitUntil(lambda: "Northside" in dialog.profile.toPlainText())
    text = dialog.profile.toPlainText()
    assert text.index("Northside") < text.index("Central")
    assert "Transferred and promoted" in text and "from 2019-05" in text
    person = case_window.session.journal.people()[0]
    assert person.content.officer_history[0].details.station == "Central"


def test_a_misspelt_name_is_corrected_and_the_officer_history_kept(qtbot, case_window) -> None:
    case_window.case.people_action.trigger()
    dialog = case_window.case.dialogs[-1]
    journal = case_window.session.journal
    person = journal.people()[0]
    history = person.content.officer_history
    click(qtbot, dialog.correct_button)
    correct = dialog.correct_dialog
    assert correct is not None and correct.name.text() == person.content.name
    assert correct.is_officer.isChecked() and correct.station.text()
    correct.name.selectAll()
    type_into(qtbot, correct.name, "Corrected Name")
    type_into(qtbot, correct.badge_number, "7")
    click(qtbot, correct.add_button)
    qtbot.waitUntil(lambda: "Corrected Name" in dialog.profile.toPlainText())
    updated = journal.person(person.person_id).content
    assert updated.name == "Corrected Name"
    assert updated.officer is not None and updated.officer.badge_number.endswith("7")
    assert updated.officer_history == history  # a correction is not a transfer
    assert len(journal.history(person.person_id)) == 2  # the old spelling stays on record


def test_case_views_close_when_the_journal_locks(qtbot, case_window) -> None:
    case_window.case.tracker_action.trigger()
    case_window.case.after_action.trigger()
    dialogs = list(case_window.case.dialogs)
    assert all(d.isVisible() for d in dialogs)
    case_window.lock()
    # closed, emptied and deleted (tests/ui/test_lock_wipes_everything.py scans for content)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(d) for d in dialogs))
    assert case_window.case.dialogs == []
    assert not case_window.case.tracker_action.isEnabled()
    assert QApplication.activeModalWidget() is None


# exports ------------------------------------------------------------------------------


@pytest.mark.parametrize("include_risk", [False, True])
def test_export_dialog_includes_risk_only_when_ticked_and_uses_the_window(
    qtbot, case_window, tmp_path: Path, monkeypatch, include_risk: bool
) -> None:
    import json

    from ui.export import dialog as export_dialog

    case_window.exports.export_action.trigger()
    dialog = case_window.exports.dialog
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.format.setCurrentIndex(form.format.findData("json"))
    assert not form.include_risk.isChecked() and form.after_days.value() == 90
    if include_risk:
        form.include_risk.click()
    form.after_days.setValue(20)
    out = tmp_path / "table.json"
    monkeypatch.setattr(export_dialog, "choose_file", lambda *a, **k: str(out))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    if dialog.result_box is not None:
        dialog.result_box.close()
    data = json.loads(out.read_text(encoding="utf-8"))
    case = data["case"]
    assert case["after_disclosure"]["window_days"] == 20
    assert ("risk_indicators" in case) is include_risk
    kinds = {e["kind"] for e in data["entries"]}
    assert ("risk_check" in kinds) is include_risk
    assert ("car outside" in out.read_text(encoding="utf-8")) is include_risk


def test_the_tracker_model_passes_qtmodeltester(qtmodeltester, case_window) -> None:
    tracker = case_window.case.show_tracker()
    assert tracker is not None and tracker.model.rowCount() == 2
    qtmodeltester.check(tracker.model, force_py=True)
    tracker.open_only.setChecked(True)
    qtmodeltester.check(tracker.model, force_py=True)


def test_a_risk_check_in_the_detail_pane_carries_the_note(qtbot, case_window) -> None:
    view = case_window.journal_view
    check = next(e for e in view.visible_entries() if e.content.kind == "risk_check")
    view.select(check.entry_id)
    text = view.detail.toPlainText()
    assert "Risk noted" in text and "Access to a firearm or service weapon: Yes" in text
    assert "do not replace a risk assessment" in text


def test_a_new_officer_can_be_given_the_date_of_the_current_post(qtbot, window) -> None:
    session = unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    open_section(qtbot, editor, editor.people)
    click(qtbot, editor.people.new_person_button)
    dialog = editor.people.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.name, "Officer B")
    tick(qtbot, dialog.is_officer)
    type_into(qtbot, dialog.station, "Harbour Precinct")
    type_into(qtbot, dialog.officer_since, "2022-09")
    with qtbot.waitSignal(dialog.added) as added:
        click(qtbot, dialog.add_button)
    content = session.journal.person(added.args[0]).content
    assert content.officer_since == "2022-09" and content.officer_history == ()
    assert content.officer == OfficerDetails(station="Harbour Precinct")


def test_selecting_a_disclosure_shows_what_followed_in_the_detail_pane(qtbot, case_window) -> None:
    view = case_window.journal_view
    complaint = next(
        e for e in view.visible_entries() if e.content.title == "Complaint to the oversight office"
    )
    view.select(complaint.entry_id)
    text = view.detail.toPlainText()
    assert "What followed within 90 days" in text
    assert "+10 days: Car parked outside — Stalking, Retaliation after disclosure" in text
    assert "+60 days: He reported me for harassment" in text
    incident = next(e for e in view.visible_entries() if e.content.title == "Grabbed my arm")
    view.select(incident.entry_id)
    assert "What followed" not in view.detail.toPlainText()


def test_an_imprecise_disclosure_date_keeps_uncertain_order_apart(
    qtbot, window, tmp_path: Path
) -> None:
    """A complaint known only by month, the fixture's incident on 14 March: not "after".
    In English as the app shows it (its singular forms come from translations/en)."""
    from journal.case.after_disclosure import AROUND_LABEL

    session = unlock_window(qtbot, window)
    journal = session.journal
    complaint = journal.add_entry(
        EntryContent("report", "Complaint in March", EventTime("2025-03", precision="month"))
    )
    journal.add_entry(
        EntryContent(
            "incident",
            "Letter on 1 April",
            EventTime("2025-04-01", precision="day"),
            categories=("retaliation",),
        )
    )
    journal.add_entry(
        EntryContent("report", "Complaint on 20 April", EventTime("2025-04-20", precision="day"))
    )
    journal.add_entry(EntryContent("incident", "Car outside at 8", EventTime("2025-04-20T08:00")))
    with installed("en", tmp_path):
        window.case.after_action.trigger()
        dialog = _dialog(window, AfterDisclosureDialog)
    assert isinstance(dialog, AfterDisclosureDialog)
    march = dialog.tree.topLevelItem(0)
    assert march.text(1) == "Complaint in March"
    assert march.text(3) == "3 entries, 1 marked; 1 order uncertain"
    assert "Days counted from 31 Mar 2025" in march.toolTip(0)
    rows = [march.child(i) for i in range(march.childCount())]
    assert [(r.text(0).split("  ")[0], r.text(1)) for r in rows[:3]] == [
        ("+1 day", "Letter on 1 April"),
        ("+20 days", "Complaint on 20 April"),
        ("+20 days", "Car outside at 8"),
    ]
    apart = rows[3]
    assert apart.text(0) == AROUND_LABEL and apart.isFirstColumnSpanned()
    assert [apart.child(i).text(1) for i in range(apart.childCount())] == ["First incident"]
    april = dialog.tree.topLevelItem(1)
    assert april.text(3) == "0 entries; 1 order uncertain"
    assert april.child(0).child(0).text(1) == "Car outside at 8"
    dialog.close()
    view = window.journal_view
    assert view is not None
    view.select(complaint)
    text = view.detail.toPlainText()
    assert "Days counted from 31 Mar 2025, the last day it could have been." in text
    assert "+1 day: Letter on 1 April — Retaliation after disclosure" in text
    around = text[text.index(AROUND_LABEL) :]
    assert "First incident" in around and "Letter on 1 April" not in around
