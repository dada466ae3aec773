"""The "Case" menu of the main window, and the calm deadline reminder at unlock.

It sees the main window only as a `Shell` (ui/app/shell.py); the window creates it
and calls `after_unlock`; every case view is opened from here, non-modal, so the timeline
stays usable beside it. At lock every window is emptied and deleted by
ui/safety/window_sweep.py; this holder then forgets its dialogs and the reminder,
so no Python reference keeps what they showed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from ui.app.shell import Shell
from ui.i18n import tr

# Each dialog, and the case records behind it, loads when first opened, not before the
# first window (docs/performance.md, start-up).
if TYPE_CHECKING:
    from ui.case.after_disclosure import AfterDisclosureDialog
    from ui.case.profiles import ProfilesDialog
    from ui.case.reminder import ReminderBar
    from ui.case.risk_history import RiskHistoryDialog
    from ui.case.tracker import TrackerDialog
    from ui.timeline.view import JournalView


class CaseActions(QObject):
    def __init__(self, shell: Shell, today: Callable[[], date] = date.today) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        window = shell.widget()
        self.today = today
        self.dialogs: list[QDialog] = []
        self.reminder: ReminderBar | None = None

        def action(text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            window.addAction(act)
            return act

        self.tracker_action = action(
            tr("&Complaints and reports"), "Ctrl+Shift+R", self.show_tracker
        )
        self.after_action = action(tr("&After disclosure"), "Ctrl+Shift+D", self.show_after)
        self.risk_action = action(tr("&Risk indicators over time"), None, self.show_risk)
        self.new_risk_action = action(tr("&Note a risk check…"), None, self.new_risk_check)
        self.people_action = action(tr("&People and officer profiles"), None, self.show_people)
        self.actions = [
            self.tracker_action,
            self.after_action,
            self.people_action,
            self.risk_action,
            self.new_risk_action,
        ]
        menu = shell.menu("case")
        for act in self.actions:
            menu.addAction(act)
            shell.while_open(act)

    # helpers -----------------------------------------------------------------
    def _keep(self, dialog: QDialog) -> QDialog:
        """Show non-modal; clicking an entry in it selects that entry on the timeline."""
        signal = getattr(dialog, "entry_chosen", None)
        if signal is not None:
            signal.connect(self._select)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed = gone, not hidden
        self.dialogs = [d for d in self.dialogs if shiboken6.isValid(d)] + [dialog]
        dialog.show()
        return dialog

    def forget(self) -> None:
        """At lock: drop every reference to what the case views showed."""
        self.dialogs = []
        self.reminder = None

    def _select(self, entry_id: str) -> None:
        self.shell.select_entry(entry_id)

    # views -------------------------------------------------------------------
    def show_tracker(self) -> TrackerDialog | None:
        session = self.shell.session
        if session is None:
            return None
        from ui.case.tracker import TrackerDialog

        dialog = TrackerDialog(session, self.today(), self.shell.widget())
        dialog.add_requested.connect(self._add_report)
        self._keep(dialog)
        return dialog

    def _add_report(self) -> None:
        editor = self.shell.open_editor(None)
        if editor is not None:
            editor.start_report()

    def show_after(self) -> AfterDisclosureDialog | None:
        session = self.shell.session
        if session is None:
            return None
        from journal.case.after_disclosure import WINDOW_DAYS
        from ui.case.after_disclosure import AfterDisclosureDialog

        days = session.journal.settings.read(WINDOW_DAYS)
        focus = self.shell.selected_entry_id()
        dialog = AfterDisclosureDialog(session, days, focus, self.shell.widget())
        dialog.window_days.editingFinished.connect(
            lambda: self._remember_window(dialog.window_days.value())
        )
        self._keep(dialog)
        return dialog

    def _remember_window(self, days: int) -> None:
        session = self.shell.session
        if session is not None and session.is_open:
            from journal.case.after_disclosure import WINDOW_DAYS

            session.journal.settings.write(WINDOW_DAYS, days)

    def show_risk(self) -> RiskHistoryDialog | None:
        session = self.shell.session
        if session is None:
            return None
        from ui.case.risk_history import RiskHistoryDialog

        dialog = RiskHistoryDialog(session, self.shell.widget())
        dialog.new_check_requested.connect(self.new_risk_check)
        self._keep(dialog)
        return dialog

    def show_people(self) -> ProfilesDialog | None:
        session = self.shell.session
        if session is None:
            return None
        from ui.case.profiles import ProfilesDialog

        dialog = ProfilesDialog(session, self.shell.widget())
        self._keep(dialog)
        return dialog

    def new_risk_check(self) -> QDialog | None:
        """A new entry of kind "risk check", dated now, with the indicators open."""
        session = self.shell.session
        if session is None:
            return None
        from journal.entries.model import EventTime
        from ui.editor.common import set_combo_key
        from ui.editor.window import EntryEditor

        editor = EntryEditor(session, None, self.shell.widget())
        set_combo_key(editor.essentials.kind, "risk_check")
        editor.essentials.title.setText(tr("Risk check"))
        editor.essentials.when.set_value(EventTime(self.today().isoformat(), precision="day"))
        editor.disclosures[editor.risk].set_open(True)
        editor.keeper.baseline = editor.content()
        editor.open()
        return editor

    # reminder ----------------------------------------------------------------
    def after_unlock(self, view: JournalView) -> None:
        """A calm note above the timeline when an open matter's date is near or past."""
        session = self.shell.session
        if session is None:
            return
        session.locked.connect(self.forget)
        from journal.case.matters import deadline_notes
        from ui.case.reminder import ReminderBar, reminder_words

        text = reminder_words(deadline_notes(session.journal.entries(), self.today()))
        if not text:
            self.reminder = None
            return
        self.reminder = ReminderBar(text)
        self.reminder.open_tracker.connect(self.show_tracker)
        layout = view.layout()
        if layout is not None:
            layout.insertWidget(0, self.reminder)  # type: ignore[attr-defined]
