"""Build a demo journal: an invented officer-involved case over two years.

Usage:

    .venv/bin/python tools/demo_vault.py OUT_VAULT [--passphrase TEXT] [--pdf OUT.pdf]
                                                   [--include-risk]

OUT_VAULT must not exist yet. The passphrase defaults to DEMO_PASSPHRASE below;
the key derivation is made cheap so the demo opens quickly (never do that for a
real journal). `--pdf` also writes the chronology PDF of the whole demo.

Everything is made through the app's own API (journal.session.journal.Journal) and is
invented: no real people, and clearly generic agencies ("City Police
Department", "Office of Police Conduct"). The case: an officer profile with a
transfer, three complaints to different bodies with reference numbers,
retaliation after the second one, a counter-allegation, risk indicators that
change over time, other people's accounts, and a few photos drawn with Pillow.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from journal.case.officers import record_officer_change  # noqa: E402
from journal.case.risk import risk_content  # noqa: E402
from journal.entries.model import (  # noqa: E402
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    OtherAccount,
    PersonContent,
    PersonLink,
    ReportRecord,
    RiskIndicator,
)
from journal.session.journal import Journal  # noqa: E402
from journal.vault.crypto import KdfParams  # noqa: E402
from journal.vault.lifecycle import create_vault  # noqa: E402

DEMO_PASSPHRASE = "kettle orbit lantern mossy"
ZONE = "-05:00"
#: Reference numbers of the three complaints (the demo test checks each is exported).
REFERENCES = ("IAB-2024-0173", "OPC-24-0917", "DA-2025-00412")


def _photo(label: str, tint: tuple[int, int, int], seed: int) -> bytes:
    """A small invented "photo": a soft-coloured shape with a scale bar, as a JPEG."""
    image = Image.new("RGB", (640, 480), (236, 226, 214))
    draw = ImageDraw.Draw(image)
    for ring in range(6):
        pad = 40 + ring * 18 + seed
        shade = tuple(max(0, c - ring * 12) for c in tint)
        draw.ellipse((200 + pad // 3, 140 + pad // 4, 460 - pad // 3, 330 - pad // 4), fill=shade)
    draw.rectangle((40, 420, 240, 436), outline=(40, 40, 40), width=2)
    for tick in range(11):
        draw.line((40 + tick * 20, 420, 40 + tick * 20, 428), fill=(40, 40, 40))
    draw.text((40, 440), f"scale: 10 cm   {label}", fill=(30, 30, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _soon(days: int) -> str:
    """A next date relative to today, so the tracker's reminder has something near."""
    return (date.today() + timedelta(days=days)).isoformat()


def _day(text: str) -> EventTime:
    return EventTime(text, precision="day")


def _at(text: str) -> EventTime:
    return EventTime(text, timezone=ZONE)


class _Builder:
    def __init__(self, journal: Journal, scratch: Path) -> None:
        self.journal = journal
        self.scratch = scratch

    def add(self, kind: str, title: str, when: EventTime, **fields: object) -> str:
        content = replace(EntryContent(kind, title, when), **fields)  # type: ignore[arg-type]
        return self.journal.add_entry(content)

    def photo(self, entry_id: str, name: str, label: str, tint: tuple[int, int, int]) -> None:
        """Photos go in through the normal import (a file), then the file is removed."""
        path = self.scratch / name
        path.write_bytes(_photo(label, tint, len(name)))
        try:
            self.journal.attach_file(entry_id, path, description=label)
        finally:
            path.unlink()


def build(journal: Journal, scratch: Path) -> dict[str, str]:
    """Fill `journal` with the demo case; returns a few entry ids by name (for tests)."""
    b = _Builder(journal, scratch)
    first_post = OfficerDetails(
        "Police Officer",
        "4471",
        "City Police Department",
        "Central Precinct",
        "Patrol",
        "Sgt. R. Lowe",
    )
    officer = journal.add_person(
        PersonContent(
            "Daniel Marsh (invented)",
            "ex-partner",
            "Serving officer; owns a private handgun.",
            officer=first_post,
            officer_since="2016-03",
        )
    )
    colleague = journal.add_person(
        PersonContent(
            "His colleague (name not known)",
            "his colleague",
            officer=OfficerDetails(agency="City Police Department", station="Central Precinct"),
        )
    )
    advocate = journal.add_person(PersonContent("A. Reyes", "domestic-violence advocate"))
    him = PersonLink(officer, "abuser", "off")
    ids: dict[str, str] = {}

    journal.add_entry(
        risk_content(
            _day("2024-01-20"),
            [
                RiskIndicator("firearm", "yes", "service weapon and a private handgun at home"),
                RiskIndicator("threats_to_kill", "no"),
                RiskIndicator("separation", "unsure", "thinking about leaving"),
                RiskIndicator("police_systems", "unsure"),
            ],
            "Noted with the advocate's checklist in mind.",
        )
    )
    ids["strangled"] = b.add(
        "incident",
        "He held me by the throat in the kitchen",
        _at("2024-02-03T22:40"),
        narrative="An argument about my phone. He pushed me against the fridge and held my "
        "throat for a few seconds. I could not breathe. He said nobody would believe me over "
        "a cop.",
        location="Kitchen, at home",
        categories=("physical", "strangulation", "threats", "police_power"),
        people=(him,),
        injuries=(Injury("Red marks and a bruise", "neck, left side", "none that night", True),),
    )
    b.photo(ids["strangled"], "neck-day1.jpg", "neck, day 1", (214, 120, 120))
    b.photo(ids["strangled"], "neck-day3.jpg", "neck, day 3", (150, 110, 170))
    ids["medical"] = b.add(
        "medical",
        "Walk-in clinic: neck examined",
        _day("2024-02-05"),
        medical="The nurse noted bruising on the neck and asked about strangulation. "
        "She gave me a leaflet for the advocacy service.",
        categories=("strangulation",),
    )
    ids["complaint1"] = b.add(
        "report",
        "Complaint to the department's internal affairs",
        _day("2024-03-12"),
        narrative="I did not feel safe going to his precinct, so I wrote to internal affairs.",
        categories=("physical", "strangulation"),
        people=(him,),
        reports=(
            ReportRecord(
                "internal_affairs",
                "City Police Department, Internal Affairs Bureau",
                "2024-03-12",
                REFERENCES[0],
                "Lt. K. Osei (invented)",
                "Said they would look into it and that I should keep it confidential.",
                "closed",
                "",
                what_they_did="Took a written statement by phone.",
                outcome="Not sustained (letter of 2024-07-30)",
                concerns=(ids["strangled"],),
            ),
        ),
    )
    b.add(
        "contact",
        "His colleague called me 'to see if I was OK'",
        _day("2024-03-20"),
        narrative="A colleague of his called and suggested I withdraw the complaint "
        "'for everyone's sake'.",
        categories=("colleagues", "collusion"),
        people=(PersonLink(colleague, "other", "unknown"),),
    )
    ids["transfer_note"] = b.add(
        "note",
        "Heard he was moved to another precinct",
        _day("2024-06-10"),
        narrative="A friend told me he was transferred to the Northside Precinct.",
    )
    moved = OfficerDetails(
        "Sergeant",
        "4471",
        "City Police Department",
        "Northside Precinct",
        "Traffic",
        "Lt. P. Grant",
    )
    journal.update_person(
        officer,
        record_officer_change(
            journal.person(officer).content, moved, "2024-06-01", "Transferred and promoted"
        ),
    )
    b.add(
        "institutional_response",
        "Letter: internal affairs closed my complaint",
        _day("2024-07-30"),
        narrative="The letter says the allegation was 'not sustained'. No one spoke to the "
        "neighbour who heard it.",
        categories=("failure_to_protect",),
    )
    journal.add_entry(
        risk_content(
            _day("2024-09-02"),
            [
                RiskIndicator("firearm", "yes"),
                RiskIndicator("threats_to_kill", "yes", "said 'I'd rather see you dead'"),
                RiskIndicator("separation", "yes", "I moved out on 1 September"),
                RiskIndicator("stalking", "unsure"),
                RiskIndicator("police_systems", "unsure"),
            ],
        )
    )
    ids["complaint2"] = b.add(
        "report",
        "Complaint to the Office of Police Conduct",
        _day("2024-10-14"),
        narrative="With the advocate's help I complained to the independent office.",
        categories=("failure_to_protect", "police_power"),
        people=(him, PersonLink(advocate, "professional")),
        reports=(
            ReportRecord(
                "oversight",
                "Office of Police Conduct",
                "2024-10-14",
                REFERENCES[1],
                "Investigator J. Park (invented)",
                "Said the complaint would be assessed within 60 days.",
                "investigating",
                _soon(5),
                what_they_did="Opened a file and asked for the clinic's notes.",
                concerns=(ids["strangled"], ids["complaint1"]),
            ),
        ),
    )
    ids["retaliation_car"] = b.add(
        "incident",
        "His car parked outside my new flat at night",
        _at("2024-10-29T23:15"),
        narrative="Nobody else knew my new address. I think he looked it up.",
        categories=("stalking", "retaliation", "police_power"),
        people=(him,),
    )
    ids["stop"] = b.add(
        "incident",
        "Stopped by a traffic unit on the way to work",
        _at("2024-11-08T07:50"),
        narrative="Two officers from his unit stopped me, searched the car and let me go.",
        categories=("retaliation", "colleagues", "police_power"),
    )
    ids["counter"] = b.add(
        "legal",
        "He filed a harassment complaint against me",
        _day("2024-12-02"),
        narrative="I received a notice that he accused me of harassing him.",
        categories=("counter_allegation", "retaliation"),
        people=(him,),
        accounts=(
            OtherAccount(
                "Daniel Marsh (invented)",
                "my employer",
                "late November 2024",
                "That I am unstable and have been following him.",
                "My manager told me about the call on 2 December.",
            ),
        ),
    )
    b.add(
        "contact",
        "Messages: 'drop it or you'll regret it'",
        _day("2025-01-06"),
        categories=("threats", "retaliation", "technology"),
        narrative="Texts from a number I did not know, signed with his nickname.",
    )
    journal.add_entry(
        risk_content(
            _day("2025-01-10"),
            [
                RiskIndicator("firearm", "yes"),
                RiskIndicator("threats_to_kill", "yes"),
                RiskIndicator("escalation", "yes", "more contact since the complaint"),
                RiskIndicator("separation", "yes"),
                RiskIndicator("stalking", "yes", "car outside, stopped by his unit"),
                RiskIndicator("police_systems", "yes", "he found my new address"),
            ],
        )
    )
    ids["complaint3"] = b.add(
        "report",
        "Report to the District Attorney's office",
        _day("2025-03-03"),
        categories=("strangulation", "retaliation"),
        people=(him, PersonLink(advocate, "professional")),
        reports=(
            ReportRecord(
                "prosecutor",
                "District Attorney's office, Family Violence Unit",
                "2025-03-03",
                REFERENCES[2],
                "ADA M. Chen (invented)",
                "Said strangulation is taken seriously and asked for the photos.",
                "acknowledged",
                _soon(40),
                what_they_did="Booked an interview.",
                concerns=(ids["strangled"], ids["retaliation_car"], ids["stop"]),
            ),
        ),
    )
    b.add(
        "note",
        "Told my sister everything",
        _day("2025-04-20"),
        disclosure=True,
        narrative="First time I told family the whole story.",
    )
    b.add(
        "incident",
        "Unmarked car behind me twice this week",
        _day("2025-05-02"),
        categories=("stalking",),
    )
    journal.add_entry(
        risk_content(
            _day("2025-08-15"),
            [
                RiskIndicator("firearm", "yes", "protective order asks him to surrender it"),
                RiskIndicator("threats_to_kill", "no"),
                RiskIndicator("escalation", "no", "quieter since the interview"),
                RiskIndicator("separation", "yes"),
                RiskIndicator("stalking", "unsure"),
                RiskIndicator("police_systems", "unsure"),
            ],
        )
    )
    b.add(
        "legal",
        "Hearing on the protective order",
        _day("2025-09-18"),
        narrative="Temporary order extended; next hearing in the new year.",
        reports=(
            ReportRecord(
                "court",
                "County Family Court",
                "2025-09-18",
                "FC-25-3318",
                status="made",
                next_deadline=_soon(60),
            ),
        ),
    )
    return ids


def create_demo(path: Path, passphrase: str = DEMO_PASSPHRASE) -> dict[str, str]:
    """Create the demo vault at `path` (which must not exist)."""
    if path.exists():
        raise FileExistsError(f"{path} already exists; choose a new file name.")
    kdf = KdfParams.fresh(memory_kib=8 * 1024, iterations=1, lanes=1)
    vault, _code = create_vault(path, passphrase, kdf=kdf, allow_weak_kdf=True)
    journal = Journal.open(vault)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            return build(journal, Path(scratch))
    finally:
        vault.lock()


def write_pdf(vault_path: Path, out: Path, include_risk: bool, passphrase: str) -> int:
    from journal.export.options import ExportOptions, select
    from journal.export.pdf import render_pdf
    from journal.vault.lifecycle import unlock

    journal = Journal.open(unlock(vault_path, passphrase))
    try:
        options = ExportOptions(
            title="Chronology of events (demo)", prepared_by="Demo", include_risk=include_risk
        )
        with out.open("xb") as handle:
            return render_pdf(select(journal, options), journal, handle)
    finally:
        journal.vault.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("--passphrase", default=DEMO_PASSPHRASE)
    parser.add_argument("--pdf", type=Path)
    parser.add_argument("--include-risk", action="store_true")
    args = parser.parse_args(argv)
    args.vault.parent.mkdir(parents=True, exist_ok=True)
    create_demo(args.vault, args.passphrase)
    print(f"demo journal written to {args.vault}")
    if args.pdf:
        pages = write_pdf(args.vault, args.pdf, args.include_risk, args.passphrase)
        print(f"chronology written to {args.pdf} ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
