"""What the person is told as a journal opens: failed attempts since her last visit,
and parts that could not be read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.app.message_boxes import tell
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.safety.disguise import app_name

if TYPE_CHECKING:
    from journal.session.journal import Journal

REPAIR_HINT = QT_TR_NOOP(
    "The file itself is damaged, so it was opened read-only: nothing can be saved "
    "into it. Safety → Repair a damaged journal… copies what can be read into a new file."
)


def tell_on_open(parent: QWidget, journal: Journal, failures_here: int) -> QMessageBox | None:
    """Open (without blocking) what needs saying; the problems box is returned."""
    from journal.vault.unlock_attempts import describe as describe_attempts  # its store: SQL

    attempts = journal.vault.failed_attempts
    if attempts is not None and (told := describe_attempts(attempts, failures_here)) is not None:
        tell(parent, app_name(), core_text(told))
    problems = [*journal.problems, *journal.settings.problems]  # settings: old-key plants
    if not problems:
        return None
    text = tr(
        "Some parts of this journal could not be read or were changed outside "
        "the app. Everything else is shown. Details:\n\n{problems}"
    ).format(problems="\n".join(core_text(problem) for problem in problems[:10]))
    if journal.read_only:
        text += "\n\n" + tr(REPAIR_HINT)
    box = QMessageBox(QMessageBox.Icon.Warning, app_name(), text, parent=parent)
    box.setObjectName("journal-problems")
    box.open()  # not blocking: the timeline behind it is already usable
    return box
