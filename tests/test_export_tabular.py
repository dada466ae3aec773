"""CSV and JSON of the chronology: every column, formula injection neutralised,
stable keys, nothing private or redacted."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.errors import UsageError
from journal.export.options import ExportOptions, RedactionProfile, select
from journal.export.tabular import (
    COLUMNS,
    SCHEMA_VERSION,
    csv_bytes,
    export_table,
    json_bytes,
    neutralise,
)
from journal.session.journal import Journal

from .conftest import BLNS, corpus
from .export_fixtures import ADDRESS, INJECTION, OLD_PRIVATE, PRIVATE, clock, populate


@pytest.fixture
def filled(journal: Journal) -> tuple[Journal, dict[str, str]]:
    return journal, populate(journal, with_evidence=False)


def rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline="")))


FORMULA_STARTS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\tx",
    "\rx",
    INJECTION,
    " =1+1",
    "\n=1+1",
    "\r\n+1",
    "  \t@SUM(A1)",
    "\u00a0-1",
    "\u3000=1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
    "﹦1+1",
    "﹢1",
    "﹣1",
    "﹫x",
    " ＝1",
]


@pytest.mark.parametrize("cell", FORMULA_STARTS)
def test_formula_starts_get_an_apostrophe(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell", ["plain", "", "1-2", " x", "\nnext line", "'quoted", "Ελληνικά", "a=b", "2+2"]
)
def test_other_cells_are_unchanged(cell: str) -> None:
    assert neutralise(cell) == cell


def test_csv_has_every_column_and_neutralises_injection(filled) -> None:
    journal, ids = filled
    selection = select(journal, ExportOptions(), clock)
    data = csv_bytes(selection)
    assert b"\r\n" in data
    table = rows(data)
    assert list(table[0]) == list(COLUMNS)
    by_id = {r["entry_id"]: r for r in table}
    assert ids["deleted"] not in by_id
    report = by_id[ids["report"]]
    assert report["title"] == "'" + INJECTION
    assert report["report_references"] == "'+SUM(A1:A9)"
    assert report["report_bodies"] == "Independent Office"
    assert report["report_statuses"] == "Made"
    assert report["report_deadlines"] == "2025-04-30"
    assert report["date_precision"] == "day"
    incident = by_id[ids["incident"]]
    assert incident["people"] == "Sam Example (Abuser)"
    assert incident["categories"].startswith("Physical; Threats")
    assert incident["date"] == "14 Mar 2025 21:07 (London time, UTC+0)"
    assert incident["date_sortable"] == "2025-03-14T21:07:00+00:00"
    assert incident["redacted"] == "yes"  # private notes left out
    assert [r["entry_id"] for r in table] == [ids["incident"], ids["report"], ids["edited"]]
    for row in table:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert PRIVATE.encode() not in data and OLD_PRIVATE.encode() not in data


def test_json_is_stable_and_keeps_values_exact(filled) -> None:
    journal, ids = filled
    selection = select(journal, ExportOptions(), clock)
    data = json.loads(json_bytes(selection))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["chain_head"] == journal.chain_head.hex()
    report = next(e for e in data["entries"] if e["entry_id"] == ids["report"])
    assert report["title"] == INJECTION  # JSON is not a spreadsheet: kept exact
    assert report["reports"][0]["reference"] == "+SUM(A1:A9)"
    assert json_bytes(selection) == json_bytes(select(journal, ExportOptions(), clock))
    edited = next(e for e in data["entries"] if e["entry_id"] == ids["edited"])
    assert edited["revision_count"] == 2 and edited["date_precision"] == "month"


def test_redaction_reaches_the_tables(filled) -> None:
    journal, _ids = filled
    options = ExportOptions(redaction=RedactionProfile("court", terms=(ADDRESS,)))
    selection = select(journal, options, clock)
    for data in (csv_bytes(selection), json_bytes(selection)):
        assert ADDRESS.encode() not in data
        assert b"[redacted]" in data


@pytest.mark.slow
def test_naughty_strings_survive_csv_round_trip(journal: Journal) -> None:
    strings = [s for s in json.loads(corpus(BLNS).read_text(encoding="utf-8")) if s.strip()]
    for text in strings[:200]:
        clean = text.replace("\x00", "")
        if not clean.strip():
            continue
        try:
            journal.add_entry(
                EntryContent(kind="note", title=clean, occurred=EventTime("2025-01-01"))
            )
        except UsageError:
            continue
    selection = select(journal, ExportOptions(), clock)
    table = rows(csv_bytes(selection))
    titles = {e.entry_id: e.content.title for e in selection.entries}
    for row in table:
        assert row["title"] == neutralise(titles[row["entry_id"]])


def test_export_table_writes_atomically(filled, tmp_path: Path) -> None:
    journal, _ = filled
    selection = select(journal, ExportOptions(), clock)
    out = tmp_path / "c.csv"
    assert export_table(selection, journal, out, "csv") == 3
    with pytest.raises(UsageError):
        export_table(selection, journal, out, "csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "vault"]


def test_disguised_formulas_reach_the_csv_as_text(journal: Journal) -> None:
    for cell in (" =1+1", "\n=1+1", "＝1+1", "﹦1+1", "\u00a0@SUM(A1)"):
        journal.add_entry(
            EntryContent(kind="note", title="t", occurred=EventTime("2025-01-01"), location=cell)
        )
    table = rows(csv_bytes(select(journal, ExportOptions(), clock)))
    locations = sorted(row["location"] for row in table)
    assert locations == sorted(
        "'" + c for c in (" =1+1", "\n=1+1", "＝1+1", "﹦1+1", "\u00a0@SUM(A1)")
    )
