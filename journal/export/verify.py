"""Check a court bundle without the journal: every file against SHA256SUMS,
SHA256SUMS against its Ed25519 signature, the key named in manifest.json against
the key that signed, the succession of signing keys (key_history.json), and,
when the recipient gives one, the fingerprint confirmed with the sender.

A valid signature shows the files are as they were when signed by the key in
vault_pub.pem. It shows who made them only once that key's fingerprint has been
confirmed with the sender by another way (phone, paper): anyone can make a key
and sign anything with it. Reading is done by verify_sources.py, which refuses
what is not a regular file and turns hostile archives into findings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature

from journal.errors import UsageError
from journal.export.bundle_texts import KEY_HISTORY, PUBLIC_KEY, SIGNATURE, SUMS
from journal.export.signing import fingerprint, load_public_pem, public_raw
from journal.export.source_damage import read_statement
from journal.export.verify_files import check_files
from journal.export.verify_sources import (
    READ_ERRORS,
    BundleReport,
    Finding,
    NotABundle,
    unreadable,
    unsafe_name,
)
from journal.export.verify_timestamps import check_timestamps
from journal.export.verify_zip import Source, open_source
from journal.export.write import Cancelled, Progress
from journal.translatable import QT_TRANSLATE_NOOP, english, phrase
from journal.vault.key_history import check_history

__all__ = [
    "BundleReport",
    "Finding",
    "NotABundle",
    "confirmation_finding",
    "normalise_fingerprint",
    "unsafe_name",
    "verify_bundle",
]

SMALL_LIMIT = 16 * 1024 * 1024  # SHA256SUMS, the key, the signature, the manifest
MANIFEST = "manifest.json"
_MANIFEST_ERRORS: tuple[type[Exception], ...] = (*READ_ERRORS, UsageError)
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


def normalise_fingerprint(text: str) -> str:
    """64 lowercase hex digits from a fingerprint as typed (spaces, case, ':' ignored)."""
    digits = re.sub(r"[\s:\-]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "That fingerprint cannot be read: it should be 64 characters 0-9 and a-f "
                "(spaces do not matter).",
            )
        )
    return digits


class _TooLarge(ValueError):
    """A small file of the bundle over SMALL_LIMIT; keeps its template and values, as a
    JournalError does, so the finding that quotes it is translated whole."""

    def __init__(self, name: str) -> None:
        self.template = QT_TRANSLATE_NOOP("core", "{name} is far too large")
        self.values = {"name": name}
        super().__init__(english(self.template, self.values))


def _read_small(source: Source, name: str) -> bytes:
    if source.size(name) > SMALL_LIMIT:
        raise _TooLarge(name)
    data = b"".join(source.blocks(name))
    if len(data) > SMALL_LIMIT:
        raise _TooLarge(name)
    return data


def _readable(source: Source, name: str) -> bool:
    return name in source.names() and name not in source.bad


def _parse_sums(text: bytes, report: BundleReport) -> dict[str, str]:
    listed: dict[str, str] = {}
    try:
        lines = text.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        report.add("damaged", SUMS, QT_TRANSLATE_NOOP("core", "SHA256SUMS is not readable text"))
        return listed
    for number, line in enumerate(lines, 1):
        match = _LINE.match(line)
        if match is None:
            report.add(
                "damaged",
                SUMS,
                phrase(
                    QT_TRANSLATE_NOOP("core", "line {number} of SHA256SUMS cannot be read"),
                    number=number,
                ),
            )
            continue
        digest, name = match.group(1).lower(), match.group(2)
        why = unsafe_name(name)
        if why or name in (SUMS, SIGNATURE) or name in listed:
            report.add(
                "unsafe",
                name,
                phrase(
                    QT_TRANSLATE_NOOP("core", "SHA256SUMS lists {name}, which is not allowed"),
                    name=repr(name),
                ),
            )
            continue
        listed[name] = digest
    return listed


def _check_signature(source: Source, sums: bytes, report: BundleReport) -> bytes | None:
    """Fill in the signer's fingerprint and whether the signature holds; its raw key."""
    for needed in (PUBLIC_KEY, SIGNATURE):
        if not _readable(source, needed):
            report.add(
                "signature",
                needed,
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "{name} is missing, so the signature cannot be checked"
                    ),
                    name=needed,
                ),
            )
            return None
    try:
        key = load_public_pem(_read_small(source, PUBLIC_KEY))
    except READ_ERRORS:
        report.add(
            "signature",
            PUBLIC_KEY,
            phrase(
                QT_TRANSLATE_NOOP("core", "{name} is not a valid Ed25519 public key"),
                name=PUBLIC_KEY,
            ),
        )
        return None
    try:
        signature = _read_small(source, SIGNATURE)
    except READ_ERRORS:
        report.add("signature", SIGNATURE, unreadable(SIGNATURE))
        return None
    report.fingerprint = fingerprint(key)
    try:
        key.verify(signature, sums)
    except InvalidSignature:
        report.add(
            "signature",
            SUMS,
            QT_TRANSLATE_NOOP(
                "core",
                "the signature does not match: SHA256SUMS or SHA256SUMS.sig was changed, "
                "or they were signed by another key",
            ),
        )
        return None
    report.signature_ok = True
    return public_raw(key)


def _check_manifest_key(source: Source, report: BundleReport) -> None:
    """The key manifest.json names must be the key that signed (a re-signed bundle
    with the manifest left alone shows up here)."""
    if not report.fingerprint or not _readable(source, MANIFEST):
        return
    if any(f.name == MANIFEST for f in report.findings):
        return  # already reported as changed or unreadable
    try:
        manifest = json.loads(_read_small(source, MANIFEST).decode("utf-8"))
        named = manifest.get("signing_key_fingerprint", manifest.get("public_key_fingerprint"))
        named = normalise_fingerprint(named) if isinstance(named, str) else None
        report.source_problems = read_statement(manifest)
    except _MANIFEST_ERRORS:
        report.add(
            "damaged",
            MANIFEST,
            phrase(
                QT_TRANSLATE_NOOP("core", "{name} cannot be read as the bundle's manifest"),
                name=MANIFEST,
            ),
        )
        return
    if named is None:
        report.add(
            "fingerprint",
            MANIFEST,
            phrase(
                QT_TRANSLATE_NOOP("core", "{name} does not name the signing key"), name=MANIFEST
            ),
        )
    elif named != normalise_fingerprint(report.fingerprint):
        report.add(
            "fingerprint",
            MANIFEST,
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} names the signing key {named}, but the bundle was signed by the key "
                    "{signer}: it was signed again by someone else",
                ),
                name=MANIFEST,
                named=_grouped(named),
                signer=report.fingerprint,
            ),
        )


def _check_key_history(source: Source, signer: bytes | None, report: BundleReport) -> None:
    if not _readable(source, KEY_HISTORY):
        if report.fingerprint:
            report.key_chain = [(report.fingerprint, None)]
        return
    try:
        data = _read_small(source, KEY_HISTORY)
    except READ_ERRORS:
        report.add("damaged", KEY_HISTORY, unreadable(KEY_HISTORY))
        return
    result = check_history(data, signer)
    report.key_chain = result.fingerprints
    for problem in result.problems:
        report.add("key_history", KEY_HISTORY, problem)


def _grouped(digits: str) -> str:
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def confirmation_finding(report: BundleReport, confirmed: str) -> Finding | None:
    """A finding when the signer is not the key the recipient confirmed with the sender
    (`confirmed` as normalise_fingerprint gives it); None when it is, or nothing signed."""
    if not confirmed or not report.fingerprint:
        return None
    if normalise_fingerprint(report.fingerprint) == confirmed:
        return None
    earlier = [normalise_fingerprint(fp) for fp, _since in report.confirmed_chain[:-1]]
    if confirmed in earlier:
        return Finding(
            "fingerprint",
            "",
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the bundle was signed by a newer key ({signer}) than the one you confirmed, "
                    "which is key {number} in its key history and announced the newer keys. An "
                    "old copy of the journal still holds that older key, so please confirm the "
                    "newer fingerprint with the sender before relying on it",
                ),
                signer=report.fingerprint,
                number=earlier.index(confirmed) + 1,
            ),
        )
    return Finding(
        "fingerprint",
        "",
        phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "the bundle was signed by the key {signer}, not by the key {confirmed} you "
                "confirmed with the sender",
            ),
            signer=report.fingerprint,
            confirmed=_grouped(confirmed),
        ),
    )


def verify_bundle(
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    confirmed_fingerprint: str | None = None,
) -> BundleReport:
    """Check every file of the bundle at `path` (a zip or an unpacked folder)."""
    if not path.exists() and not path.is_symlink():
        raise UsageError(QT_TRANSLATE_NOOP("core", "There is nothing at {path}."), path=path)
    report = BundleReport()
    if confirmed_fingerprint:
        report.confirmed = normalise_fingerprint(confirmed_fingerprint)
    source = open_source(path, report)
    try:
        names = source.names()
        if SUMS not in names and MANIFEST not in names:
            raise NotABundle(
                path, phrase(QT_TRANSLATE_NOOP("core", "it has no SHA256SUMS and no manifest.json"))
            )
        if not _readable(source, SUMS):
            report.add(
                "missing",
                SUMS,
                QT_TRANSLATE_NOOP("core", "SHA256SUMS is missing, so no file can be checked"),
            )
            return report
        try:
            sums = _read_small(source, SUMS)
        except READ_ERRORS as error:
            report.add(
                "damaged",
                SUMS,
                phrase(
                    QT_TRANSLATE_NOOP("core", "SHA256SUMS cannot be read ({error})"), error=error
                ),
            )
            return report
        signer = _check_signature(source, sums, report)
        listed = _parse_sums(sums, report)
        check_files(source, listed, report, progress, cancelled)
        _check_manifest_key(source, report)
        _check_key_history(source, signer, report)
        check_timestamps(source, listed, report, lambda name: _read_small(source, name))
        mismatch = confirmation_finding(report, report.confirmed)
        if mismatch is not None:
            report.findings.append(mismatch)
    finally:
        source.close()
    return report
