"""After a new incident is first saved: one optional, skippable step for the details
worth adding while it is fresh (journal/case_prompts.missing_details): who did it,
injuries, who saw it, whether it was told. "Add them now" reopens the entry with those
sections open; "Not now" is always there, and nothing blocks a save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from journal.case.prompts import missing_details
from ui.app.message_boxes import ask
from ui.app.session import Session
from ui.i18n import core_text, tr
from ui.safety.disguise import app_name


def offer_details(
    parent: QWidget, session: Session, entry_id: str, add_now: Callable[[str], None]
) -> QMessageBox | None:
    """Ask once; None when the entry already holds every detail (or is not an incident)."""
    if not session.is_open:
        return None
    missing = missing_details(session.journal.entry(entry_id).content)
    if not missing:
        return None
    listed = "\n".join(f"• {core_text(item)}" for item in missing)
    box, _ = ask(
        parent,
        app_name(),
        tr("Saved. While it is fresh, would you like to add a few details?"),
        tr("Only if you can, and only what you know:\n{details}\n\nYou can add them later.").format(
            details=listed
        ),
        (tr("&Add them now"), tr("&Not now")),
        lambda chosen: add_now(entry_id) if chosen else None,
    )
    box.setObjectName("details-offer")
    return box
