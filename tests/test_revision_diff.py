"""What changed between revisions, field by field, and the line diff (no Qt)."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from journal.cli import present
from journal.entries.model import (
    EntryContent,
    EventTime,
    Injury,
    PersonContent,
    PersonLink,
    ReportRecord,
    RiskIndicator,
)
from journal.entries.revision_diff import (
    FieldChange,
    changed_keys,
    diff_revisions,
    line_diff,
    revision_status,
    save_times,
)
from journal.session.journal import Journal

from .conftest import BLNS, corpus


def _content(title: str = "Argument", **kw) -> EntryContent:
    return EntryContent(kind="incident", title=title, occurred=EventTime("2025-03-14T21:07"), **kw)


def _by_key(changes: list[FieldChange]) -> dict[str, FieldChange]:
    return {c.key: c for c in changes}


def test_a_title_edit_is_the_only_change(journal: Journal) -> None:
    entry_id = journal.add_entry(_content("Argument", narrative="He shouted."))
    journal.update_entry(entry_id, _content("Argument in the kitchen", narrative="He shouted."))
    first, second = journal.history(entry_id)
    changes = diff_revisions(first, second)
    assert changes == [FieldChange("title", "Title", "Argument", "Argument in the kitchen")]
    assert not changes[0].is_long
    assert present.revision_line(second, first).endswith("\tsaved\tchanged: title")


def test_first_revision_lists_every_field_that_was_filled_in(journal: Journal) -> None:
    entry_id = journal.add_entry(_content("First", location="Home", categories=("threats",)))
    (only,) = journal.history(entry_id)
    changes = _by_key(diff_revisions(None, only))
    assert list(changes) == ["kind", "title", "occurred", "location", "categories"]
    assert all(c.old == "" for c in changes.values())
    assert changes["categories"].new == "Threats"
    assert changes["occurred"].new.splitlines() == [
        "14 Mar 2025 21:07",
        "Entered as: 2025-03-14T21:07",
        "Precision: Exact",
    ]
    assert present.revision_line(only, None).split("\t")[2:] == ["saved"]


def test_lists_people_reports_injuries_and_evidence(journal: Journal, tmp_path: Path) -> None:
    officer = journal.add_person(PersonContent(name="Sgt. R. Example"))
    entry_id = journal.add_entry(_content(categories=("physical",)))
    before = journal.entry(entry_id).content
    journal.update_entry(
        entry_id,
        replace(
            before,
            categories=("physical", "weapon"),
            people=(PersonLink(officer, role="abuser", on_duty="off", note="in uniform"),),
            injuries=(Injury("bruise", body_area="left arm", photographed=True),),
            reports=(ReportRecord(body_type="oversight", reference="OV-77", status="made"),),
            occurred=EventTime("2025-03-14", precision="day"),
        ),
    )
    photo = tmp_path / "arm.txt"
    photo.write_text("not really a photo")
    journal.attach_file(entry_id, photo, description="Taken the next day")
    first, second, third = journal.history(entry_id)
    names = {officer: "Sgt. R. Example"}

    changes = _by_key(diff_revisions(first, second, names))
    assert list(changes) == ["occurred", "categories", "people", "injuries", "reports"]
    assert changes["categories"].old == "Physical"
    assert changes["categories"].new == "Physical\nWeapon or firearm (service weapon)"
    assert changes["people"].new == "Sgt. R. Example (Abuser, Off duty): in uniform"
    assert changes["injuries"].new == "bruise · left arm · photographed"
    assert "ref. OV-77" in changes["reports"].new
    assert changes["occurred"].old.startswith("14 Mar 2025 21:07")
    assert "Precision: Day only" in changes["occurred"].new
    # without a name for the person the change is still shown, never hidden
    assert "(unknown person)" in _by_key(diff_revisions(first, second))["people"].new

    evidence = diff_revisions(second, third)
    assert [c.key for c in evidence] == ["evidence"]
    assert evidence[0].old == ""
    assert "arm.txt" in evidence[0].new and "Taken the next day" in evidence[0].new
    assert present.revision_line(third, second).endswith("changed: evidence")
    line = present.revision_line(second, first)
    assert line.endswith("changed: occurred, categories, people, injuries, reports")


def test_risk_indicators_are_named_as_the_editor_names_them(journal: Journal) -> None:
    """Not "key: firearm · state: yes": the indicator's and the state's own labels."""
    entry_id = journal.add_entry(_content(risk=(RiskIndicator("firearm", "unsure"),)))
    noted = (RiskIndicator("firearm", "yes", "keeps it in the car"), RiskIndicator("stalking"))
    journal.update_entry(entry_id, _content(risk=noted))
    first, second = journal.history(entry_id)
    change = _by_key(diff_revisions(first, second))["risk"]
    assert change.old == "Access to a firearm or service weapon: Not sure"
    assert change.new.splitlines() == [
        "Access to a firearm or service weapon: Yes · keeps it in the car",
        "Stalking or following: Not noted",
    ]


def test_withdrawn_and_purged_revisions(journal: Journal) -> None:
    entry_id = journal.add_entry(_content())
    journal.delete_entry(entry_id)
    saved, withdrawn = journal.history(entry_id)
    assert revision_status(saved) == "saved"
    assert revision_status(withdrawn) == "deleted"
    assert diff_revisions(saved, withdrawn) == []
    assert present.revision_line(withdrawn, saved).split("\t")[2:] == ["deleted"]

    journal.purge_entry(entry_id, confirm="PURGE")
    history = journal.history(entry_id)
    assert [revision_status(r) for r in history] == ["purged"] * 3
    assert diff_revisions(history[0], history[1]) == []
    assert changed_keys(history[1], history[2]) == []


def test_person_revisions_use_the_same_comparison(journal: Journal) -> None:
    person_id = journal.add_person(PersonContent(name="R."))
    journal.update_person(person_id, PersonContent(name="R. Example", relationship="ex-partner"))
    first, second = journal.history(person_id)
    changes = diff_revisions(first, second)
    assert [(c.key, c.label, c.old, c.new) for c in changes] == [
        ("name", "Name", "R.", "R. Example"),
        ("relationship", "Relationship", "", "ex-partner"),
    ]
    assert present.revision_line(second, first).endswith("changed: name, relationship")


def test_long_text_is_long_and_line_diff_marks_changed_words() -> None:
    old = "He came home late.\nHe shouted and threw my phone.\nI hid.\nHe left."
    new = "He came home late.\nHe shouted and threw my phone at the wall.\nI hid.\nHe left."
    assert FieldChange("narrative", "What happened", old, new).is_long
    lines = line_diff(old, new, context=1)
    assert [line.op for line in lines] == ["same", "removed", "added", "same", "skipped"]
    assert lines[-1].skipped == 1
    removed, added = lines[1], lines[2]
    assert removed.text == "He shouted and threw my phone."
    assert added.text == "He shouted and threw my phone at the wall."
    assert [text for text, changed in added.segments if changed] == [" at the wall"]


def test_line_diff_from_and_to_nothing() -> None:
    assert [(d.op, d.text) for d in line_diff("", "a\nb")] == [("added", "a"), ("added", "b")]
    assert [(d.op, d.text) for d in line_diff("a", "")] == [("removed", "a")]
    assert line_diff("", "") == []
    assert line_diff("same\ntext", "same\ntext") == []


def test_windows_line_ends_are_line_breaks() -> None:
    lines = line_diff("one\r\ntwo\rthree", "one\ntwo\nthree!")
    assert [(d.op, d.text) for d in lines] == [
        ("same", "one"),
        ("same", "two"),
        ("removed", "three"),
        ("added", "three!"),
    ]


def test_very_long_lines_fall_back_to_whole_line_changes() -> None:
    old = " ".join(f"w{i}" for i in range(5000))
    new = old.replace("w2500", "changed")
    removed, added = line_diff(old, new)
    assert removed.segments == ((old, True),)
    assert added.segments == ((new, True),)


def test_save_times_show_utc_and_local(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Australia/Sydney")
    time.tzset()
    try:
        utc, local = save_times("2025-03-14T21:07:03.123456+00:00")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert utc == "2025-03-14 21:07:03 UTC"
    assert local == "2025-03-15 08:07:03 (UTC+11:00)"
    assert save_times("not a time") == ("not a time", "not a time")


def _lines(text: str) -> list[str]:
    """A text's lines as the diff sees them (any line end breaks a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if text else []


def _sides(old: str, new: str) -> tuple[list[str], list[str]]:
    """Both texts rebuilt from a full-context line diff."""
    lines = line_diff(old, new, context=10**6)
    before = [d.text for d in lines if d.op in {"same", "removed"}]
    after = [d.text for d in lines if d.op in {"same", "added"}]
    return before, after


@pytest.mark.slow
def test_naughty_strings_diff_without_loss(journal: Journal) -> None:
    strings = [s for s in json.loads(corpus(BLNS).read_text(encoding="utf-8")) if s.strip()]
    for naughty in strings:
        old = f"He said:\n{naughty}\nThen left."
        new = f"He said:\n{naughty} (later)\nThen he left."
        assert _sides(old, new) == (_lines(old), _lines(new))

    entry_id = journal.add_entry(_content("plain"))
    base = journal.entry(entry_id).content
    for naughty in strings[:150]:
        journal.update_entry(entry_id, replace(base, title=naughty, narrative=f"a\n{naughty}"))
    history = journal.history(entry_id)
    for previous, current in pairwise(history):
        assert isinstance(current.content, EntryContent)
        assert isinstance(previous.content, EntryContent)
        changes = _by_key(diff_revisions(previous, current))
        if previous.content.title == current.content.title:  # blns repeats a few strings
            assert changes == {}
            continue
        assert changes["title"].new == current.content.title
        assert changes["title"].old == previous.content.title
        if "narrative" in changes:
            change = changes["narrative"]
            assert _sides(change.old, change.new) == (_lines(change.old), _lines(change.new))
