"""What an export says about damage in the journal it was made from.

An export of a damaged journal must never look complete: the PDF cover and
integrity page, manifest.json (covered by the bundle's signature) and `verify`
all carry the same statement: how many problems the journal had when the export
was made, what they were, and which exhibits were left out because their stored
copy cannot be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journal.errors import IntegrityProblem, StorageFailure
from journal.repair.damage_report import sqlite_findings
from journal.vault.crypto import DecryptionFailed, decrypt_chunk, new_chunk_cipher
from journal.vault.objects import ROLE_ATTACHMENT, chunk_aad, unwrap_key

if TYPE_CHECKING:
    from journal.entries.model import AttachmentInfo
    from journal.session.journal import Journal

MANIFEST_KEY = "source_journal"


@dataclass(frozen=True)
class SourceDamage:
    problems: tuple[str, ...] = ()
    # exhibit number -> (file name, why its stored copy cannot be read)
    unreadable_exhibits: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return bool(self.problems or self.unreadable_exhibits)

    def summary(self) -> str:
        """One sentence for the cover, the export dialog and the command line."""
        count = len(self.problems) + len(self.unreadable_exhibits)
        text = (
            f"The journal this was made from had {count} problem"
            f"{'' if count == 1 else 's'} (damage or alteration) when it was exported"
        )
        if self.unreadable_exhibits:
            text += (
                f"; {len(self.unreadable_exhibits)} exhibit(s) could not be read and are left out"
            )
        return (
            f"{text}. What could not be read is missing from this export; each problem is "
            "listed on the integrity page."
        )

    def lines(self) -> list[str]:
        out = list(self.problems)
        out += [
            f"exhibit {number} ({name}) left out: {why}"
            for number, (name, why) in sorted(self.unreadable_exhibits.items())
        ]
        return out


def find_source_damage(
    journal: Journal, exhibits: Iterable[tuple[str, AttachmentInfo]]
) -> SourceDamage:
    """The journal's known problems, what SQLite's integrity check finds in its file,
    and the exhibits whose stored copy fails a quick probe (`check` finds all of these
    too, so an export never looks cleaner than `check`)."""
    problems = (
        *journal.problems,
        *journal.settings.problems,
        *journal.messages.problems,  # read when an exported entry links messages
        *sqlite_findings(journal.vault.path),
    )
    unreadable = {}
    for number, info in exhibits:
        why = probe_attachment(journal, bytes.fromhex(info.attachment_id))
        if why:
            unreadable[number] = (info.file_name, why)
    return SourceDamage(tuple(problems), unreadable)


def probe_attachment(journal: Journal, object_id: bytes) -> str:
    """Why an attachment cannot be exported, or "": its object and every chunk must be
    present, its key must open and its final chunk must authenticate (a cheap probe;
    the export still checks every byte against the recorded SHA-256)."""
    store, keys = journal.vault.store, journal.vault.keys
    try:
        with store.read() as tx:
            header = tx.object_header(object_id)
            indexes = tx.chunk_indexes(object_id)
            last = tx.chunk(object_id, indexes[-1]) if indexes else None
    except StorageFailure:
        return "the file is damaged where it is stored"
    if header is None:
        return "its stored copy is missing"
    if not indexes or indexes != list(range(len(indexes))) or last is None:
        return "parts of its stored copy are missing"
    epoch, _role, wrapped, _state = header
    try:
        key = unwrap_key(keys, object_id, ROLE_ATTACHMENT, epoch, wrapped)
        aad = chunk_aad(keys.vault_id, object_id)
        decrypt_chunk(new_chunk_cipher(key), indexes[-1], last, aad, last=True)
    except (IntegrityProblem, DecryptionFailed):
        return "its stored copy failed authentication (damaged or altered)"
    return ""


def manifest_statement(damage: SourceDamage) -> dict[str, Any]:
    return {
        "problems": len(damage.problems) + len(damage.unreadable_exhibits),
        "statement": damage.summary() if damage.any else "No problems were known.",
        "problem_list": damage.lines(),
        "exhibits_left_out_unreadable": [
            {"number": number, "original_name": name, "reason": why}
            for number, (name, why) in sorted(damage.unreadable_exhibits.items())
        ],
    }


def read_statement(manifest: Any) -> list[str]:
    """The problem lines a signed manifest states about its source journal ([] if none)."""
    stated = manifest.get(MANIFEST_KEY) if isinstance(manifest, dict) else None
    if not isinstance(stated, dict) or not stated.get("problems"):
        return []
    lines = stated.get("problem_list")
    lines = [str(x) for x in lines] if isinstance(lines, list) else []
    return [str(stated.get("statement", "")), *lines]
