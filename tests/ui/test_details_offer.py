"""Prompts that show up when they help: suggestions from what she wrote (not only from
ticked categories), and after a new incident is first saved, one skippable step for who
did it, injuries, who saw it and whether it was told."""

from __future__ import annotations

from dataclasses import replace

import pytest

from journal.case.prompts import INJURIES, MESSAGES, POLICE, missing_details, prompts_for
from journal.entries.model import EntryContent, EventTime, Injury, PersonLink, ReportRecord
from ui.app.window import AppWindow
from ui.editor.window import EntryEditor

from .conftest import unlock_window
from .gui_helpers import click, open_editor, type_into

BARE = EntryContent(kind="incident", title="At the door", occurred=EventTime("2025-03-14"))


@pytest.mark.parametrize(
    ("narrative", "expected"),
    [
        ("He grabbed my arm and it hurt.", INJURIES),
        ("He texted me forty times that night.", MESSAGES),
        ("Two officers from his station came by.", POLICE),
    ],
)
def test_what_she_wrote_brings_the_suggestions_that_fit(narrative, expected) -> None:
    assert prompts_for(BARE) == []
    assert expected in prompts_for(replace(BARE, narrative=narrative))


def test_the_details_still_missing_from_an_incident() -> None:
    assert missing_details(BARE) == [
        "who did it",
        "any injuries, even small ones",
        "anyone who saw or heard it",
        "whether you told anyone or reported it",
    ]
    full = replace(
        BARE,
        people=(PersonLink("p1", "abuser"), PersonLink("p2", "witness")),
        injuries=(Injury("bruise"),),
        reports=(ReportRecord("police", "Central", "2025-03-15", "R-1"),),
    )
    assert missing_details(full) == []
    assert missing_details(replace(BARE, kind="note")) == []


def test_after_a_new_incident_one_skippable_step_opens_the_right_sections(
    qtbot, window: AppWindow
) -> None:
    unlock_window(qtbot, window)
    editor = open_editor(qtbot, window)
    type_into(qtbot, editor.essentials.title, "He blocked the door")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: window.details_offer is not None)
    offer = window.details_offer
    assert offer is not None and "who did it" in offer.informativeText()
    before = set(window.findChildren(EntryEditor))
    next(b for b in offer.buttons() if "Add them now" in b.text()).click()
    (again,) = set(window.findChildren(EntryEditor)) - before
    qtbot.waitExposed(again)
    for section in (again.people, again.injuries, again.reports):
        assert again.disclosures[section].is_open
    assert again.essentials.title.text() == "He blocked the door"
