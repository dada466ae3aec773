"""Screenshots of the case tools on the demo case (tools/demo_vault.py).

Called by tools/screenshots.py (run under Xvfb); not meant to be run alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tools import demo_vault
from tools.export_shots import export_screens
from ui.app.window import AppWindow
from ui.editor.window import EntryEditor

Settle = Callable[..., None]
Shot = Callable[[QWidget, Path, str], None]


def _wait(settle: Settle, check: Callable[[], bool], limit_ms: int = 20_000) -> None:
    waited = 0
    while not check():
        settle(50)
        waited += 50
        if waited > limit_ms:
            raise TimeoutError("the app did not reach the expected state")


def case_screens(tmp: Path, out: Path, settle: Settle, shot: Shot) -> None:
    path = tmp / "case" / "notes.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    demo_vault.create_demo(path)
    window = AppWindow(path)
    window.resize(1200, 760)
    window.show()
    window.page.passphrase.setText(demo_vault.DEMO_PASSPHRASE)  # type: ignore[attr-defined]
    window.page.start_unlock()  # type: ignore[attr-defined]
    _wait(settle, lambda: window.session is not None)
    view = window.journal_view
    assert view is not None and window.session is not None
    second = next(
        e
        for e in window.session.journal.entries()
        if e.content.title == "Complaint to the Office of Police Conduct"
    )
    view.select(second.entry_id)
    shot(window, out, "case-01-timeline-reminder")

    for name, opener in (
        ("case-02-tracker", window.case.show_tracker),
        ("case-03-after-disclosure", window.case.show_after),
        ("case-04-risk-history", window.case.show_risk),
        ("case-05-people", window.case.show_people),
    ):
        dialog = opener()
        assert dialog is not None
        if name == "case-05-people":
            officer = next(p for p in window.session.journal.people() if p.content.officer)
            dialog.select_person(officer.person_id)  # type: ignore[attr-defined]
        shot(dialog, out, name)
        dialog.close()

    export_screens(window, tmp, out, settle, shot, _wait)

    window.new_entry()
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor))
    kind = editor.essentials.kind
    kind.setCurrentIndex(kind.findData("contact"))
    editor.essentials.title.setText("Messages after the hearing")
    editor.disclosures[editor.accounts].set_open(True)
    editor.accounts.list.add_row()
    shot(editor, out, "case-06-editor-prompts")
    editor.keeper.discard()
    editor.done(0)
    window.close()
