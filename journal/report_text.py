"""One report or complaint as short labelled parts, shared by every view of it."""

from __future__ import annotations

from .model import REPORT_BODIES, REPORT_STATUSES, ReportRecord


def report_parts(report: ReportRecord) -> list[str]:
    """Body, date, reference, contact, status and deadline; empty parts left out."""
    parts = [
        REPORT_BODIES.get(report.body_type, report.body_type),
        report.body,
        report.date,
        f"ref. {report.reference}" if report.reference else "",
        report.contact_person,
        REPORT_STATUSES.get(report.status, report.status) if report.status else "",
        f"next deadline {report.next_deadline}" if report.next_deadline else "",
    ]
    return [p for p in parts if p]
