"""Guided prompts: short, optional checklists shown while writing an entry.

They depend on what the entry is about (kind, categories, reports) and are never
required: nothing here stops a save, and they can be hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import EntryContent


@dataclass(frozen=True)
class Checklist:
    key: str
    title: str
    items: tuple[str, ...]


MESSAGES = Checklist(
    "messages",
    "Keeping messages as evidence",
    (
        "Note the sender's number or account, not only the name saved in your phone.",
        "Note the platform (SMS, WhatsApp, e-mail, social media…).",
        "Make sure the date and time of each message are visible in screenshots.",
        "Screenshot the whole conversation, not only the worst message.",
    ),
)
INJURIES = Checklist(
    "injuries",
    "Photographing injuries",
    (
        "Photograph again after a few days: bruises often show more later.",
        "Put something for scale in the photo (a coin or a ruler).",
        "A doctor or nurse can record injuries too, even small ones.",
    ),
)
POLICE = Checklist(
    "police",
    "Contact with police",
    (
        "Names and badge or service numbers of the officers.",
        "The report or incident number, if one was given.",
        "What was said and what was done, in their words if you can.",
        "Whether a supervisor attended or was asked for.",
    ),
)

_MESSAGE_CATEGORIES = {"technology"}
_INJURY_CATEGORIES = {"physical", "strangulation", "sexual"}
_POLICE_CATEGORIES = {"police_power", "colleagues"}


def prompts_for(content: EntryContent) -> list[Checklist]:
    """The checklists that fit this entry as written so far."""
    categories = set(content.categories)
    out = []
    if content.kind == "contact" or categories & _MESSAGE_CATEGORIES:
        out.append(MESSAGES)
    if content.kind == "medical" or content.injuries or categories & _INJURY_CATEGORIES:
        out.append(INJURIES)
    police_report = any(r.body_type in ("police", "internal_affairs") for r in content.reports)
    if (
        content.kind in ("report", "institutional_response")
        or police_report
        or categories & _POLICE_CATEGORIES
    ):
        out.append(POLICE)
    return out
