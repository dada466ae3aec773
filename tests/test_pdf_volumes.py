"""Court-ready volumes: `export pdf --max-size MB` gives chronology-1.pdf, -2.pdf, ...
each under the limit and signed, numbered as one document (pages and Bates stamps
continue), with an index in volume 1, and every entry in exactly one volume."""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.export.chronology import export_chronology
from journal.export.errors import ExportFailed
from journal.export.options import ExportOptions, select
from journal.session.journal import Journal

from .cli_helpers import run_cli
from .conftest import PASSPHRASE, new_vault
from .export_fixtures import clock
from .pdf_helpers import run, text

ENTRIES = 30
LIMIT_MB = 0.2  # about a quarter of the whole chronology: four volumes
WORDS = ("kitchen", "shouted", "door", "phone", "message", "police", "car", "night")
HEADING = re.compile(r"^(\d+)\. Event number (\d+)$", re.MULTILINE)


def fill(journal: Journal) -> None:
    """Entries with enough text (made with a fixed seed) to need several volumes."""
    rng = random.Random(7)
    for number in range(1, ENTRIES + 1):
        narrative = " ".join(f"{rng.choice(WORDS)}{rng.randrange(10**6)}" for _ in range(500))
        journal.add_entry(
            EntryContent(
                kind="incident",
                title=f"Event number {number}",
                occurred=EventTime(
                    f"2025-{(number - 1) // 28 + 1:02d}-{(number - 1) % 28 + 1:02d}"
                ),
                narrative=narrative,
            )
        )


@pytest.fixture(scope="module")
def volumes(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], int]:
    """(the volumes, the entries' count), made once for the module."""
    base = tmp_path_factory.mktemp("volumes")
    vault, _code = new_vault(base / "notes.db")
    journal = Journal.open(vault)
    fill(journal)
    selection = select(journal, ExportOptions(bates_prefix="JD"), clock)
    result = export_chronology(selection, journal, base / "chronology.pdf", max_mb=LIMIT_MB)
    vault.lock()
    assert [p.name for p in result.paths][:2] == ["chronology-1.pdf", "chronology-2.pdf"]
    return list(result.paths), result.pages


def pages_of(path: Path) -> list[str]:
    return text(path).split("\f")[:-1]


def test_each_volume_is_under_the_limit_and_signed(volumes: tuple[list[Path], int]) -> None:
    paths, _pages = volumes
    assert len(paths) >= 3
    for path in paths:
        assert path.stat().st_size <= LIMIT_MB * 1_000_000
        report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
        assert "Signature Validation: Signature is Valid." in report, path.name
        assert "Total document signed" in report


def test_page_numbers_and_bates_stamps_continue_across_volumes(
    volumes: tuple[list[Path], int],
) -> None:
    paths, total = volumes
    seen = []
    for path in paths:
        for page in pages_of(path):
            number = int(re.search(r"Page (\d+) of (\d+)", page).group(1))  # type: ignore[union-attr]
            assert f"of {total}" in page
            assert f"JD-{number:06d}" in page
            seen.append(number)
    assert seen == list(range(1, total + 1))


def test_every_entry_is_in_exactly_one_volume_where_the_index_says(
    volumes: tuple[list[Path], int],
) -> None:
    paths, _total = volumes
    found: dict[int, tuple[int, int]] = {}  # entry number -> (volume, page)
    for volume, path in enumerate(paths, start=1):
        for page in pages_of(path):
            number = int(re.search(r"Page (\d+) of", page).group(1))  # type: ignore[union-attr]
            for heading in HEADING.finditer(page):
                assert heading.group(1) == heading.group(2)  # numbered as in one document
                entry = int(heading.group(1))
                assert entry not in found, f"entry {entry} twice"
                found[entry] = (volume, number)
    assert sorted(found) == list(range(1, ENTRIES + 1))
    # Volume 1's index lists each entry with its volume and page.
    laid = run("pdftotext", "-layout", str(paths[0]), "-")
    assert f"This chronology is in {len(paths)} volumes" in laid
    rows = re.findall(
        r"^\s*(\d+)\s+\d\d \w{3} \d{4}\s+Event number (\d+)\s+(\d+)\s+(\d+)\s*$", laid, re.M
    )
    assert [int(n) for n, *_ in rows] == list(range(1, ENTRIES + 1))
    assert {int(n): (int(v), int(p)) for n, _title, v, p in rows} == found
    for volume, path in enumerate(paths[1:], start=2):
        assert f"Volume {volume} of {len(paths)}" in pages_of(path)[0]


def test_a_limit_nothing_fits_under_says_so_and_writes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    selection = select(journal, ExportOptions(), clock)
    with pytest.raises(ExportFailed, match=r"larger than 0\.1 MB on its own"):
        export_chronology(selection, journal, tmp_path / "chronology.pdf", max_mb=0.1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_cli_writes_volumes_and_plain_pdfs_on_request(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "notes.db")
    journal = Journal.open(vault)
    fill(journal)
    vault.lock()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return run_cli("--vault", tmp_path / "notes.db", "--passphrase-file", pass_file, *args)

    result = cli(
        "export", "pdf", "--out", out / "chronology.pdf", "--max-size", "0.3", "--unsigned"
    )
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert [p.name for p in written] == [f"chronology-{n}.pdf" for n in range(1, len(written) + 1)]
    assert len(written) >= 2 and "Not signed, as asked." in result.stderr
    for path in written:
        assert path.stat().st_size <= 300_000
        report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
        assert "does not contain any signatures" in report.stdout + report.stderr
    result = cli("export", "bundle", "--out", out / "b.zip", "--max-size", "1")
    assert result.returncode == 2 and "apply to `export pdf` only" in result.stderr
    result = cli("export", "pdf", "--out", out / "chronology.pdf", "--max-size", "0.3")
    assert result.returncode != 0 and "already a file" in result.stderr


def test_a_chronology_under_the_limit_is_one_volume_laid_out_as_one_pdf(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(
        EntryContent(kind="note", title="Event number 1", occurred=EventTime("2025-01-01"))
    )
    selection = select(journal, ExportOptions(bates_prefix="JD"), clock)
    whole = export_chronology(selection, journal, tmp_path / "whole.pdf")
    split = export_chronology(selection, journal, tmp_path, max_mb=15)  # a folder
    assert split.paths == (tmp_path / "chronology-1.pdf",)
    assert split.pages == whole.pages
    assert text(tmp_path / "chronology-1.pdf") == text(tmp_path / "whole.pdf")
    assert "Volumes of this chronology" not in text(tmp_path / "chronology-1.pdf")
