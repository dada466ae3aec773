"""Linking stored messages and calls to an entry.

A link is part of what the survivor asserts about the event, so it is a field of the
entry (`EntryContent.messages`): linking saves a new revision, which the chain
records like any other change. The messages themselves are never changed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from journal.entries.model import Entry
    from journal.session.journal import Journal


def link_messages(journal: Journal, entry_id: str, message_ids: list[str]) -> Entry:
    """Add the messages to the entry's links (in the order given, each once)."""
    entry = journal.entry(entry_id)
    if entry.deleted:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "This entry was deleted; messages cannot be linked to it.")
        )
    for message_id in message_ids:
        journal.messages.message(message_id)  # NotFound names an unknown id
    linked = dict.fromkeys((*entry.content.messages, *message_ids))
    if tuple(linked) == entry.content.messages:
        return entry
    return journal.update_entry(entry_id, replace(entry.content, messages=tuple(linked)))


def unlink_messages(journal: Journal, entry_id: str, message_ids: list[str]) -> Entry:
    entry = journal.entry(entry_id)
    kept = tuple(m for m in entry.content.messages if m not in set(message_ids))
    if kept == entry.content.messages:
        return entry
    return journal.update_entry(entry_id, replace(entry.content, messages=kept))
