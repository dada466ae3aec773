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
from journal.translatable import QT_TRANSLATE_NOOP, core, counted, phrase

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
        body_type = self.report.body_type
        return self.report.body or phrase(REPORT_BODIES.get(body_type, body_type))

    @property
    def status_label(self) -> str:
        r = self.report
        label = phrase(REPORT_STATUSES.get(r.status, r.status))
        if r.status == "closed" and r.outcome:
            return phrase(
                QT_TRANSLATE_NOOP("core", "{status}: {outcome}"), status=label, outcome=r.outcome
            )
        return label

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
        """In English; a phrase the app translates (`core_phrase`)."""
        what, reference = self.matter.body_label, self.matter.report.reference
        if reference:
            what = phrase(
                QT_TRANSLATE_NOOP("core", "{body} (ref. {reference})"),
                body=what,
                reference=reference,
            )
        due = self.due.isoformat()
        if self.days_left < 0:
            said = QT_TRANSLATE_NOOP("core", "{what}: the date {due} passed {days} ago.")
            return phrase(said, what=what, due=due, days=_days(-self.days_left))
        if self.days_left == 0:
            return phrase(QT_TRANSLATE_NOOP("core", "{what}: the next date is today."), what=what)
        said = QT_TRANSLATE_NOOP("core", "{what}: the next date is in {days}, {due}.")
        return phrase(said, what=what, due=due, days=_days(self.days_left))


def _days(n: int) -> str:
    return counted(core.tr("%n days", None, n), n, "1 day" if n == 1 else f"{n} days")


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
    """One calm paragraph for the unlock reminder, in English; empty when nothing is due."""
    return "\n".join(reminder_lines(notes))


def reminder_lines(notes: list[DeadlineNote]) -> list[str]:
    """The same paragraph as lines the app translates one by one (`core_phrase`)."""
    if not notes:
        return []
    head = phrase(
        QT_TRANSLATE_NOOP(
            "core", "A gentle reminder about dates you wrote down for open reports or complaints:"
        )
    )
    bullet = QT_TRANSLATE_NOOP("core", "• {note}")
    lines: list[str] = [head, *(phrase(bullet, note=n.sentence()) for n in notes[:5])]
    if len(notes) > 5:
        more = len(notes) - 5
        said = core.tr("…and %n more in the tracker.", None, more)
        lines.append(counted(said, more, f"…and {more} more in the tracker."))
    return lines
