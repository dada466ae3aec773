"""Exhibit file names in a bundle fit every file system: long Greek, Chinese and
emoji names are cut to at most 200 bytes of UTF-8 (Linux allows 255), between
characters, keeping the extension, and the bundle unpacks and checks."""

from __future__ import annotations

import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.export.bundle import export_bundle
from journal.export.bundle_parts import NAME_BYTES, exhibit_path, safe_file_name
from journal.export.options import ExportOptions, select
from journal.export.verify import verify_bundle
from journal.session.journal import Journal

from .export_fixtures import clock

LONG_NAMES = [
    "截图" * 41 + "图.txt",  # the reviewed case: 253 bytes on its own
    "Φωτογραφία από την κουζίνα μετά το επεισόδιο " * 4 + ".jpeg",
    "👩‍👧" * 30 + ".png",  # joined emoji: 18 bytes each
    "e\u0301" * 120 + ".pdf",  # decomposed accents (NFC makes them é)
    "x" * 300,  # no extension at all
    "ملاحظة صوتية " * 30 + ".m4a",
]


@pytest.mark.parametrize("name", LONG_NAMES)
def test_member_names_fit_in_200_bytes_and_keep_the_extension(name: str) -> None:
    path = exhibit_path("EX-001", name)
    member = path.removeprefix("exhibits/")
    assert len(member.encode()) <= NAME_BYTES
    assert member.startswith("EX-001_")
    _stem, dot, ext = name.rpartition(".")
    if dot and len(ext) <= 10:
        assert member.endswith("." + ext)
    kept = member.removeprefix("EX-001_")
    assert len(kept.encode()) >= NAME_BYTES - len("EX-001_") - 20  # cut near the limit
    assert not unicodedata.combining(kept.rsplit(".", 1)[0][-1])


def test_a_cut_never_splits_an_emoji_or_a_marker() -> None:
    heart = "\u2764\ufe0f"  # heart and its emoji variation selector
    for limit in range(20, 40):
        stem = safe_file_name(heart * 30 + ".png", limit).removesuffix(".png")
        assert stem == heart * (len(stem) // 2) and stem
    family = "👩\u200d👧"  # the joiner is shown as [U+200D]
    for limit in range(40, 60):
        name = safe_file_name(family * 30 + ".png", limit)
        assert len(name.encode()) <= limit and name.endswith(".png")
        stem = name.removesuffix(".png")
        assert stem.count("[") == stem.count("]") and not stem.endswith(("[", "+", "U"))


def test_short_names_are_unchanged() -> None:
    assert exhibit_path("EX-012", "Ελληνικά 中文 👍.jpg") == "exhibits/EX-012_Ελληνικά 中文 👍.jpg"


# Names a Linux file system accepts (at most 255 bytes) but "EX-001_" + name does not.
DISK_NAMES = [
    "截图" * 41 + "图.txt",
    "Φωτογραφία από την κουζίνα " * 4 + "μετά.jpeg",
    "👩‍👧" * 22 + ".png",
    "x" * 250,
    "ملاحظة صوتية " * 10 + ".m4a",
]


def test_a_bundle_with_long_names_unpacks_and_checks(journal: Journal, tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    entry = journal.add_entry(
        EntryContent("incident", "t", EventTime("2025-03-14", precision="day"))
    )
    for i, name in enumerate(DISK_NAMES):
        assert len(f"EX-001_{name}".encode()) > 200 and len(name.encode()) <= 255
        (source / name).write_bytes(f"evidence {i}".encode())
        journal.attach_file(entry, source / name)
    bundle = tmp_path / "b.zip"
    export_bundle(select(journal, ExportOptions(), clock), journal, bundle)
    assert verify_bundle(bundle).intact
    with zipfile.ZipFile(bundle) as archive:
        exhibits = [n for n in archive.namelist() if n.startswith("exhibits/")]
        assert len(exhibits) == len(DISK_NAMES)
        archive.extractall(tmp_path / "py")
    unzipped = tmp_path / "unzip"
    result = subprocess.run(
        ["unzip", "-q", str(bundle), "-d", str(unzipped)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for folder in (tmp_path / "py", unzipped):
        check = subprocess.run(
            ["sha256sum", "-c", "--strict", "SHA256SUMS"],
            cwd=folder,
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr
        assert len(list((folder / "exhibits").iterdir())) == len(DISK_NAMES)
