"""Linked messages in exports: which records an entry links, their exhibits, and the
bundle's messages/*.json. Shared by the PDF's message log and the bundle.

Each export file a linked message came from (and each media file of a .zip export a
linked message names) becomes an exhibit like any evidence file: numbered, listed in
the exhibit index, and copied byte for byte into the bundle under exhibits/. With a
redaction profile, the terms it hides are hidden in the log and in messages/*.json too
(marked `redacted`); the original export file is evidence and is never altered.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from journal.conversations.views import record_json
from journal.export.linked_messages import Record, files_of, linked

if TYPE_CHECKING:
    from journal.export.options import RedactionProfile, Selection
    from journal.session.journal import Journal


def hide_terms(profile: RedactionProfile | None, text: str) -> str:
    matcher = profile.matcher() if profile is not None else None
    return text if matcher is None or not text else matcher.subn(text)[0]


def message_members(journal: Journal, selection: Selection) -> dict[str, bytes]:
    """messages/<id>.json for every record linked from a shown entry: the same object
    as `messages --json`, plus the entries that link it and its exhibit numbers."""
    profile = selection.options.redaction
    linked_to: dict[str, list[str]] = {}
    records: dict[str, Record] = {}
    for entry in selection.entries:
        for record in linked(journal, entry).records:
            records[record.id] = record
            linked_to.setdefault(record.id, []).append(entry.entry_id)
    members = {}
    for record_id, record in records.items():
        data: dict[str, Any] = record_json(journal.messages, record)
        data["linked_to_entries"] = linked_to[record_id]
        data["exhibits"] = [
            selection.exhibit_of.get(info.attachment_id) for info in files_of(journal, record)
        ]
        for name in ("text", "sender", "name"):
            if isinstance(data.get(name), str):
                hidden = hide_terms(profile, data[name])
                if hidden != data[name]:
                    data[name], data["redacted"] = hidden, True
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        members[f"messages/{record_id}.json"] = text.encode("utf-8", "surrogatepass")
    return members
