"""The open journal as the GUI sees it: the core's changes, delivered on the GUI thread,
and the background work done on it, owned so that nothing outlives the lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from journal.session.changes import Change
from journal.system.memory_hygiene import collect_freed
from ui.app.workers import BackgroundTask, cancel_all, run_in_background, wait_for_all

if TYPE_CHECKING:
    from journal.session.journal import Journal


class Session(QObject):
    """Holds the unlocked journal. Views listen to `changed`; `lock()` drops it."""

    changed = Signal(object)  # a journal.session.changes.Change, on the GUI thread
    entries_changed = Signal(object)  # the same, only when entries or people changed
    about_to_lock = Signal()  # last chance to keep an encrypted draft
    locked = Signal()
    _from_core = Signal(object)  # emitted on whichever thread made the change

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self._journal: Journal | None = journal
        self._tasks: set[BackgroundTask] = set()
        self._from_core.connect(self._deliver)  # queued when the change came from a worker
        self._stop_listening = journal.changes.listen(self._from_core.emit)

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise RuntimeError("the journal is locked")
        return self._journal

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def _deliver(self, change: Change) -> None:
        if self._journal is not None:
            self.changed.emit(change)
            if change.entries or change.people:
                self.entries_changed.emit(change)

    def run(
        self,
        work: Callable[[BackgroundTask], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
        on_dropped: Callable[[Any], None] | None = None,
    ) -> BackgroundTask:
        """Work on this journal off the GUI thread. The session owns it: at lock it is
        cancelled and waited for, and its result or error is dropped, never shown
        in a window that no longer exists; so is a result whose `owner` widget has
        been deleted. A dropped result goes to `on_dropped` (to wipe it), if given."""

        def done(value: Any) -> None:
            self._tasks.discard(task)
            if self._journal is not None:
                on_done(value)
            elif on_dropped is not None:
                on_dropped(value)

        def failed(error: BaseException) -> None:
            self._tasks.discard(task)
            if self._journal is not None:
                on_error(error)

        task = run_in_background(work, done, failed, on_progress, owner, on_dropped)
        self._tasks.add(task)
        return task

    def lock(self) -> None:
        if self._journal is None:
            return
        self.about_to_lock.emit()
        cancel_all()  # every background task, the session's own and any other's:
        wait_for_all(10_000)  # no key may be used after this
        self._tasks.clear()
        self._stop_listening()
        journal, self._journal = self._journal, None
        journal.lock(collect=False)  # keys wiped, every cache of decrypted text dropped
        QTimer.singleShot(0, collect_freed)  # after the windows are hidden (quick exit)
        self.locked.emit()
