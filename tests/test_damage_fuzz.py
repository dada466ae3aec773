"""Fuzz: randomly damaged copies of a journal with entries and evidence.

Each copy gets bit flips, an overwritten run of bytes, a cut, a truncation at a
random place, or a flipped bit in the serial type of a random field of a random row
of any table (found by parsing the page format: BLOB and TEXT swap, integers change
size). The seed is fixed, so a failure is reproducible by its case number.
`check` runs in-process (cheap Argon2id from the test helpers) and must end
with a documented exit code and message (README, "Damaged journals"), never
"Something unexpected", never a traceback. Every tenth copy is also salvaged.
A watchdog ends the run with a stack dump if one case ever takes minutes, so a
hang cannot stall the suite.
"""

from __future__ import annotations

import faulthandler
import random
import sys
from pathlib import Path

import pytest

from journal.cli.main import main

from .conftest import PASSPHRASE
from .damage_fixtures import build_journal
from .sqlite_pages import table_rows

SEED = 20261206
CASES = 240
TABLES = ("meta", "epoch", "keyslot", "object", "chunk", "revision", "aux")
# A hang guard only (a case takes well under a second). It takes faulthandler's one
# timer for the length of each case, in place of a per-test timeout if one is set.
WATCHDOG_SECONDS = 120
DOCUMENTED_FAILURES = {
    2: ("already a file",),
    3: ("does not open this journal",),
    4: ("not a journal this app can open", "was altered", "altered"),
    5: ("is damaged", "could not be saved or read", "cannot be read"),
}


def serial_offsets(path: Path) -> list[int]:
    """File offsets of the last byte of every field's serial type, in every table."""
    return [
        field.serial_offset
        for table in TABLES
        for row in table_rows(path, table)
        for field in row.fields
    ]


def damage(data: bytes, rng: random.Random, serials: list[int]) -> tuple[str, bytes]:
    kind = rng.choice(["bits", "run", "cut", "truncate", "serial"])
    size = len(data)
    if kind == "serial":
        out = bytearray(data)
        out[rng.choice(serials)] ^= 0x01
        return kind, bytes(out)
    if kind == "bits":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(size)] ^= 1 << rng.randrange(8)
        return kind, bytes(out)
    if kind == "run":
        start, length = rng.randrange(size), rng.randint(1, 8192)
        run = bytes(rng.getrandbits(8) for _ in range(min(length, size - start)))
        return kind, data[:start] + run + data[start + len(run) :]
    if kind == "cut":
        start = rng.randrange(size)
        return kind, data[:start] + data[start + rng.randint(1, 65536) :]
    return kind, data[: rng.randrange(size)]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_documented(code: int, out: str, err: str, case: str) -> None:
    assert "Something unexpected" not in err, case
    assert "Traceback" not in err, case
    if code == 0:
        assert out.strip().endswith(("OK", ".db")), (case, out)
    elif code == 1:
        assert "PROBLEM: " in out or "LOST: " in out, (case, out, err)
    else:
        assert code in DOCUMENTED_FAILURES, (case, code, err)
        assert any(words in err for words in DOCUMENTED_FAILURES[code]), (case, code, err)


@pytest.mark.slow
def test_randomly_damaged_journals_end_with_documented_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_JOURNAL_PASSPHRASE", PASSPHRASE)
    original = tmp_path / "original.db"
    build_journal(original)
    data = original.read_bytes()
    serials = serial_offsets(original)
    rng = random.Random(SEED)
    codes: dict[int, int] = {}
    for number in range(CASES):
        kind, broken = damage(data, rng, serials)
        folder = tmp_path / f"case{number:03d}"
        folder.mkdir()
        path = folder / "notes.db"
        path.write_bytes(broken)
        case = f"case {number} ({kind})"
        faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True, file=sys.__stderr__)
        try:
            code, out, err = run(["--vault", str(path), "check"], capsys)
            assert_documented(code, out, err, case)
            codes[code] = codes.get(code, 0) + 1
            if number % 10 == 0 and code in (0, 1):
                new = folder / "repaired.db"
                code, out, err = run(["--vault", str(path), "salvage", "--out", str(new)], capsys)
                assert_documented(code, out, err, f"{case} salvage")
        finally:
            faulthandler.cancel_dump_traceback_later()
        path.unlink()
    print("exit codes:", codes)
    assert sum(codes.values()) == CASES
    assert codes.get(1, 0) > 0  # damage was found, not only refused
