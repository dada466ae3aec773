"""The open journal as the GUI sees it: one place that changes it and says so."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from journal.session.journal import Journal
from journal.system.memory_hygiene import collect_freed


class Session(QObject):
    """Holds the unlocked journal. Views listen to `changed`; `lock()` drops it."""

    changed = Signal()
    about_to_lock = Signal()  # last chance to keep an encrypted draft
    locked = Signal()

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self._journal: Journal | None = journal

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise RuntimeError("the journal is locked")
        return self._journal

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def notify_changed(self) -> None:
        self.changed.emit()

    def lock(self) -> None:
        if self._journal is not None:
            self.about_to_lock.emit()
            journal, self._journal = self._journal, None
            journal.lock(collect=False)  # keys wiped, every cache of decrypted text dropped
            QTimer.singleShot(0, collect_freed)  # after the windows are hidden (quick exit)
            self.locked.emit()
