"""Reports and complaints across the journal: the tracker, open matters and deadlines.

Each report record inside an entry is one matter. A matter is open until its
status is "closed". Deadlines are free text (survivors often know them only
roughly); one that reads as a date is checked against today for a calm reminder
when it is within a week or has passed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal.entries.model import REPORT_BODIES, REPORT_STATUSES, Entry, ReportRecord
from journal.entries.search import fold
from journal.entries.timeparse import sort_key

REMIND_WITHIN_DAYS = 7
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Matter:
    entry: Entry
    index: int  # position of the report inside the entry
    report: ReportRecord

    @property
    def is_open(self) -> bool:
        return self.report.status != "closed"

    @property
    def body_label(self) -> str:
        return self.report.body or REPORT_BODIES.get(self.report.body_type, self.report.body_type)

    @property
    def status_label(self) -> str:
        r = self.report
        label = REPORT_STATUSES.get(r.status, r.status)
        return f"{label}: {r.outcome}" if r.status == "closed" and r.outcome else label

    def deadline(self) -> date | None:
        return parse_day(self.report.next_deadline)


@dataclass(frozen=True)
class MatterFilter:
    open_only: bool = False
    body_types: frozenset[str] = frozenset()
    text: str = ""


def parse_day(text: str) -> date | None:
    """The first ISO date in `text` ("2025-05-02", "by 2025-05-02?"), else None."""
    match = _ISO_DAY.search(text)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def all_matters(entries: Iterable[Entry]) -> list[Matter]:
    """Every report or complaint in the journal, by the date of its entry."""
    live = sorted((e for e in entries if not e.deleted), key=lambda e: sort_key(e.content.occurred))
    return [Matter(e, i, r) for e in live for i, r in enumerate(e.content.reports)]


def matter_text(matter: Matter) -> str:
    r = matter.report
    parts = [matter.entry.content.title, matter.body_label, r.reference, r.contact_person]
    parts += [r.what_they_said, r.what_they_did, r.outcome, r.date, r.next_deadline]
    return fold("\n".join(parts))


def filter_matters(matters: Iterable[Matter], wanted: MatterFilter) -> list[Matter]:
    words = fold(wanted.text).split()
    out = []
    for matter in matters:
        if wanted.open_only and not matter.is_open:
            continue
        if wanted.body_types and matter.report.body_type not in wanted.body_types:
            continue
        if words:
            text = matter_text(matter)
            if not all(w in text for w in words):
                continue
        out.append(matter)
    return out


@dataclass(frozen=True)
class DeadlineNote:
    matter: Matter
    due: date
    days_left: int  # negative when passed

    def sentence(self) -> str:
        what = self.matter.body_label
        ref = f" (ref. {self.matter.report.reference})" if self.matter.report.reference else ""
        due = self.due.isoformat()
        if self.days_left < 0:
            return f"{what}{ref}: the date {due} passed {_days(-self.days_left)} ago."
        if self.days_left == 0:
            return f"{what}{ref}: the next date is today."
        return f"{what}{ref}: the next date is in {_days(self.days_left)}, {due}."


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def deadline_notes(
    entries: Iterable[Entry], today: date, within_days: int = REMIND_WITHIN_DAYS
) -> list[DeadlineNote]:
    """Open matters whose deadline is within `within_days` or has passed, soonest first."""
    notes = []
    for matter in all_matters(entries):
        due = matter.deadline()
        if not matter.is_open or due is None:
            continue
        left = (due - today).days
        if left <= within_days:
            notes.append(DeadlineNote(matter, due, left))
    return sorted(notes, key=lambda n: n.due)


def reminder_text(notes: list[DeadlineNote]) -> str:
    """One calm paragraph for the unlock reminder; empty when nothing is due."""
    if not notes:
        return ""
    head = "A gentle reminder about dates you wrote down for open reports or complaints:"
    return "\n".join([head, *(f"• {n.sentence()}" for n in notes[:5])]) + (
        f"\n…and {len(notes) - 5} more in the tracker." if len(notes) > 5 else ""
    )
