"""Checks on what the user asserted, with plain messages; returns normalised content."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from journal.entries.model import (
    CATEGORIES,
    DUTY,
    KINDS,
    PERSON_ROLES,
    REPORT_BODIES,
    REPORT_STATUSES,
    RISK_INDICATORS,
    RISK_STATES,
    EntryContent,
    Person,
    PersonContent,
)
from journal.entries.timeparse import split_offset, validate
from journal.errors import UsageError

MAX_TEXT = 1_000_000


def _check_text(value: str, what: str) -> None:
    if len(value) > MAX_TEXT:
        raise UsageError(f"The {what} is longer than {MAX_TEXT:,} characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"The {what} contains characters that cannot be stored.") from None


def validate_entry(content: EntryContent, people: list[Person], now: datetime) -> EntryContent:
    if content.kind not in KINDS:
        raise UsageError(f"The kind must be one of: {', '.join(KINDS)} (not {content.kind!r}).")
    if not content.title.strip():
        raise UsageError("Please give the entry a short title so it can be found later.")
    unknown = [c for c in content.categories if c not in CATEGORIES]
    if unknown:
        raise UsageError(f"Unknown categories: {', '.join(unknown)}.")
    known_people = {p.person_id for p in people}
    for link in content.people:
        if link.person_id not in known_people:
            raise UsageError(f"The person {link.person_id} is not in the people list.")
        if link.role not in PERSON_ROLES or link.on_duty not in DUTY:
            raise UsageError(f"The role or duty status of person {link.person_id} is not known.")
    for report in content.reports:
        if report.body_type not in REPORT_BODIES:
            raise UsageError(f"Unknown kind of body for a report: {report.body_type!r}.")
        if report.status not in REPORT_STATUSES:
            raise UsageError(f"Unknown report status: {report.status!r}.")
        for name in ("what_they_said", "what_they_did", "outcome"):
            _check_text(getattr(report, name), name.replace("_", " "))
    for account in content.accounts:
        if not (account.speaker.strip() or account.what_was_said.strip()):
            raise UsageError("Please say who said it, or what was said, for each account.")
        _check_text(account.what_was_said, "account")
    seen: set[str] = set()
    for indicator in content.risk:
        if indicator.key not in RISK_INDICATORS or indicator.state not in RISK_STATES:
            raise UsageError(f"Unknown risk indicator or state: {indicator.key!r}.")
        if indicator.key in seen:
            raise UsageError(f"The risk indicator {indicator.key!r} is listed twice.")
        seen.add(indicator.key)
    for name in ("title", "narrative", "location", "medical", "private_notes"):
        _check_text(getattr(content, name), name.replace("_", " "))
    occurred = split_offset(content.occurred)
    validate(occurred, now)
    categories = tuple(dict.fromkeys(content.categories))
    return replace(content, occurred=occurred, categories=categories)


def validate_person(content: PersonContent) -> PersonContent:
    if not content.name.strip():
        raise UsageError("Please give the person a name or a description.")
    _check_text(content.name, "name")
    _check_text(content.notes, "notes")
    if content.officer_history and content.officer is None:
        raise UsageError("Earlier officer details need current ones; please fill them in.")
    return content
