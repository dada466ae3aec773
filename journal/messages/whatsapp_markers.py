"""The words WhatsApp writes in place of media, deletions and edits (English, German).

Markers are recognised on the text with direction marks removed; the text itself is
kept exactly, markers included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKS = "\u200e\u200f"

_ATTACHED_LINE = re.compile(r"^(?P<name>[^\n]+?) \((?:file attached|Datei angehängt)\)$", re.M)
_ATTACHED_TAG = re.compile(r"<(?:attached|Anhang): (?P<name>[^>\n]+)>")
_OMITTED = re.compile(
    r"^(?:<Media omitted>|<Medien ausgeschlossen>|"
    r"(?:[^\n]* )?(?:image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"(?:Bild|Video|Audio|Sticker|GIF|Dokument|Kontaktkarte) weggelassen)$"
)
_DELETED = re.compile(
    r"^(?:This message was deleted|You deleted this message|"
    r"Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht)\.?$"
)
_EDITED = re.compile(r"<(?:This message was edited|Diese Nachricht wurde bearbeitet)>$")


@dataclass(frozen=True, slots=True)
class Markers:
    attachments: tuple[str, ...]
    media_omitted: bool
    deleted: bool
    edited: bool
    content_key: str | None


_NO_MARKS = {ord(mark): None for mark in MARKS}


def read_markers(text: str) -> Markers:
    plain = text.translate(_NO_MARKS) if ("\u200e" in text or "\u200f" in text) else text
    names = tuple(m.group("name") for m in _ATTACHED_LINE.finditer(plain)) if ")" in plain else ()
    if "<" in plain:
        names += tuple(m.group("name") for m in _ATTACHED_TAG.finditer(plain))
    omitted = plain.endswith((">", "omitted", "weggelassen")) and _OMITTED.match(plain) is not None
    content_key = None
    if names or omitted:
        caption = _ATTACHED_TAG.sub("", _ATTACHED_LINE.sub("", plain))
        content_key = "\x00media\x00" + ("" if omitted else caption)
    return Markers(
        attachments=names,
        media_omitted=omitted,
        deleted=_DELETED.match(plain) is not None,
        edited=plain.endswith(">") and _EDITED.search(plain) is not None,
        content_key=content_key,
    )


def looks_generated(text: str) -> bool:
    """iPhone starts the text of lines WhatsApp wrote itself with a direction mark."""
    return text.startswith(MARKS[0])


_SYSTEM_PHRASES = (
    " changed the subject from ",
    " changed the group description",
    " created group ",
    " changed this group's ",
    " hat den Betreff von ",
    " hat die Gruppe ",
)


def reads_as_system(candidate_sender: str) -> bool:
    """A system line whose own text holds ": " (a group subject "A: B") splits into a
    "sender" that says what happened; such a sender is recognised by its phrase."""
    return any(phrase in candidate_sender for phrase in _SYSTEM_PHRASES)
