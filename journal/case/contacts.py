"""Support contacts and reporting routes the person chooses to keep, inside the vault.

Who someone turns to is as sensitive as what happened, so the list lives in the
vault's encrypted settings (never in a plaintext file). The app ships no phone
numbers: only examples of the kinds of places worth listing, because the right
ones depend on where the person lives and change over time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.settings import AuxSettings

CONTACTS_KEY = "support_contacts"
MAX_CONTACTS = 200
MAX_FIELD = 2000

EXAMPLE_KINDS: tuple[tuple[str, str], ...] = (
    ("dv_service", QT_TRANSLATE_NOOP("core", "Domestic-violence service or helpline")),
    ("legal_aid", QT_TRANSLATE_NOOP("core", "Legal aid or a lawyer")),
    ("oversight", QT_TRANSLATE_NOOP("core", "Independent police-oversight body")),
    ("prosecutor", QT_TRANSLATE_NOOP("core", "Prosecutor's office")),
    (
        "outside_route",
        QT_TRANSLATE_NOOP("core", "A reporting route outside the local police command"),
    ),
    ("health", QT_TRANSLATE_NOOP("core", "Doctor, clinic or counsellor")),
    ("trusted_person", QT_TRANSLATE_NOOP("core", "Someone I trust")),
    ("other", QT_TRANSLATE_NOOP("core", "Other")),
)
KIND_LABELS = dict(EXAMPLE_KINDS)


@dataclass(frozen=True)
class SupportContact:
    name: str
    kind: str = "other"
    how_to_reach: str = ""
    notes: str = ""

    def problem(self) -> str | None:
        """Why this contact cannot be kept as it is, in plain words; None when fine."""
        if not self.name.strip():
            return "Please give this contact a name (any name that you will recognise)."
        if self.kind not in KIND_LABELS:
            return "Please choose what kind of contact this is."
        for value in (self.name, self.how_to_reach, self.notes):
            if len(value) > MAX_FIELD:
                return f"Please keep each field under {MAX_FIELD} characters."
        return None


def _from_record(record: Any) -> SupportContact | None:
    if not isinstance(record, dict):
        return None
    values = [record.get(key, "") for key in ("name", "kind", "how_to_reach", "notes")]
    if not all(isinstance(value, str) for value in values):
        return None
    contact = SupportContact(*values)
    return contact if contact.problem() is None else None


class ContactStore:
    """Load and save the list through the vault's encrypted settings."""

    def __init__(self, settings: AuxSettings) -> None:
        self._settings = settings

    def load(self) -> list[SupportContact]:
        """The saved contacts, in the person's order; unreadable records are skipped."""
        stored = self._settings.get(CONTACTS_KEY, [])
        if not isinstance(stored, list):
            return []
        contacts = (_from_record(record) for record in stored)
        return [contact for contact in contacts if contact is not None]

    def save(self, contacts: list[SupportContact]) -> None:
        """Replace the whole list; refuses (keeping the old list) if any entry is not valid."""
        if len(contacts) > MAX_CONTACTS:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "The list can hold up to {limit} contacts."),
                limit=MAX_CONTACTS,
            )
        for position, contact in enumerate(contacts, start=1):
            if (problem := contact.problem()) is not None:
                raise UsageError(
                    QT_TRANSLATE_NOOP("core", "Contact {position}: {problem}"),
                    position=position,
                    problem=problem,
                )
        self._settings.set(CONTACTS_KEY, [asdict(contact) for contact in contacts])
