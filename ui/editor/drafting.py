"""Keeps the editor's form as a draft inside the vault while the person types.

At most one write every few seconds, only when the form changed since the last
one; a form back to what is saved removes the draft instead. Failures (a full
disk, a removed stick) are reported in words and never interrupt typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from journal.entries.model import EntryContent
from journal.errors import JournalError
from journal.session.drafts import NEW, Draft, DraftStore
from ui.app.errors import describe
from ui.i18n import tr

AUTOSAVE_MS = 3_000


class DraftKeeper(QObject):
    status = Signal(str)

    def __init__(
        self,
        store: DraftStore,
        content: Callable[[], EntryContent],
        baseline: EntryContent,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._content = content
        self.key = NEW
        self.base_revision: int | None = None
        self.baseline = self.last = baseline
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.keep)

    def saved_as(self, key: str, revision: int, content: EntryContent) -> None:
        """The entry was saved: what is shown now is the baseline, with no draft."""
        self.timer.stop()
        self.key, self.base_revision = key, revision
        self.baseline = self.last = content

    def waiting(self) -> Draft | None:
        return self.store.load(self.key)

    def changed(self) -> None:
        if not self.paused and not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.paused = True
        self.timer.stop()

    def keep(self, force: bool = False) -> bool:
        """Store the form as a draft now; True when what is shown is safe."""
        if self.paused:
            return False
        content = self._content()
        if content == self.last and not force:
            return True
        if content == self.baseline:
            ok = self.discard()
        else:
            ok = self._try(lambda: self.store.save(self.key, content, self.base_revision))
            if ok:
                self.status.emit(
                    tr("Draft kept in the journal at {time}.").format(
                        time=f"{datetime.now():%H:%M:%S}"
                    )
                )
        if ok:
            self.last = content
        return ok

    def discard(self, key: str | None = None) -> bool:
        return self._try(lambda: self.store.discard(key or self.key))

    def _try(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except JournalError as error:
            self.status.emit(
                tr("The draft could not be kept just now: {reason}").format(reason=describe(error))
            )
            return False
        return True
