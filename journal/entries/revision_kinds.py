"""What an entry's revisions changed, by kind, in plain words: "text unchanged; 2 files
added, 1 report added". A bare "4 revisions" reads like a story that changed, when she
wrote it once and then added evidence and a report (used by the app and the PDF)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from journal.entries.codec import to_plain
from journal.entries.model import Revision
from journal.entries.plain_words import counted as plural
from journal.entries.revision_diff import FIELD_LABELS, field_values
from journal.entries.revision_values import EVIDENCE
from journal.translatable import QT_TRANSLATE_NOOP, Phrase, core, counted, listed, phrase

#: List fields whose items are counted as added or removed: their English nouns, and
#: the whole counted sentences the app translates (journal/translatable.py).
ITEMS: dict[str, tuple[str, str]] = {
    EVIDENCE: ("file", "files"),
    "reports": ("report", "reports"),
    "injuries": ("injury", "injuries"),
    "people": ("person", "people"),
    "accounts": ("account", "accounts"),
}
_ADDED = {
    EVIDENCE: core.tr("%n files added", None, 0),
    "reports": core.tr("%n reports added", None, 0),
    "injuries": core.tr("%n injuries added", None, 0),
    "people": core.tr("%n people added", None, 0),
    "accounts": core.tr("%n accounts added", None, 0),
}
_REMOVED = {
    EVIDENCE: core.tr("%n files removed", None, 0),
    "reports": core.tr("%n reports removed", None, 0),
    "injuries": core.tr("%n injuries removed", None, 0),
    "people": core.tr("%n people removed", None, 0),
    "accounts": core.tr("%n accounts removed", None, 0),
}


def _counted(values: Iterable[Any]) -> Counter[str]:
    return Counter(json.dumps(to_plain(v), sort_keys=True) for v in values)


def change_summary(revisions: Sequence[Revision], leave_out: frozenset[str] = frozenset()) -> str:
    """The changes across `revisions` (oldest first) by kind, in English: "text
    unchanged; 2 files added". Fields in `leave_out` (such as private notes in an
    export without them) are never mentioned."""
    parts = change_parts(revisions, leave_out)
    return f"{parts[0]}; {', '.join(parts[1:])}" if len(parts) > 1 else parts[0]


@dataclass
class ChangeTally:
    """What the revisions changed, counted: the PDF words it in its own language."""

    once: bool = False
    edited: list[str] = field(default_factory=list)  # field keys, in order
    added: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    withdrawn: bool = False
    purged: bool = False


def change_tally(
    revisions: Sequence[Revision], leave_out: frozenset[str] = frozenset()
) -> ChangeTally:
    """The changes across `revisions` (oldest first), by field and kind of item."""
    tally = ChangeTally(once=len(revisions) <= 1)
    edited: dict[str, None] = {}
    for previous, current in pairwise(revisions):
        if current.content is None:
            tally.purged = True
            continue
        tally.withdrawn = tally.withdrawn or current.deleted
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
                tally.added[key] += sum((now - was).values())
                tally.removed[key] += sum((was - now).values())
            elif to_plain(before) != to_plain(after):
                edited[key] = None
    tally.edited = list(edited)
    return tally


def change_parts(
    revisions: Sequence[Revision], leave_out: frozenset[str] = frozenset()
) -> list[str]:
    """The same as phrases the app translates one by one (`core_phrase`): what
    happened to the text first, then each kind of item added or removed."""
    tally = change_tally(revisions, leave_out)
    if tally.once:
        return [phrase(QT_TRANSLATE_NOOP("core", "written once, not changed since"))]
    if tally.edited:
        labels = {FIELD_LABELS.get(k, k).lower(): FIELD_LABELS.get(k, k) for k in tally.edited}
        names = listed([phrase(label) for label in labels.values()], commas=True)
        english_text = f"changed: {', '.join(labels)}"
        said = QT_TRANSLATE_NOOP("core", "changed: {fields}")
        text: str = Phrase(said, -1, english_text, fields=names)
    else:
        text = phrase(QT_TRANSLATE_NOOP("core", "text unchanged"))
    parts: list[str] = [text]
    for key, nouns in ITEMS.items():
        if n := tally.added[key]:
            parts.append(counted(_ADDED[key], n, f"{plural(n, *nouns)} added"))
    for key, nouns in ITEMS.items():
        if n := tally.removed[key]:
            parts.append(counted(_REMOVED[key], n, f"{plural(n, *nouns)} removed"))
    if tally.withdrawn:
        parts.append(phrase(QT_TRANSLATE_NOOP("core", "withdrawn")))
    if tally.purged:
        parts.append(phrase(QT_TRANSLATE_NOOP("core", "content purged")))
    return parts
