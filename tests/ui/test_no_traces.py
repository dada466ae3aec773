"""No traces: a scripted session through the real GUI, then a scan of the whole test
HOME, the test's temp folder and its folder for private copies (all the test's own,
tests/conftest.py) for a canary string (UTF-8, UTF-16) and canary bytes; no
recent-files entry; plain settings that say nothing about the content. Only regular
files are read: a named pipe would block the scan for ever."""

from __future__ import annotations

import logging
import os
import stat
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from journal.system.paths import default_vault_path
from ui.app.window import AppWindow
from ui.app.workers import wait_for_all
from ui.editor.window import EntryEditor
from ui.evidence.viewer import EvidenceViewer
from ui.pages.create import CreatePage
from ui.safety import open_elsewhere, temp_copies
from ui.safety.prefs import ALLOWED_KEYS, app_settings

from ..conftest import EVIDENCE_DIR, PASSPHRASE, corpus

CANARY = "Canary-7d41e9 quiet sparrow"
CANARY_BYTES = bytes.fromhex("8f3a61c2d97e04b5aa13f0c6e2795b1d")
NEEDLES = {
    "utf-8": CANARY.encode(),
    "utf-16-le": CANARY.encode("utf-16-le"),
    "utf-16-be": CANARY.encode("utf-16-be"),
    "bytes": CANARY_BYTES,
}


def scan(roots: list[Path], since: float, skip: Path) -> list[str]:
    """Files changed since `since` under `roots` (but not under `skip`) holding a needle."""
    found: list[str] = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            if Path(folder).is_relative_to(skip):
                continue
            for name in files:
                path = Path(folder) / name
                try:
                    info = path.lstat()
                    if not stat.S_ISREG(info.st_mode) or info.st_mtime < since - 1:
                        continue  # links, pipes, sockets, devices are never opened
                    data = path.read_bytes()
                except OSError:
                    continue
                found += [f"{path}: {kind}" for kind, needle in NEEDLES.items() if needle in data]
    return sorted(set(found))


def create_through_gui(qtbot, win: AppWindow) -> None:
    page = win.page
    assert isinstance(page, CreatePage)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.new_passphrase.first, PASSPHRASE)
    qtbot.keyClicks(page.new_passphrase.second, PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.code), timeout=30_000)
    page.check_field.setText(page.code.split("-")[page.check_index])
    page._confirm()
    qtbot.waitUntil(lambda: win.session is not None)


def write_entry(qtbot, win: AppWindow) -> str:
    win.new_entry()
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor))
    qtbot.keyClicks(editor.essentials.title, CANARY)
    editor.essentials.narrative.setPlainText(f"{CANARY} narrative")
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_and_close()
    return str(saved.args[0])


@pytest.mark.slow
def test_scripted_session_leaves_no_trace(
    qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture, qtlog
) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.time()
    home = Path(os.environ["HOME"])
    outside = tmp_path / "outside"  # where the person's own files are (not scanned)
    outside.mkdir()
    photo = outside / "photo.jpg"
    photo.write_bytes(corpus(EVIDENCE_DIR / "photo_with_exif.jpg").read_bytes() + CANARY_BYTES)
    letter = outside / "message.txt"
    letter.write_bytes(f"{CANARY}\n".encode("utf-16"))
    opened: list[Path] = []
    original_opener = open_elsewhere.opener
    open_elsewhere.opener = lambda path: opened.append(path) or True
    try:
        win = AppWindow(default_vault_path())
        qtbot.addWidget(win)
        win.show()
        create_through_gui(qtbot, win)
        session = win.session
        assert session is not None
        entry_id = write_entry(qtbot, win)
        infos = [session.journal.attach_file(entry_id, p) for p in (photo, letter)]
        # preview the image, in memory
        win.show_attachment(infos[0].attachment_id)
        viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EvidenceViewer))
        qtbot.waitUntil(lambda: viewer.ready_kind == "image", timeout=10_000)
        # open it elsewhere: a private copy, wiped at lock
        helper = win.safety.open_elsewhere
        assert helper is not None
        helper.ask()
        assert helper.warning is not None
        helper.warning.buttonClicked.emit(helper.go)
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        copy = opened[0]
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert copy.read_bytes().endswith(CANARY_BYTES)
        assert copy.name == "copy.jpg"
        viewer.close()
        # copy text out of the app
        win.journal_view.select(entry_id)  # type: ignore[union-attr]
        QGuiApplication.clipboard().setText(CANARY)
        assert win.safety.clipboard.holds_ours
        # an export the person chooses to write (outside HOME: it is plaintext by design)
        export_step(session.journal, outside / "bundle.zip")
        win.lock()
        assert not copy.exists() and not copy.parent.exists()
        assert temp_copies.live_copies() == []
        assert QGuiApplication.clipboard().text() == ""
        win.close()
        wait_for_all()
        QApplication.processEvents()
    finally:
        open_elsewhere.opener = original_opener
    roots = [home, home / "tmp", temp_copies.private_base()]  # TMPDIR is home/tmp (conftest)
    control = home / ".cache" / "control.bin"  # the scan must be able to find a needle
    control.write_bytes(b"x" + NEEDLES["utf-16-le"])
    assert scan(roots, started, skip=outside) == [f"{control}: utf-16-le"]
    control.unlink()
    assert scan(roots, started, skip=outside) == []
    recent = home / ".local" / "share" / "recently-used.xbel"
    if recent.exists():
        text = recent.read_text(errors="replace")
        for name in ("photo.jpg", "message.txt", "notes.db", "bundle.zip"):
            assert name not in text
    settings = app_settings()
    settings.sync()
    assert set(settings.allKeys()) <= ALLOWED_KEYS
    assert CANARY not in Path(settings.fileName()).read_text(errors="replace")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    logged += "\n".join(str(m.message) for m in qtlog.records)
    assert CANARY not in logged
    assert default_vault_path().exists()


def export_step(journal, out: Path) -> None:
    """The court bundle, when the export module is there (journal.export.bundle)."""
    from journal.export.bundle import export_bundle
    from journal.export.options import ExportOptions, select

    export_bundle(select(journal, ExportOptions()), journal, out)
    assert out.exists()


def test_every_file_dialog_is_qt_s_own() -> None:
    """Every QFileDialog in ui/ goes through ui/file_dialogs.run_file_dialog."""
    root = Path(__file__).resolve().parents[2] / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        text = path.read_text()
        if path.name == "file_dialogs.py":
            continue
        for needle in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
        if "QFileDialog(" in text and "run_file_dialog" not in text:
            offenders.append(f"{path.name}: QFileDialog without run_file_dialog")
    assert offenders == []


def test_clipboard_clears_itself(qtbot, window: AppWindow) -> None:
    from .conftest import unlock_window

    unlock_window(qtbot, window)
    guard = window.safety.clipboard
    assert guard.timer.interval() == 30_000
    guard.timer.setInterval(50)
    QGuiApplication.clipboard().setText(CANARY)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2_000)
    # something else there by the time the timer fires is left alone
    QGuiApplication.clipboard().setText(CANARY)
    guard._ours = b"not this"
    guard.timer.start()
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == CANARY
    QGuiApplication.clipboard().clear()


def test_open_elsewhere_needs_the_warning(qtbot, window: AppWindow) -> None:
    from .conftest import unlock_window

    session = unlock_window(qtbot, window)
    entry_id = session.journal.entries()[0].entry_id
    info = session.journal.attach_file(entry_id, corpus(EVIDENCE_DIR / "photo_with_exif.jpg"))
    window.show_attachment(info.attachment_id)
    helper = window.safety.open_elsewhere
    assert helper is not None and isinstance(helper.button, QPushButton)
    helper.button.click()
    assert helper.warning is not None and helper.warning.isVisible()
    cancel = next(b for b in helper.warning.buttons() if b is not helper.go)
    cancel.click()
    assert temp_copies.live_copies() == [] and helper.task is None


COPY_AND_DIE = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from ui.safety.temp_copies import write_private_copy
print(write_private_copy([bytes.fromhex(sys.argv[2]) * 1000], "jpg"), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def copy_in_killed_process() -> Path:
    """A private copy made by a process that is then SIGKILLed (no chance to wipe)."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[2])
    done = subprocess.run(
        [sys.executable, "-c", COPY_AND_DIE, root, CANARY_BYTES.hex()],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -9, done.stderr
    copy = Path(done.stdout.strip())
    assert copy.read_bytes() == CANARY_BYTES * 1000
    return copy


def witness(copy: Path, keep: Path) -> Path:
    """A second name for the same bytes: shows whether they were overwritten, not just unlinked."""
    link = keep / f"witness-{copy.parent.name}"
    os.link(copy, link)
    return link


def test_copies_left_by_a_killed_run_are_wiped_at_start_and_unlock(qtbot, vault_file) -> None:
    from .conftest import unlock_window

    base = temp_copies.private_base()
    keep = Path(tempfile.mkdtemp(prefix="t-", dir=base))
    # must stay: someone else's folder of the same shape, and a copy of a running process
    foreign = Path(tempfile.mkdtemp(prefix="n-", dir=base))
    (foreign / "notes.txt").write_bytes(b"not ours")
    alive = Path(tempfile.mkdtemp(prefix=f"n-{os.getppid()}-", dir=base))
    (alive / "copy.jpg").write_bytes(b"in use")
    try:
        first = copy_in_killed_process()
        first_witness = witness(first, keep)
        win = AppWindow(vault_file)
        qtbot.addWidget(win)
        assert not first.exists() and not first.parent.exists()
        assert first_witness.read_bytes() == bytes(len(CANARY_BYTES) * 1000)
        # killed while this window waits at the passphrase screen: wiped at unlock
        second = copy_in_killed_process()
        second_witness = witness(second, keep)
        assert second.exists()
        unlock_window(qtbot, win)
        assert not second.parent.exists()
        assert second_witness.read_bytes() == bytes(len(CANARY_BYTES) * 1000)
        assert (foreign / "notes.txt").exists() and (alive / "copy.jpg").exists()
        win.close()
    finally:
        for folder in (keep, foreign, alive):
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_the_scan_never_opens_a_pipe(tmp_path: Path) -> None:
    """A named pipe left in a scanned folder would block read_bytes() for ever."""
    root = tmp_path / "scanned"  # the test's own folder: a pipe made here blocks no one
    root.mkdir()
    os.mkfifo(root / "left-by-another-program")
    (root / "note.bin").write_bytes(NEEDLES["bytes"])
    assert scan([root], time.time() - 5, skip=tmp_path / "outside") == [
        f"{root / 'note.bin'}: bytes"
    ]


def test_every_place_the_app_writes_is_this_test_s_own(own_folders: Path) -> None:
    assert own_folders.name.startswith("home") and own_folders.parent.name.startswith("pytest-")
    for place in (
        Path(tempfile.tempdir or ""),  # what gettempdir() returns, as conftest set it
        temp_copies.private_base(),
        Path(os.environ["HOME"]),
        default_vault_path(),
    ):
        assert place.is_relative_to(own_folders), place
