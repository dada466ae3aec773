"""The plain-text members of a court bundle: chain.txt and manifest.json (README-VERIFY.txt
is written by readme_verify.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from journal.export.bundle_parts import BUNDLE_FORMAT, BUNDLE_VERSION, EntryFile, options_summary
from journal.export.case_data import case_object
from journal.export.options import Selection
from journal.export.source_damage import MANIFEST_KEY, manifest_statement

SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.sig"
PUBLIC_KEY = "vault_pub.pem"
README = "README-VERIFY.txt"
PDF = "chronology.pdf"
KEY_HISTORY = "key_history.json"


@dataclass(frozen=True)
class ExhibitFile:
    path: str
    number: str
    entry_id: str
    original_name: str
    sha256: str
    size: int
    media_type: str
    capture_time: str | None
    imported_at: str


def chain_text(selection: Selection, files: list[EntryFile]) -> str:
    lines = [
        "HASH CHAIN EXTRACT",
        "",
        "Every saved version (revision) of every entry in the journal is a block of",
        "canonical JSON (UTF-8, keys sorted, no spaces). Each has a 'leaf' hash, and all",
        "of them, in the order they were saved, are joined into one chain:",
        "",
        '  leaf   = SHA-256( the 4 bytes "leaf" followed by the canonical JSON bytes )',
        '  head_0 = SHA-256( the 5 bytes "head0" followed by the 16-byte vault id )',
        '  head_i = SHA-256( the 4 bytes "head" followed by head_(i-1) and leaf_i )',
        "",
        "Changing any saved version, removing one or reordering them changes every later",
        "head. The chain head below commits to every revision saved in the journal up to",
        "this export, including revisions of entries not in this bundle.",
        "",
        "Files marked EXACT hold the stored bytes; their leaf can be recomputed with",
        "  (printf leaf; cat entries/ENTRY.json) | sha256sum",
        "Files marked REDACTED hold a view with text hidden for this audience; their",
        "leaf is that of the complete stored version, which is not included.",
        "",
        "With the journal itself, `incident-journal-cli check --since-head HEAD` confirms",
        "that the chain head below is still a point on the journal's chain.",
        "",
        f"Journal id (not a key):  {selection.vault_fingerprint}",
        f"Chain head at export:    {selection.chain_head}",
        f"Generated at (UTC):      {selection.generated_at.isoformat(timespec='seconds')}",
        "",
        "REVISIONS INCLUDED",
        "",
    ]
    for item in files:
        r = item.revision
        lines += [
            f"seq {r.seq}  entry {r.record_id}  revision {r.revision}  saved {r.recorded_at}",
            f"  leaf {r.leaf}",
            f"  file {item.path} ({'EXACT' if item.exact else 'REDACTED'})",
            "",
        ]
    return "\n".join(lines)


def manifest_json(
    selection: Selection,
    files: list[EntryFile],
    exhibits: list[ExhibitFile],
    fingerprint: str,
    pages: int | None,
) -> bytes:
    data: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_VERSION,
        "generated_at": selection.generated_at.isoformat(timespec="seconds"),
        "options": options_summary(selection.options),
        "counts": {
            "entries": len(selection.entries),
            "entries_left_out_by_filters": selection.excluded,
            "exhibits": len(exhibits),
            "people": len(selection.people),
            "places_redacted": selection.redactions,
            "chronology_pages": pages,
        },
        "journal_id": selection.vault_fingerprint,
        "chain_head": selection.chain_head,
        "signing_key_fingerprint": fingerprint,
        "public_key_file": PUBLIC_KEY,
        "key_history_file": KEY_HISTORY,
        "case": case_object(selection),
        MANIFEST_KEY: manifest_statement(selection.damage),
        "entries": [
            {
                "file": f.path,
                "entry_id": f.revision.record_id,
                "revision": f.revision.revision,
                "seq": f.revision.seq,
                "leaf": f.revision.leaf,
                "redacted": not f.exact,
            }
            for f in files
        ],
        "exhibits": [
            {
                "file": x.path,
                "number": x.number,
                "entry_id": x.entry_id,
                "original_name": x.original_name,
                "sha256": x.sha256,
                "size": x.size,
                "media_type": x.media_type,
                "capture_time": x.capture_time,
                "imported_at": x.imported_at,
            }
            for x in exhibits
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
