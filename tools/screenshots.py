"""Take a screenshot of every screen of the app, as a user would see it.

Run under a real X server: `xvfb-run -a .venv/bin/python tools/screenshots.py [OUT_DIR]`
(default docs/screenshots). Builds a small demo journal in a temporary folder.
With `--language es` (or ar, or pseudo: every string accented and a third longer, as
the pseudo-translation test loads it) the main windows are taken in that interface
language, named es-*.png (ar-*.png, pseudo-*.png).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journal.entries.model import (  # noqa: E402
    AttachmentInfo,
    EntryContent,
    EventTime,
    Injury,
    OfficerDetails,
    PersonContent,
    PersonLink,
    ReportRecord,
)
from journal.evidence.capture_dates import disagreement  # noqa: E402
from journal.session.drafts import NEW, Draft  # noqa: E402
from journal.session.journal import Journal  # noqa: E402
from journal.vault.crypto import KdfParams  # noqa: E402
from journal.vault.lifecycle import create_vault  # noqa: E402
from tools.case_screens import case_screens  # noqa: E402
from tools.front_shots import front_screens  # noqa: E402
from tools.safety_shots import safety_screens  # noqa: E402
from ui.app.window import AppWindow  # noqa: E402
from ui.evidence.capture_note import CaptureNoteDialog  # noqa: E402
from ui.i18n.catalogue import build_pseudo  # noqa: E402
from ui.i18n.loading import install  # noqa: E402
from ui.safety.draft_offer import offer  # noqa: E402

PASSPHRASE = "kettle orbit lantern mossy"
EVIDENCE = ROOT / "tests" / "corpora" / "evidence-files"


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    waited = 0
    while not check():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the app did not reach the expected state")


NAMING = {"prefix": ""}  # "es-" when the screens are taken in Spanish


def shot(widget: QWidget, out: Path, name: str) -> None:
    name = NAMING["prefix"] + name
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    print(f"saved {name}.png")


def demo_vault(path: Path) -> None:
    kdf = KdfParams.fresh(memory_kib=64 * 1024, iterations=1, lanes=1)
    vault, _code = create_vault(path, PASSPHRASE, kdf=kdf)
    journal = Journal.open(vault)
    officer = journal.add_person(
        PersonContent(
            "Ex-partner (serving officer)",
            "ex-partner",
            officer=OfficerDetails(
                "Senior Constable", "4471", "State police", "Northside", "Traffic"
            ),
        )
    )
    first = journal.add_entry(
        EntryContent(
            kind="incident",
            title="He came to the house in uniform and would not leave",
            occurred=EventTime("2025-03-14T21:07", "2025-03-14T21:40", "+10:00", "approximate"),
            narrative="He knocked for ten minutes, then said he could have me arrested.",
            location="Front door",
            categories=("threats", "police_power", "stalking"),
            people=(PersonLink(officer, "abuser", "on"),),
            injuries=(Injury("Bruised wrist", "left wrist", "GP next day", True),),
        )
    )
    journal.attach_file(first, EVIDENCE / "photo_with_exif.jpg")
    journal.attach_file(first, EVIDENCE / "voice_note.wav")
    journal.add_entry(
        EntryContent(
            kind="report",
            title="Complaint to the oversight body",
            occurred=EventTime("2025-03-20", precision="day"),
            categories=("failure_to_protect",),
            reports=(
                ReportRecord(
                    "oversight",
                    "Independent oversight body",
                    "2025-03-20",
                    "OV-2025-118",
                    "Intake officer",
                    "Will assess within 28 days",
                    "acknowledged",
                ),
            ),
        )
    )
    journal.add_entry(
        EntryContent(
            kind="contact",
            title="Messages after the complaint",
            occurred=EventTime("2025-04", precision="month"),
            categories=("retaliation", "threats"),
        )
    )
    series = [
        ("2024-06", "Checked my phone and took it away", ("coercive_control", "technology")),
        ("2024-08", "Shouted and blocked the door", ("emotional", "threats")),
        ("2024-10", "Looked up my new address at work", ("police_power", "stalking")),
        ("2024-11", "Car parked outside at night", ("stalking",)),
        ("2025-01", "Pushed me against the wall", ("physical",)),
        ("2025-01", "Said no one would believe me", ("emotional", "counter_allegation")),
        ("2025-02", "Colleague called to 'check on me'", ("colleagues", "collusion")),
        ("2025-03", "Hand on his gun while he talked", ("weapon", "threats")),
        ("2025-04", "Reported me for harassment", ("counter_allegation", "retaliation")),
        ("2025-05", "Followed me to the shops", ("stalking", "retaliation")),
    ]
    for month, title, categories in series:
        when = EventTime(month, precision="month")
        journal.add_entry(
            EntryContent(kind="incident", title=title, occurred=when, categories=categories)
        )
    vault.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=["es", "ar", "pseudo"])
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if args.language:
        NAMING["prefix"] = f"{args.language}-"
        pseudo = build_pseudo(Path(tempfile.mkdtemp())) if args.language == "pseudo" else None
        _translators = install(app, args.language, pseudo)
    settings_home = tempfile.mkdtemp()  # the safety shots change settings: not the real ones
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, settings_home)
    app.setApplicationDisplayName("Notes")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = AppWindow(Path(tmp) / "new" / "notes.db")
        fresh.show()
        shot(fresh, out, "01-welcome")
        fresh.page.start_button.click()  # type: ignore[attr-defined]
        fresh.page.new_passphrase.first.setText("kettle orbit")  # type: ignore[attr-defined]
        shot(fresh, out, "02-create-passphrase")
        fresh.close()

        path = Path(tmp) / "demo" / "notes.db"
        demo_vault(path)
        window = AppWindow(path)
        window.show()
        shot(window, out, "03-unlock")
        window.page.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
        window.page.start_unlock()  # type: ignore[attr-defined]
        wait_until(lambda: window.session is not None)
        view = window.journal_view
        assert view is not None
        assert window.session is not None
        with_photo = next(e for e in window.session.journal.entries() if e.attachments)
        view.select(with_photo.entry_id)
        shot(window, out, "04-timeline")
        view.filter_bar.query.setText("car")
        wait_until(view.search_status.isVisible)
        shot(window, out, "04-search")
        view.filter_bar.reset()
        view.select(with_photo.entry_id)
        for name, opener in extra_screens(window):
            opener()
            wait_until(lambda: isinstance(app.activeModalWidget() or app.activeWindow(), QDialog))
            dialog = app.activeModalWidget() or app.activeWindow()
            assert dialog is not None
            status = getattr(dialog, "status", None)
            if status is not None:  # the evidence viewer loads its preview in the background
                wait_until(
                    lambda label=status: not shiboken6.isValid(label) or label.text() != "Opening…"
                )
            shot(dialog, out, name)
            dialog.close()
        if args.language:  # the main windows only
            return 0
        safety_screens(window, out, settle, shot)
        front_screens(window, PASSPHRASE, out, settle, shot)
        window.close()
        case_screens(Path(tmp), out, settle, shot)
    return 0


def extra_screens(window: AppWindow) -> list[tuple[str, Callable[[], None]]]:
    """Dialogs reachable from the main window, opened on the selected entry."""
    view = window.journal_view
    assert view is not None and window.session is not None
    entry = window.session.journal.entry(view.selected_entry_id() or "")
    photo = next(a for a in entry.attachments if a.media_type == "image/jpeg")
    return [
        ("05-entry-editor", window.edit_selected),
        ("06-new-entry", window.new_entry),
        ("07-evidence-viewer", lambda: window.show_attachment(photo.attachment_id)),
        ("08-revision-history", window.show_history),
        ("09-pattern", window.show_pattern),
        ("10-photo-date-question", lambda: photo_question(window, entry.entry_id, photo)),
        ("11-draft-offer", lambda: draft_question(window)),
    ]


def photo_question(window: AppWindow, entry_id: str, photo: AttachmentInfo) -> None:
    """The question asked when a photo's camera date is far from the entry's date."""
    assert window.session is not None
    question = disagreement(photo, EventTime("2026-12-05T10:00")) or ""
    CaptureNoteDialog(window.session, entry_id, photo, question, window).open()


def draft_question(window: AppWindow) -> None:
    """What unlock shows first when an unfinished entry was kept."""
    unfinished = EntryContent(
        kind="incident", title="He waited by the car again", occurred=EventTime("2025-06-02")
    )
    window.safety.draft_offer = offer(
        window, Draft(NEW, unfinished, "2026-12-06T09:40:00+00:00"), lambda _entry: None
    )


if __name__ == "__main__":
    sys.exit(main())
