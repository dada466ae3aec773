"""Each field of a revision as plain text, for `revision_diff` (no Qt).

The fixed words of a value ("Entered as", a kind's name, "What they said") come
from `label(group, key)`: English by default, as the CLI and the desktop history
show them; the PDF passes its own words, so a Spanish or Arabic revision history
says them in that language. What the person wrote is never translated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from journal.entries.model import (
    CATEGORIES,
    DUTY,
    KINDS,
    PERSON_ROLES,
    PRECISIONS,
    REPORT_BODIES,
    REPORT_STATUSES,
    RISK_INDICATORS,
    RISK_STATES,
    AttachmentInfo,
    EventTime,
    Injury,
    PersonLink,
    ReportRecord,
    RiskIndicator,
)
from journal.entries.officer_text import officer_lines
from journal.entries.plain_words import visible_name
from journal.entries.report_text import report_parts
from journal.entries.timeparse import describe

EVIDENCE = "evidence"

#: `label(group, key)` -> the words for `key` of `group` ("kind", "diff"...).
Label = Callable[[str, str], str]

#: The fixed words inside rendered values ("diff" group).
DIFF_WORDS: dict[str, str] = {
    "entered": "Entered as",
    "timezone": "Time zone",
    "precision": "Precision",
    "said": "What they said",
    "description": "Description",
    "photographed": "photographed",
    "yes": "Yes",
    "unknown_person": "(unknown person)",
    "stored": "stored as",
}
ENGLISH: Mapping[str, Mapping[str, str]] = {
    "kind": KINDS,
    "cat": CATEGORIES,
    "role": PERSON_ROLES,
    "duty": DUTY,
    "precision": PRECISIONS,
    "body": REPORT_BODIES,
    "status": REPORT_STATUSES,
    "risk": RISK_INDICATORS,
    "risk_state": RISK_STATES,
    "diff": DIFF_WORDS,
}


def english_label(group: str, key: str) -> str:
    """The English words (the key itself for a key the model does not know). The
    group "phrase" words a core phrase (a date from `describe`): here, as it is."""
    if group == "phrase":
        return str(key)
    return ENGLISH[group].get(key, key)


def _join(*parts: str, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def _when(when: EventTime, label: Label) -> str:
    entered = when.start + (f" – {when.end}" if when.end else "")
    lines = [label("phrase", describe(when)), f"{label('diff', 'entered')}: {entered}"]
    if when.timezone:
        lines.append(f"{label('diff', 'timezone')}: {when.timezone}")
    lines.append(f"{label('diff', 'precision')}: {label('precision', when.precision)}")
    return "\n".join(lines)


def _person(link: PersonLink, people: Mapping[str, str], label: Label) -> str:
    name = people.get(link.person_id, label("diff", "unknown_person"))
    details = _join(
        label("role", link.role),
        label("duty", link.on_duty) if link.on_duty else "",
        sep=", ",
    )
    return _join(f"{name} ({details})" if details else name, link.note, sep=": ")


def _injury(injury: Injury, label: Label) -> str:
    return _join(
        injury.description,
        injury.body_area,
        injury.medical_attention,
        label("diff", "photographed") if injury.photographed else "",
    )


def _report(report: ReportRecord, label: Label) -> str:
    line = _join(*(label("phrase", part) for part in report_parts(report, label)))
    if report.what_they_said:
        said = report.what_they_said.replace("\n", "\n  ")
        line += f"\n  {label('diff', 'said')}: {said}"
    return line


def _risk(indicator: RiskIndicator, label: Label) -> str:
    """"Access to a firearm or service weapon: Yes", then the note, if any."""
    shown = f"{label('risk', indicator.key)}: {label('risk_state', indicator.state)}"
    return _join(shown, indicator.note)


def _attachment(info: AttachmentInfo, label: Label) -> str:
    line = f"{visible_name(info.file_name)} ({info.media_type}, {info.size} bytes, "
    line += f"SHA-256 {info.sha256[:16]}…)"
    if info.description:
        description = info.description.replace("\n", "\n  ")
        line += f"\n  {label('diff', 'description')}: {description}"
    return line


def generic(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        return "\n".join(generic(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _join(
            *(f"{f.name}: {generic(getattr(value, f.name))}" for f in dataclasses.fields(value)),
        )
    return str(value)


def renderers(
    people: Mapping[str, str], label: Label = english_label
) -> dict[str, Callable[[Any], str]]:
    """Field name -> its value as text; a field not listed is shown by `generic`."""
    return {
        "kind": lambda v: label("kind", v),
        "occurred": lambda v: _when(v, label),
        "categories": lambda v: "\n".join(label("cat", c) for c in v),
        "tags": "\n".join,
        "people": lambda v: "\n".join(_person(p, people, label) for p in v),
        "injuries": lambda v: "\n".join(_injury(i, label) for i in v),
        "reports": lambda v: "\n".join(_report(r, label) for r in v),
        "officer": officer_lines,
        "risk": lambda v: "\n".join(_risk(r, label) for r in v),
        "disclosure": lambda v: label("diff", "yes") if v else "",
        EVIDENCE: lambda v: "\n".join(_attachment(a, label) for a in v),
    }
