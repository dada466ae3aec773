"""One report or complaint as short labelled parts, shared by every view of it."""

from __future__ import annotations

from journal.entries.model import REPORT_BODIES, REPORT_STATUSES, OtherAccount, ReportRecord


def report_parts(report: ReportRecord) -> list[str]:
    """Body, date, reference, contact, status and deadline; empty parts left out."""
    parts = [
        REPORT_BODIES.get(report.body_type, report.body_type),
        report.body,
        report.date,
        f"ref. {report.reference}" if report.reference else "",
        report.contact_person,
        REPORT_STATUSES.get(report.status, report.status) if report.status else "",
        f"outcome: {report.outcome}" if report.outcome else "",
        f"next deadline {report.next_deadline}" if report.next_deadline else "",
    ]
    return [p for p in parts if p]


ACCOUNT_LABEL = "Your account of what someone else said"


def account_sentence(account: OtherAccount) -> str:
    """Who said what to whom, when, and how the survivor learned of it, in one line,
    worded as the survivor's account (never as that person's own statement)."""
    who = account.speaker or "Someone"
    head = f"{who} told {account.told_to}" if account.told_to else f"{who} said"
    when = f" ({account.when})" if account.when else ""
    said = f": “{account.what_was_said}”" if account.what_was_said else ""
    learned = f" — I learned of it: {account.how_learned}" if account.how_learned else ""
    return f"{head}{when}{said}{learned}"
