"""Case tools in the core: officer history, the tracker, after-disclosure grouping,
other people's accounts, risk history, guided prompts, and what exports include."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal.case.after_disclosure import (
    after_disclosure,
    days_text,
    followed_disclosure,
    group_for,
    is_disclosure,
)
from journal.case.matters import (
    MatterFilter,
    all_matters,
    deadline_notes,
    filter_matters,
    parse_day,
    reminder_text,
)
from journal.case.officers import linked_entries, officer_postings, record_officer_change
from journal.case.prompts import INJURIES, MESSAGES, POLICE, prompts_for
from journal.case.risk import changes, indicator_rows, risk_content, risk_history
from journal.cli.present import entry_text
from journal.entries.codec import from_plain
from journal.entries.model import (
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    OtherAccount,
    PersonContent,
    PersonLink,
    ReportRecord,
    RiskIndicator,
)
from journal.errors import UsageError
from journal.export.options import ExportOptions, RedactionProfile, select
from journal.session.journal import Journal

from .conftest import BLNS, corpus, reopen


def _day(journal: Journal, day: str, title: str, **fields: object) -> str:
    kind = str(fields.pop("kind", "incident"))
    content = EntryContent(kind=kind, title=title, occurred=EventTime(day, precision="day"))
    return journal.add_entry(_with(content, fields))


def _with(content: EntryContent, fields: dict[str, object]) -> EntryContent:
    from dataclasses import replace

    return replace(content, **fields)  # type: ignore[arg-type]


# model and storage --------------------------------------------------------------


def test_new_fields_survive_reopen(journal: Journal, vault_path: Path) -> None:
    target = _day(journal, "2025-01-02", "Pushed against the wall")
    report = ReportRecord(
        "internal_affairs",
        "Professional standards",
        "2025-01-10",
        "PSU-1",
        "Sgt. Example",
        "They said it would be looked at.",
        "closed",
        "",
        what_they_did="Took a statement.",
        outcome="No further action",
        concerns=(target,),
    )
    account = OtherAccount("Ex-partner", "my GP", "2025-01", "She is unstable", "the GP told me")
    entry_id = _day(
        journal, "2025-01-10", "Complaint", kind="report", reports=(report,), accounts=(account,)
    )
    journal.vault.lock()
    again = reopen(vault_path)
    content = again.entry(entry_id).content
    assert content.reports == (report,)
    assert content.accounts == (account,)
    again.vault.lock()


def test_revisions_written_before_the_new_fields_still_read() -> None:
    old = {"kind": "report", "title": "t", "occurred": {"start": "2025-01-01"}}
    old["reports"] = [{"body_type": "police", "reference": "R-1"}]  # type: ignore[list-item]
    content = from_plain(EntryContent, old)
    assert content.reports[0].outcome == "" and content.reports[0].concerns == ()
    assert content.accounts == () and content.risk == () and content.disclosure is False
    person = from_plain(PersonContent, {"name": "x", "officer": {"rank": "Sgt"}})
    assert person.officer_history == ()


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"risk": (RiskIndicator("made_up", "yes"),)}, "risk indicator"),
        ({"risk": (RiskIndicator("firearm", "maybe"),)}, "risk indicator"),
        ({"risk": (RiskIndicator("firearm", "yes"), RiskIndicator("firearm", "no"))}, "twice"),
        ({"accounts": (OtherAccount(" ", what_was_said=""),)}, "who said it"),
        ({"reports": (ReportRecord(outcome="x" * 1_000_001),)}, "outcome"),
    ],
)
def test_bad_case_fields_are_refused_clearly(
    journal: Journal, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        _day(journal, "2025-01-01", "x", **fields)
    assert journal.entries() == []


def test_naughty_strings_in_accounts_round_trip(journal: Journal, vault_path: Path) -> None:
    strings = [s for s in json.loads(corpus(BLNS).read_text()) if s.strip()][:200]
    accounts = tuple(OtherAccount(s, s, s, s, s) for s in strings)
    entry_id = _day(journal, "2025-02-02", "Told people", accounts=accounts)
    journal.vault.lock()
    again = reopen(vault_path)
    assert again.entry(entry_id).content.accounts == accounts
    again.vault.lock()


# officer profiles ------------------------------------------------------------------


def test_officer_transfer_keeps_the_old_posting(journal: Journal) -> None:
    first = OfficerDetails("Constable", "4471", "City Police Department", "Central", "Traffic")
    person_id = journal.add_person(
        PersonContent("Officer A", "ex-partner", officer=first, officer_since="2019-05")
    )
    moved = OfficerDetails("Sergeant", "4471", "City Police Department", "Northside", "Patrol")
    content = record_officer_change(
        journal.person(person_id).content, moved, "2025-06-01", "Promoted and transferred"
    )
    journal.update_person(person_id, content)
    postings = officer_postings(journal.person(person_id).content)
    assert [p.details.station for p in postings] == ["Northside", "Central"]
    assert postings[0].effective == "2025-06-01" and postings[0].note == "current"
    assert postings[1].effective == "2019-05" and postings[1].note == "Promoted and transferred"
    assert len(journal.history(person_id)) == 2  # the old details stay in the chain too
    with pytest.raises(UsageError, match="current"):
        journal.update_person(person_id, PersonContent("x", officer_history=postings[1:]))


def test_profile_lists_every_linked_entry_with_dates(journal: Journal) -> None:
    person_id = journal.add_person(PersonContent("Officer A"))
    link = (PersonLink(person_id, "abuser", "on"),)
    later = _day(journal, "2025-03-01", "Second", people=link)
    earlier = _day(journal, "2024-01-05", "First", people=link)
    _day(journal, "2024-06-01", "Unrelated")
    linked = linked_entries(person_id, journal.entries())
    assert [x.entry.entry_id for x in linked] == [earlier, later]
    assert linked[0].role == "Abuser" and "2024" in linked[0].when


# tracker, open matters and deadlines ------------------------------------------------


def test_tracker_lists_matters_and_filters_open_ones(journal: Journal) -> None:
    _day(
        journal,
        "2025-01-10",
        "Complaint one",
        kind="report",
        reports=(
            ReportRecord("police", reference="P-1", status="closed", outcome="Unfounded"),
            ReportRecord("oversight", reference="OV-2", status="investigating"),
        ),
    )
    _day(journal, "2025-02-10", "Complaint two", reports=(ReportRecord("prosecutor"),))
    matters = all_matters(journal.entries())
    assert [m.report.reference for m in matters] == ["P-1", "OV-2", ""]
    assert matters[0].status_label == "Closed: Unfounded"
    open_ones = filter_matters(matters, MatterFilter(open_only=True))
    assert [m.report.body_type for m in open_ones] == ["oversight", "prosecutor"]
    by_body = filter_matters(matters, MatterFilter(body_types=frozenset({"police"})))
    assert [m.report.reference for m in by_body] == ["P-1"]
    assert [m.report.reference for m in filter_matters(matters, MatterFilter(text="unfound"))] == [
        "P-1"
    ]


def test_deadline_notes_are_for_open_matters_due_within_a_week_or_past(
    journal: Journal,
) -> None:
    reports = (
        ReportRecord("police", reference="SOON", next_deadline="2025-05-05"),
        ReportRecord("police", reference="PAST", next_deadline="by 2025-04-20 at the latest"),
        ReportRecord("police", reference="LATER", next_deadline="2025-06-30"),
        ReportRecord("police", reference="DONE", next_deadline="2025-05-02", status="closed"),
        ReportRecord("police", reference="VAGUE", next_deadline="sometime in spring"),
    )
    _day(journal, "2025-04-01", "Reports", kind="report", reports=reports)
    notes = deadline_notes(journal.entries(), date(2025, 5, 1))
    assert [(n.matter.report.reference, n.days_left) for n in notes] == [("PAST", -11), ("SOON", 4)]
    text = reminder_text(notes)
    assert "passed 11 days ago" in text and "in 4 days" in text
    assert reminder_text([]) == ""
    assert parse_day("2025-02-30") is None


# after disclosure ---------------------------------------------------------------------


def test_after_disclosure_groups_what_followed_within_the_window(journal: Journal) -> None:
    complaint = _day(
        journal, "2025-01-10", "Complaint", kind="report", reports=(ReportRecord("oversight"),)
    )
    inside = _day(journal, "2025-02-01", "Car outside", categories=("stalking", "retaliation"))
    plain = _day(journal, "2025-03-01", "Quiet visit")
    outside = _day(journal, "2025-05-01", "Reported me", categories=("counter_allegation",))
    journal.add_entry(risk_content(EventTime("2025-01-20"), [RiskIndicator("firearm", "yes")]))
    gone = _day(journal, "2025-01-15", "Withdrawn")
    journal.delete_entry(gone)
    groups = after_disclosure(journal.entries(include_deleted=True))
    assert [g.disclosure.entry_id for g in groups] == [complaint]
    following = groups[0].following
    assert [f.entry.entry_id for f in following] == [inside, plain]
    assert following[0].days_after == 22 and set(following[0].notable) == {
        "stalking",
        "retaliation",
    }
    assert groups[0].notable_count == 1
    wider = after_disclosure(journal.entries(), window_days=120)
    assert outside in [f.entry.entry_id for f in wider[0].following]
    assert followed_disclosure(journal.entries(), 90) == {inside: complaint, plain: complaint}
    with pytest.raises(ValueError):
        after_disclosure(journal.entries(), window_days=0)
    for days in (30, 90, 120):
        assert group_for(journal.entries(), complaint, days) == next(
            g for g in after_disclosure(journal.entries(), days)
        )
    assert group_for(journal.entries(), inside, 90) is None


def _at(journal: Journal, start: str, title: str, precision: str, **fields: object) -> str:
    kind = str(fields.pop("kind", "incident"))
    zone = str(fields.pop("timezone", "Europe/London"))
    when = EventTime(start, str(fields.pop("end", "")) or None, zone, precision)
    return journal.add_entry(_with(EntryContent(kind, title, when), fields))


def _shape(journal: Journal, days: int = 90) -> dict[str, tuple[list[tuple[str, int]], list[str]]]:
    """Disclosure title -> ([(following title, days after)], [around titles])."""
    out = {}
    for g in after_disclosure(journal.entries(include_deleted=True), days):
        following = [(f.entry.content.title, f.days_after) for f in g.following]
        out[g.disclosure.content.title] = (following, [f.entry.content.title for f in g.around])
        assert group_for(journal.entries(), g.disclosure.entry_id, days) == g
    return out


def test_a_complaint_dated_only_by_month_is_not_before_an_incident_in_that_month(
    journal: Journal,
) -> None:
    _at(journal, "2025-03", "Complaint in March", "month", kind="report", disclosure=True)
    _at(journal, "2025-03-14T21:07", "Threat on 14 March", "exact", categories=("threats",))
    _at(journal, "2025-04-01", "Letter on 1 April", "day")
    _at(journal, "2025-02-27T10:00", "Before", "exact")
    following, around = _shape(journal)["Complaint in March"]
    assert following == [("Letter on 1 April", 1)]
    assert around == ["Threat on 14 March"]
    group = after_disclosure(journal.entries())[0]
    assert group.counted_from == date(2025, 3, 31)
    assert group.basis_note == "Days counted from 31 Mar 2025, the last day it could have been."


def test_a_complaint_dated_by_day_is_not_before_a_time_that_day(journal: Journal) -> None:
    _at(journal, "2025-04-20", "Complaint on 20 April", "day", kind="report", disclosure=True)
    _at(journal, "2025-04-20T08:00", "Car outside at 8", "exact", categories=("stalking",))
    _at(journal, "2025-04-20T23:59", "Call at midnight", "exact")
    _at(journal, "2025-04-21T00:05", "Message just after", "exact")
    _at(journal, "2025-04-22", "Visit two days on", "day")
    following, around = _shape(journal)["Complaint on 20 April"]
    assert following == [("Message just after", 1), ("Visit two days on", 2)]
    assert around == ["Car outside at 8", "Call at midnight"]
    assert after_disclosure(journal.entries())[0].basis_note == ""
    assert followed_disclosure(journal.entries(), 90).keys() == {
        e.entry_id for e in journal.entries() if e.content.title.startswith(("Message", "Visit"))
    }


def test_approximate_times_could_be_any_time_that_day(journal: Journal) -> None:
    _at(journal, "2025-06-10T12:00", "Told my sister", "approximate", kind="note", disclosure=True)
    _at(journal, "2025-06-10T13:00", "He phoned", "exact")
    _at(journal, "2025-06-10T09:00", "Earlier that day", "exact")
    _at(journal, "2025-06-11T09:00", "Next morning", "approximate")
    _at(journal, "2025-06-09T20:00", "Day before", "exact")
    following, around = _shape(journal)["Told my sister"]
    assert following == [("Next morning", 1)]
    assert around == ["Earlier that day", "He phoned"]


def test_exact_times_on_one_day_keep_their_order(journal: Journal) -> None:
    _at(journal, "2025-05-02T10:00", "Complaint at 10", "exact", kind="report", disclosure=True)
    _at(journal, "2025-05-02T09:00", "Before, at 9", "exact")
    _at(journal, "2025-05-02T10:00", "Same minute", "exact")
    _at(journal, "2025-05-02T11:30", "After, at 11:30", "exact", categories=("retaliation",))
    _at(journal, "2025-05-02T20:00", "Evening", "exact", end="2025-05-02T21:00")
    _at(journal, "2025-05-02T09:30", "Long visit", "exact", end="2025-05-02T10:30")
    # written in another zone: 05:30 in New York is 10:30 in London, after the complaint
    _at(journal, "2025-05-02T05:30", "Email from abroad", "exact", timezone="America/New_York")
    following, around = _shape(journal)["Complaint at 10"]
    assert following == [("Email from abroad", 0), ("After, at 11:30", 0), ("Evening", 0)]
    assert around == ["Long visit", "Same minute"]
    group = after_disclosure(journal.entries())[0]
    assert group.notable_count == 1
    assert [days_text(n) for n in (0, 1, 2, 31)] == ["same day", "+1 day", "+2 days", "+31 days"]


def test_withdrawn_entries_and_risk_checks_are_left_out(journal: Journal) -> None:
    _at(journal, "2025-03", "Complaint in March", "month", kind="report", disclosure=True)
    gone_around = _at(journal, "2025-03-10", "Withdrawn around", "day")
    gone_after = _at(journal, "2025-04-03", "Withdrawn after", "day")
    _at(journal, "2025-04-04", "Kept", "day")
    journal.add_entry(risk_content(EventTime("2025-03-20"), [RiskIndicator("firearm", "yes")]))
    journal.add_entry(risk_content(EventTime("2025-04-02"), [RiskIndicator("firearm", "yes")]))
    gone_complaint = _at(journal, "2025-03-12", "Withdrawn complaint", "day", kind="report")
    for entry_id in (gone_around, gone_after, gone_complaint):
        journal.delete_entry(entry_id)
    assert _shape(journal) == {"Complaint in March": ([("Kept", 4)], [])}
    assert group_for(journal.entries(include_deleted=True), gone_complaint) is None


def test_what_counts_as_a_disclosure(journal: Journal) -> None:
    told = _day(journal, "2025-01-01", "Told my manager", kind="note", disclosure=True)
    response = _day(
        journal, "2025-01-02", "Letter", kind="institutional_response", reports=(ReportRecord(),)
    )
    entries = {e.entry_id: e for e in journal.entries()}
    assert is_disclosure(entries[told]) and not is_disclosure(entries[response])


# risk history --------------------------------------------------------------------------


def test_risk_history_shows_what_was_noted_when(journal: Journal) -> None:
    journal.add_entry(
        risk_content(
            EventTime("2024-03-01", precision="day"),
            [RiskIndicator("firearm", "yes"), RiskIndicator("separation", "no")],
        )
    )
    journal.add_entry(
        risk_content(
            EventTime("2024-09-01", precision="day"),
            [
                RiskIndicator("firearm", "yes"),
                RiskIndicator("separation", "yes", "I moved out"),
                RiskIndicator("strangulation", "yes"),
            ],
        )
    )
    history = risk_history(journal.entries())
    assert len(history) == 2
    rows = dict(indicator_rows(history))
    assert rows["Access to a firearm or service weapon"] == ["Yes", "Yes"]
    assert rows["Strangulation or choking"] == ["", "Yes"]
    said = changes(history)
    assert any("Separation" in line and "(was No)" in line for line in said)
    assert not any("firearm" in line for line in said)


# guided prompts ------------------------------------------------------------------------


def test_prompts_depend_on_kind_and_categories() -> None:
    def content(**fields: object) -> EntryContent:
        return _with(EntryContent("incident", "t", EventTime("2025-01-01")), fields)

    assert prompts_for(content()) == []
    assert prompts_for(content(kind="contact")) == [MESSAGES]
    assert prompts_for(content(injuries=(Injury("bruise"),))) == [INJURIES]
    assert prompts_for(content(categories=("police_power", "technology"))) == [MESSAGES, POLICE]
    assert prompts_for(content(reports=(ReportRecord("internal_affairs"),))) == [POLICE]


# search, text view and exports ----------------------------------------------------------


def test_search_finds_account_outcome_and_risk_note_text(journal: Journal) -> None:
    account = OtherAccount("Ex-partner", "my employer", what_was_said="she drinks")
    report = ReportRecord("police", outcome="Referred onward")
    entry_id = _day(journal, "2025-01-01", "x", accounts=(account,), reports=(report,))
    assert [e.entry_id for e in journal.search("employer drinks")] == [entry_id]
    assert [e.entry_id for e in journal.search("referred onward")] == [entry_id]
    text = entry_text(journal.entry(entry_id), {})
    assert "[Your account of what someone else said] Ex-partner told my employer" in text


def test_exports_leave_risk_out_unless_chosen(journal: Journal) -> None:
    check = journal.add_entry(
        risk_content(EventTime("2025-01-01"), [RiskIndicator("firearm", "yes", "service gun")])
    )
    incident = _day(journal, "2025-01-02", "x", risk=(RiskIndicator("stalking", "yes"),))
    now = lambda: datetime(2026, 1, 1, tzinfo=UTC)  # noqa: E731
    default = select(journal, ExportOptions(), now)
    assert [e.entry_id for e in default.entries] == [incident]
    assert default.entries[0].content.risk == ()
    chosen = select(journal, ExportOptions(include_risk=True), now)
    assert [e.entry_id for e in chosen.entries] == [check, incident]
    assert chosen.entries[0].content.risk[0].note == "service gun"


def test_redaction_reaches_accounts_outcomes_and_officer_history(journal: Journal) -> None:
    officer = OfficerDetails("Sgt", "1", "City Police Department", "Elm Street Station")
    person = PersonContent("Officer A", officer=officer, officer_since="2024-01")
    person = record_officer_change(
        person, OfficerDetails("Sgt", "1", "City Police Department", "Harbour"), "2025-01", "moved"
    )
    person_id = journal.add_person(person)
    _day(
        journal,
        "2025-01-01",
        "x",
        people=(PersonLink(person_id),),
        accounts=(OtherAccount("Him", "Elm Street school", what_was_said="at Elm Street"),),
        reports=(ReportRecord(outcome="moved to Elm Street", what_they_did="Elm Street visit"),),
    )
    options = ExportOptions(redaction=RedactionProfile("court", terms=("Elm Street",)))
    shown = select(journal, options)
    content = shown.entries[0].content
    assert "Elm" not in repr(content.accounts) and "Elm" not in repr(content.reports)
    assert "Elm" not in repr(shown.people)
    assert shown.redactions == 5


def test_the_chronology_pdf_lists_uncertain_order_apart(journal: Journal, tmp_path: Path) -> None:
    import subprocess

    from journal.export.pdf import render_pdf

    _at(journal, "2025-03", "Complaint in March", "month", kind="report", disclosure=True)
    _at(journal, "2025-03-14T21:07", "Threat on 14 March", "exact", categories=("threats",))
    _at(journal, "2025-04-01", "Letter on 1 April", "day")
    _at(journal, "2025-04-05", "Visit on 5 April", "day", categories=("stalking",))
    pdf = tmp_path / "chronology.pdf"
    with pdf.open("xb") as handle:
        render_pdf(select(journal, ExportOptions()), journal, handle)
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True)
    text = out.stdout.decode()
    after = " ".join(text[text.index("After disclosure\n") :].split())
    section = after[after.index("Complaint in March") :]
    assert "Days counted from 31 Mar 2025, the last day it could have been." in section
    assert "+1 day " in section and "+5 days" in section and "+1 days" not in section
    followed = section[: section.index("Around the same time (order not certain):")]
    start = section.index("Around the same time (order not certain):")
    apart = section[start : start + 200]
    assert "Letter on 1 April" in followed and "Visit on 5 April" in followed
    assert "Threat on 14 March" not in followed
    assert "order not certain" in apart and "Threat on 14 March" in apart


@pytest.mark.slow
def test_one_disclosure_s_group_matches_the_full_grouping_across_zones_and_ranges() -> None:
    """group_for (the detail pane) skips far entries for speed; it must agree exactly."""
    import random
    from datetime import timedelta

    from journal.entries.model import Entry

    rng = random.Random(7)
    zones = ["Europe/London", "America/New_York", "Asia/Tokyo", None, "+05:30"]
    entries = []
    for i in range(600):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(300))
        precision = rng.choice(["exact", "exact", "day", "month", "approximate"])
        start = {
            "exact": f"{day}T{rng.randrange(24):02d}:{rng.randrange(60):02d}",
            "approximate": f"{day}T12:00",
            "day": str(day),
            "month": str(day)[:7],
        }[precision]
        end = f"{day + timedelta(days=rng.randrange(60))}T10:00" if i % 13 == 0 else None
        when = EventTime(start, end if precision == "exact" else None, rng.choice(zones), precision)
        kind = "report" if i % 7 == 0 else "incident"
        content = EntryContent(kind, f"t{i}", when)
        entries.append(Entry(f"e{i}", content, (), f"2025-01-01T00:00:{i % 60:02d}+00:00", "x", 1))
    for window in (1, 30, 90):
        groups = after_disclosure(entries, window)
        assert groups and any(g.around for g in groups)
        for group in groups:
            assert group_for(entries, group.disclosure.entry_id, window) == group


def test_the_after_disclosure_window_setting_keeps_its_range_in_one_place(
    journal: Journal,
) -> None:
    from journal.case.after_disclosure import DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, WINDOW_DAYS
    from journal.errors import UsageError

    assert journal.settings.read(WINDOW_DAYS) == DEFAULT_WINDOW_DAYS
    journal.settings.write(WINDOW_DAYS, 30)
    assert journal.settings.read(WINDOW_DAYS) == 30
    for bad in (0, MAX_WINDOW_DAYS + 1, True):
        with pytest.raises(UsageError):
            journal.settings.write(WINDOW_DAYS, bad)
    journal.settings.set(WINDOW_DAYS.key, "ninety")  # stored by an older or altered copy
    assert journal.settings.read(WINDOW_DAYS) == DEFAULT_WINDOW_DAYS
