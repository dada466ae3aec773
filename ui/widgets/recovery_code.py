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

from journal.emergency_sheet import write_emergency_sheet
from journal.errors import JournalError

from ..file_dialogs import choose_file


def code_label(larger_by: int) -> QLabel:
    """An empty label for the code: bold monospace, `larger_by` points above normal."""
    label = QLabel()
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + larger_by)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName("Recovery code")
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
    """Whether `typed` is group `index` of `code`, in any case, O read as zero."""
    expected = code.split("-")[index].replace("O", "0")
    return typed.strip().upper().replace("O", "0") == expected


def choose_sheet_path(parent: QWidget) -> Path | None:
    chosen = choose_file(
        parent, "Save the emergency sheet", str(Path.home() / "recovery-sheet.pdf"), save=True
    )
    return Path(chosen) if chosen else None


def save_sheet(path: Path, code: str) -> str:
    """Write the emergency sheet; the calm message to show either way."""
    try:
        write_emergency_sheet(path, code, datetime.now())
    except JournalError as error:
        return str(error)
    return "Saved. The sheet is not encrypted: print it, then delete the file."
