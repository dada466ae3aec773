"""The plain-text members of a court bundle: chain.txt, manifest.json, README-VERIFY.txt."""

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


def readme_text(selection: Selection, fingerprint: str, redacted: int) -> str:
    generated = selection.generated_at.isoformat(timespec="seconds")
    redaction_note = (
        (
            "1 entry file is a REDACTED view"
            if redacted == 1
            else f"{redacted} entry files are REDACTED views"
        )
        + ' (marked "redacted": true):\n'
        "some text was hidden for this audience, or private notes were left out. Their\n"
        "hash differs from the stored version's leaf, which is given as original_leaf.\n"
        if redacted
        else "No entry file in this bundle is redacted.\n"
    )
    return f"""HOW TO CHECK THIS BUNDLE
========================

This bundle was exported from an encrypted journal on {generated} (UTC).
It contains:

  chronology.pdf      the chronology of events, for reading
  entries/            each entry as stored by the journal (JSON)
  exhibits/           the evidence files, byte for byte as they were imported
  chain.txt           the hash of every included version and the chain head
  manifest.json       what was exported, with which options, and each exhibit's
                      SHA-256, size, type and capture time
  SHA256SUMS          the SHA-256 fingerprint of every file above
  SHA256SUMS.sig      a digital signature over SHA256SUMS
  vault_pub.pem       the public key that checks that signature
  key_history.json    the journal's signing keys, each later one signed by the
                      one before (see "WHEN THE KEY HAS CHANGED" below)

The signing-key fingerprint of this bundle is:

  {fingerprint}

Anyone can make a key and sign files with it, so the signature shows who made
the bundle only once that fingerprint is confirmed with the person who gave it
to you, in a way other than this file (for example by phone, or on paper). If it
matches what they read out, the bundle was signed with their journal's key.
(The journal id in chain.txt and manifest.json is a different value: it names
the journal, it is not a key, and it cannot be used to check a signature.)


FOR EVERYONE (no technical knowledge needed)
--------------------------------------------

Each file has a fingerprint (a SHA-256 hash) listed in SHA256SUMS. If even one
letter of one file is changed, its fingerprint changes. The signature shows
that the list of fingerprints was signed with the key above.

With the app installed, one command checks everything and names any file that
was changed, removed or added, and compares the key with the fingerprint the
sender gave you:

  incident-journal-cli verify THIS-BUNDLE.zip --fingerprint "THE FINGERPRINT"


FOR A FORENSIC EXAMINER
-----------------------

Unzip the bundle, then in its folder:

  sha256sum -c SHA256SUMS
  openssl pkeyutl -verify -pubin -inkey vault_pub.pem -rawin \\
      -in SHA256SUMS -sigfile SHA256SUMS.sig

The signature is Ed25519 over the exact bytes of SHA256SUMS (OpenSSL 3 or
later). The fingerprint above is SHA-256 of the raw 32-byte public key:

  openssl pkey -pubin -in vault_pub.pem -outform DER | tail -c 32 | sha256sum

Entry files marked EXACT in chain.txt are the stored bytes of that version:
the leaf hash in chain.txt can be recomputed from them, as chain.txt explains.
{redaction_note}Private notes are never in this bundle unless the person chose to include them.


WHAT THIS PROVES, AND WHAT IT DOES NOT
--------------------------------------

If the signature is valid and the signing-key fingerprint was confirmed with
the sender, the files are exactly as that journal exported them and nothing in
them has changed since. Each evidence file's SHA-256 is the one recorded when
it was imported, so it is byte for byte the file that was imported.

Each entry keeps the time it was first saved and every later change as a new
version; an edit never overwrites an earlier version. The one exception is a
purge, which the person must confirm: it replaces the content of every version
of that entry with a stub that says it was purged, keeps each version's hash,
and is itself recorded in the chain.

The chain head in chain.txt commits to every version saved before this export.
A later comparison needs the journal itself: there,
`incident-journal-cli check --since-head HEAD` confirms that this
head is still a point on the journal's chain, which shows that nothing saved
before this export was changed or removed. This bundle alone cannot show it.

It does NOT prove that the events happened as described, that the computer's
clock was right, or when the journal was written before someone else saw an
export or chain head. Dates of events are as the person stated them, with the
precision they gave ("approx.", "March 2025"). Times marked as saved or
imported come from the computer's clock.


WHEN THE KEY HAS CHANGED
------------------------

The journal makes a new signing key whenever its passphrase or recovery code is
changed, and on request. The old key then signs a statement naming the new one;
key_history.json lists every key, oldest first, with those statements. If you
confirmed an earlier fingerprint, the history shows it announced the current
key. It does not replace confirming the current fingerprint: an old copy or
backup of the journal still holds the key that was in use when it was made, so
a bundle signed with an earlier key may have been made from such a copy.
"""
