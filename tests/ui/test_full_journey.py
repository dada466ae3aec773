"""The whole journey through the real GUI, as the person and then their lawyer take it:

first run -> create a journal -> log five events of different kinds, each with evidence
-> quick exit -> start again and unlock -> export a court bundle from the dialog ->
verify it with `incident-journal-cli verify`, `sha256sum -c` and `openssl pkeyutl
-verify` -> scan every file written anywhere during the run for the canary.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.system.paths import default_vault_path
from ui.app.window import AppWindow
from ui.app.workers import wait_for_all
from ui.evidence import importing as evidence_import
from ui.evidence.capture_note import CaptureNoteDialog
from ui.export import dialog as export_dialog
from ui.pages.unlock import UnlockPage
from ui.safety import temp_copies
from ui.safety.decoy import DecoyWindow
from ui.timeline.view import JournalView

from ..conftest import EVIDENCE_DIR, PASSPHRASE, corpus
from ..test_export_bundle import openssl_verify_sums
from .conftest import unlock_window
from .gui_helpers import click, open_editor
from .test_no_traces import create_through_gui, scan

CANARY = "Canary-7d41e9 quiet sparrow"  # the needle test_no_traces scans for

EVENTS = [  # kind, title, evidence file from the corpus
    ("incident", "Pushed against the kitchen door", "photo_with_exif.jpg"),
    ("contact", "Messages at night from a withheld number", "message_log_utf8.txt"),
    ("medical", "Clinic visit for the bruised wrist", "photo_orientation_6.jpg"),
    ("report", "Complaint to the oversight office", "screenshot_alpha.png"),
    ("institutional_response", "Voicemail from the station sergeant", "voice_note.wav"),
]


def log_event(qtbot, win: AppWindow, kind: str, title: str, evidence: Path) -> str:
    editor = open_editor(qtbot, win)
    essentials = editor.essentials
    essentials.kind.setCurrentIndex(essentials.kind.findData(kind))
    qtbot.keyClicks(essentials.title, title)
    essentials.narrative.setPlainText(f"{CANARY}: what happened ({kind}).")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    entry_id = str(saved.args[0])
    session = win.session
    assert session is not None
    evidence_import.choose_files = lambda _parent: [evidence]  # Qt's own modal dialog
    win.journal_view.select(entry_id)  # type: ignore[union-attr]
    win.add_evidence()
    qtbot.waitUntil(lambda: len(session.journal.entry(entry_id).attachments) == 1, timeout=20_000)
    qtbot.wait(50)  # a photo whose camera date is not the entry's is asked about once
    for question in [w for w in QApplication.topLevelWidgets() if isinstance(w, CaptureNoteDialog)]:
        if question.isVisible():
            question.later_button.click()
    return entry_id


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl is installed by .ci/run")
def test_first_run_to_a_verified_court_bundle(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = time.time()
    # log_event replaces the (modal) file chooser; monkeypatch puts the real one back after
    monkeypatch.setattr(evidence_import, "choose_files", evidence_import.choose_files)
    outside = tmp_path / "outside"  # the person's USB stick and the lawyer's desk: not scanned
    stick = outside / "usb-stick"
    stick.mkdir(parents=True)
    home = Path(os.environ["HOME"])

    # first run: a fresh journal at the default location
    win = AppWindow(default_vault_path())
    qtbot.addWidget(win)
    win.show()
    create_through_gui(qtbot, win)
    ids = [
        log_event(qtbot, win, kind, title, corpus(EVIDENCE_DIR / name))
        for kind, title, name in EVENTS
    ]
    view = win.journal_view
    assert isinstance(view, JournalView)
    qtbot.waitUntil(lambda: len(view.visible_entries()) == 5)

    # quick exit (Esc twice) drops everything and closes
    quits: list[bool] = []
    monkeypatch.setattr(win.safety, "_quit", lambda: quits.append(True))
    focus = QApplication.focusWidget() or win
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Escape)
    assert quits == [True] and win.session is None and not win.isVisible()
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if not isinstance(w, DecoyWindow)
    )
    print(f"\njourney: quick exit {win.safety.last_exit_ms:.1f} ms (lock + wipe + hide)")
    win.close()

    # start again: the passphrase is needed
    again = AppWindow(default_vault_path())
    qtbot.addWidget(again)
    again.show()
    assert isinstance(again.page, UnlockPage)
    session = unlock_window(qtbot, again, PASSPHRASE)
    assert sorted(e.entry_id for e in session.journal.entries()) == sorted(ids)

    # export a court bundle through the dialog, to the stick
    again.exports.export_action.trigger()
    dialog = again.exports.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(export_dialog, "choose_file", lambda *a, **k: str(stick / "for-lawyer"))
    assert dialog.form.format_key() == "bundle"
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120_000)
    bundle = stick / "for-lawyer.zip"
    assert dialog.outcome.path == bundle  # type: ignore[union-attr]
    fingerprint = dialog.outcome.fingerprint  # type: ignore[union-attr]
    if dialog.result_box is not None:
        dialog.result_box.close()
    dialog.close()
    again.lock()
    again.close()
    wait_for_all()
    QApplication.processEvents()

    # the lawyer's side: the app's verify, then standard tools only
    cli = [sys.executable, "-m", "journal.cli.main"]
    checked = run(*cli, "verify", bundle)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    unpacked = outside / "unpacked"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(unpacked)
        names = archive.namelist()
    assert sum(n.startswith("exhibits/EX-") for n in names) == 5
    assert run("sha256sum", "-c", "--strict", "SHA256SUMS", cwd=unpacked).returncode == 0
    signature = openssl_verify_sums(unpacked)
    assert signature.returncode == 0 and "Signature Verified Successfully" in signature.stdout
    assert fingerprint.replace(" ", "")[:16] in (unpacked / "manifest.json").read_text().replace(
        " ", ""
    )
    for kind, _title, name in EVENTS:
        exhibit = next(n for n in names if n.endswith(name))
        assert (unpacked / exhibit).read_bytes() == (EVIDENCE_DIR / name).read_bytes(), kind
    text = run("pdftotext", unpacked / "chronology.pdf", "-").stdout
    assert all(title in text for _kind, title, _name in EVENTS)

    # a changed exhibit is named by verify
    tampered = outside / "tampered"
    shutil.copytree(unpacked, tampered)
    photo = next(tampered.glob("exhibits/EX-*photo_with_exif.jpg"))
    data = bytearray(photo.read_bytes())
    data[len(data) // 2] ^= 0x01
    photo.write_bytes(bytes(data))
    failed = run(*cli, "verify", tampered)
    assert failed.returncode == 1 and photo.name in failed.stdout + failed.stderr

    # nothing readable left behind anywhere the app writes (the export is on the stick)
    roots = [home, home / "tmp", temp_copies.private_base()]  # TMPDIR is home/tmp (conftest)
    assert scan(roots, started, skip=outside) == []
    assert CANARY in text  # the needle is real: it is in the export the person chose to write
