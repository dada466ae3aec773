"""Case tools' data for the machine-readable exports (bundle manifest, JSON, CSV).

Everything is computed from the `Selection`, so what it shows is already chosen
and redacted exactly as the PDF shows it: risk notes appear only when the person
chose to include them, and disclosures group only the entries in the export.
"""

from __future__ import annotations

from typing import Any

from journal.case.after_disclosure import after_disclosure, disclosure_label
from journal.case.matters import all_matters
from journal.case.risk import RISK_DISCLAIMER, indicator_rows, risk_history
from journal.entries.model import CATEGORIES, REPORT_BODIES, REPORT_STATUSES, Entry, ReportRecord
from journal.entries.report_text import ACCOUNT_LABEL
from journal.entries.timeparse import describe
from journal.export.options import Selection


def report_object(report: ReportRecord) -> dict[str, Any]:
    return {
        "body_type": report.body_type,
        "body": report.body or REPORT_BODIES.get(report.body_type, report.body_type),
        "date": report.date,
        "reference": report.reference,
        "contact_person": report.contact_person,
        "what_they_said": report.what_they_said,
        "what_they_did": report.what_they_did,
        "status": report.status,
        "status_label": REPORT_STATUSES.get(report.status, report.status),
        "outcome": report.outcome,
        "next_deadline": report.next_deadline,
        "concerns_entry_ids": list(report.concerns),
    }


def accounts_object(entry: Entry) -> list[dict[str, str]]:
    """Other people's statements, always labelled as the survivor's account of them."""
    return [
        {
            "label": ACCOUNT_LABEL,
            "speaker": a.speaker,
            "told_to": a.told_to,
            "when": a.when,
            "what_was_said": a.what_was_said,
            "how_learned": a.how_learned,
        }
        for a in entry.content.accounts
    ]


def after_disclosure_object(selection: Selection) -> dict[str, Any]:
    days = selection.options.after_disclosure_days
    groups = after_disclosure(selection.entries, days)
    return {
        "window_days": days,
        "note": "Entries dated within the window after each disclosure. This shows timing, "
        "not cause.",
        "disclosures": [
            {
                "entry_id": g.disclosure.entry_id,
                "title": g.disclosure.content.title,
                "date": describe(g.disclosure.content.occurred),
                "to": disclosure_label(g.disclosure),
                "references": [r.reference for r in g.disclosure.content.reports if r.reference],
                "followed_by": [
                    {
                        "entry_id": f.entry.entry_id,
                        "title": f.entry.content.title,
                        "days_after": f.days_after,
                        "notable_categories": [CATEGORIES.get(c, c) for c in f.notable],
                    }
                    for f in g.following
                ],
            }
            for g in groups
        ],
    }


def risk_object(selection: Selection) -> dict[str, Any] | None:
    if not selection.options.include_risk:
        return None
    history = risk_history(selection.entries)
    return {
        "note": RISK_DISCLAIMER,
        "checks": [{"entry_id": c.entry.entry_id, "date": c.when} for c in history],
        "indicators": [
            {"indicator": label, "states": states} for label, states in indicator_rows(history)
        ],
    }


def case_object(selection: Selection) -> dict[str, Any]:
    """The case-tools part of a manifest or a JSON export."""
    matters = all_matters(selection.entries)
    data: dict[str, Any] = {
        "complaints_and_reports": [
            {"entry_id": m.entry.entry_id, "open": m.is_open, **report_object(m.report)}
            for m in matters
        ],
        "after_disclosure": after_disclosure_object(selection),
    }
    risk = risk_object(selection)
    if risk is not None:
        data["risk_indicators"] = risk
    return data


def followed_lookup(selection: Selection) -> dict[str, list[str]]:
    """Entry id -> titles of the disclosures it followed within the window (for CSV)."""
    out: dict[str, list[str]] = {}
    for group in after_disclosure(selection.entries, selection.options.after_disclosure_days):
        for item in group.following:
            out.setdefault(item.entry.entry_id, []).append(group.disclosure.content.title)
    return out
