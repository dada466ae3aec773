"""Backups in the app: a verified encrypted copy to a folder or USB stick, and restore.

When the last backup was made is kept inside the vault (encrypted settings), never
in plain settings. A backup older than two weeks earns a calm note in the status bar.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.session.backup import FAT32_MAX_FILE, LAST_BACKUP_KEY, backup_vault, filesystem_type
from journal.session.journal import Journal
from journal.vault.restore import restore_backup
from ui.app.errors import describe
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import tr
from ui.widgets.bidi import isolated
from ui.widgets.file_dialogs import choose_file, choose_folder, taken_message
from ui.widgets.text_fit import grow_to_fit

REMIND_AFTER_DAYS = 14
FAT_TYPES = ("vfat", "msdos", "fat")


def _parse(iso: object) -> datetime | None:
    if not isinstance(iso, str):
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def backup_note(last_iso: object, now: datetime) -> str:
    """A few calm words for the status bar about the last backup."""
    last = _parse(last_iso)
    if last is None:
        return tr("no backup yet")
    days = (now - last).days
    if days > REMIND_AFTER_DAYS:
        return tr("last backup %n days ago; a fresh one keeps your record safe", None, days)
    return tr("last backup {date}").format(date=last.astimezone().strftime("%Y-%m-%d"))


def status_note(journal: Journal) -> str:
    """The status bar's line: how many entries, and the last backup."""
    count = len(journal.entries())
    backup = backup_note(journal.settings.get(LAST_BACKUP_KEY), journal.vault.clock())
    return tr("%n entries · {backup}", None, count).format(backup=backup)


def mebibytes(size: int) -> str:
    return QLocale().toString(round(size / 1024**2))


def folder_problem(folder: Path, vault_size: int) -> str | None:
    """Why a backup to `folder` would fail, said before starting; None when it looks fine."""
    if not folder.is_dir():
        return tr("That folder cannot be found. Is the USB stick plugged in?")
    if filesystem_type(folder) in FAT_TYPES and vault_size > FAT32_MAX_FILE:
        return tr(
            "The journal is {size} GiB, but this stick is formatted as FAT32, which cannot "
            "hold files over 4 GiB. A stick formatted as exFAT or NTFS will work."
        ).format(size=QLocale().toString(vault_size / 1024**3, "f", 1))
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < vault_size:
        return tr(
            "There is not enough free space there ({free} MiB free, the journal needs "
            "{needed} MiB)."
        ).format(free=mebibytes(free), needed=mebibytes(vault_size))
    return None


class BackupsDialog(QDialog):
    backed_up = Signal(str)  # path of the new copy
    restored = Signal(str)  # path of the restored journal, to open next

    def __init__(self, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Backups"))
        self.session = session
        self.task: BackgroundTask | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        intro = QLabel(
            tr(
                "A backup is an encrypted copy of the whole journal. It opens with the same "
                "passphrase or recovery code. Keep one away from home, for example on a USB "
                "stick with someone you trust."
            )
        )
        intro.setWordWrap(True)
        self.last_label = QLabel()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Folder for the backup"))
        self.folder.setPlaceholderText(tr("Choose a folder or USB stick"))
        choose = QPushButton(tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.backup_button = QPushButton(tr("&Back up now"))
        self.backup_button.clicked.connect(self.start_backup)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Backup progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(tr("Message"))
        save_box = QGroupBox(tr("Make a backup"))
        save_layout = QVBoxLayout(save_box)
        save_layout.addWidget(self.last_label)
        save_layout.addLayout(row)
        save_layout.addWidget(self.backup_button, alignment=Qt.AlignmentFlag.AlignRight)
        restore_box = QGroupBox(tr("Restore a backup"))
        restore_text = QLabel(
            tr(
                "Copies a backup to a new place and opens it there. Nothing existing is "
                "overwritten. You will need the passphrase the backup was made with."
            )
        )
        restore_text.setWordWrap(True)
        self.restore_button = QPushButton(tr("&Restore a backup…"))
        self.restore_button.clicked.connect(self._choose_restore)
        restore_layout = QVBoxLayout(restore_box)
        restore_layout.addWidget(restore_text)
        restore_layout.addWidget(self.restore_button, alignment=Qt.AlignmentFlag.AlignRight)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(save_box)
        layout.addWidget(restore_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setMinimumWidth(520)
        grow_to_fit(self)
        if session is not None:
            session.locked.connect(self.close)
        self._show_last()

    def _show_last(self) -> None:
        if self.session is None or not self.session.is_open:
            self.last_label.setText(tr("Unlock the journal to make a backup."))
            self.backup_button.setEnabled(False)
            return
        last = _parse(self.session.journal.settings.get(LAST_BACKUP_KEY))
        if last is None:
            self.last_label.setText(tr("No backup has been made from this app yet."))
        else:
            days = (self.now() - last).days
            local = last.astimezone().strftime("%Y-%m-%d %H:%M")
            said = (
                tr("Last backup: {when} (today).")
                if days < 1
                else tr("Last backup: {when} (%n days ago).", None, days)
            )
            self.last_label.setText(said.format(when=isolated(local)))

    def _choose_folder(self) -> None:
        chosen = choose_folder(
            self, tr("Where to put the backup"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.backup_button.setEnabled(not busy and self.session is not None)
        self.restore_button.setEnabled(not busy)
        self.message.setText(text)

    # backing up -----------------------------------------------------------------
    def start_backup(self) -> None:
        if self.session is None or not self.session.is_open or self._running():
            return
        text = self.folder.text().strip()
        if not text:
            self.message.setText(tr("Please choose a folder or USB stick first."))
            return
        journal = self.session.journal
        folder = Path(text).expanduser()
        if (problem := folder_problem(folder, journal.vault.path.stat().st_size)) is not None:
            self.message.setText(problem)
            return
        self.progress.setRange(0, 0)  # SQLite copies in one step: busy, not a percentage
        self._busy(True, tr("Writing the copy and checking it against the journal…"))
        self.task = run_in_background(
            lambda _task: backup_vault(journal, folder), self._backed_up, self._failed, owner=self
        )

    def _running(self) -> bool:
        return self.task is not None and not self.task.done

    def _backed_up(self, path: Path) -> None:
        self._busy(
            False, tr("Done. The copy was checked and saved as {file}.").format(file=isolated(path))
        )
        self._show_last()
        self.backed_up.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self._busy(False, describe(error, also=tr("Your journal is unchanged.")))

    # restoring ------------------------------------------------------------------
    def _choose_restore(self) -> None:
        backup = choose_file(self, tr("Choose the backup to restore"), str(Path.home()))
        if not backup:
            return
        target = choose_file(
            self, tr("Where to put the restored journal"), str(Path.home() / "notes.db"), save=True
        )
        if target:
            self.start_restore(Path(backup), Path(target))

    def start_restore(self, backup: Path, target: Path) -> None:
        if self._running():
            return
        if (taken := taken_message(target)) is not None:
            self.message.setText(taken)
            return
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self._busy(True, tr("Copying the backup and checking the copy…"))

        def work(task: BackgroundTask) -> Path:
            def report(done: int, total: int) -> None:
                if task.cancelled:
                    raise InterruptedError("stopped")
                task.report(done * 1000 // max(total, 1), 1000)

            return restore_backup(backup, target, report)

        self.task = run_in_background(
            work,
            self._restored,
            self._failed,
            lambda done, _t: self.progress.setValue(done),
            owner=self,
        )

    def _restored(self, path: Path) -> None:
        self._busy(False, tr("Restored to {file}. It will open next.").format(file=isolated(path)))
        self.restored.emit(str(path))
        self.accept()
