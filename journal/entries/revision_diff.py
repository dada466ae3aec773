"""What changed between two revisions, field by field, as plain text (no Qt).

`diff_revisions` names each changed field with a readable label and renders the
old and new values as text (lists one item per line), so that the CLI's
`history` and the desktop history view say the same thing. `line_diff` gives a
line-level diff of two texts (with the changed words marked inside a changed
line) for long fields such as the narrative.

Changes are decided on the stored values, never on the rendered text, so a
change is never hidden by the way it is shown.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from journal.entries.codec import to_plain
from journal.entries.model import AttachmentInfo, EntryContent, PersonContent, Revision
from journal.entries.revision_values import EVIDENCE, Label, english_label, generic, renderers
from journal.translatable import QT_TRANSLATE_NOOP

Status = Literal["saved", "deleted", "purged"]
STATUS_LABELS: dict[str, str] = {
    "saved": QT_TRANSLATE_NOOP("core", "Saved"),
    "deleted": QT_TRANSLATE_NOOP("core", "Withdrawn"),
    "purged": QT_TRANSLATE_NOOP("core", "Purged"),
}


FIELD_LABELS: dict[str, str] = {
    # entries
    "kind": QT_TRANSLATE_NOOP("core", "Kind"),
    "title": QT_TRANSLATE_NOOP("core", "Title"),
    "occurred": QT_TRANSLATE_NOOP("core", "When (as you said)"),
    "narrative": QT_TRANSLATE_NOOP("core", "What happened"),
    "location": QT_TRANSLATE_NOOP("core", "Where"),
    "categories": QT_TRANSLATE_NOOP("core", "Categories"),
    "tags": QT_TRANSLATE_NOOP("core", "Tags"),
    "people": QT_TRANSLATE_NOOP("core", "People"),
    "injuries": QT_TRANSLATE_NOOP("core", "Injuries"),
    "medical": QT_TRANSLATE_NOOP("core", "Medical"),
    "reports": QT_TRANSLATE_NOOP("core", "Reports and complaints"),
    "private_notes": QT_TRANSLATE_NOOP("core", "Private notes"),
    "accounts": QT_TRANSLATE_NOOP("core", "What others were told (your account)"),
    "risk": QT_TRANSLATE_NOOP("core", "Risk indicators"),
    "disclosure": QT_TRANSLATE_NOOP("core", "Told someone (disclosure)"),
    EVIDENCE: QT_TRANSLATE_NOOP("core", "Evidence"),
    # people
    "name": QT_TRANSLATE_NOOP("core", "Name"),
    "relationship": QT_TRANSLATE_NOOP("core", "Relationship"),
    "notes": QT_TRANSLATE_NOOP("core", "Notes"),
    "officer": QT_TRANSLATE_NOOP("core", "Officer details"),
    "officer_since": QT_TRANSLATE_NOOP("core", "In this post since"),
    "officer_history": QT_TRANSLATE_NOOP("core", "Earlier officer details"),
}

LONG_TEXT = 80


@dataclass(frozen=True)
class FieldChange:
    """One changed field: its stored name, a readable label, old and new as text."""

    key: str
    label: str
    old: str
    new: str

    @property
    def is_long(self) -> bool:
        """True when a line diff reads better than a before/after pair."""
        return any("\n" in t or len(t) > LONG_TEXT for t in (self.old, self.new))


def revision_status(revision: Revision) -> Status:
    if revision.content is None:
        return "purged"
    return "deleted" if revision.deleted else "saved"


def field_values(
    content: EntryContent | PersonContent, attachments: tuple[AttachmentInfo, ...]
) -> dict[str, Any]:
    values = {f.name: getattr(content, f.name) for f in dataclasses.fields(content)}
    if isinstance(content, EntryContent):
        values[EVIDENCE] = attachments
    return values


def _raw(value: Any) -> str:
    return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True)


def diff_revisions(
    previous: Revision | None,
    current: Revision,
    people: Mapping[str, str] | None = None,
    label: Label = english_label,
) -> list[FieldChange]:
    """The fields that differ from `previous` to `current`, in the record's field order.

    With no previous revision (or a purged one) every non-empty field of
    `current` counts as added. A purged `current` has no content: nothing to show.
    `people` maps person ids to names for the People field; `label(group, key)` words
    the values' fixed parts (English here; the PDF passes its own language's).
    """
    new = current.content
    if new is None:
        return []
    old = previous.content if previous is not None else None
    if old is not None and type(old) is not type(new):
        old = None
    new_values = field_values(new, current.attachments)
    old_values = field_values(old, previous.attachments) if old is not None and previous else {}
    render = renderers(people or {}, label)
    changes = []
    for key, value in new_values.items():
        before = old_values.get(key)
        if to_plain(before) == to_plain(value):
            continue
        show = render.get(key, generic)
        old_text = show(before) if key in old_values else ""
        new_text = show(value)
        if old_text == new_text and key in old_values:
            stored = label("diff", "stored")
            old_text += f"\n({stored} {_raw(before)})"
            new_text += f"\n({stored} {_raw(value)})"
        if key not in old_values and not new_text:
            continue
        changes.append(FieldChange(key, FIELD_LABELS.get(key, key), old_text, new_text))
    return changes


def changed_keys(previous: Revision, current: Revision) -> list[str]:
    """The stored names of the fields that changed (for the CLI's history line)."""
    if previous.content is None:
        return []
    return [change.key for change in diff_revisions(previous, current)]


# line diff ------------------------------------------------------------------

Op = Literal["same", "removed", "added", "skipped"]
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_WORD_DIFF_LIMIT = 4000


@dataclass(frozen=True)
class DiffLine:
    """One line of a diff; `segments` pairs text with whether that part changed.

    A "skipped" line stands for `skipped` unchanged lines left out (no segments).
    """

    op: Op
    segments: tuple[tuple[str, bool], ...] = ()
    skipped: int = 0

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segments)


def _merge(parts: list[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    out: list[tuple[str, bool]] = []
    for text, changed in parts:
        if not text:
            continue
        if out and out[-1][1] == changed:
            out[-1] = (out[-1][0] + text, changed)
        else:
            out.append((text, changed))
    return tuple(out)


def _word_pair(old: str, new: str) -> tuple[DiffLine, DiffLine]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(a) + len(b) > _WORD_DIFF_LIMIT:
        return DiffLine("removed", _merge([(old, True)])), DiffLine("added", _merge([(new, True)]))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal"
        left.append(("".join(a[i1:i2]), not same))
        right.append(("".join(b[j1:j2]), not same))
    return DiffLine("removed", _merge(left)), DiffLine("added", _merge(right))


def _replace_block(old: list[str], new: list[str]) -> list[DiffLine]:
    """Pair similar lines for a word-level view; the rest are wholly removed/added."""
    if len(old) == len(new):
        removed, added = [], []
        for o, n in zip(old, new, strict=True):
            r, a = _word_pair(o, n)
            removed.append(r)
            added.append(a)
        return removed + added
    return [DiffLine("removed", _merge([(o, True)])) for o in old] + [
        DiffLine("added", _merge([(n, True)])) for n in new
    ]


def line_diff(old: str, new: str, context: int = 2) -> list[DiffLine]:
    """A unified, line-level diff of two texts with `context` unchanged lines kept.

    Windows and old Mac line ends count as line breaks. Identical texts give [].
    """
    old, new = (t.replace("\r\n", "\n").replace("\r", "\n") for t in (old, new))
    a, b = old.split("\n") if old else [], new.split("\n") if new else []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    groups = list(matcher.get_grouped_opcodes(context))
    out: list[DiffLine] = []
    position = 0
    for group in groups:
        start = group[0][1]
        if start > position:
            out.append(DiffLine("skipped", skipped=start - position))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [DiffLine("same", _merge([(line, False)])) for line in a[i1:i2]]
            elif tag == "replace":
                out += _replace_block(a[i1:i2], b[j1:j2])
            elif tag == "delete":
                out += [DiffLine("removed", _merge([(line, True)])) for line in a[i1:i2]]
            else:
                out += [DiffLine("added", _merge([(line, True)])) for line in b[j1:j2]]
        position = group[-1][2]
    if groups and position < len(a):
        out.append(DiffLine("skipped", skipped=len(a) - position))
    return out


# save times -----------------------------------------------------------------


def save_times(recorded_at: str) -> tuple[str, str]:
    """A system save time as (UTC, this computer's local time), to the second.

    An unreadable value is shown as stored, twice, rather than hidden.
    """
    try:
        moment = datetime.fromisoformat(recorded_at)
    except ValueError:
        return recorded_at, recorded_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    utc = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    local = moment.astimezone()
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return utc, f"{local.strftime('%Y-%m-%d %H:%M:%S')} ({offset})"
