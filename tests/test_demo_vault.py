"""The demo journal (tools/demo_vault.py): built with the real API, then exported; the
PDF is read back with poppler and the bundle's manifest and the CSV/JSON are checked."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal.case.after_disclosure import after_disclosure
from journal.case.matters import all_matters
from journal.case.officers import officer_postings
from journal.case.risk import risk_history
from journal.export.options import ExportOptions, select
from journal.export.tabular import csv_bytes, json_bytes
from journal.session.journal import Journal
from journal.vault.lifecycle import unlock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import demo_vault  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "notes.db"
    demo_vault.create_demo(path)
    return path


def _open(path: Path) -> Journal:
    return Journal.open(unlock(path, demo_vault.DEMO_PASSPHRASE))


def _pdf_text(path: Path, pdf: Path, include_risk: bool) -> str:
    pages = demo_vault.write_pdf(path, pdf, include_risk, demo_vault.DEMO_PASSPHRASE)
    assert pages > 5
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True)
    return out.stdout.decode()


def test_the_demo_case_has_what_the_issue_asks_for(demo: Path) -> None:
    journal = _open(demo)
    try:
        assert journal.chain_report is not None and not journal.problems
        officer = next(p for p in journal.people() if p.content.officer is not None)
        postings = officer_postings(officer.content)
        assert [p.details.station for p in postings[:2]] == [
            "Northside Precinct",
            "Central Precinct",
        ]
        matters = all_matters(journal.entries())
        refs = {m.report.reference: m.report.body_type for m in matters}
        assert {refs[r] for r in demo_vault.REFERENCES} == {
            "internal_affairs",
            "oversight",
            "prosecutor",
        }
        groups = {g.disclosure.content.title: g for g in after_disclosure(journal.entries())}
        second = groups["Complaint to the Office of Police Conduct"]
        assert {"retaliation"} <= {c for f in second.following for c in f.notable}
        assert any("counter_allegation" in f.notable for f in second.following)
        history = risk_history(journal.entries())
        assert len(history) == 4 and history[0].state("threats_to_kill") == "no"
        assert history[2].state("threats_to_kill") == "yes"
        photos = [a for e in journal.entries() for a in e.attachments]
        assert len(photos) >= 2 and all(a.media_type == "image/jpeg" for a in photos)
        assert any(e.content.accounts for e in journal.entries())
    finally:
        journal.vault.lock()


def test_the_chronology_shows_every_reference_and_the_after_disclosure_grouping(
    demo: Path, tmp_path: Path
) -> None:
    text = _pdf_text(demo, tmp_path / "chronology.pdf", include_risk=False)
    for reference in demo_vault.REFERENCES:
        assert reference in text, reference
    after = text[text.index("After disclosure\n") :]
    second = after.index("Complaint to the Office of Police Conduct")
    third = after.index("Report to the District Attorney")
    grouped = after[second:third]
    for title in ("His car parked outside", "Stopped by a traffic unit", "He filed a harassment"):
        assert title in grouped, title
    assert "within 90 days" in after
    raw = subprocess.run(["pdftotext", str(tmp_path / "chronology.pdf"), "-"], capture_output=True)
    assert "Your account of what someone else said" in " ".join(raw.stdout.decode().split())
    assert "Risk indicators over time" not in text and "thinking about leaving" not in text


def test_risk_appears_only_when_chosen_with_its_note(demo: Path, tmp_path: Path) -> None:
    text = _pdf_text(demo, tmp_path / "with-risk.pdf", include_risk=True)
    risk = text[text.index("Risk indicators over time") :]
    assert "do not replace a risk assessment" in " ".join(risk.split())
    assert "Threats to kill — Yes (was No)" in risk


def test_tables_and_json_carry_the_case_data(demo: Path) -> None:
    journal = _open(demo)
    try:
        plain = select(journal, ExportOptions(after_disclosure_days=30))
        data = json.loads(json_bytes(plain))
        refs = [m["reference"] for m in data["case"]["complaints_and_reports"]]
        assert set(demo_vault.REFERENCES) <= set(refs)
        assert data["case"]["after_disclosure"]["window_days"] == 30
        assert "risk_indicators" not in data["case"]
        assert all(not e["risk_indicators"] for e in data["entries"])
        accounts = [a for e in data["entries"] for a in e["others_accounts"]]
        assert accounts and accounts[0]["label"] == "Your account of what someone else said"
        rows = list(csv.DictReader(io.StringIO(csv_bytes(plain).decode("utf-8-sig"))))
        car = next(r for r in rows if r["title"].startswith("His car parked"))
        assert car["after_disclosure_of"] == "Complaint to the Office of Police Conduct"
        assert any("Not sustained" in r["report_outcomes"] for r in rows)
        chosen = json.loads(json_bytes(select(journal, ExportOptions(include_risk=True))))
        assert len(chosen["case"]["risk_indicators"]["checks"]) == 4
    finally:
        journal.vault.lock()


def test_the_bundle_manifest_states_the_case_data_and_the_options(
    demo: Path, tmp_path: Path
) -> None:
    from journal.export.bundle import export_bundle

    journal = _open(demo)
    try:
        out = tmp_path / "bundle.zip"
        export_bundle(select(journal, ExportOptions()), journal, out)
    finally:
        journal.vault.lock()
    import zipfile

    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["options"]["include_risk_indicators"] is False
    assert manifest["options"]["after_disclosure_days"] == 90
    refs = {m["reference"] for m in manifest["case"]["complaints_and_reports"]}
    assert set(demo_vault.REFERENCES) <= refs
    assert "risk_indicators" not in manifest["case"]


def test_the_script_refuses_to_overwrite(demo: Path) -> None:
    with pytest.raises(FileExistsError):
        demo_vault.create_demo(demo)
