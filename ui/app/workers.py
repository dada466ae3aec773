"""Work off the GUI thread, results delivered back on it (after Anki's QueryOp and
Picard's run_task). A worker never touches widgets: it calls `task.report()` and
checks `task.cancelled`; the GUI connects to the task's signals.

`report()` may be called as often as the work likes: it passes on at most one
progress signal per `REPORT_EVERY_S` (and always the first and the last). Every
emit lets go of the GIL and takes it straight back; done every few hundred
microseconds, that starves the GUI thread of the GIL (CPython's waiting thread
never reaches its switch interval), which froze the window for seconds during a
PDF export (benchmarks/gui_stall.py --explain).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

REPORT_EVERY_S = 0.05


class BackgroundTask(QObject):
    progressed = Signal(object, object)  # plain ints: byte counts can pass 2**31
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[BackgroundTask], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._last_report = float("-inf")
        self.done = False

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last_report < REPORT_EVERY_S:
            return
        self._last_report = now
        self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._work(self)
        except BaseException as error:  # delivered to the GUI, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


_active: set[BackgroundTask] = set()


def run_in_background(
    work: Callable[[BackgroundTask], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
    on_dropped: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    """Run `work(task)` on the thread pool; callbacks run on the GUI thread, and not at
    all once `owner` (the window that shows the result) has been deleted. A result
    nobody will show goes to `on_dropped` instead (to wipe decrypted bytes)."""
    task = BackgroundTask(work)
    _active.add(task)

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        task.done = True
        _active.discard(task)
        if alive():
            callback(value)
        elif on_dropped is not None and callback is on_done:
            on_dropped(value)

    task.succeeded.connect(lambda value: finish(on_done, value))
    task.failed.connect(lambda error: finish(on_error, error))
    if on_progress is not None:
        task.progressed.connect(lambda done, total: on_progress(done, total) if alive() else None)
    QThreadPool.globalInstance().start(_Runner(task))
    return task


def cancel_all() -> None:
    """Ask every running task to stop (before locking: no key may be used after)."""
    for task in list(_active):
        task.cancel()


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """For shutdown and tests: let running work finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
