"""Officer profiles: details changed over time (transfers, promotions), and every
entry that links the person, with its date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from journal.entries.model import PERSON_ROLES, Entry, OfficerDetails, OfficerPosting, PersonContent
from journal.entries.timeparse import describe, sort_key


@dataclass(frozen=True)
class LinkedEntry:
    entry: Entry
    role: str
    when: str


def officer_postings(content: PersonContent) -> list[OfficerPosting]:
    """The current details first (from `officer_since`), then earlier ones, newest first."""
    out = []
    if content.officer is not None:
        out.append(OfficerPosting(content.officer_since, content.officer, "current"))
    out += sorted(content.officer_history, key=lambda p: p.effective, reverse=True)
    return out


def record_officer_change(
    content: PersonContent, new: OfficerDetails, effective: str, note: str = ""
) -> PersonContent:
    """New current details from `effective`; the previous ones go into the history.

    Nothing is lost: the old details are kept as a posting (with the date they
    began, if known) and the note says what changed (e.g. "transferred").
    """
    if content.officer is None or content.officer == new:
        return replace(content, officer=new, officer_since=effective or content.officer_since)
    previous = OfficerPosting(content.officer_since, content.officer, note)
    return replace(
        content,
        officer=new,
        officer_since=effective,
        officer_history=(previous, *content.officer_history),
    )


def linked_entries(person_id: str, entries: Iterable[Entry]) -> list[LinkedEntry]:
    """Every entry that links the person, in time order, with the role they had in it."""
    out = []
    for entry in sorted(entries, key=lambda e: sort_key(e.content.occurred)):
        if entry.deleted:
            continue
        for link in entry.content.people:
            if link.person_id == person_id:
                role = PERSON_ROLES.get(link.role, link.role)
                out.append(LinkedEntry(entry, role, describe(entry.content.occurred, False)))
                break
    return out


def officer_line(details: OfficerDetails) -> str:
    parts = [
        details.rank,
        f"no. {details.badge_number}" if details.badge_number else "",
        details.agency,
        details.station,
        details.unit,
        f"supervisor {details.supervisor}" if details.supervisor else "",
    ]
    return ", ".join(p for p in parts if p)
