"""After unlock: offer the unfinished entry first, whatever ended the last session.

Quick exit, auto-lock, a manual lock, a crash or a kill all leave what was typed as an
encrypted draft (ui/editor/drafting.py). The next unlock asks once, calmly, before
anything else: continue it now, or later (it stays kept, and the editor offers it again
when that entry, or a new one, is opened).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from journal.session.drafts import NEW, Draft, DraftStore
from ui.app.message_boxes import ask
from ui.editor.banner import when_text
from ui.i18n import tr
from ui.safety.disguise import app_name
from ui.widgets.bidi import isolated


def unfinished(store: DraftStore, preferred: str | None) -> Draft | None:
    """The draft to offer: the one being written at the lock, else the newest one."""
    if preferred is not None and (draft := store.load(preferred)) is not None:
        return draft
    waiting = store.keys()
    drafts = [draft for key in waiting if (draft := store.load(key)) is not None]
    return max(drafts, key=lambda draft: draft.saved_at, default=None)


def offer(parent: QWidget, draft: Draft, resume: Callable[[str | None], None]) -> QMessageBox:
    """Ask "Continue / Later"; on Continue, `resume(entry id, or None for a new entry)`."""
    title = draft.content.title.strip()
    question = (
        tr("You have an unfinished entry (“{title}”).").format(title=isolated(title))
        if title
        else tr("You have an unfinished entry.")
    )
    when = isolated(when_text(draft.saved_at))
    details = (
        tr(
            "It is a new entry you were writing on {when}. It was kept, encrypted, when the "
            "journal closed. You can go on with it now, or later."
        )
        if draft.key == NEW
        else tr(
            "It is changes to an entry you were writing on {when}. It was kept, encrypted, "
            "when the journal closed. You can go on with it now, or later."
        )
    )
    box, _ = ask(
        parent,
        app_name(),
        question,
        details.format(when=when),
        (tr("&Continue writing"), tr("&Later")),
        lambda chosen: resume(None if draft.key == NEW else draft.key) if chosen else None,
    )
    box.setObjectName("draft-offer")
    return box
