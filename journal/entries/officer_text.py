"""An officer's details as "Rank: Sergeant" lines, shared by every view of them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from journal.entries.model import OfficerDetails


def english_field_name(field: str) -> str:
    """ "badge_number" -> "Badge number": the name the CLI and the desktop history show."""
    return field.replace("_", " ").capitalize()


def officer_lines(
    officer: OfficerDetails | None, name_of: Callable[[str], str] = english_field_name
) -> str:
    """One line per filled field, named by `name_of` (the PDF passes its own words)."""
    if officer is None:
        return ""
    return "\n".join(
        f"{name_of(f.name)}: {getattr(officer, f.name)}"
        for f in dataclasses.fields(officer)
        if getattr(officer, f.name)
    )
