"""One report or complaint as short labelled parts, shared by every view of it."""

from __future__ import annotations

from collections.abc import Callable

from journal.entries.model import REPORT_BODIES, REPORT_STATUSES, OtherAccount, ReportRecord
from journal.translatable import QT_TRANSLATE_NOOP, phrase


def _english_label(group: str, key: str) -> str:
    labels = REPORT_BODIES if group == "body" else REPORT_STATUSES
    return phrase(labels.get(key, key))


def report_parts(
    report: ReportRecord, label: Callable[[str, str], str] = _english_label
) -> list[str]:
    """Body, date, reference, contact, status and deadline; empty parts left out.
    `label(group, key)` names the body ("body") and status ("status"): English
    phrases the app translates by default, the PDF's own words in an export."""
    reference, outcome, deadline = report.reference, report.outcome, report.next_deadline
    parts = [
        label("body", report.body_type),
        report.body,
        report.date,
        phrase(QT_TRANSLATE_NOOP("core", "ref. {reference}"), reference=reference)
        if reference
        else "",
        report.contact_person,
        label("status", report.status) if report.status else "",
        phrase(QT_TRANSLATE_NOOP("core", "outcome: {outcome}"), outcome=outcome) if outcome else "",
        phrase(QT_TRANSLATE_NOOP("core", "next deadline {deadline}"), deadline=deadline)
        if deadline
        else "",
    ]
    return [p for p in parts if p]


ACCOUNT_LABEL = QT_TRANSLATE_NOOP("core", "Your account of what someone else said")


def account_sentence(account: OtherAccount) -> str:
    """Who said what to whom, when, and how the survivor learned of it, in one line,
    worded as the survivor's account (never as that person's own statement)."""
    who = account.speaker or "Someone"
    head = f"{who} told {account.told_to}" if account.told_to else f"{who} said"
    when = f" ({account.when})" if account.when else ""
    said = f": “{account.what_was_said}”" if account.what_was_said else ""
    learned = f" — I learned of it: {account.how_learned}" if account.how_learned else ""
    return f"{head}{when}{said}{learned}"
