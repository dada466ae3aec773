"""Build a small neutral sample journal with the real API and export its chronology PDF.

    .venv/bin/python tools/sample_export.py [--out chronology.pdf] [--pages DIR]

With --pages, representative pages are rendered with pdftoppm (70 dpi) into DIR
(docs/export-samples/ keeps the ones shown in the docs). The journal lives in a
temporary folder and is deleted afterwards; the sample data is invented.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal.entries.model import (
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.export.options import ExportOptions, RedactionProfile, select
from journal.export.pdf import render_pdf
from journal.session.journal import Journal
from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import create_vault

FIXED_CLOCK = datetime(2025, 6, 30, 9, 0, tzinfo=UTC)
PASSPHRASE = "sample journal passphrase for the export"
#: page number -> sample image name (pages chosen after looking at the sample PDF)
PAGES = {
    1: "01-cover",
    2: "02-summary",
    3: "03-chart",
    5: "04-entry-with-photo",
    8: "05-exhibit-index",
}


def sample_photo(path: Path, label: str, size: tuple[int, int] = (1600, 1200)) -> Path:
    """A neutral invented 'photo': a gradient with a label, saved as JPEG with EXIF."""
    image = Image.new("RGB", size, (200, 210, 220))
    draw = ImageDraw.Draw(image)
    for y in range(0, size[1], 8):
        shade = 150 + (y * 80) // size[1]
        draw.rectangle((0, y, size[0], y + 8), fill=(shade, shade - 20, 120))
    draw.ellipse(
        (size[0] // 3, size[1] // 4, size[0] // 3 * 2, size[1] // 4 * 3), fill=(90, 110, 160)
    )
    draw.text((40, 40), label, fill=(255, 255, 255))
    exif = Image.Exif()
    exif[306] = "2025:03:14 21:15:00"
    exif[271], exif[272] = "SampleCam", "Model 1"
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, exif=exif)
    path.write_bytes(out.getvalue())
    return path


def build_sample(folder: Path) -> Journal:
    vault, _code = create_vault(
        folder / "sample.db",
        PASSPHRASE,
        kdf=KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1),
        allow_weak_kdf=True,
    )
    journal = Journal.open(vault)
    officer = journal.add_person(
        PersonContent(
            name="Sam Example",
            relationship="Former partner",
            officer=OfficerDetails(
                rank="Sergeant",
                badge_number="0000",
                agency="Example Police",
                station="Central",
                unit="Traffic",
                supervisor="Inspector Sample",
            ),
        )
    )
    witness = journal.add_person(PersonContent(name="Alex Neighbour", relationship="Neighbour"))
    first = journal.add_entry(
        EntryContent(
            kind="incident",
            title="Shouting and a broken door at home",
            occurred=EventTime("2025-03-14T21:07", "2025-03-14T21:40", "Europe/London"),
            narrative=(
                "He came home angry after a late shift and shouted for about half an hour. "
                "He kicked the kitchen door until the panel split. He said that if I called "
                "anyone, his colleagues would know within minutes.\n\n"
                "The neighbour knocked and asked if everything was all right."
            ),
            location="Kitchen, 1 Example Street",
            categories=("threats", "property_damage", "police_power"),
            tags=("door", "late shift"),
            people=(PersonLink(officer, "abuser", "off"), PersonLink(witness, "witness")),
            injuries=(Injury("Bruise on the left forearm", "left forearm", "", True),),
        )
    )
    journal.attach_file(first, sample_photo(folder / "door.jpg", "door panel"), "The kitchen door")
    journal.attach_file(first, sample_photo(folder / "arm.jpg", "forearm", (1200, 1600)))
    journal.add_entry(
        EntryContent(
            kind="report",
            title="Reported to the oversight body",
            occurred=EventTime("2025-03-20", precision="day"),
            narrative="Phoned the independent oversight body and gave a statement.",
            categories=("police_power",),
            reports=(
                ReportRecord(
                    "oversight",
                    "Independent Office (sample)",
                    "2025-03-20",
                    "OV-2025-0001",
                    "Case officer (sample)",
                    "They will assess within 15 working days.",
                    "acknowledged",
                    "2025-04-10",
                ),
            ),
        )
    )
    journal.add_entry(
        EntryContent(
            kind="contact",
            title="Messages: «Ты пожалеешь» and Ελληνικά",
            occurred=EventTime("2025-04", precision="month"),
            narrative="Several messages over the month, some in Russian and some in Greek.",
            categories=("threats", "technology"),
        )
    )
    journal.add_entry(
        EntryContent(
            kind="incident",
            title="Car parked outside the school again",
            occurred=EventTime("2025-05-02T15:30", precision="approximate"),
            narrative="His car was parked outside Example Primary School at pick-up time.",
            location="Example Primary School",
            categories=("stalking",),
        )
    )
    for month in range(1, 6):
        journal.add_entry(
            EntryContent(
                kind="note",
                title=f"Monthly note {month}",
                occurred=EventTime(f"2025-0{month}-2{month}", precision="day"),
                categories=("emotional",) if month % 2 else ("coercive_control", "financial"),
            )
        )
    return journal


def export(journal: Journal, out: Path) -> int:
    options = ExportOptions(
        title="Chronology of events (sample)",
        prepared_by="A. Sample",
        bates_prefix="SAMPLE",
        declaration=True,
        declaration_name="A. Sample",
        redaction=RedactionProfile("For court", terms=("Example Primary School",)),
    )
    selection = select(journal, options, clock=lambda: FIXED_CLOCK)
    with out.open("wb") as handle:
        return render_pdf(selection, journal, handle, signing_fingerprint="SHA256:sample-key")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("chronology-sample.pdf"))
    parser.add_argument("--pages", type=Path, help="render representative pages here")
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        journal = build_sample(Path(folder))
        pages = export(journal, args.out)
        journal.vault.lock()
    print(f"{args.out}: {pages} pages")
    if args.pages:
        args.pages.mkdir(parents=True, exist_ok=True)
        for page, name in PAGES.items():
            stem = args.pages / name
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    str(args.dpi),
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(args.out),
                    str(stem),
                ],
                check=True,
            )
            print(f"{stem}.png")


if __name__ == "__main__":
    main()
