"""Plain-text and JSON views of entries, shared by the CLI (and later exports)."""

from __future__ import annotations

from typing import Any

from journal.entries.codec import to_plain
from journal.entries.model import CATEGORIES, KINDS, RISK_INDICATORS, RISK_STATES, Entry, Revision
from journal.entries.plain_words import visible_name
from journal.entries.report_text import ACCOUNT_LABEL, account_sentence
from journal.entries.revision_diff import changed_keys, revision_status
from journal.entries.timeparse import describe


def entry_line(entry: Entry) -> str:
    title = visible_name(entry.content.title)  # a tab or newline cannot forge a column or line
    return "\t".join((entry.entry_id, describe(entry.content.occurred), entry.content.kind, title))


def entry_json(entry: Entry) -> dict[str, Any]:
    data = to_plain(entry)
    data["occurred_display"] = describe(entry.content.occurred)
    data["retrospective"] = entry.retrospective
    return dict(data)


def entry_text(entry: Entry, people: dict[str, str]) -> str:
    c = entry.content
    lines = [
        f"Title:        {visible_name(c.title)}",
        f"Kind:         {KINDS.get(c.kind, c.kind)}",
        f"When:         {describe(c.occurred)}  (as stated; precision: {c.occurred.precision})",
        f"Recorded:     first saved {entry.first_recorded}, {entry.revision_count} revision(s)"
        + ("  [written after the event]" if entry.retrospective else ""),
    ]
    if entry.deleted:
        lines.append("Status:       withdrawn (deleted)")
    if c.location:
        lines.append(f"Where:        {c.location}")
    if c.categories:
        lines.append("Categories:   " + ", ".join(CATEGORIES.get(x, x) for x in c.categories))
    if c.tags:
        lines.append("Tags:         " + ", ".join(c.tags))
    for link in c.people:
        lines.append(f"Person:       {people.get(link.person_id, link.person_id)} ({link.role})")
    for injury in c.injuries:
        lines.append(f"Injury:       {injury.description} {injury.body_area}".rstrip())
    for report in c.reports:
        lines.append(
            f"Report:       {report.body or report.body_type} ref {report.reference}".rstrip()
        )
        if report.outcome:
            lines.append(f"              outcome: {report.outcome}")
    for account in c.accounts:
        lines.append(f"Account:      [{ACCOUNT_LABEL}] {account_sentence(account)}")
    for indicator in c.risk:
        state = RISK_STATES.get(indicator.state, indicator.state)
        label = RISK_INDICATORS.get(indicator.key, indicator.key)
        lines.append(f"Risk noted:   {label}: {state} {indicator.note}".rstrip())
    if c.narrative:
        lines += ["", c.narrative]
    if c.private_notes:
        lines += ["", "Private notes:", c.private_notes]
    for a in entry.attachments:
        lines.append(
            f"Evidence:     {a.attachment_id}  {visible_name(a.file_name)}  {a.media_type}  "
            f"{a.size} bytes  sha256 {a.sha256}"
        )
        lines += [f"              note: {w}" for w in a.warnings]
    return "\n".join(lines)


def revision_line(revision: Revision, previous: Revision | None) -> str:
    status = revision_status(revision)
    changed = changed_keys(previous, revision) if previous is not None else []
    detail = ("changed: " + ", ".join(changed)) if changed else ""
    return "\t".join((str(revision.revision), revision.recorded_at, status, detail)).rstrip()
