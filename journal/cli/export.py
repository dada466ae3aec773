"""The `export` and `verify` commands of incident-journal-cli (wired in journal/cli/main.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from journal.entries.plain_words import counted
from journal.errors import UsageError
from journal.export.chronology import check_chronology_destination
from journal.export.options import ExportOptions, select
from journal.export.run import KINDS as FORMATS
from journal.export.run import NO_KEY, ExportResult
from journal.export.run import run_export as run
from journal.export.verify import BundleReport, verify_bundle
from journal.export.words import DEFAULT, LANGUAGES
from journal.session.journal import Journal


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise UsageError(f"{text!r} is not a date like 2025-03-14.") from None


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    date_from, date_to = _day(args.date_from), _day(args.date_to)
    if date_from and date_to and date_from > date_to:
        raise UsageError("--from is after --to; nothing would be exported.")
    return ExportOptions(
        date_from=date_from,
        date_to=date_to,
        kinds=frozenset(args.kind_filter or ()),
        include_private=bool(args.include_private),
        include_history=bool(args.include_history),
        bates_prefix=args.bates_prefix or "",
        prepared_by=args.prepared_by or "",
        leave_out_located=bool(getattr(args, "leave_out_located_photos", False)),
        language=getattr(args, "language", DEFAULT),
    )


def _what(result: ExportResult) -> str:
    """What an export made, for the line that follows "Exported"."""
    entries = counted(result.entries, "entry", "entries")
    if result.kind == "bundle":
        what = f"{entries} and {counted(result.exhibits, 'exhibit')}"
        if result.left_out:
            photos = "1 photo" if result.left_out == 1 else f"{result.left_out} photos"
            what += f" ({photos} with a location left out, as asked)"
        return what
    if result.kind == "pdf":
        what = f"{entries} on {counted(result.pages or 0, 'page')}"
        if len(result.paths) > 1:
            names = ", ".join(p.name for p in result.paths)
            what += f" in {len(result.paths)} volumes ({names})"
        return what
    return counted(result.rows or 0, "entry", "entries")


def _signed_how(result: ExportResult) -> str:
    if result.pdf_signed:
        return "Each file carries a PDF signature by this journal's key."
    if result.fingerprint == NO_KEY:
        return "Not signed: the journal's key cannot be read from this damaged file."
    return "Not signed, as asked."


def run_export(args: argparse.Namespace, open_journal: Callable[[], Journal]) -> int:
    out = Path(args.out).expanduser()
    options = options_from_args(args)
    max_mb = getattr(args, "max_size", None)
    signed = not getattr(args, "unsigned", False)
    if args.format != "pdf" and (max_mb is not None or not signed):
        raise UsageError("--max-size and --unsigned apply to `export pdf` only.")
    check_chronology_destination(out, max_mb, args.force)  # before asking for the passphrase
    journal = open_journal()
    selection = select(journal, options)
    result = run(args.format, selection, journal, out, force=args.force, signed=signed,
                 max_mb=max_mb)  # fmt: skip
    if result.kind == "pdf":
        _err(_signed_how(result))
        if result.timestamp_note:
            _err(result.timestamp_note)
    if options.include_private:
        _err("Private notes are included, as you asked.")
    if selection.damage.any:
        _err(f"WARNING: {selection.damage.summary()}")
    _err(f"Exported {_what(result)}. This file is NOT encrypted: anyone who has it can read it.")
    _err(f"Signing-key fingerprint: {result.fingerprint}")
    for path in result.paths:
        print(path)
    return 0


def _print_chain(report: BundleReport) -> None:
    chain = report.confirmed_chain
    if len(chain) < 2:
        return
    _err("Signing keys of this journal, oldest first (each later one announced by the one before):")
    for number, (print_, since) in enumerate(chain, 1):
        _err(f"  key {number}: {print_}  in use from {since or 'the start'}")


def run_verify(args: argparse.Namespace) -> int:
    report = verify_bundle(
        Path(args.bundle).expanduser(), confirmed_fingerprint=args.fingerprint or None
    )
    for finding in report.findings:
        print(f"PROBLEM: {finding.message}")
    for line in report.source_problems:  # stated in the signed manifest
        print(f"SOURCE JOURNAL: {line}")
    _print_chain(report)
    for line in report.timestamps:
        _err(f"Trusted timestamp: {line}")
    if report.fingerprint:
        _err(f"Signing-key fingerprint of this bundle: {report.fingerprint}")
    if report.intact:
        _err(f"All {report.checked} files match SHA256SUMS, and its signature is valid.")
        if report.confirmed:
            _err("It matches the signing-key fingerprint you confirmed with the sender.")
        if report.source_problems:
            _err(
                "The bundle is intact as signed, but the journal it was made from was "
                "damaged: what could not be read is missing from it (see SOURCE JOURNAL)."
            )
        else:
            _err(
                "The files are as they were when signed by this key; that shows who made "
                "them only once the fingerprint is confirmed with the sender (by phone or on "
                "paper). Give it with --fingerprint to compare."
            )
        print("OK")
        return 0
    if report.only_added:
        extra = "An extra file was" if len(report.findings) == 1 else "Extra files were"
        _err(
            f"{extra} added; every listed file ({report.checked}) matches SHA256SUMS, "
            "and its signature is valid."
        )
    else:
        _err(f"{len(report.findings)} problem(s) found; see the lines above.")
    return 1


def add_parsers(add: Callable[..., argparse.ArgumentParser], kinds: list[str]) -> None:
    p = add("export", help="write a chronology PDF, court bundle, CSV or JSON")
    p.add_argument("format", choices=FORMATS)
    p.add_argument("--out", required=True, metavar="PATH")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="only events on or after")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="only events on or before")
    p.add_argument("--kind", dest="kind_filter", action="append", choices=kinds, metavar="KIND")
    p.add_argument("--include-private", action="store_true", help="include private notes")
    p.add_argument("--include-history", action="store_true", help="include earlier revisions")
    p.add_argument("--bates-prefix", metavar="P", help="stamp pages P-000001, P-000002, …")
    p.add_argument("--prepared-by", metavar="NAME")
    p.add_argument(
        "--language",
        choices=list(LANGUAGES),
        default=DEFAULT,
        help="the language of the PDF's own headings and explanations "
        "(en English, es Spanish, ar Arabic); what you wrote is never translated",
    )
    p.add_argument(
        "--leave-out-located-photos",
        action="store_true",
        help="bundle: leave out evidence photos that carry the place they were taken (GPS); "
        "the manifest lists their SHA-256",
    )
    p.add_argument(
        "--unsigned",
        action="store_true",
        help="pdf: leave out the PDF signature (for filing systems that refuse signed files)",
    )
    p.add_argument(
        "--max-size",
        type=float,
        metavar="MB",
        help="pdf: split into volumes NAME-1.pdf, NAME-2.pdf, … each under MB megabytes, "
        "numbered as one document, with an index in volume 1",
    )
    p.add_argument("--force", action="store_true", help="replace an existing file at --out")
    p = add("verify", help="check an export bundle (no journal or passphrase needed)")
    p.add_argument("bundle", metavar="BUNDLE", help="the .zip, or the folder it was unpacked to")
    p.add_argument(
        "--fingerprint",
        metavar="FP",
        help="the signing-key fingerprint the sender gave you by phone or on paper "
        "(spaces and case do not matter)",
    )
