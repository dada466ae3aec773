"""What an entry's revisions changed, by kind, in plain words: "text unchanged; 2 files
added, 1 report added". A bare "4 revisions" reads like a story that changed, when she
wrote it once and then added evidence and a report (used by the app and the PDF)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

from journal.entries.codec import to_plain
from journal.entries.model import Revision
from journal.entries.plain_words import counted
from journal.entries.revision_diff import EVIDENCE, FIELD_LABELS, field_values

#: List fields whose items are counted as added or removed, with their nouns.
ITEMS: dict[str, tuple[str, str]] = {
    EVIDENCE: ("file", "files"),
    "reports": ("report", "reports"),
    "injuries": ("injury", "injuries"),
    "people": ("person", "people"),
    "accounts": ("account", "accounts"),
}


def _counted(values: Iterable[Any]) -> Counter[str]:
    return Counter(json.dumps(to_plain(v), sort_keys=True) for v in values)


def change_summary(revisions: Sequence[Revision], leave_out: frozenset[str] = frozenset()) -> str:
    """The changes across `revisions` (oldest first) by kind. Fields in `leave_out` (such
    as private notes in an export without them) are never mentioned."""
    if len(revisions) <= 1:
        return "written once, not changed since"
    edited: dict[str, None] = {}
    added: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    withdrawn = purged = False
    for previous, current in pairwise(revisions):
        if current.content is None:
            purged = True
            continue
        withdrawn = withdrawn or current.deleted
        if previous.content is None or type(previous.content) is not type(current.content):
            continue
        old = field_values(previous.content, previous.attachments)
        new = field_values(current.content, current.attachments)
        for key in dict.fromkeys([*old, *new]):
            if key in leave_out:
                continue
            before, after = old.get(key), new.get(key)
            if key in ITEMS:
                was, now = _counted(before or ()), _counted(after or ())
                added[key] += sum((now - was).values())
                removed[key] += sum((was - now).values())
            elif to_plain(before) != to_plain(after):
                edited[FIELD_LABELS.get(key, key).lower()] = None
    text = f"changed: {', '.join(edited)}" if edited else "text unchanged"
    rest = [f"{counted(added[k], *nouns)} added" for k, nouns in ITEMS.items() if added[k]]
    rest += [f"{counted(removed[k], *nouns)} removed" for k, nouns in ITEMS.items() if removed[k]]
    if withdrawn:
        rest.append("withdrawn")
    if purged:
        rest.append("content purged")
    return f"{text}; {', '.join(rest)}" if rest else text
