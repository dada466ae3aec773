"""The chronology as CSV and JSON for case-management tools: one row per entry.

CSV: UTF-8 with a byte-order mark (so spreadsheet programs on every system
read accented and non-Latin text correctly), comma-separated, CRLF line ends
(RFC 4180), every field quoted. Lists inside a cell are joined with "; ".
A cell that begins with = + - @ (or their fullwidth and small forms, which
some spreadsheets read as the ASCII ones), a tab or a carriage return, or
with whitespace or a line break before one of those signs, gets a leading
apostrophe, so a spreadsheet shows it as text instead of running it as a
formula (CSV formula injection); JSON keeps every value exactly as written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from journal.entries.model import (
    CATEGORIES,
    KINDS,
    PERSON_ROLES,
    REPORT_BODIES,
    REPORT_STATUSES,
    Entry,
)
from journal.entries.timeparse import describe, sort_key
from journal.export.case_data import accounts_object, case_object, followed_lookup, report_object
from journal.export.options import Selection
from journal.export.write import Cancelled, Progress, atomic_output, check_not_cancelled
from journal.session.journal import Journal

SCHEMA = "incident-journal-chronology"
SCHEMA_VERSION = 1
COLUMNS = (
    "date",
    "date_precision",
    "date_sortable",
    "kind",
    "title",
    "categories",
    "location",
    "people",
    "exhibits",
    "report_bodies",
    "report_references",
    "report_statuses",
    "report_deadlines",
    "report_outcomes",
    "others_accounts",
    "after_disclosure_of",
    "recorded_at",
    "revision_count",
    "redacted",
    "entry_id",
)
_FORMULA_SIGNS = "=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b"  # and fullwidth, small
_FORMULA_START = re.compile(r"[\t\r]|\s*[" + re.escape(_FORMULA_SIGNS) + "]")


def neutralise(cell: str) -> str:
    """Make a spreadsheet treat the cell as text, never as a formula."""
    return "'" + cell if _FORMULA_START.match(cell) else cell


def entry_object(entry: Entry, selection: Selection, names: dict[str, str]) -> dict[str, Any]:
    c = entry.content
    return {
        "date": describe(c.occurred),
        "date_start": c.occurred.start,
        "date_end": c.occurred.end,
        "timezone": c.occurred.timezone,
        "date_precision": c.occurred.precision,
        "date_sortable": sort_key(c.occurred).isoformat(),
        "kind": c.kind,
        "kind_label": KINDS.get(c.kind, c.kind),
        "title": c.title,
        "categories": [{"key": k, "label": CATEGORIES.get(k, k)} for k in c.categories],
        "location": c.location,
        "people": [
            {
                "person_id": link.person_id,
                "name": names.get(link.person_id, ""),
                "role": link.role,
                "role_label": PERSON_ROLES.get(link.role, link.role),
            }
            for link in c.people
        ],
        "exhibits": [selection.exhibit_of[a.attachment_id] for a in entry.attachments],
        "reports": [
            {
                "body_type": r.body_type,
                "body": r.body or REPORT_BODIES.get(r.body_type, r.body_type),
                "reference": r.reference,
                "status": r.status,
                "status_label": REPORT_STATUSES.get(r.status, r.status),
                "date": r.date,
                "next_deadline": r.next_deadline,
                **report_object(r),
            }
            for r in c.reports
        ],
        "others_accounts": accounts_object(entry),
        "told_someone": c.disclosure,
        "risk_indicators": [{"indicator": i.key, "state": i.state, "note": i.note} for i in c.risk],
        "recorded_at": entry.first_recorded,
        "last_saved_at": entry.last_recorded,
        "revision_count": entry.revision_count,
        "written_after_the_event": entry.retrospective,
        "redacted": selection.redacted(entry.entry_id),
        "entry_id": entry.entry_id,
    }


def _people_names(selection: Selection) -> dict[str, str]:
    return {p.person_id: p.content.name for p in selection.people}


def _row(item: dict[str, Any], followed: dict[str, list[str]]) -> list[str]:
    reports = item["reports"]
    cells = [
        item["date"],
        item["date_precision"],
        item["date_sortable"],
        item["kind_label"],
        item["title"],
        "; ".join(c["label"] for c in item["categories"]),
        item["location"],
        "; ".join(f"{p['name'] or p['person_id']} ({p['role_label']})" for p in item["people"]),
        "; ".join(item["exhibits"]),
        "; ".join(r["body"] for r in reports),
        "; ".join(r["reference"] for r in reports),
        "; ".join(r["status_label"] for r in reports),
        "; ".join(r["next_deadline"] for r in reports),
        "; ".join(r["outcome"] for r in reports if r["outcome"]),
        "; ".join(
            f"[{a['label']}] {a['speaker']} to {a['told_to']}: {a['what_was_said']}"
            for a in item["others_accounts"]
        ),
        "; ".join(followed.get(item["entry_id"], [])),
        item["recorded_at"],
        str(item["revision_count"]),
        "yes" if item["redacted"] else "no",
        item["entry_id"],
    ]
    return [neutralise(cell) for cell in cells]


def csv_bytes(selection: Selection) -> bytes:
    names = _people_names(selection)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    followed = followed_lookup(selection)
    for entry in selection.entries:
        writer.writerow(_row(entry_object(entry, selection, names), followed))
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def json_bytes(selection: Selection) -> bytes:
    names = _people_names(selection)
    data = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generated_at": selection.generated_at.isoformat(timespec="seconds"),
        "vault_fingerprint": selection.vault_fingerprint,
        "chain_head": selection.chain_head,
        "entries": [entry_object(e, selection, names) for e in selection.entries],
        "case": case_object(selection),
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def export_table(
    selection: Selection,
    journal: Journal,
    path: Path,
    kind: str,
    *,
    force: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write CSV (`kind` "csv") or JSON to `path` atomically; returns the row count."""
    del journal  # the selection holds everything a table shows
    data = csv_bytes(selection) if kind == "csv" else json_bytes(selection)
    check_not_cancelled(cancelled)
    with atomic_output(path, force) as handle:
        handle.write(data)
    if progress is not None:
        progress(1, 1)
    return len(selection.entries)
