"""Evidence through the real widgets: import (dialog, drop, cancel), preview, save a copy.

Everything runs offscreen on real Qt objects; waits use qtbot.waitUntil/waitSignal.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from journal.entries.model import AttachmentInfo
from journal.session.journal import Journal
from journal.vault.lifecycle import unlock
from ui.app.session import Session
from ui.app.window import AppWindow
from ui.evidence.importing import (
    EvidenceDropFilter,
    EvidenceImport,
    ImportResult,
    choose_and_import,
    import_files,
    install_drop_import,
)
from ui.evidence.media_device import PlaintextBuffer
from ui.evidence.viewer import EvidenceViewer

from ..conftest import EVIDENCE_DIR, PASSPHRASE, corpus
from .conftest import unlock_window

MIB = 1024 * 1024


# helpers ----------------------------------------------------------------------
@pytest.fixture
def opened(qtbot, window: AppWindow) -> tuple[AppWindow, Session, str]:
    session = unlock_window(qtbot, window)
    entry_id = session.journal.entries()[0].entry_id
    return window, session, entry_id


def corpus_files() -> list[Path]:
    corpus(EVIDENCE_DIR)
    return sorted(p for p in EVIDENCE_DIR.iterdir() if p.is_file())


def wait_import(qtbot, job: EvidenceImport, timeout: int = 60_000) -> ImportResult:
    qtbot.waitUntil(lambda: job.result is not None, timeout=timeout)
    assert job.result is not None
    return job.result


def add(qtbot, parent, session: Session, entry_id: str, *paths: Path) -> list[AttachmentInfo]:
    result = wait_import(qtbot, import_files(parent, session, entry_id, list(paths)))
    assert not result.problems and not result.cancelled
    close_box(result_box(parent))
    return result.added


def result_box(parent) -> QMessageBox | None:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


def close_box(box: QMessageBox | None) -> None:
    if box is not None:
        box.close()


def stored(journal: Journal, attachment_id: str) -> bytes:
    return b"".join(journal.read_attachment(attachment_id))


def big_file(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        for _ in range(size // (16 * MIB)):
            handle.write(os.urandom(16 * MIB))
    return path


def object_rows(vault_path: Path) -> tuple[list[tuple[str, str]], int]:
    """(role, state) of every object row, and the number of chunk rows, read with sqlite3."""
    with sqlite3.connect(f"file:{vault_path}?mode=ro", uri=True) as db:
        objects = db.execute("SELECT role, state FROM object ORDER BY role, state").fetchall()
        chunks = db.execute("SELECT count(*) FROM chunk").fetchone()[0]
    return objects, chunks


def open_viewer(qtbot, parent, session: Session, attachment_id: str) -> EvidenceViewer:
    viewer = EvidenceViewer(session, attachment_id, parent)
    viewer.open()
    qtbot.waitUntil(lambda: viewer.ready_kind is not None, timeout=20_000)
    assert viewer.kind == viewer.ready_kind
    return viewer


def viewer_for(qtbot, opened, name: str) -> tuple[EvidenceViewer, AttachmentInfo]:
    window, session, entry_id = opened
    (info,) = add(qtbot, window, session, entry_id, corpus(EVIDENCE_DIR / name))
    return open_viewer(qtbot, window, session, info.attachment_id), info


# importing --------------------------------------------------------------------
def test_every_corpus_file_is_stored_byte_for_byte(qtbot, opened, vault_file: Path) -> None:
    window, session, entry_id = opened
    files = corpus_files()
    changed: list[bool] = []
    session.changed.connect(lambda: changed.append(True))
    result = wait_import(qtbot, import_files(window, session, entry_id, files))

    assert not result.problems and not result.cancelled
    assert changed, "the session must say the journal changed"
    assert [a.file_name for a in result.added] == [p.name for p in files]
    journal = session.journal
    for path, info in zip(files, result.added, strict=True):
        original = path.read_bytes()
        assert info.size == len(original)
        assert info.sha256 == hashlib.sha256(original).hexdigest()
        assert stored(journal, info.attachment_id) == original, path.name
    attached = journal.entry(entry_id).attachments
    assert [a.attachment_id for a in attached] == [a.attachment_id for a in result.added]

    # the warnings are shown after the import, calmly, with hidden characters made visible
    box = result_box(window)
    assert box is not None
    text = box.text()
    assert "added to the entry" in text
    assert "cut off" in text and "extremely large" in text
    assert "\u202e" not in text and "[U+202E]" in text
    close_box(box)

    window.lock()
    journal = Journal.open(unlock(vault_file, PASSPHRASE))
    try:
        for path, info in zip(files, result.added, strict=True):
            assert stored(journal, info.attachment_id) == path.read_bytes()
    finally:
        journal.vault.lock()


def test_missing_file_and_folder_are_reported_calmly(qtbot, opened, tmp_path: Path) -> None:
    window, session, entry_id = opened
    good = corpus(EVIDENCE_DIR / "voice_note.wav")
    result = wait_import(
        qtbot,
        import_files(window, session, entry_id, [tmp_path / "gone.jpg", tmp_path, good]),
    )
    assert [a.file_name for a in result.added] == ["voice_note.wav"]
    assert [name for name, _ in result.problems] == ["gone.jpg", tmp_path.name]
    assert "does not exist" in result.problems[0][1]
    assert "is a folder" in result.problems[1][1]
    box = result_box(window)
    assert box is not None and "Not added" in box.text()
    close_box(box)


@pytest.mark.slow
def test_cancelled_import_leaves_nothing_behind(qtbot, opened, tmp_path: Path) -> None:
    """Stop pressed while an import waits on a busy journal (what a slow disk or a
    long save looks like from here): nothing is added. The import itself is faster
    than the progress window's 300 ms delay, so the test holds the journal's write
    lock from a second SQLite connection until Stop has been pressed. (Cancelling
    after chunks were committed is covered by the crash-safety runs.)"""
    window, session, entry_id = opened
    vault_path = session.journal.vault.path
    before_objects, before_chunks = object_rows(vault_path)
    source = big_file(tmp_path / "big.bin", 64 * MIB)

    holder = sqlite3.connect(vault_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        job = import_files(window, session, entry_id, [source])
        qtbot.waitUntil(
            lambda: job.progress is not None and job.progress.isVisible(), timeout=30_000
        )
        stop = next(b for b in job.progress.findChildren(QPushButton) if b.text() == "Stop")
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    result = wait_import(qtbot, job)

    assert result.cancelled and not result.added and not result.problems
    assert result_box(window) is None, "a stop is not followed by another window"
    assert session.journal.entry(entry_id).attachments == ()
    window.lock()
    assert object_rows(vault_path) == (before_objects, before_chunks)
    assert ("attachment", "pending") not in before_objects

    journal = Journal.open(unlock(vault_path, PASSPHRASE))
    try:
        assert journal.removed_pending == 0
        assert journal.entry(entry_id).attachments == ()
    finally:
        journal.vault.lock()
    assert object_rows(vault_path) == (before_objects, before_chunks)


@pytest.mark.slow
def test_gui_stall_while_importing_256_mib(qtbot, opened, tmp_path: Path) -> None:
    window, session, entry_id = opened
    source = big_file(tmp_path / "big.bin", 256 * MIB)
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    started = time.perf_counter()
    job = import_files(window, session, entry_id, [source])
    result = wait_import(qtbot, job, timeout=300_000)
    elapsed = time.perf_counter() - started
    probe.stop()
    assert len(result.added) == 1 and not result.problems
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(
        f"\nGUI stall probe, 256 MiB import: longest gap between 10 ms ticks "
        f"{max(gaps) * 1000:.1f} ms over {len(gaps)} ticks; import took {elapsed:.2f} s"
    )
    assert stored_sha(session.journal, result.added[0]) == result.added[0].sha256


def stored_sha(journal: Journal, info: AttachmentInfo) -> str:
    digest = hashlib.sha256()
    for block in journal.read_attachment(info.attachment_id):
        digest.update(block)
    return digest.hexdigest()


def test_file_dialog_is_qt_own_and_records_no_folder(qtbot, opened, tmp_path: Path) -> None:
    window, session, entry_id = opened
    chosen = corpus(EVIDENCE_DIR / "photo_with_exif.jpg")
    seen: list[QFileDialog] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, pick)
            return
        seen.append(dialog)
        dialog.setDirectory(str(chosen.parent))
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(f'"{chosen.name}"')
        dialog.accept()

    QTimer.singleShot(0, pick)
    job = choose_and_import(window, session, entry_id)
    assert job is not None
    assert seen and seen[0] is not None
    result = wait_import(qtbot, job)
    assert [a.file_name for a in result.added] == [chosen.name]
    close_box(result_box(window))

    # Qt's own dialog saves its state when destroyed; no evidence folder may be in it
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf"
    if settings.exists():
        text = settings.read_text(errors="replace")
        assert "evidence-files" not in text and "corpora" not in text


# drag and drop --------------------------------------------------------------------
def drop_urls(qtbot, target, paths: list[Path]) -> tuple[bool, bool]:
    """A drag enter and a drop with file URLs, as the window system would send them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_files_on_the_detail_pane_imports_them(qtbot, opened) -> None:
    window, session, entry_id = opened
    view = window.journal_view
    assert view is not None
    install_drop_import(view.detail, session, view.selected_entry_id)
    view.select(entry_id)
    files = [corpus(EVIDENCE_DIR / "voice_note.wav"), corpus(EVIDENCE_DIR / "screenshot_alpha.png")]

    entered, dropped = drop_urls(qtbot, view.detail.viewport(), files)
    assert entered and dropped
    qtbot.waitUntil(lambda: len(session.journal.entry(entry_id).attachments) == 2, timeout=20_000)
    for path, info in zip(files, session.journal.entry(entry_id).attachments, strict=True):
        assert stored(session.journal, info.attachment_id) == path.read_bytes()
    qtbot.waitUntil(lambda: "voice_note.wav" in view.detail.toPlainText(), timeout=5_000)


def test_drop_without_a_chosen_entry_explains_and_adds_nothing(qtbot, opened) -> None:
    window, session, entry_id = opened
    view = window.journal_view
    assert view is not None
    install_drop_import(view.table, session, view.selected_entry_id)
    view.table.clearSelection()
    _entered, dropped = drop_urls(qtbot, view.table.viewport(), [EVIDENCE_DIR / "empty.jpg"])
    assert dropped
    box = result_box(window)
    assert box is not None and "Choose the entry" in box.text()
    close_box(box)
    assert session.journal.entry(entry_id).attachments == ()


def test_drop_filter_ignores_drags_that_are_not_files(qtbot, tmp_path: Path) -> None:
    label = QLabel("drop here")
    qtbot.addWidget(label)
    label.show()
    got: list[list[Path]] = []
    EvidenceDropFilter.install(label, got.append)
    assert label.acceptDrops()

    def drag(mime: QMimeData) -> bool:
        enter = QDragEnterEvent(
            QPoint(1, 1),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        enter.ignore()
        QApplication.sendEvent(label, enter)
        return enter.isAccepted()

    text = QMimeData()
    text.setText("just some text")
    assert not drag(text)
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/picture.jpg")])
    assert not drag(web)
    assert got == []
    dropped_file = tmp_path / "a.jpg"  # only named in the drag, never opened
    entered, dropped = drop_urls(qtbot, label, [dropped_file])
    assert entered and dropped
    assert got == [[dropped_file]]


# previews ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", [p.name for p in corpus_files()])  # missing: fails
def test_every_corpus_file_opens_safely(qtbot, opened, name: str) -> None:
    viewer, info = viewer_for(qtbot, opened, name)
    assert viewer.sha_view.toPlainText() == info.sha256
    assert viewer.sha_view.isReadOnly()
    assert "\u202e" not in viewer.name_label.text()
    if viewer.kind == "none":
        assert viewer.unavailable is not None
        assert viewer.unavailable.text().startswith("This file cannot be previewed here.")
    viewer.close()


def test_rotated_photo_is_shown_upright_and_blurred_until_shown(qtbot, opened) -> None:
    viewer, info = viewer_for(qtbot, opened, "photo_orientation_6.jpg")
    assert viewer.kind == "image" and viewer.picture is not None
    picture = viewer.picture
    assert picture.image is not None
    assert (info.width, info.height, info.orientation) == (800, 600, 6)
    assert (picture.image.width(), picture.image.height()) == (600, 800)
    assert "shown upright as 600 × 800" in "".join(
        label.text() for label in viewer.details.findChildren(QLabel)
    )

    def shows_clear_picture() -> bool:
        shown = picture.image_label.pixmap().toImage()
        clear = picture.image.scaled(
            picture.shown_size(),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return shown == clear.convertToFormat(shown.format())

    qtbot.waitUntil(lambda: not picture.image_label.pixmap().isNull(), timeout=5_000)
    assert not picture.revealed and picture.reveal_button.text() == "Show"
    assert not shows_clear_picture()
    qtbot.mouseClick(picture.reveal_button, Qt.MouseButton.LeftButton)
    assert picture.revealed and picture.reveal_button.text() == "Blur again"
    assert shows_clear_picture()

    # zoom with the keyboard: Ctrl++ grows, Ctrl+- shrinks, Ctrl+0 fits again
    viewer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer, timeout=5_000)
    fit = picture.shown_size()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert picture.zoom is not None and picture.shown_size().width() > fit.width()
    assert picture.image_label.size() == picture.shown_size()
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert picture.shown_size().width() < fit.width()
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert picture.zoom is None and picture.shown_size() == fit
    viewer.close()


def test_blurring_is_a_choice_kept_in_the_journal(qtbot, opened) -> None:
    window, session, _entry_id = opened
    viewer, info = viewer_for(qtbot, opened, "screenshot_alpha.png")
    picture = viewer.picture
    assert picture is not None
    assert not picture.revealed and picture.blur_choice.isChecked()
    picture.blur_choice.setChecked(False)
    viewer.close()
    assert session.journal.settings.get("blur_pictures") is False
    again = open_viewer(qtbot, window, session, info.attachment_id)
    assert again.picture is not None and again.picture.revealed
    assert again.picture.reveal_button.text() == "Blur again"
    again.close()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("photo_truncated.jpg", "cut off or damaged"),
        ("bomb_30000x30000.png", "too large to preview safely (30000 × 30000 pixels)"),
        ("not_really_an_image.png", "PDF documents are not previewed"),
        ("empty.jpg", "empty"),
    ],
)
def test_broken_files_say_why_and_stay_stored(qtbot, opened, name: str, reason: str) -> None:
    viewer, info = viewer_for(qtbot, opened, name)
    assert viewer.kind == "none" and viewer.unavailable is not None
    text = viewer.unavailable.text()
    assert text.startswith("This file cannot be previewed here.")
    assert reason in text and "stored" in text
    assert viewer.isVisible()
    assert viewer.save_button.isEnabled()
    assert stored(viewer.session.journal, info.attachment_id) == (EVIDENCE_DIR / name).read_bytes()
    viewer.close()


def test_text_in_several_scripts_is_shown(qtbot, opened) -> None:
    viewer, _info = viewer_for(qtbot, opened, "message_log_utf8.txt")
    assert viewer.kind == "text" and viewer.text_view is not None
    text = viewer.text_view.toPlainText()
    for sample in (
        "Ελληνικά",
        "Русский",
        "العربية",
        "עברית",
        "中文",
        "😡",
        "You know I can find you",
    ):
        assert sample in text
    assert viewer.text_view.isReadOnly()
    viewer.close()


def test_voice_note_plays_from_memory(qtbot, opened) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    _window, session, _entry_id = opened
    viewer, info = viewer_for(qtbot, opened, "voice_note.wav")
    assert viewer.kind == "audio" and viewer.media is not None
    media = viewer.media
    player = media.player
    qtbot.waitUntil(media.play_button.isEnabled, timeout=10_000)
    assert isinstance(player.sourceDevice(), PlaintextBuffer)
    assert player.source() == QUrl()
    assert player.playbackState() == QMediaPlayer.PlaybackState.StoppedState, "never autoplay"
    statuses: list[QMediaPlayer.MediaStatus] = []
    states: list[QMediaPlayer.PlaybackState] = []
    player.mediaStatusChanged.connect(statuses.append)
    player.playbackStateChanged.connect(states.append)

    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            QMediaPlayer.PlaybackState.PlayingState in states
            or QMediaPlayer.MediaStatus.LoadedMedia in statuses
            or player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=20_000)
    assert player.error() == QMediaPlayer.Error.NoError, player.errorString()
    assert 1900 <= player.duration() <= 2100
    assert media.position_slider.maximum() == player.duration()
    assert QMediaPlayer.MediaStatus.InvalidMedia not in statuses
    # nothing was written as a temp file
    temp = Path(os.environ["TMPDIR"])
    assert list(temp.rglob("*")) == []
    device = media.device
    viewer.close()
    assert device is not None and device.wiped and device.size() == 0
    assert info.size == len(b"".join(session.journal.read_attachment(info.attachment_id)))


MAKE_CLIP = """
import sys
from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import (
    QMediaCaptureSession, QMediaFormat, QMediaRecorder, QVideoFrame, QVideoFrameInput,
)
from PySide6.QtWidgets import QApplication

app = QApplication([])
session, frames, recorder = QMediaCaptureSession(), QVideoFrameInput(), QMediaRecorder()
session.setVideoFrameInput(frames)
session.setRecorder(recorder)
media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
recorder.setMediaFormat(media_format)
recorder.setVideoResolution(QSize(160, 120))
recorder.setVideoFrameRate(10)
recorder.setOutputLocation(QUrl.fromLocalFile(sys.argv[1]))
sent = [0]

def push():
    while sent[0] < 20:
        image = QImage(160, 120, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(sent[0] * 15, 200, 200))
        frame = QVideoFrame(image)
        frame.setStartTime(sent[0] * 100_000)
        frame.setEndTime((sent[0] + 1) * 100_000)
        if not frames.sendVideoFrame(frame):
            return
        sent[0] += 1
    recorder.stop()

frames.readyToSendVideoFrame.connect(push)
recorder.recorderStateChanged.connect(
    lambda state: state == QMediaRecorder.RecorderState.StoppedState and app.quit()
)
recorder.record()
QTimer.singleShot(30_000, app.quit)
app.exec()
"""


@pytest.fixture
def video_clip(tmp_path: Path) -> Path:
    """A two-second MPEG-4 clip made by Qt's own encoder (in a child process)."""
    clip = tmp_path / "clip.mp4"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-c", MAKE_CLIP, str(clip)], env=env, capture_output=True, timeout=60
    )
    if not clip.exists() or clip.stat().st_size == 0:
        pytest.skip("Qt's FFmpeg backend could not encode a test video here")
    return clip


def test_video_plays_from_memory(qtbot, opened, video_clip: Path, capfd) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    window, session, entry_id = opened
    (info,) = add(qtbot, window, session, entry_id, video_clip)
    assert info.media_type == "video/mp4"
    viewer = open_viewer(qtbot, window, session, info.attachment_id)
    assert viewer.kind == "video" and viewer.media is not None
    media = viewer.media
    assert media.video_widget is not None
    player = media.player
    qtbot.waitUntil(media.play_button.isEnabled, timeout=10_000)
    assert isinstance(player.sourceDevice(), PlaintextBuffer)
    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=20_000
    )
    assert player.error() == QMediaPlayer.Error.NoError, player.errorString()
    assert player.hasVideo() and 1900 <= player.duration() <= 2100
    # FFmpeg's summary of the stream (metadata included) is not printed to stderr
    assert "Input #0" not in capfd.readouterr().err
    viewer.close()


def test_an_unknown_attachment_is_explained(qtbot, opened) -> None:
    window, session, _entry_id = opened
    viewer = open_viewer(qtbot, window, session, "00" * 16)
    assert viewer.kind == "none" and viewer.unavailable is not None
    assert "cannot be opened" in viewer.unavailable.text()
    assert not viewer.save_button.isEnabled()
    viewer.close()


def test_locking_stops_a_recording_and_closes_the_viewer(qtbot, opened) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    window, _session, _entry_id = opened
    viewer, _info = viewer_for(qtbot, opened, "voice_note.wav")
    assert viewer.media is not None
    media = viewer.media
    qtbot.waitUntil(media.play_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(media.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: media.player.duration() > 0, timeout=20_000)
    window.lock()
    assert viewer.closed and media.released
    assert media.device is not None and media.device.wiped
    assert media.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState


def test_locking_closes_the_viewer_and_drops_what_it_showed(qtbot, opened) -> None:
    window, _session, _entry_id = opened
    viewer, _info = viewer_for(qtbot, opened, "message_log_utf8.txt")
    assert viewer.isVisible()
    window.lock()
    assert viewer.closed


# saving a copy -------------------------------------------------------------------------
def warning_of(qtbot, viewer: EvidenceViewer) -> QMessageBox:
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    boxes = [b for b in viewer.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_save_a_copy_warns_then_writes_identical_bytes(qtbot, opened, tmp_path: Path) -> None:
    viewer, info = viewer_for(qtbot, opened, "photo_with_exif.jpg")
    out_dir = tmp_path / "usb-stick"
    out_dir.mkdir()
    offered: list[str] = []

    def chooser(name: str) -> Path:
        offered.append(name)
        return out_dir / name

    viewer.save_path_chooser = chooser

    box = warning_of(qtbot, viewer)
    assert "NOT be encrypted" in box.text()
    assert "USB stick" in box.informativeText()
    cancel = next(b for b in box.buttons() if b.text() == "Cancel")
    assert box.defaultButton() is cancel
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert offered == [] and list(out_dir.iterdir()) == []

    box = warning_of(qtbot, viewer)
    go = next(b for b in box.buttons() if b.text().startswith("Choose where"))
    with qtbot.waitSignal(viewer.copy_saved, timeout=20_000) as saved:
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert offered == ["photo_with_exif.jpg"]
    target = out_dir / "photo_with_exif.jpg"
    assert saved.args == [str(target)]
    assert target.read_bytes() == (EVIDENCE_DIR / "photo_with_exif.jpg").read_bytes()
    assert hashlib.sha256(target.read_bytes()).hexdigest() == info.sha256
    assert [p.name for p in out_dir.iterdir()] == ["photo_with_exif.jpg"]
    assert viewer.message_box is not None and "matches the SHA-256" in viewer.message_box.text()
    viewer.message_box.close()

    # a second copy to the same place is refused calmly, nothing overwritten
    box = warning_of(qtbot, viewer)
    go = next(b for b in box.buttons() if b.text().startswith("Choose where"))
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: viewer.message_box is not None and "already a file" in viewer.message_box.text(),
        timeout=20_000,
    )
    assert [p.name for p in out_dir.iterdir()] == ["photo_with_exif.jpg"]
    viewer.close()


def test_a_disguised_name_is_saved_under_its_visible_form(qtbot, opened, tmp_path: Path) -> None:
    (source,) = [p for p in corpus_files() if "\u202e" in p.name]
    viewer, _info = viewer_for(qtbot, opened, source.name)
    assert "[U+202E]" in viewer.name_label.text()
    viewer.save_path_chooser = lambda name: tmp_path / name
    box = warning_of(qtbot, viewer)
    go = next(b for b in box.buttons() if b.text().startswith("Choose where"))
    with qtbot.waitSignal(viewer.copy_saved, timeout=20_000) as saved:
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    written = Path(saved.args[0])
    assert "\u202e" not in written.name and "[U+202E]" in written.name
    assert written.read_bytes() == source.read_bytes()
    viewer.close()
