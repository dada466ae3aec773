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
from journal.translatable import QT_TRANSLATE_NOOP, phrase

MAX_TEXT = 1_000_000
#: The name of each checked field, as the messages below say it.
_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("core", "title"),
    "narrative": QT_TRANSLATE_NOOP("core", "narrative"),
    "location": QT_TRANSLATE_NOOP("core", "location"),
    "medical": QT_TRANSLATE_NOOP("core", "medical"),
    "private_notes": QT_TRANSLATE_NOOP("core", "private notes"),
    "what_they_said": QT_TRANSLATE_NOOP("core", "what they said"),
    "what_they_did": QT_TRANSLATE_NOOP("core", "what they did"),
    "outcome": QT_TRANSLATE_NOOP("core", "outcome"),
    "account": QT_TRANSLATE_NOOP("core", "account"),
    "name": QT_TRANSLATE_NOOP("core", "name"),
    "notes": QT_TRANSLATE_NOOP("core", "notes"),
}


def _check_text(value: str, field: str) -> None:
    what = phrase(_FIELD_NAMES[field])
    if len(value) > MAX_TEXT:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "The {what} is longer than {limit:,} characters."),
            what=what,
            limit=MAX_TEXT,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "The {what} contains characters that cannot be stored."),
            what=what,
        ) from None


def validate_entry(content: EntryContent, people: list[Person], now: datetime) -> EntryContent:
    if content.kind not in KINDS:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "The kind must be one of: {names} (not {kind!r})."),
            names=", ".join(KINDS),
            kind=content.kind,
        )
    if not content.title.strip():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "Please give the entry a short title so it can be found later."
            )
        )
    unknown = [c for c in content.categories if c not in CATEGORIES]
    if unknown:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "Unknown categories: {names}."), names=", ".join(unknown)
        )
    known_people = {p.person_id for p in people}
    for link in content.people:
        if link.person_id not in known_people:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "The person {person_id} is not in the people list."),
                person_id=link.person_id,
            )
        if link.role not in PERSON_ROLES or link.on_duty not in DUTY:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core", "The role or duty status of person {person_id} is not known."
                ),
                person_id=link.person_id,
            )
    for report in content.reports:
        if report.body_type not in REPORT_BODIES:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "Unknown kind of body for a report: {body_type!r}."),
                body_type=report.body_type,
            )
        if report.status not in REPORT_STATUSES:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "Unknown report status: {status!r}."),
                status=report.status,
            )
        for name in ("what_they_said", "what_they_did", "outcome"):
            _check_text(getattr(report, name), name)
    for account in content.accounts:
        if not (account.speaker.strip() or account.what_was_said.strip()):
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core", "Please say who said it, or what was said, for each account."
                )
            )
        _check_text(account.what_was_said, "account")
    seen: set[str] = set()
    for indicator in content.risk:
        if indicator.key not in RISK_INDICATORS or indicator.state not in RISK_STATES:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "Unknown risk indicator or state: {key!r}."),
                key=indicator.key,
            )
        if indicator.key in seen:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "The risk indicator {key!r} is listed twice."),
                key=indicator.key,
            )
        seen.add(indicator.key)
    for name in ("title", "narrative", "location", "medical", "private_notes"):
        _check_text(getattr(content, name), name)
    occurred = split_offset(content.occurred)
    validate(occurred, now)
    categories = tuple(dict.fromkeys(content.categories))
    return replace(content, occurred=occurred, categories=categories)


def validate_person(content: PersonContent) -> PersonContent:
    if not content.name.strip():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "Please give the person a name or a description.")
        )
    _check_text(content.name, "name")
    _check_text(content.notes, "notes")
    if content.officer_history and content.officer is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "Earlier officer details need current ones; please fill them in."
            )
        )
    return content
