"""Safety → Repair a damaged journal…: salvage into a new file, in the background.

The damaged file is only read (journal/salvage/salvage.py opens it read-only); the new
journal opens with the same passphrase. What could not be saved is listed, by
entry title and file name where the damaged file still says them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.salvage.salvage import SalvageCancelled, SalvageReport, salvage_file
from ui.app.errors import describe
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.bidi import isolated
from ui.widgets.file_dialogs import choose_file, taken_message
from ui.widgets.text_fit import grow_to_fit

INTRO = QT_TR_NOOP(
    "If a journal file was damaged (a failing disk, a pulled USB stick, a bad copy), this "
    "copies everything that can still be read into a new journal file. The damaged file "
    "is only read, never changed. The new file opens with the same passphrase, and what "
    "it holds still matches exports made before the damage."
)


def repaired_name(path: Path) -> Path:
    """A free name beside `path` for the repaired copy."""
    for number in range(1, 1000):
        suffix = "" if number == 1 else f"-{number}"
        candidate = path.with_name(f"{path.stem}-repaired{suffix}{path.suffix or '.db'}")
        if not candidate.exists():
            return candidate
    return path.with_name(f"{path.stem}-repaired-new{path.suffix or '.db'}")


def report_text(report: SalvageReport) -> str:
    """What the repair saved, in sentences each translated whole (counts as "3 of 4",
    which needs no plural form of a noun)."""
    said = [
        tr(
            "Copied into {file}. Saved versions: {saved} of {found}. Evidence files: "
            "{files_saved} of {files_found}."
        ).format(
            file=isolated(report.target),
            saved=report.revisions_saved,
            found=report.revisions_found,
            files_saved=report.attachments_saved,
            files_found=report.attachments_found,
        )
    ]
    if report.realigned:  # the details are in the command line's note and docs/damage.md
        said.append(
            tr(
                "Part of the file was missing; what followed the gap was lined up again "
                "before copying."
            )
        )
    if not report.settings_saved:
        said.append(tr("The settings could not be read; the new journal starts them afresh."))
    if report.complete:
        said.append(tr("Nothing was lost."))
    else:
        said.append(
            tr("%n things could not be saved; they are listed below.", None, len(report.lost))
        )
    return " ".join(said)


class RepairDialog(QDialog):
    repaired = Signal(str)  # the new journal, to open next

    def __init__(
        self, damaged: Path | None, session: Session | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Repair a damaged journal"))
        self.task: BackgroundTask | None = None
        self.result_path: Path | None = None
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        self.source = QLineEdit(str(damaged) if damaged else "")
        self.source.setAccessibleName(tr("Damaged journal file"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase of the damaged journal"))
        self.target = QLineEdit(str(repaired_name(damaged)) if damaged else "")
        self.target.setAccessibleName(tr("New journal file"))
        form = QFormLayout()
        form.addRow(tr("Damaged journal:"), self._with_choose(self.source, self._choose_source))
        form.addRow(tr("Passphrase:"), self.passphrase)
        form.addRow(tr("New journal file:"), self._with_choose(self.target, self._choose_target))
        self.repair_button = QPushButton(tr("&Repair into the new file"))
        self.repair_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("&Stop"))
        self.cancel_button.clicked.connect(self.stop)
        self.cancel_button.hide()
        self.open_button = QPushButton(tr("&Open the repaired journal"))
        self.open_button.clicked.connect(self._open_repaired)
        self.open_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(tr("Repair progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(tr("Message"))
        self.lost = QPlainTextEdit()
        self.lost.setReadOnly(True)
        self.lost.setAccessibleName(tr("What could not be saved"))
        self.lost.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.open_button, self.repair_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (intro, form, buttons, self.progress, self.message, self.lost, close):
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        self.setMinimumWidth(560)
        grow_to_fit(self)
        if session is not None:  # what it lists (entry titles) goes when the journal locks
            session.locked.connect(self.close)

    def _with_choose(self, field: QLineEdit, slot: Callable[[], None]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        button = QPushButton(tr("C&hoose…"))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return row

    def _choose_source(self) -> None:
        chosen = choose_file(
            self, tr("The damaged journal"), self.source.text() or str(Path.home())
        )
        if chosen:
            self.source.setText(chosen)
            self.target.setText(str(repaired_name(Path(chosen))))

    def _choose_target(self) -> None:
        chosen = choose_file(self, tr("The new journal file"), self.target.text(), save=True)
        if chosen:
            self.target.setText(chosen)

    def _running(self) -> bool:
        return self.task is not None and not self.task.done

    def _busy(self, busy: bool, text: str) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.repair_button.setEnabled(not busy)
        self.message.setText(text)

    def start(self) -> None:
        if self._running():
            return
        source = Path(self.source.text().strip()).expanduser()
        target = Path(self.target.text().strip()).expanduser()
        passphrase = self.passphrase.text()
        if not self.source.text().strip() or not self.target.text().strip():
            self.message.setText(tr("Please choose the damaged journal and a new file name."))
            return
        if (taken := taken_message(target)) is not None:
            self.message.setText(taken)
            return
        self.passphrase.clear()
        self.lost.hide()
        self.open_button.hide()
        self.progress.setValue(0)
        self._busy(True, tr("Reading the damaged journal and copying what can be read…"))

        def work(task: BackgroundTask) -> SalvageReport:
            return salvage_file(
                source,
                passphrase,
                target,
                lambda done, total: task.report(done * 1000 // max(total, 1), 1000),
                lambda: task.cancelled,
            )

        self.task = run_in_background(
            work,
            self._done,
            self._failed,
            lambda done, _t: self.progress.setValue(done),
            owner=self,
        )

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self, report: SalvageReport) -> None:
        self._busy(False, report_text(report))
        self.result_path = report.target
        self.open_button.show()
        if report.lost:
            self.lost.setPlainText("\n".join(report.lost))
            self.lost.show()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SalvageCancelled):
            reason = tr("Stopped. No new file was left behind.")
        else:
            reason = describe(
                error,
                tr(
                    "The repair stopped because of something the app did not expect. No new "
                    "file was left behind, and the damaged journal was not changed."
                ),
                also=tr("The damaged journal was not changed."),
            )
        self._busy(False, reason)

    def done(self, result: int) -> None:
        """Closing forgets the passphrase typed and the titles listed."""
        self.stop()
        self.passphrase.clear()
        self.lost.clear()
        self.message.clear()
        super().done(result)

    def _open_repaired(self) -> None:
        if self.result_path is not None:
            self.repaired.emit(str(self.result_path))
            self.accept()
