"""Hostile input in the chronology PDF: naughty strings and broken evidence files."""

from __future__ import annotations

import io
import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from journal.entries.model import EntryContent, EventTime
from journal.errors import UsageError
from journal.export.errors import ExportCancelled
from journal.export.options import ExportOptions, select
from journal.export.pdf import render_pdf
from journal.export.pdf.fonts import load_fonts
from journal.export.pdf.text import markup, markup_by_runs
from journal.session.journal import Journal
from tests.conftest import BLNS, EVIDENCE_DIR, corpus
from tests.pdf_helpers import FIXED, export, image_rows, image_sizes, photo, run, squash, text


@pytest.mark.slow
def test_every_naughty_string_renders_literally_or_visibly(journal: Journal, tmp_path: Path):
    strings = json.loads(corpus(BLNS).read_text(encoding="utf-8"))
    assert len(strings) == 515
    stored: list[str] = []
    for index, value in enumerate(strings):
        title = value if value.strip() else f"(blank string {index})"
        try:
            journal.add_entry(EntryContent("note", title, EventTime("2025-01-01"), narrative=value))
        except UsageError:
            continue  # refused by the core (e.g. a lone surrogate): never reaches an export
        stored.append(value)
    assert len(stored) >= 500
    pdf = tmp_path / "blns.pdf"
    export(journal, pdf)
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    body = text(pdf)
    flat = squash(body).replace("-", "")  # pdftotext joins a word hyphenated at a line end
    for value in stored:
        if value.isascii() and value.isprintable():
            assert squash(value).replace("-", "") in flat, value  # <b>, &amp; print as typed
    joined = squash(body)  # a long run of marks may wrap inside one
    # Shaped Arabic is drawn (and copied out) in its contextual presentation forms.
    normal = unicodedata.normalize("NFKC", body)
    missing = set()
    for char in {c for value in stored for c in value if not c.isspace()}:
        mark = f"[U+{ord(char):04X}]"
        if (
            char not in body
            and mark not in joined
            and unicodedata.normalize("NFKC", char) not in normal
        ):
            missing.add(mark)
    assert not missing, f"characters neither shown nor marked: {sorted(missing)}"


def test_broken_evidence_gives_a_note_and_the_export_finishes(journal: Journal, tmp_path: Path):
    entry = journal.add_entry(
        EntryContent("incident", "With broken files", EventTime("2025-02-02"))
    )
    names = [
        "photo_truncated.jpg",
        "bomb_30000x30000.png",
        "not_really_an_image.png",
        "empty.jpg",
        "screenshot_alpha.png",
    ]
    for name in names:
        journal.attach_file(entry, corpus(EVIDENCE_DIR / name))
    pdf = tmp_path / "broken.pdf"
    selection, _ = export(journal, pdf)
    body = squash(text(pdf))
    assert len(selection.exhibits) == len(names)
    for exhibit in selection.exhibits:
        assert exhibit.info.sha256 in body
    assert squash("This picture is not shown here: it is extremely large (30000 × 30000") in body
    assert body.count(squash("This picture is not shown here")) >= 2  # bomb + truncated
    assert len(image_sizes(pdf)) >= 1  # the RGBA screenshot is shown


def test_exif_orientation_is_applied_and_pictures_are_downscaled(journal: Journal, tmp_path: Path):
    entry = journal.add_entry(EntryContent("incident", "Photos", EventTime("2025-02-02")))
    journal.attach_file(entry, photo(tmp_path / "turned.jpg", (3000, 2000), orientation=6))
    pdf = tmp_path / "turned.pdf"
    export(journal, pdf)
    sizes = set(image_sizes(pdf))
    assert sizes, "the picture is embedded"
    for width, height in sizes:
        assert height > width  # stored 3000x2000 landscape, camera said: turn a quarter
        assert max(width, height) <= 800  # about 150 dpi at the printed size, not 3000 px


def test_a_picture_is_stored_once_as_its_jpeg(journal: Journal, tmp_path: Path):
    entry = journal.add_entry(EntryContent("incident", "One photo", EventTime("2025-02-02")))
    journal.attach_file(entry, photo(tmp_path / "wide.jpg", (1600, 1000)))
    gray = tmp_path / "gray.jpg"
    Image.new("L", (900, 600), 90).save(gray, format="JPEG")
    journal.attach_file(entry, gray)
    pdf = tmp_path / "once.pdf"
    export(journal, pdf)
    rows = image_rows(pdf)
    assert len(rows) == 4  # two pictures, each in its entry and in the exhibit index
    assert all(r["enc"] == "jpeg" for r in rows), rows
    assert {r["color"] for r in rows} == {"rgb", "gray"}
    assert len({r["object"] for r in rows}) == 2  # each stored once, drawn twice
    for number in {r["object"] for r in rows}:
        dictionary = run("qpdf", f"--show-object={number}", str(pdf))
        assert "/Filter [ /DCTDecode ]" in dictionary, dictionary  # the JPEG as it is, no ASCII85


def _five_photos(journal: Journal, tmp_path: Path) -> list[tuple[int, int]]:
    sizes = [(1600, 1000), (1000, 1600), (2400, 900), (640, 480), (3000, 3000)]
    for n, size in enumerate(sizes):
        entry = journal.add_entry(EntryContent("incident", f"Photo {n}", EventTime("2025-02-02")))
        journal.attach_file(entry, photo(tmp_path / f"p{n}.jpg", size))
    return sizes


def test_pictures_prepared_in_a_pool_keep_their_place_and_bytes_repeat(
    journal: Journal, tmp_path: Path
):
    sizes = _five_photos(journal, tmp_path)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    export(journal, first)
    export(journal, second)
    assert first.read_bytes() == second.read_bytes()
    rows = image_rows(first)
    by_object = {r["object"]: (int(r["width"]), int(r["height"])) for r in rows}
    assert len(by_object) == len(sizes)  # five different pictures, none mixed up or lost
    for width, height in sizes:  # each keeps its own shape
        assert any(abs(w / h - width / height) < 0.02 for w, h in by_object.values())


def test_cancel_while_pictures_are_prepared_writes_nothing(journal: Journal, tmp_path: Path):
    _five_photos(journal, tmp_path)
    selection = select(journal, ExportOptions(), clock=lambda: FIXED)
    calls: list[int] = []
    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        render_pdf(
            selection,
            journal,
            out,
            progress=lambda done, total: calls.append(done),
            cancelled=lambda: len(calls) >= 2,
        )
    assert out.getvalue() == b""
    assert len(calls) == 2  # stopped among the pictures, before any layout


def test_fast_paths_give_the_same_markup_as_font_runs():
    fonts = load_fonts()
    strings = json.loads(corpus(BLNS).read_text(encoding="utf-8"))
    prose = ["café\nnaïve — “quoted”\r\nline\u2028next", "a\n\n\nb\r\rc", "Ελληνικά\tКириллица"]
    fast = 0
    for base in (fonts.regular, fonts.bold, fonts.mono):
        for value in [*strings, *prose]:
            shown = markup(value, fonts, base)
            assert shown == markup_by_runs(value, fonts, base), value
            fast += "<font" not in shown and "[U+" not in shown
    assert fast > 3 * 400  # most print in the base face alone, the case the fast paths serve
