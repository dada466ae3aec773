"""Redaction profiles kept encrypted inside the vault (its settings), one per audience."""

from __future__ import annotations

from typing import Any

from journal.export.options import HIDEABLE_FIELDS, RedactionProfile
from journal.session.journal import Journal

SETTING = "export_redaction_profiles"


def load_profiles(journal: Journal) -> list[RedactionProfile]:
    stored: Any = journal.settings.get(SETTING, [])
    profiles = []
    for item in stored if isinstance(stored, list) else []:
        try:
            profiles.append(
                RedactionProfile(
                    name=str(item["name"]),
                    hidden_fields=frozenset(
                        f for f in item.get("hidden_fields", []) if f in HIDEABLE_FIELDS
                    ),
                    terms=tuple(str(t) for t in item.get("terms", [])),
                )
            )
        except (KeyError, TypeError, AttributeError):
            continue  # a damaged profile is skipped; the others still load
    return sorted(profiles, key=lambda p: p.name.casefold())


def save_profiles(journal: Journal, profiles: list[RedactionProfile]) -> None:
    journal.settings.set(
        SETTING,
        [
            {"name": p.name, "hidden_fields": sorted(p.hidden_fields), "terms": list(p.terms)}
            for p in sorted(profiles, key=lambda p: p.name.casefold())
        ],
    )


def put_profile(journal: Journal, profile: RedactionProfile, replacing: str | None = None) -> None:
    """Add `profile`, or replace the one called `replacing` (or of the same name)."""
    names = {profile.name.casefold(), (replacing or profile.name).casefold()}
    others = [p for p in load_profiles(journal) if p.name.casefold() not in names]
    save_profiles(journal, [*others, profile])


def delete_profile(journal: Journal, name: str) -> None:
    save_profiles(journal, [p for p in load_profiles(journal) if p.name != name])
