"""The recovery code, shown once (when the journal is made and when a new code is
made): large and selectable in two lines of groups, one group typed back to show it
was written down, and the emergency sheet saved where the person chooses."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from journal.errors import JournalError
from journal.vault.recovery_code import normalize
from ui.app.errors import describe
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.file_dialogs import choose_file


def code_label(larger_by: int) -> QLabel:
    """An empty label for the code: bold monospace, `larger_by` points above normal."""
    label = QLabel()
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + larger_by)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(tr("Recovery code"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def code_lines(code: str) -> str:
    """The groups of `code`, four on the first line and the rest on the second."""
    groups = code.split("-")
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])


def pick_group(code: str) -> int:
    """Which group (0-based) to ask for, chosen at random."""
    return random.SystemRandom().randrange(len(code.split("-")))


def group_matches(code: str, index: int, typed: str) -> bool:
    """Whether `typed` is group `index` of `code`, read as recovery reads it (any case,
    I and L as 1, O as 0: journal.recovery_code.normalize)."""
    return normalize(typed) == normalize(code.split("-")[index])


#: Where each group is on screen (code_lines: four on the first line, the rest on the
#: second), whole phrases so that each language can word its own ordinals.
_PLACES = (
    QT_TR_NOOP("the first on the first line"),
    QT_TR_NOOP("the second on the first line"),
    QT_TR_NOOP("the third on the first line"),
    QT_TR_NOOP("the fourth on the first line"),
    QT_TR_NOOP("the first on the second line"),
    QT_TR_NOOP("the second on the second line"),
    QT_TR_NOOP("the third on the second line"),
    QT_TR_NOOP("the fourth on the second line"),
)


def check_prompt(index: int) -> str:
    """Which group to type back, said so that it can be found without numbers on screen."""
    if index >= len(_PLACES):
        prompt = tr("To be sure it is written down, type group {number} of the code here:")
        return prompt.format(number=index + 1)
    prompt = tr("To be sure it is written down, type group {number} of the code ({where}) here:")
    return prompt.format(number=index + 1, where=tr(_PLACES[index]))


def show_code(label: QLabel, code: str) -> None:
    """Put the code in `label`, and spell it for a screen reader group by group."""
    label.setText(code_lines(code))
    group_said = tr("Group {number}: {letters}")
    spoken = ". ".join(
        group_said.format(number=number, letters=" ".join(group))
        for number, group in enumerate(code.split("-"), 1)
    )
    label.setAccessibleDescription(spoken + ".")


def choose_sheet_path(parent: QWidget) -> Path | None:
    chosen = choose_file(
        parent, tr("Save the emergency sheet"), str(Path.home() / "recovery-sheet.pdf"), save=True
    )
    return Path(chosen) if chosen else None


def save_sheet(path: Path, code: str) -> str:
    """Write the emergency sheet; the calm message to show either way."""
    from journal.export.emergency_sheet import write_emergency_sheet  # reportlab, when asked

    try:
        write_emergency_sheet(path, code, datetime.now())
    except JournalError as error:
        return describe(error)
    return tr("Saved. The sheet is not encrypted: print it, then delete the file.")
