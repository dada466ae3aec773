"""Unlock: passphrase (focused), or the recovery code followed by a new passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import WrongPassphrase, WrongRecoveryCode
from ui.app.errors import describe
from ui.app.workers import BackgroundTask, run_in_background
from ui.i18n import tr
from ui.widgets.bidi import isolated_when_right_to_left
from ui.widgets.passphrase import NewPassphraseForm, PassphraseField

if TYPE_CHECKING:
    from journal.session.journal import Journal


def _unlocked(path: Path, passphrase: str) -> Journal:
    """Unlock and open, on the worker thread: the storage and crypto stack (SQLAlchemy...)
    loads here, not before the first window (docs/performance.md, start-up)."""
    from journal.session.journal import Journal
    from journal.vault.lifecycle import unlock

    return Journal.open(unlock(path, passphrase))


def _recovered(path: Path, code: str, new: str) -> Journal:
    """As `_unlocked`, with the recovery code and a new passphrase."""
    from journal.session.journal import Journal
    from journal.vault.lifecycle import recover

    return Journal.open(recover(path, code, new))


def _lock_unused(journal: Journal) -> None:
    """A journal opened for a page that is gone: nobody will use it, so its keys go."""
    journal.lock()


class OnePageShown(QWidget):
    """Like QStackedWidget, but sized to the page shown (hidden pages take no room)."""

    currentChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = 0

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        self.currentChanged.emit(index)


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Journal
    open_other = Signal()
    modes: OnePageShown  # made below the buttons that switch it

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.task: BackgroundTask | None = None
        self.failures_here = 0  # wrong attempts typed on this page (hers)
        title = QLabel(tr("<h2>Welcome back</h2>"))
        where = QLabel(
            tr("Journal file: {path}").format(path=isolated_when_right_to_left(str(path)))
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphrase = PassphraseField(tr("Passphrase"))
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.passphrase.returnPressed.connect(self.start_unlock)
        self.unlock_button.clicked.connect(self.start_unlock)
        pass_form = QFormLayout()
        pass_form.addRow(tr("&Passphrase"), self.passphrase)
        self.use_code = QPushButton(tr("Use &recovery code instead"))
        self.use_code.setFlat(True)
        self.use_code.clicked.connect(lambda: self.modes.setCurrentIndex(1))
        passphrase_mode = QWidget()
        p_layout = QVBoxLayout(passphrase_mode)
        p_layout.addLayout(pass_form)
        p_row = QHBoxLayout()
        p_row.addWidget(self.use_code)
        p_row.addStretch()
        p_row.addWidget(self.unlock_button)
        p_layout.addLayout(p_row)

        self.code = QLineEdit()
        self.code.setAccessibleName(tr("Recovery code"))
        self.code.setPlaceholderText(
            tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", "the shape of a recovery code: keep it")
        )
        self.new_passphrase = NewPassphraseForm()
        self.recover_button = QPushButton(tr("Open and set the new &passphrase"))
        self.recover_button.setEnabled(False)
        self.new_passphrase.validity_changed.connect(self.recover_button.setEnabled)
        self.recover_button.clicked.connect(self.start_recover)
        back = QPushButton(tr("Back to &passphrase"))
        back.setFlat(True)
        back.clicked.connect(lambda: self.modes.setCurrentIndex(0))
        code_mode = QWidget()
        c_layout = QVBoxLayout(code_mode)
        c_form = QFormLayout()
        c_form.addRow(tr("Recovery &code"), self.code)
        c_layout.addLayout(c_form)
        c_layout.addWidget(
            QLabel(tr("Then choose a new passphrase; the old one will stop working."))
        )
        c_layout.addWidget(self.new_passphrase)
        c_row = QHBoxLayout()
        c_row.addWidget(back)
        c_row.addStretch()
        c_row.addWidget(self.recover_button)
        c_layout.addLayout(c_row)

        self.modes = OnePageShown()
        self.modes.addWidget(passphrase_mode)
        self.modes.addWidget(code_mode)
        self.modes.currentChanged.connect(self._mode_changed)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(tr("Working"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        other = QPushButton(tr("Open &another journal…"))
        other.setFlat(True)
        other.clicked.connect(self.open_other.emit)

        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (title, where, self.modes, self.busy, self.message):
            layout.addWidget(widget)
        layout.addWidget(other, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.setMaximumWidth(640)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.passphrase.setFocus()

    def _mode_changed(self, index: int) -> None:
        self.message.clear()
        (self.passphrase if index == 0 else self.code).setFocus()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.modes.setEnabled(not busy)
        self.message.setText(text)

    def start_unlock(self) -> None:
        if self.task is not None and not self.task.done:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(tr("Please type your passphrase."))
            return
        path = self.path
        self._set_busy(
            True, tr("Unlocking… this takes a moment on purpose, to slow down guessing.")
        )
        self.task = run_in_background(
            lambda _task: _unlocked(path, passphrase),
            self._done,
            self._failed,
            owner=self,
            on_dropped=_lock_unused,
        )

    def start_recover(self) -> None:
        code, new = self.code.text(), self.new_passphrase.passphrase()
        path = self.path
        self._set_busy(True, tr("Opening with the recovery code and setting the new passphrase…"))
        self.task = run_in_background(
            lambda _task: _recovered(path, code, new),
            self._done,
            self._failed,
            owner=self,
            on_dropped=_lock_unused,
        )

    def _done(self, journal: Journal) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.code.clear()
        self.new_passphrase.clear()
        self.unlocked.emit(journal)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, (WrongPassphrase, WrongRecoveryCode)):
            self.failures_here += 1  # hers: not reported to her as someone else's
        self.message.setText(describe(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
