"""Qt's own file dialogs, leaving no trace.

Never the desktop's native dialogs: those may add the file to a recent-files
list. Qt's own dialog still writes the folders it visited to QtProject.conf when
it is destroyed; `run_file_dialog` points it back at the home folder and clears
its history first, so no folder of the person's is recorded there.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.i18n import tr


def run_file_dialog(dialog: QFileDialog) -> list[str]:
    """Run one of Qt's own file dialogs and leave no folder behind in Qt's settings."""
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        dialog.setHistory([])
        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)  # saves its (now neutral) state right away
    return chosen


def choose_file(parent: QWidget | None, title: str, start: str, save: bool = False) -> str:
    """One file to open (or, with save=True, a new file name); "" when cancelled."""
    dialog = QFileDialog(parent, title, start)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = run_file_dialog(dialog)
    return chosen[0] if chosen else ""


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """One existing folder (a USB stick, say); "" when cancelled."""
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = run_file_dialog(dialog)
    return chosen[0] if chosen else ""


def taken_message(target: Path) -> str | None:
    """The calm refusal to show when a new file's chosen name is taken (restore, repair:
    both write a new journal and never overwrite one), or None when it is free."""
    if not target.exists():
        return None
    taken = tr(
        "There is already a file at {path}. Please choose a new name; nothing was overwritten."
    )
    return taken.format(path=target)
