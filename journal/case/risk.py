"""Risk indicators noted over time, as a history: what was noted when.

Each check is an entry of kind "risk_check" holding a tuple of indicator states,
so it gets revisions, the hash chain and export selection like any entry (and is
left out of exports unless the person chooses to include it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from journal.entries.model import (
    RISK_INDICATORS,
    RISK_STATES,
    Entry,
    EntryContent,
    EventTime,
    RiskIndicator,
)
from journal.entries.timeparse import describe, sort_key
from journal.translatable import QT_TRANSLATE_NOOP

RISK_KIND = "risk_check"

#: Shown wherever risk indicators are shown or exported.
RISK_DISCLAIMER = QT_TRANSLATE_NOOP(
    "core",
    "These are notes of what was noticed at the time. They do not replace a risk "
    "assessment by a trained professional. If you are in danger now, call your local "
    "emergency number.",
)
SUPPORT_POINTER = QT_TRANSLATE_NOOP(
    "core",
    "Support services (a domestic-violence helpline or advocate) can talk a risk "
    "assessment and a safety plan through with you.",
)


@dataclass(frozen=True)
class RiskCheck:
    entry: Entry
    states: dict[str, RiskIndicator]  # indicator key -> what was noted

    @property
    def when(self) -> str:
        return describe(self.entry.content.occurred, with_zone=False)

    def state(self, key: str) -> str:
        found = self.states.get(key)
        return found.state if found else ""


def risk_content(
    when: EventTime, indicators: Iterable[RiskIndicator], note: str = ""
) -> EntryContent:
    items = tuple(i for i in indicators if i.state or i.note)
    return EntryContent(
        kind=RISK_KIND, title="Risk check", occurred=when, narrative=note, risk=items
    )


def risk_history(entries: Iterable[Entry]) -> list[RiskCheck]:
    """Every entry that notes risk indicators, oldest first."""
    checks = [
        RiskCheck(e, {i.key: i for i in e.content.risk})
        for e in entries
        if not e.deleted and (e.content.kind == RISK_KIND or e.content.risk)
    ]
    checks.sort(key=lambda c: (sort_key(c.entry.content.occurred), c.entry.first_recorded))
    return checks


def indicator_keys(history: list[RiskCheck]) -> list[str]:
    """Every indicator ever noted: in the fixed order of RISK_INDICATORS, then any
    unknown key as stored."""
    keys = [k for k in RISK_INDICATORS if any(c.state(k) or k in c.states for c in history)]
    extra = sorted({k for c in history for k in c.states} - set(RISK_INDICATORS))
    return keys + extra


def indicator_rows(history: list[RiskCheck]) -> list[tuple[str, list[str]]]:
    """(indicator label, state label per check) for every indicator ever noted."""
    return [
        (
            RISK_INDICATORS.get(key, key),
            [RISK_STATES.get(c.state(key), c.state(key)) if c.state(key) else "" for c in history],
        )
        for key in indicator_keys(history)
    ]


@dataclass(frozen=True)
class RiskChange:
    """One indicator noted differently at a check than at the one before (states as
    stored: "yes", "no", "unsure"; "" for not noted)."""

    when: str  # the later check's date, a phrase (timeparse.describe)
    key: str
    old: str
    new: str


def risk_changes(history: list[RiskCheck]) -> list[RiskChange]:
    """Each indicator that changed from one check to the next to a noted state."""
    out = []
    for before, after in pairwise(history):
        for key in dict.fromkeys([*before.states, *after.states]):
            old, new = before.state(key), after.state(key)
            if old != new and new:
                out.append(RiskChange(after.when, key, old, new))
    return out


def changes(history: list[RiskCheck]) -> list[str]:
    """Plain sentences for each indicator that changed from one check to the next."""
    out = []
    for change in risk_changes(history):
        label = RISK_INDICATORS.get(change.key, change.key)
        old, new = change.old, change.new
        was = RISK_STATES.get(old, old) if old else "not noted"
        out.append(f"{change.when}: {label} — {RISK_STATES.get(new, new)} (was {was})")
    return out
