"""Reading chronology PDFs back with poppler and qpdf, for the PDF export tests."""

from __future__ import annotations

import io
import json
import re
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from journal.export.options import ExportOptions, Selection, select
from journal.export.pdf import render_pdf
from journal.session.journal import Journal

FIXED = datetime(2025, 6, 30, 9, 0, tzinfo=UTC)


def export(
    journal: Journal,
    path: Path,
    options: ExportOptions | None = None,
    **kwargs: object,
) -> tuple[Selection, int]:
    selection = select(journal, options or ExportOptions(), clock=lambda: FIXED)
    with path.open("wb") as handle:
        pages = render_pdf(selection, journal, handle, **kwargs)  # type: ignore[arg-type]
    return selection, pages


def render_bytes(journal: Journal, options: ExportOptions, clock: Callable[[], datetime]) -> bytes:
    out = io.BytesIO()
    render_pdf(select(journal, options, clock=clock), journal, out)
    return out.getvalue()


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = []
    if first is not None:
        pages = ["-f", str(first), "-l", str(last or first)]
    return run("pdftotext", "-enc", "UTF-8", *pages, str(path), "-")


def squash(value: str) -> str:
    """Without any whitespace: line wrapping in the PDF cannot break a comparison."""
    return re.sub(r"\s+", "", value)


def info(path: Path) -> dict[str, str]:
    out = {}
    for line in run("pdfinfo", str(path)).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def fonts(path: Path) -> list[list[str]]:
    lines = run("pdffonts", str(path)).splitlines()[2:]
    return [line.split() for line in lines]


def outline_titles(path: Path) -> list[str]:
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", str(path)))

    def walk(items: list[dict[str, object]]) -> list[str]:
        found: list[str] = []
        for item in items:
            found.append(str(item["title"]))
            found += walk(item.get("kids", []))  # type: ignore[arg-type]
        return found

    return walk(data["outlines"])


def image_sizes(path: Path) -> list[tuple[int, int]]:
    rows = run("pdfimages", "-list", str(path)).splitlines()[2:]
    return [(int(r.split()[3]), int(r.split()[4])) for r in rows]


def image_rows(path: Path) -> list[dict[str, str]]:
    """`pdfimages -list`, one dict per drawn image (keys: page, width, color, enc, object…)."""
    lines = run("pdfimages", "-list", str(path)).splitlines()
    names = lines[0].split()
    return [dict(zip(names, line.split(), strict=False)) for line in lines[2:]]


def photo(path: Path, size: tuple[int, int] = (1200, 800), orientation: int | None = None) -> Path:
    image = Image.new("RGB", size, (120, 140, 160))
    exif = Image.Exif()
    if orientation:
        exif[274] = orientation
    image.save(path, format="JPEG", quality=80, exif=exif)
    return path
