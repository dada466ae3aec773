"""Evidence pictures that carry the place they were taken: found in every common
format, and left out of a bundle only when the person chooses, with their
SHA-256 still on record."""

from __future__ import annotations

import json
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from journal.entries.model import EntryContent, EventTime
from journal.export.bundle import export_bundle
from journal.export.location import Place, _LazyStream, place_of, places
from journal.export.options import ExportOptions, select
from journal.export.verify import verify_bundle
from journal.session.journal import Journal

from .cli_helpers import run_cli
from .conftest import EVIDENCE_DIR, corpus
from .export_fixtures import clock
from .factories import journal_at, passphrase_file


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    return exif


def picture(path: Path, fmt: str, located: bool) -> Path:
    image = Image.new("RGB", (40, 30), "red")
    kwargs = {"exif": gps_exif().tobytes()} if located else {}
    image.save(path, fmt, **kwargs)
    return path


def png_with_exif_after_the_picture(path: Path) -> Path:
    """eXIf placed after IDAT, where a reader that stops at the picture misses it."""
    plain = path.with_suffix(".tmp.png")
    Image.new("RGB", (8, 8), "blue").save(plain)
    data = plain.read_bytes()
    plain.unlink()
    tiff = gps_exif().tobytes()
    chunk = struct.pack(">I", len(tiff)) + b"eXIf" + tiff
    chunk += struct.pack(">I", zlib.crc32(b"eXIf" + tiff))
    end = data.rindex(b"IEND") - 4
    path.write_bytes(data[:end] + chunk + data[end:])
    return path


def heic_like(path: Path, located: bool) -> Path:
    """An ISO-BMFF file with a HEIC brand and an Exif item, as phones write them."""
    ftyp = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
    exif = b"\x00\x00\x00\x06Exif\x00\x00" + (gps_exif() if located else Image.Exif()).tobytes()
    mdat = struct.pack(">I", 8 + len(exif) + 64) + b"mdat" + exif + bytes(64)
    path.write_bytes(ftyp + mdat)
    return path


def xmp_jpeg(path: Path) -> Path:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
        b'exif:GPSLatitude="51,30.0N" exif:GPSLongitude="0,7.0W"/></rdf:RDF></x:xmpmeta>'
    )
    Image.new("RGB", (20, 20), "green").save(path, "JPEG", xmp=xmp)
    return path


@pytest.fixture
def attached(journal: Journal, tmp_path: Path):
    entry = journal.add_entry(
        EntryContent("incident", "t", EventTime("2025-03-14", precision="day"))
    )

    def attach(path: Path) -> Place:
        info = journal.attach_file(entry, path)
        return place_of(journal, info)

    return attach


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_gps_is_found_in_each_format_and_only_there(attached, tmp_path: Path, fmt: str) -> None:
    ext = fmt.lower()
    assert attached(picture(tmp_path / f"with.{ext}", fmt, located=True)) is Place.FOUND
    assert attached(picture(tmp_path / f"without.{ext}", fmt, located=False)) is Place.NONE


def test_exif_after_the_picture_data_in_a_png(attached, tmp_path: Path) -> None:
    assert attached(png_with_exif_after_the_picture(tmp_path / "late.png")) is Place.FOUND


def test_heic_exif_item(attached, tmp_path: Path) -> None:
    assert attached(heic_like(tmp_path / "photo.heic", located=True)) is Place.FOUND
    assert attached(heic_like(tmp_path / "clean.heic", located=False)) is Place.NONE


def test_xmp_gps_tags(attached, tmp_path: Path) -> None:
    assert attached(xmp_jpeg(tmp_path / "xmp.jpg")) is Place.FOUND


def test_broken_and_hostile_files_never_fail(attached) -> None:
    folder = corpus(EVIDENCE_DIR)
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        assert attached(path) in (Place.NONE, Place.UNKNOWN), path.name


def test_a_jpeg_is_read_only_as_far_as_its_header(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    Image.effect_noise((1500, 1500), 90).convert("RGB").save(path, exif=gps_exif(), quality=95)
    data = path.read_bytes()
    chunks = [data[i : i + 65536] for i in range(0, len(data), 65536)]
    pulled: list[int] = []

    def source():
        for chunk in chunks:
            pulled.append(len(chunk))
            yield chunk

    stream = _LazyStream(source())
    with Image.open(stream) as image:
        assert image.getexif().get_ifd(0x8825)
    assert len(data) > 10 * 65536 and len(pulled) <= 2


def test_bundle_keeps_originals_unless_asked(journal: Journal, tmp_path: Path) -> None:
    entry = journal.add_entry(
        EntryContent("incident", "t", EventTime("2025-03-14", precision="day"))
    )
    located = journal.attach_file(entry, picture(tmp_path / "where.jpg", "JPEG", True))
    clean = journal.attach_file(entry, picture(tmp_path / "clean.jpg", "JPEG", False))
    assert places(journal, [located, clean]) == {
        located.attachment_id: Place.FOUND,
        clean.attachment_id: Place.NONE,
    }
    kept = tmp_path / "kept.zip"
    export_bundle(select(journal, ExportOptions(), clock), journal, kept)
    with zipfile.ZipFile(kept) as archive:
        assert len([n for n in archive.namelist() if n.startswith("exhibits/")]) == 2
        assert "exhibits_left_out" not in json.loads(archive.read("manifest.json"))

    out = tmp_path / "without.zip"
    result = export_bundle(
        select(journal, ExportOptions(leave_out_located=True), clock), journal, out
    )
    assert result.left_out == 1 and result.exhibits == 1
    assert verify_bundle(out).intact
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        pdf = archive.read("chronology.pdf")
        archive.extractall(tmp_path / "x")
    assert [n for n in names if n.startswith("exhibits/")] == ["exhibits/EX-002_clean.jpg"]
    assert manifest["options"]["leave_out_exhibits_with_location"] is True
    assert manifest["counts"]["exhibits_left_out"] == 1
    (gone,) = manifest["exhibits_left_out"]
    assert gone["number"] == "EX-001" and gone["sha256"] == located.sha256
    assert "GPS" in gone["reason"]
    sums = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=tmp_path / "x",
        capture_output=True,
        text=True,
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    # the chronology still lists the exhibit and its hash (pictures there carry no EXIF)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "x" / "chronology.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout
    assert "EX-001" in text and located.sha256[:16] in text.replace("\n", "")
    assert pdf


def test_the_command_line_can_leave_them_out(tmp_path: Path) -> None:
    journal = journal_at(tmp_path / "notes.db")
    entry = journal.add_entry(
        EntryContent("incident", "t", EventTime("2025-03-14", precision="day"))
    )
    located = journal.attach_file(entry, picture(tmp_path / "where.jpg", "JPEG", True))
    journal.vault.lock()
    pass_file = passphrase_file(tmp_path)
    out = tmp_path / "b.zip"
    result = run_cli(
        "--vault", tmp_path / "notes.db", "--passphrase-file", pass_file,
        "export", "bundle", "--out", out, "--leave-out-located-photos",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 photo with a location left out" in result.stderr
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert not [n for n in archive.namelist() if n.startswith("exhibits/")]
    assert manifest["exhibits_left_out"][0]["sha256"] == located.sha256
