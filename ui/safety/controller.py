"""Wires the safety features into the main window: one object, created once.

It sees the main window only as a `Shell` (ui/app/shell.py). The window calls
`journal_opened` and `journal_locked`; everything else (quick exit, idle lock, the
clipboard, the disguise and its working front, the decoy, the menus and the
always-visible quick-exit button) is looked after here.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from ui.app.session import Session
from ui.app.shell import Shell
from ui.disguise.front_window import FrontWindow
from ui.i18n import tr
from ui.safety import quick_exit_everywhere, temp_copies
from ui.safety.clipboard_guard import ClipboardGuard
from ui.safety.decoy import DecoyWindow
from ui.safety.disguise import apply_disguise
from ui.safety.idle_lock import IdleLock
from ui.safety.menus import build_menus
from ui.safety.open_elsewhere import OpenElsewhere
from ui.safety.prefs import EXIT_DECOY, SafetyPrefs
from ui.safety.quick_exit import QUICK_EXIT_KEY, install
from ui.safety.window_sweep import sweep_windows


class SafetyController(QObject):
    exited = Signal(float)  # milliseconds from the key press to everything locked and hidden

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.window = shell.widget()  # the main window, kept through a lock and quick exit
        self.prefs = SafetyPrefs.load()
        apply_disguise(self.prefs.disguise)
        self.clipboard = ClipboardGuard(parent=self)
        self.idle = IdleLock(self._idle_lock, self.prefs.lock_minutes * 60, parent=self)
        self.quick_filter = install(self.quick_exit, self)
        self.quick_everywhere = quick_exit_everywhere.install(self.quick_exit, self)
        self.decoy: DecoyWindow | None = None
        self.front: FrontWindow | None = None  # the locked app's working front, when disguised
        shell.lock_action.triggered.connect(self._after_manual_lock)  # after the window's lock
        self.last_exit_ms: float | None = None
        self._resume_key: str | None = None
        self.open_elsewhere: OpenElsewhere | None = None  # the last viewer's, for tests
        self.draft_offer: QMessageBox | None = None  # the last "unfinished entry" question
        temp_copies.wipe_stale()  # copies left by a crash or kill of an earlier run
        self._make_toolbar()
        self._make_menus()

    # the window's pieces -----------------------------------------------------
    def _make_toolbar(self) -> None:
        self.quick_action = QAction(tr("Quick exit"), self.window)
        self.quick_action.setObjectName("quick-exit")
        self.quick_action.setToolTip(
            tr("Lock and hide everything at once ({key}, or Esc twice)").format(
                key=QUICK_EXIT_KEY.toString()
            )
        )
        self.quick_action.triggered.connect(self.quick_exit)
        bar = QToolBar(tr("Quick exit"))
        bar.setObjectName("quick-exit-toolbar")
        bar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.quick_action)
        button = bar.widgetForAction(self.quick_action)
        button.setObjectName("quick-exit-button")
        button.setAccessibleName(tr("Quick exit"))
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, not only Ctrl+Q
        # A row of its own, above the main toolbar: sharing a row, it was pushed into the
        # toolbar's overflow menu on a narrow window (200 % on a 1366 x 768 screen).
        self.shell.add_toolbar_row(bar)
        self.toolbar = bar

    def _make_menus(self) -> None:
        made = build_menus(self)
        self.settings_action, self.backups_action = made.settings_action, made.backups_action
        self.keys_action, self.page_action = made.keys_action, made.page_action

    # opening and locking -------------------------------------------------------
    def journal_opened(self, session: Session) -> None:
        session.about_to_lock.connect(self._remember_editor)
        temp_copies.wipe_stale()
        self.idle.start()
        key, self._resume_key = self._resume_key, None
        from journal.session.drafts import DraftStore  # with the settings' store: SQL
        from ui.safety.draft_offer import offer, unfinished

        draft = unfinished(DraftStore(session.journal.settings), key)
        if draft is not None:
            self.draft_offer = offer(self.window, draft, self._resume_draft)

    def _resume_draft(self, entry_id: str | None) -> None:
        editor = self.shell.open_editor(entry_id)
        if editor is not None:
            editor.continue_draft()

    def journal_locked(self) -> None:
        """After the keys are gone: no decrypted byte may stay behind anywhere.

        Every window but the main one is emptied, closed and deleted (see
        ui/safety/window_sweep.py), whatever opened it, so a new dialog needs no lock
        code of its own to be covered."""
        self.idle.stop()
        self.open_elsewhere = None
        sweep_windows(keep=(self.window, self.decoy, self.front))
        self.clipboard.clear_if_ours()
        temp_copies.wipe_all()
        QPixmapCache.clear()

    def _remember_editor(self) -> None:
        from ui.editor.window import EntryEditor

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, EntryEditor) and widget.isVisible():
                self._resume_key = widget.keeper.key

    def _idle_lock(self) -> None:
        self.shell.lock()
        minutes = max(1, round(self.idle.timeout_s / 60))
        self.shell.explain_lock(
            tr(
                "Locked after %n minutes without use, to keep it private. Anything you were "
                "writing was kept, encrypted.",
                None,
                minutes,
            )
        )
        self._front_if_disguised()

    def _after_manual_lock(self) -> None:
        if self.shell.session is None:
            self._front_if_disguised()

    # the disguised front --------------------------------------------------------
    def show_locked(self) -> None:
        """How the app first appears: its working front when disguised, else the window."""
        if self.shell.session is None and self.shell.vault_path.exists():
            self._front_if_disguised()
        if self.front is None or not self.front.isVisible():
            self.window.show()

    def _front_if_disguised(self) -> None:
        """Hide the locked window behind the working front, when one is chosen."""
        way_in = self.prefs.front
        if way_in is None:
            return
        if self.front is None:
            self.front = FrontWindow(self.prefs.disguise, way_in, self._quit)
            self.front.opened.connect(self._through_front)
        self.window.hide()
        # Its native window goes too (made again when shown): hidden, it still stood in
        # the accessibility tree, menus and all, for any tool that lists hidden windows.
        self.window.destroy()
        self.front.present()

    def _through_front(self) -> None:
        """The way in was given: the passphrase page comes forward."""
        if self.front is not None:
            self.front.step_aside()
        self.back_from_decoy()

    # quick exit ---------------------------------------------------------------
    def quick_exit(self) -> None:
        """Hide every window, lock (background work cancelled first), wipe, then quit
        or show the working front (when disguised) or the decoy. The time taken is kept
        in `last_exit_ms`."""
        start = time.perf_counter()
        self._remember_editor()  # before hiding: what was being written is offered back
        stays = (self.decoy, self.front)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in stays:
                widget.hide()
        self.shell.lock()
        self.journal_locked()  # also when nothing was open: windows of the locked screen
        self.last_exit_ms = (time.perf_counter() - start) * 1000
        self.exited.emit(self.last_exit_ms)
        if self.prefs.exit_choice == EXIT_DECOY and self.prefs.front is not None:
            self._front_if_disguised()  # the same front the locked app shows
        elif self.prefs.exit_choice == EXIT_DECOY:
            if self.decoy is None:
                self.decoy = DecoyWindow(self.back_from_decoy, self._quit)
            self.decoy.present()
        else:
            self._quit()

    def back_from_decoy(self) -> None:
        self.shell.present()

    def _quit(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def apply(self, prefs: SafetyPrefs) -> None:
        """New choices from the settings dialog: saved in plain settings, used at once."""
        prefs.save()
        self.prefs = prefs
        self.idle.timeout_s = prefs.lock_minutes * 60
        apply_disguise(prefs.disguise)
        if self.front is not None:  # made again, with the new look and way in, when next needed
            self.front.deleteLater()
            self.front = None
