"""Guided prompts: short, optional checklists shown while writing an entry.

They depend on what the entry is about (kind, categories, reports) and are never
required: nothing here stops a save, and they can be hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journal.entries.model import EntryContent
from journal.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Checklist:
    key: str
    title: str
    items: tuple[str, ...]


MESSAGES = Checklist(
    "messages",
    QT_TRANSLATE_NOOP("core", "Keeping messages as evidence"),
    (
        QT_TRANSLATE_NOOP(
            "core", "Note the sender's number or account, not only the name saved in your phone."
        ),
        QT_TRANSLATE_NOOP("core", "Note the platform (SMS, WhatsApp, e-mail, social media…)."),
        QT_TRANSLATE_NOOP(
            "core", "Make sure the date and time of each message are visible in screenshots."
        ),
        QT_TRANSLATE_NOOP("core", "Screenshot the whole conversation, not only the worst message."),
    ),
)
INJURIES = Checklist(
    "injuries",
    QT_TRANSLATE_NOOP("core", "Photographing injuries"),
    (
        QT_TRANSLATE_NOOP(
            "core", "Photograph again after a few days: bruises often show more later."
        ),
        QT_TRANSLATE_NOOP("core", "Put something for scale in the photo (a coin or a ruler)."),
        QT_TRANSLATE_NOOP("core", "A doctor or nurse can record injuries too, even small ones."),
    ),
)
POLICE = Checklist(
    "police",
    QT_TRANSLATE_NOOP("core", "Contact with police"),
    (
        QT_TRANSLATE_NOOP("core", "Names and badge or service numbers of the officers."),
        QT_TRANSLATE_NOOP("core", "The report or incident number, if one was given."),
        QT_TRANSLATE_NOOP("core", "What was said and what was done, in their words if you can."),
        QT_TRANSLATE_NOOP("core", "Whether a supervisor attended or was asked for."),
    ),
)

#: Words in the title or narrative that make a checklist useful even before any category
#: is ticked (categories sit in a closed section): "he grabbed my arm and it hurt".
_WORDS = {
    "injuries": re.compile(
        r"\b(grab\w*|hit|hitting|punch\w*|slap\w*|kick\w*|push\w*|shov\w*|chok\w*|"
        r"strangl\w*|hurt\w*|bruis\w*|bleed\w*|blood|bit|bitten|burn\w*|injur\w*|pain)\b",
        re.I,
    ),
    "messages": re.compile(
        r"\b(text\w*|messag\w*|whatsapp|sms|e-?mail\w*|voicemail|dm|dms|posted|online)\b", re.I
    ),
    "police": re.compile(
        r"\b(officer\w*|police|cop|cops|badge|station|patrol|sergeant|constable|detective)\b",
        re.I,
    ),
}

_MESSAGE_CATEGORIES = {"technology"}
_INJURY_CATEGORIES = {"physical", "strangulation", "sexual"}
_POLICE_CATEGORIES = {"police_power", "colleagues"}


def _mentions(content: EntryContent, key: str) -> bool:
    return bool(_WORDS[key].search(f"{content.title}\n{content.narrative}"))


def prompts_for(content: EntryContent) -> list[Checklist]:
    """The checklists that fit this entry as written so far (its kind, categories,
    reports, and what the words of its title and narrative speak of)."""
    categories = set(content.categories)
    out = []
    messages = categories & _MESSAGE_CATEGORIES or _mentions(content, "messages")
    if content.kind == "contact" or messages:
        out.append(MESSAGES)
    if (
        content.kind == "medical"
        or content.injuries
        or categories & _INJURY_CATEGORIES
        or _mentions(content, "injuries")
    ):
        out.append(INJURIES)
    police_report = any(r.body_type in ("police", "internal_affairs") for r in content.reports)
    if (
        content.kind in ("report", "institutional_response")
        or police_report
        or categories & _POLICE_CATEGORIES
        or _mentions(content, "police")
    ):
        out.append(POLICE)
    return out


def missing_details(content: EntryContent) -> list[str]:
    """For an incident just written down: the details worth adding while it is fresh
    that it does not hold yet (who did it, injuries, who saw it, whether it was told)."""
    if content.kind != "incident":
        return []
    roles = {link.role for link in content.people}
    missing = []
    if "abuser" not in roles:
        missing.append(QT_TRANSLATE_NOOP("core", "who did it"))
    if not content.injuries:
        missing.append(QT_TRANSLATE_NOOP("core", "any injuries, even small ones"))
    if "witness" not in roles:
        missing.append(QT_TRANSLATE_NOOP("core", "anyone who saw or heard it"))
    if not content.reports and not content.disclosure:
        missing.append(QT_TRANSLATE_NOOP("core", "whether you told anyone or reported it"))
    return missing
