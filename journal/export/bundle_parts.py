"""What goes into a court bundle besides the PDF and the exhibits: entry files,
the chain extract and the manifest. Everything here is built from a `Selection`
(already redacted) plus the stored revision bytes of entries shown unredacted.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from journal.entries.codec import to_plain
from journal.entries.model import Entry, EntryContent, Revision
from journal.entries.plain_words import visible_name
from journal.errors import IntegrityProblem
from journal.export.location import Place, places
from journal.export.options import Exhibit, ExportOptions, Selection, heading_scrubber, redact_entry
from journal.export.redaction import TermMatcher
from journal.export.write import check_not_cancelled
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.chain import leaf_hash
from journal.vault.objects import ROLE_REVISION, decrypt_small

BUNDLE_FORMAT = "incident-journal-bundle"
BUNDLE_VERSION = 2  # 2: journal_id, signing_key_fingerprint, key_history.json
NAME_BYTES = 200  # UTF-8 bytes of an exhibit's whole file name, "EX-001_" included
NAME_LIMIT = 100  # bytes of a name on its own, when no other limit is given
_UNSAFE = re.compile(r'[/\\<>:"|?*]')
_JOINERS = "\u034f\ufe0e\ufe0f"  # grapheme joiner, text and emoji variation selectors
_PARTIAL_MARKER = re.compile(r"\[(U(\+[0-9A-F]{0,6})?)?$")  # a cut inside "[U+200D]"


def _cut(text: str, max_bytes: int) -> str:
    """The longest start of `text` within `max_bytes` of UTF-8, cut between characters,
    never between a letter and its accents or variation selector, nor inside a
    [U+XXXX] marker."""
    if len(text.encode()) <= max_bytes:
        return text
    n = len(text.encode()[:max_bytes].decode("utf-8", errors="ignore"))
    while 0 < n < len(text) and (unicodedata.combining(text[n]) or text[n] in _JOINERS):
        n -= 1
    partial = _PARTIAL_MARKER.search(text, 0, n)
    return text[: partial.start()] if partial else text[:n]


def safe_file_name(name: str, limit: int = NAME_LIMIT) -> str:
    """A file name that is safe on every system and keeps the original readable.

    No path separators or `..`, control and direction-changing characters shown
    as [U+XXXX] (so a name cannot disguise its extension), Unicode otherwise
    kept, the length limited to `limit` bytes of UTF-8 (file systems count bytes:
    255 on Linux) with the extension preserved.
    """
    text = unicodedata.normalize("NFC", visible_name(name))
    text = _UNSAFE.sub("_", text).replace("..", "_").strip(" .")
    if not text:
        return "file"
    if len(text.encode()) > limit:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 10 and stem and len(ext.encode()) < limit // 2:
            text = _cut(stem, limit - len(ext.encode()) - 1).rstrip(" .") + "." + ext
        else:
            text = _cut(text, limit).rstrip(" .")
    return text or "file"


def revision_bytes(journal: Journal, revision: Revision) -> bytes:
    """The canonical bytes of one revision, exactly as hashed into the chain."""
    with journal.vault.store.read() as tx:
        object_id = tx.revision_object(revision.seq)
        header = tx.object_header(object_id) if object_id is not None else None
        cts = (
            []
            if object_id is None
            else [tx.chunk(object_id, i) for i in tx.chunk_indexes(object_id)]
        )
    if object_id is None or header is None or any(ct is None for ct in cts):
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "revision {seq} is missing from the journal"),
            seq=revision.seq,
        )
    epoch, _role, wrapped, _state = header
    plain = decrypt_small(
        journal.vault.keys, object_id, ROLE_REVISION, epoch, wrapped, [c for c in cts if c]
    )
    if leaf_hash(plain).hex() != revision.leaf:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "revision {seq} no longer matches its chain leaf"),
            seq=revision.seq,
        )
    return plain


@dataclass(frozen=True)
class EntryFile:
    path: str
    data: bytes
    revision: Revision
    exact: bool  # True: the stored bytes; False: a redacted view


def _as_entry(entry: Entry, revision: Revision) -> Entry:
    assert isinstance(revision.content, EntryContent)
    return Entry(
        entry_id=entry.entry_id,
        content=revision.content,
        attachments=revision.attachments,
        first_recorded=entry.first_recorded,
        last_recorded=revision.recorded_at,
        revision_count=revision.revision,
    )


def _user_text(record: dict[str, Any]) -> dict[str, Any]:
    """The parts of a record that hold what the person wrote (never ids or hashes)."""
    return {
        "content": record.get("content"),
        "attachments": [
            {k: a.get(k) for k in ("file_name", "description")}
            for a in record.get("attachments", [])
            if isinstance(a, dict)
        ],
    }


def _mentions(value: Any, matcher: TermMatcher) -> bool:
    if isinstance(value, str):
        return matcher.search(value)
    if isinstance(value, dict):
        return any(_mentions(v, matcher) for v in value.values())
    if isinstance(value, list):
        return any(_mentions(v, matcher) for v in value)
    return False


def _scrub(value: Any, matcher: TermMatcher) -> Any:
    """A last safety net: every hidden term replaced in every string, whichever field."""
    if isinstance(value, str):
        return matcher.sub(value)
    if isinstance(value, dict):
        return {k: _scrub(v, matcher) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, matcher) for v in value]
    return value


def _redacted_view(shown: Entry, revision: Revision, matcher: TermMatcher | None) -> bytes:
    view = {
        "redacted": True,
        "note": (
            "A redacted view prepared for this export, not the stored revision: some text "
            "was hidden. Its hash therefore differs from original_leaf, which is the "
            "chain leaf of the complete stored revision."
        ),
        "entry_id": shown.entry_id,
        "revision": revision.revision,
        "seq": revision.seq,
        "recorded_at": revision.recorded_at,
        "original_leaf": revision.leaf,
        "content": to_plain(shown.content),
        "attachments": [to_plain(a) for a in shown.attachments],
    }
    if matcher is not None:
        view["content"] = _scrub(view["content"], matcher)
        view["attachments"] = _scrub(view["attachments"], matcher)
    return (json.dumps(view, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _file_for(
    journal: Journal, options: ExportOptions, entry: Entry, revision: Revision, path: str
) -> EntryFile:
    """The stored bytes when the export shows this version unchanged and no hidden term
    appears in anything the person wrote; otherwise a redacted view."""
    candidate = _as_entry(entry, revision)
    shown = redact_entry(candidate, options)
    matcher = options.redaction.matcher() if options.redaction else None
    if shown.content == candidate.content and shown.attachments == candidate.attachments:
        data = revision_bytes(journal, revision)
        if matcher is None or not _mentions(_user_text(json.loads(data)), matcher):
            return EntryFile(path, data, revision, exact=True)
    return EntryFile(path, _redacted_view(shown, revision, matcher), revision, exact=False)


def entry_files(journal: Journal, selection: Selection) -> list[EntryFile]:
    """entries/<id>.json for the latest revision; older ones under entries/history/
    when the options ask for revision history. Each is checked for redaction on its own."""
    files: list[EntryFile] = []
    for entry in selection.entries:
        original = selection.originals[entry.entry_id]
        history = [
            r for r in journal.history(entry.entry_id) if isinstance(r.content, EntryContent)
        ]
        latest = history[-1]
        files.append(
            _file_for(
                journal, selection.options, original, latest, f"entries/{entry.entry_id}.json"
            )
        )
        if selection.options.include_history:
            for revision in history[:-1]:
                path = f"entries/history/{entry.entry_id}-r{revision.revision:04d}.json"
                files.append(_file_for(journal, selection.options, original, revision, path))
    return files


def exhibit_path(number: str, file_name: str) -> str:
    """exhibits/EX-001_<name>, the file name at most NAME_BYTES bytes of UTF-8."""
    prefix = f"{number}_"
    return f"exhibits/{prefix}{safe_file_name(file_name, NAME_BYTES - len(prefix.encode()))}"


LEFT_OUT_REASON = (
    "The file carries the place the picture was taken (GPS). The sender chose to leave "
    "it out of this bundle; the chronology shows the picture without that information. "
    "The original, with this SHA-256, is kept unchanged in the journal."
)


def located_exhibits(
    journal: Journal, selection: Selection, cancelled: Callable[[], bool] | None = None
) -> set[str]:
    """Numbers of the exhibits to leave out: those carrying a location, when asked."""
    if not selection.options.leave_out_located:
        return set()
    found = places(journal, (x.info for x in selection.exhibits), cancelled)
    check_not_cancelled(cancelled)
    return {x.number for x in selection.exhibits if found.get(x.info.attachment_id) is Place.FOUND}


def with_left_out(manifest: bytes, left_out: list[Exhibit]) -> bytes:
    """The manifest with the exhibits left out listed, each with its SHA-256 on record."""
    if not left_out:
        return manifest
    data = json.loads(manifest)
    data["counts"]["exhibits_left_out"] = len(left_out)
    data["exhibits_left_out"] = [
        {
            "number": x.number,
            "entry_id": x.entry_id,
            "original_name": x.info.file_name,
            "sha256": x.info.sha256,
            "size": x.info.size,
            "media_type": x.info.media_type,
            "reason": LEFT_OUT_REASON,
        }
        for x in left_out
    ]
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def options_summary(options: ExportOptions) -> dict[str, Any]:
    """The options as the manifest states them. Redaction terms are never written out."""
    profile = options.redaction
    scrub = heading_scrubber(options)

    return {
        "date_from": options.date_from.isoformat() if options.date_from else None,
        "date_to": options.date_to.isoformat() if options.date_to else None,
        "kinds": sorted(options.kinds),
        "categories": sorted(options.categories),
        "include_private_notes": options.include_private,
        "include_revision_history": options.include_history,
        "redaction_profile": None
        if profile is None
        else {
            "name": scrub(profile.name),
            "hidden_fields": sorted(profile.hidden_fields),
            "hidden_terms": len([t for t in profile.terms if t.strip()]),
        },
        "bates_prefix": options.bates_prefix,
        "title": scrub(options.title),
        "prepared_by": scrub(options.prepared_by),
        "declaration": options.declaration,
        "include_risk_indicators": options.include_risk,
        "after_disclosure_days": options.after_disclosure_days,
        "leave_out_exhibits_with_location": options.leave_out_located,
    }
