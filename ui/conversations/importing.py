"""File → Import messages…: one file after another, each in the background.

The format is detected from the content; only a file that is refused is offered a
format to try instead. A WhatsApp chat (no zone in the source) first asks for the
zone. The core's import is all-or-nothing, so Cancel and any refusal store nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from journal.evidence.streaming import ImportCancelled
from journal.messages import MessageFormatError, detect_format
from journal.messages.source import DEFAULT_LIMITS
from journal.session.message_import import ImportResult, import_messages
from ui.app.errors import describe
from ui.app.message_boxes import tell
from ui.app.session import Session
from ui.app.workers import BackgroundTask
from ui.conversations.contact_words import calls_words, messages_words
from ui.conversations.import_dialogs import FormatQuestion, ZoneQuestion
from ui.i18n import core_text, tr
from ui.widgets.file_dialogs import run_file_dialog


def result_line(result: ImportResult) -> str:
    """One file's outcome: what was stored, the zone assumed, and the core's notes."""
    if result.already_imported:
        return tr("{file}: imported before; nothing new was stored.").format(file=result.file_name)
    values = {
        "file": result.file_name,
        "messages": messages_words(result.messages),
        "calls": calls_words(result.calls),
    }
    if result.known:
        stored = tr("{file}: {messages} and {calls} stored, {known} already in the journal.")
        values["known"] = f"{result.known:,}"
    else:
        stored = tr("{file}: {messages} and {calls} stored.")
    lines = [stored.format(**values)]
    if result.zone is not None:
        zone = (
            tr("Times shown in {zone} (assumed, confirmed by you).")
            if result.zone.confirmed
            else tr("Times shown in {zone} (assumed, not confirmed).")
        )
        lines[0] += " " + zone.format(zone=result.zone.name)
    lines += ["  " + tr("Note: {note}").format(note=core_text(w)) for w in result.warnings]
    return "\n".join(lines)


def choose_exports(parent: QWidget) -> list[Path]:
    dialog = QFileDialog(parent, tr("Import messages"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return [Path(p) for p in run_file_dialog(dialog)]


class MessageImport(QObject):
    """Imports `paths` in turn; `finished(lines)` with one line a file at the end."""

    finished = Signal(list)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.queue: list[Path] = []
        self.lines: list[str] = []
        self.question: ZoneQuestion | FormatQuestion | None = None
        self.progress: QProgressDialog | None = None
        self.task: BackgroundTask | None = None
        self.summary: QMessageBox | None = None
        session.locked.connect(self.forget)

    def start(self, paths: list[Path]) -> None:
        self.queue = list(paths)
        self.lines = []
        self._next()

    def _next(self) -> None:
        if not self.session.is_open:
            return
        if not self.queue:
            self.summary = tell(self.window, tr("Messages imported"), "\n".join(self.lines))
            self.finished.emit(self.lines)
            return
        path = self.queue.pop(0)
        try:
            fmt = detect_format(path, DEFAULT_LIMITS)
        except MessageFormatError as error:
            self._ask_format(path, describe(error))
            return
        except OSError as error:
            self.lines.append(tr("{file}: {reason}").format(file=path.name, reason=describe(error)))
            self._next()
            return
        self._with_zone(path, fmt)

    def _with_zone(self, path: Path, fmt: str) -> None:
        if fmt != "whatsapp":
            self._run(path, fmt, None)
            return
        self.question = ZoneQuestion(path.name, self.window)
        self.question.answered.connect(lambda zone: self._run(path, fmt, zone))
        self.question.rejected.connect(lambda: self._skipped(path))
        self.question.open()

    def _ask_format(self, path: Path, reason: str) -> None:
        self.question = FormatQuestion(path.name, reason, self.window)
        self.question.answered.connect(lambda fmt: self._with_zone(path, fmt))
        self.question.rejected.connect(lambda: self._skipped(path, reason))
        self.question.open()

    def _skipped(self, path: Path, reason: str = "") -> None:
        line = tr("{file}: not imported; nothing was stored.").format(file=path.name)
        self.lines.append(f"{line} {reason}" if reason else line)
        self._next()

    def _run(self, path: Path, fmt: str, zone: str | None) -> None:
        journal = self.session.journal
        self.progress = QProgressDialog(
            tr("Importing “{file}”…").format(file=path.name), tr("Cancel"), 0, 0, self.window
        )
        self.progress.setWindowTitle(tr("Importing messages"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)

        def work(task: BackgroundTask) -> ImportResult:
            return import_messages(
                journal,
                path,
                fmt,
                timezone=zone,
                progress=lambda seen: task.report(seen, seen + 1),
                cancelled=lambda: task.cancelled,
            )

        def progressed(done: int, _total: int) -> None:
            if self.progress is not None:
                self.progress.setLabelText(
                    tr("Importing “{file}”: {count} read so far…").format(
                        file=path.name, count=f"{done:,}"
                    )
                )

        self.task = self.session.run(work, self._done, lambda e: self._failed(path, e), progressed)
        self.progress.canceled.connect(self.task.cancel)
        self.progress.show()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.task = None

    def _done(self, result: Any) -> None:
        self._close_progress()
        self.lines.append(result_line(result))
        self._next()

    def _failed(self, path: Path, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ImportCancelled):
            self.lines.append(tr("{file}: cancelled; nothing was stored.").format(file=path.name))
        elif isinstance(error, MessageFormatError):
            self._ask_format(path, describe(error))
            return
        else:
            said = describe(error, tr("Something went wrong that the app did not expect."))
            line = tr("{file}: not imported; nothing was stored.").format(file=path.name)
            self.lines.append(f"{line} {said}")
        self._next()

    def forget(self) -> None:
        self.queue, self.lines = [], []
        self.question = self.progress = self.task = self.summary = None
