"""Trusted timestamps in the court bundle, in `verify`, in `check --since-head` and on
the PDF's integrity page, with tokens from a real local authority (`openssl ts`)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.export.pdf import render_pdf
from journal.export.timestamps.stamp import timestamp_now
from journal.export.timestamps.store import TOKENS_KEY, StoredToken, head_bytes, stored_tokens
from journal.export.verify import verify_bundle
from journal.session.journal import Journal

from .cli_helpers import run_cli
from .conftest import PASSPHRASE, new_vault
from .export_fixtures import clock
from .tsa_authority import LocalAuthority, openssl_verify


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalAuthority]:
    with LocalAuthority(tmp_path / "tsa") as authority:
        yield authority


def note(journal: Journal, title: str) -> None:
    journal.add_entry(EntryContent(kind="note", title=title, occurred=EventTime("2025-03-14")))


def bundle_of(journal: Journal, path: Path) -> Path:
    export_bundle(select(journal, ExportOptions(), clock), journal, path)
    return path


def unpack(bundle: Path, folder: Path) -> Path:
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(folder)
    return folder


def test_every_token_is_in_the_bundle_and_openssl_accepts_each(
    tmp_path: Path, tsa: LocalAuthority
) -> None:
    vault, _code = new_vault(tmp_path / "v.db")
    journal = Journal.open(vault)
    note(journal, "first")
    first = journal.chain_head
    assert timestamp_now(journal, [tsa.url])[0].ok
    note(journal, "second")
    note(journal, "third")
    second = journal.chain_head
    assert timestamp_now(journal, [tsa.url])[0].ok
    note(journal, "after the last timestamp")
    bundle = bundle_of(journal, tmp_path / "bundle.zip")
    vault.lock()

    folder = unpack(bundle, tmp_path / "unpacked")
    tokens = sorted((folder / "timestamps").glob("*.tsr"))
    assert [t.name for t in tokens] == ["rev000001-01-127.0.0.1.tsr", "rev000003-02-127.0.0.1.tsr"]
    chain = (folder / "chain.txt").read_text()
    sums = (folder / "SHA256SUMS").read_text()
    for token in tokens:
        dat = token.with_suffix(".dat")
        out = openssl_verify(dat, token, tsa.ca_pem)
        assert "Verification: OK" in out, out
        assert f"  timestamps/{token.name}\n" in sums and f"  timestamps/{dat.name}\n" in sums
        assert dat.read_text() in chain
    assert [
        (folder / "timestamps" / n).read_bytes()
        for n in sorted(p.name for p in (folder / "timestamps").glob("*.dat"))
    ] == [head_bytes(first), head_bytes(second)]
    assert "TIME-STAMPED CHAIN HEADS" in chain
    assert f"head {first.hex()}  after revision 1" in chain
    assert f"head {second.hex()}  after revision 3" in chain

    # each time-stamped head is accepted by check --since-head with the journal itself
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    for head in (first, second):
        checked = run_cli(
            "--vault", tmp_path / "v.db", "--passphrase-file", pass_file,
            "check", "--since-head", head.hex(),
        )  # fmt: skip
        assert checked.returncode == 0 and checked.stdout.strip() == "OK", checked.stdout

    for source in (bundle, folder):
        report = verify_bundle(source)
        assert report.intact, report.findings
        assert len(report.timestamps) == 2
    verified = run_cli("verify", bundle)
    assert verified.returncode == 0 and verified.stdout.strip() == "OK"
    assert verified.stderr.count("Trusted timestamp: timestamps/") == 2


def test_a_token_for_another_hash_is_a_problem_in_verify(
    tmp_path: Path, tsa: LocalAuthority
) -> None:
    """Signed correctly by the journal, but the token does not cover its .dat."""
    vault, _code = new_vault(tmp_path / "v.db")
    journal = Journal.open(vault)
    note(journal, "an entry")
    head = journal.chain_head
    wrong = StoredToken(tsa.url, head.hex(), 1, clock(), "x", tsa.token_for(b"another hash"))
    journal.settings.set(TOKENS_KEY, [wrong.to_plain()])
    bundle = bundle_of(journal, tmp_path / "bundle.zip")
    vault.lock()

    report = verify_bundle(bundle)
    assert not report.intact and report.signature_ok
    [finding] = report.findings
    assert finding.kind == "timestamp"
    assert finding.name == "timestamps/rev000001-01-127.0.0.1.tsr"
    assert "for other data" in finding.message
    result = run_cli("verify", bundle)
    assert result.returncode == 1
    assert re.search(
        r"^PROBLEM: timestamps/rev000001-01-127\.0\.0\.1\.tsr .*other data", result.stdout, re.M
    )
    folder = unpack(bundle, tmp_path / "unpacked")
    dat = folder / "timestamps" / "rev000001-01-127.0.0.1.dat"
    tsr = dat.with_suffix(".tsr")
    assert "Verification: OK" not in openssl_verify(dat, tsr, tsa.ca_pem)


def test_a_token_for_a_head_not_on_the_chain_is_left_out(
    tmp_path: Path, tsa: LocalAuthority, journal: Journal
) -> None:
    note(journal, "an entry")
    stray = bytes(range(32))
    planted = StoredToken(tsa.url, stray.hex(), 1, clock(), "x", tsa.token_for(head_bytes(stray)))
    journal.settings.set(TOKENS_KEY, [planted.to_plain()])
    assert len(stored_tokens(journal)) == 1
    bundle = bundle_of(journal, tmp_path / "bundle.zip")
    names = zipfile.ZipFile(bundle).namelist()
    assert not [n for n in names if n.startswith("timestamps/")]
    assert stray.hex() not in zipfile.ZipFile(bundle).read("chain.txt").decode()


def test_without_timestamps_the_bundle_has_none(tmp_path: Path, journal: Journal) -> None:
    note(journal, "an entry")
    bundle = bundle_of(journal, tmp_path / "bundle.zip")
    names = zipfile.ZipFile(bundle).namelist()
    assert not [n for n in names if n.startswith("timestamps/")]
    assert "TIME-STAMPED" not in zipfile.ZipFile(bundle).read("chain.txt").decode()


def test_a_missing_or_swapped_token_file_is_a_problem(
    tmp_path: Path, tsa: LocalAuthority, journal: Journal
) -> None:
    note(journal, "an entry")
    assert timestamp_now(journal, [tsa.url])[0].ok
    folder = unpack(bundle_of(journal, tmp_path / "bundle.zip"), tmp_path / "unpacked")
    [dat] = (folder / "timestamps").glob("*.dat")
    dat.unlink()
    report = verify_bundle(folder)
    assert any(f.kind == "missing" and f.name.endswith(".dat") for f in report.findings)
    assert not report.intact


def test_the_integrity_page_says_what_each_token_shows(
    tmp_path: Path, tsa: LocalAuthority, journal: Journal
) -> None:
    note(journal, "an entry")
    [outcome] = timestamp_now(journal, [tsa.url])
    assert outcome.gen_time is not None
    pdf = tmp_path / "chronology.pdf"
    with pdf.open("wb") as handle:
        render_pdf(select(journal, ExportOptions(), clock), journal, handle)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Trusted timestamps" in flat
    assert "This record existed in this form no later than" in flat
    assert outcome.gen_time.strftime("%-d %B %Y") in flat
    assert "according to Test Timestamp Authority" in flat
    assert "For checking" in flat and journal.chain_head.hex()[:32] in flat.replace(" ", "")


def test_a_token_with_a_forged_signature_is_a_problem_without_a_traceback(
    tmp_path: Path, tsa: LocalAuthority
) -> None:
    vault, _code = new_vault(tmp_path / "v.db")
    journal = Journal.open(vault)
    note(journal, "an entry")
    head = journal.chain_head
    genuine = bytearray(tsa.token_for(head_bytes(head)))
    genuine[-5] ^= 0x01  # inside the authority's signature value
    forged = StoredToken(tsa.url, head.hex(), 1, clock(), "x", bytes(genuine))
    journal.settings.set(TOKENS_KEY, [forged.to_plain()])
    bundle = bundle_of(journal, tmp_path / "bundle.zip")
    vault.lock()
    result = run_cli("verify", bundle)  # run_cli fails on any traceback
    assert result.returncode == 1
    assert re.search(r"^PROBLEM: timestamps/\S+\.tsr is not a valid timestamp", result.stdout, re.M)
    assert "signature" in result.stdout
