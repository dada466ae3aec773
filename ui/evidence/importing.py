"""Adding evidence to an entry: from Qt's own file dialog or by drag and drop.

Files are imported one after another in a background worker; a progress dialog
counts bytes and its Stop button cancels. A cancelled file leaves nothing
behind (the core removes its pending object); files finished before the stop
stay, each in its own revision. Nothing is shown after a stop: the person chose
it, perhaps in a hurry, and another window popping up would not help.

File dialogs are Qt's own and leave no trace (see file_dialogs.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from journal.entries.model import AttachmentInfo
from journal.entries.plain_words import visible_name
from ui.app.errors import describe
from ui.app.message_boxes import tell
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background
from ui.evidence.capture_note import CaptureNoteDialog, ask_about_dates
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.file_dialogs import run_file_dialog

KIB = 1024
MIB = 1024 * 1024
UNEXPECTED_HERE = QT_TR_NOOP(
    "Something went wrong that the app did not expect while adding this file. "
    "Nothing from it was added."
)


# file dialogs ---------------------------------------------------------------
def choose_files(parent: QWidget | None) -> list[Path]:
    dialog = QFileDialog(parent, tr("Add evidence to this entry"), QDir.homePath())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, tr("Add"))
    return [Path(p) for p in run_file_dialog(dialog)]


# importing --------------------------------------------------------------------
@dataclass
class ImportResult:
    added: list[AttachmentInfo] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (shown name, message)
    cancelled: bool = False


def _shown(path: Path) -> str:
    return visible_name(path.name)


def _bullet(name: str, text: str) -> str:
    """One line of the report: a file's name and what happened to it."""
    return tr("• {name}: {text}").format(name=name, text=text) if name else f"• {text}"


def _size_of(path: Path) -> int:
    try:
        return max(0, path.stat().st_size)
    except OSError:
        return 0


def _mib(n: int) -> str:
    return f"{n / MIB:.1f} MiB" if n >= MIB else f"{max(n, 0) // KIB} KiB"


class EvidenceImport(QObject):
    """Imports `paths` into one entry; `finished` carries an `ImportResult`.

    Progress is reported in KiB (the task's signal carries 32-bit ints).
    """

    finished = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        entry_id: str,
        paths: Sequence[Path | str],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session = session
        self.entry_id = entry_id
        self.paths = [Path(p) for p in paths]
        self.sizes = [_size_of(p) for p in self.paths]
        self.total = sum(self.sizes)
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.date_question: CaptureNoteDialog | None = None  # the photo-date question
        self.result: ImportResult | None = None

    # GUI thread -------------------------------------------------------------
    def start(self) -> EvidenceImport:
        if not self.paths:
            self._finish(ImportResult())
            return self
        journal = self.session.journal
        entry_id, paths, sizes = self.entry_id, list(self.paths), list(self.sizes)
        total_kib = max(1, self.total // KIB)

        def work(task: BackgroundTask) -> ImportResult:
            result = ImportResult()
            before = 0
            for path, size in zip(paths, sizes, strict=True):
                if task.cancelled:
                    result.cancelled = True
                    break

                def progress(done: int, _total: int, base: int = before) -> None:
                    task.report(min((base + done) // KIB, total_kib), total_kib)

                from journal.evidence.streaming import ImportCancelled  # with the store: SQL

                try:
                    info = journal.attach_file(
                        entry_id, path, progress=progress, cancelled=lambda: task.cancelled
                    )
                except ImportCancelled:
                    result.cancelled = True
                    break
                except Exception as error:
                    reason = describe(
                        error, tr(UNEXPECTED_HERE), also=tr("Nothing from it was added.")
                    )
                    result.problems.append((_shown(path), reason))
                else:
                    result.added.append(info)
                before += size
                task.report(min(before // KIB, total_kib), total_kib)
            return result

        self.progress = self._make_progress(total_kib)
        # Not session.run: the job must end (progress closed, `finished` sent) even when
        # the journal locks meanwhile; it is dropped only with the window it belongs to.
        self.task = run_in_background(work, self._done, self._failed, self._progressed, owner=self)
        self.progress.canceled.connect(self.cancel)
        self.session.locked.connect(self.cancel)
        return self

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.progress is not None:
            self.progress.setLabelText(tr("Stopping… nothing half-added will be kept."))

    def _make_progress(self, total_kib: int) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(tr("Adding files"))
        dialog.setCancelButtonText(tr("Stop"))
        dialog.setRange(0, total_kib)
        dialog.setValue(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(300)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setLabelText(self._label(0))
        return dialog

    def _label(self, done_bytes: int) -> str:
        index, start = 0, 0
        for i, size in enumerate(self.sizes):
            index = i
            if done_bytes < start + size:
                break
            start += size
        values = {
            "name": _shown(self.paths[index]),
            "done": _mib(done_bytes - start),
            "size": _mib(self.sizes[index]),
            "number": index + 1,
            "count": len(self.paths),
        }
        adding = (
            tr("Adding “{name}” ({number} of {count}): {done} of {size}.")
            if len(self.paths) > 1
            else tr("Adding “{name}”: {done} of {size}.")
        )
        return "\n".join(
            (
                adding.format(**values),
                tr("It is encrypted into the journal; the original file stays where it is."),
                tr("You can stop at any time; nothing half-added is kept."),
            )
        )

    def _progressed(self, done_kib: int, _total_kib: int) -> None:
        dialog = self.progress
        if dialog is None or self.task is None:
            return
        if self.task.cancelled:
            return
        dialog.setValue(min(done_kib, dialog.maximum()))
        dialog.setLabelText(self._label(done_kib * KIB))

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.locked.disconnect(self.cancel)

    def _done(self, result: ImportResult) -> None:
        self._close_progress()
        if not result.cancelled and self.session.is_open:
            self._report(result)
            self.date_question = ask_about_dates(
                self._parent, self.session, self.entry_id, result.added
            )
        self._finish(result)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        result = ImportResult(problems=[("", describe(error, also=tr("Nothing was lost.")))])
        if self.session.is_open:
            self._report(result)
        self._finish(result)

    def _finish(self, result: ImportResult) -> None:
        self.result = result
        _running.discard(self)
        self.finished.emit(result)

    def _report(self, result: ImportResult) -> None:
        """Calm words after an import: what could not be added, and what to know."""
        notes = [(visible_name(a.file_name), w) for a in result.added for w in a.warnings]
        if not result.problems and not notes:
            return
        parts: list[str] = []
        if result.added:
            parts.append(tr("%n files were added to the entry.", None, len(result.added)))
        if result.problems:
            parts.append(tr("Not added:"))
            parts += [_bullet(name, text) for name, text in result.problems]
        if notes:
            parts.append(tr("Good to know (the files are stored exactly as they are):"))
            parts += [_bullet(name, core_text(text)) for name, text in notes]
        self.message_box = tell(
            self._parent,
            tr("Files added") if result.added else tr("Files not added"),
            "\n\n".join([parts[0], "\n".join(parts[1:])]) if len(parts) > 1 else parts[0],
        )


_running: set[EvidenceImport] = set()


def import_files(
    parent: QWidget,
    session: Session,
    entry_id: str,
    paths: Sequence[Path | str],
    on_finished: Callable[[ImportResult], None] | None = None,
) -> EvidenceImport:
    """Import `paths` into the entry in the background; returns the running import."""
    job = EvidenceImport(parent, session, entry_id, paths)
    _running.add(job)
    job.destroyed.connect(lambda: _running.discard(job))  # its window closed first
    if on_finished is not None:
        job.finished.connect(on_finished)
    return job.start()


def choose_and_import(parent: QWidget, session: Session, entry_id: str) -> EvidenceImport | None:
    """Let the person pick files in Qt's own dialog, then import them."""
    paths = choose_files(parent)
    if not paths:
        return None
    return import_files(parent, session, entry_id, paths)


# drag and drop -------------------------------------------------------------
def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class EvidenceDropFilter(QObject):
    """An event filter that accepts local files dropped on a widget.

    Install it with `EvidenceDropFilter.install(widget, on_paths)`: that also
    turns on drops for the widget (and its viewport, for scroll areas such as
    tables and text views). Other drags (text, web links) pass through.
    """

    def __init__(self, on_paths: Callable[[list[Path]], None], parent: QObject | None = None):
        super().__init__(parent)
        self.on_paths = on_paths

    @classmethod
    def install(cls, widget: QWidget, on_paths: Callable[[list[Path]], None]) -> EvidenceDropFilter:
        drop_filter = cls(on_paths, widget)
        targets: list[QWidget] = [widget]
        if isinstance(widget, QAbstractScrollArea):
            targets.append(widget.viewport())
        for target in targets:
            target.setAcceptDrops(True)
            target.installEventFilter(drop_filter)
        return drop_filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_paths(event):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_paths(event)
            if paths:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.on_paths(paths)
                return True
        return super().eventFilter(watched, event)


def install_drop_import(
    widget: QWidget,
    session: Session,
    entry_id: Callable[[], str | None],
    parent: QWidget | None = None,
) -> EvidenceDropFilter:
    """Files dropped on `widget` are imported into the entry `entry_id()` names."""

    def on_paths(paths: list[Path]) -> None:
        owner = parent or widget.window()
        target = entry_id() if session.is_open else None
        if target is None:
            tell(
                owner,
                tr("Choose an entry first"),
                tr(
                    "Evidence belongs to an entry. Choose the entry in the list first, then "
                    "drop the files on it again. Nothing was added."
                ),
            )
            return
        import_files(owner, session, target, paths)

    return EvidenceDropFilter.install(widget, on_paths)


__all__ = [
    "EvidenceDropFilter",
    "EvidenceImport",
    "ImportResult",
    "choose_and_import",
    "choose_files",
    "import_files",
    "install_drop_import",
]
