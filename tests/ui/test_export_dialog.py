"""The export and verify dialogs, driven through real widgets from the main window."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence

from journal.entries.model import EntryContent, EventTime
from journal.export.options import RedactionProfile
from journal.export.profiles import load_profiles, put_profile
from journal.export.verify import verify_bundle
from ui.app.window import AppWindow
from ui.app.workers import wait_for_all
from ui.export import dialog as export_dialog
from ui.export.dialog import ExportDialog
from ui.export.profiles import PREVIEW_LIMIT
from ui.export.verify_dialog import VerifyDialog
from ui.export.work import ExportOutcome

from ..conftest import EVIDENCE_DIR, corpus
from ..export_fixtures import PRIVATE, populate
from .conftest import unlock_window
from .translated import english  # noqa: F401 (a fixture)


def open_export(qtbot, window: AppWindow) -> ExportDialog:
    unlock_window(qtbot, window)
    window.exports.export_action.trigger()
    dialog = window.exports.dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(export_dialog, "choose_file", lambda *a, **k: str(path))


def test_export_action_is_in_the_file_menu_with_a_free_shortcut(qtbot, window: AppWindow) -> None:
    assert not window.exports.export_action.isEnabled()  # no journal open yet
    assert window.exports.verify_action.isEnabled()
    shortcut = QKeySequence("Ctrl+Shift+E")
    users = [
        a.text()
        for a in window.findChildren(type(window.exports.export_action))
        if a.shortcut() == shortcut
    ]
    assert users == [window.exports.export_action.text()]
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert "E&xport…" in texts and "&Verify a bundle…" in texts
    unlock_window(qtbot, window)
    assert window.exports.export_action.isEnabled()


def test_bundle_export_from_the_dialog_verifies(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    populate(journal)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "for-lawyer"
    save_as(monkeypatch, out)
    assert dialog.form.format_key() == "bundle"
    assert not dialog.form.include_private.isChecked()
    assert "not encrypted" in dialog.warning.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    saved = out_dir / "for-lawyer.zip"
    assert dialog.outcome.path == saved  # type: ignore[union-attr]
    assert verify_bundle(saved).intact
    fingerprint = dialog.outcome.fingerprint  # type: ignore[union-attr]
    assert "for-lawyer.zip" in dialog.status.text() and fingerprint not in dialog.status.text()
    box = dialog.result_box
    assert box is not None and fingerprint not in box.message.text()
    assert "the bundle carries verify.html" in box.message.text()
    assert fingerprint in box.checking.text()  # under For checking, closed until opened
    assert not box.checking.is_open and not box.checking.body.isVisible()
    qtbot.mouseClick(box.checking.header, Qt.MouseButton.LeftButton)
    assert box.checking.body.isVisible()
    dialog.result_box.close()
    assert sorted(p.name for p in out_dir.iterdir()) == ["for-lawyer.zip"]
    with zipfile.ZipFile(saved) as archive:
        for name in archive.namelist():
            assert PRIVATE.encode() not in archive.read(name)
    leftovers = [
        p
        for root in (Path(os.environ["HOME"]), Path(os.environ["TMPDIR"]))
        for p in root.rglob("*")
        if p.is_file() and p.suffix != ".conf"
    ]
    assert leftovers == []


def test_cancel_removes_the_partial_file(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    ids = populate(journal, with_evidence=False)
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(48 * 1024 * 1024))
    journal.attach_file(ids["incident"], big)
    big.unlink()
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    save_as(monkeypatch, out_dir / "x.zip")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.outcome is None
    assert "stopped" in dialog.status.text()
    assert list(out_dir.iterdir()) == []
    assert dialog.export_button.isEnabled()


def test_private_notes_warning_and_kinds(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    assert not dialog.form.private_warning.isVisible()
    dialog.form.include_private.click()
    assert dialog.form.private_warning.isVisible()
    kinds = dialog.form.kinds
    for i in range(kinds.count()):
        kinds.item(i).setCheckState(Qt.CheckState.Unchecked)
    save_as(monkeypatch, tmp_path / "never.zip")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "at least one kind" in dialog.status.text()
    assert dialog.task is None and not (tmp_path / "never.zip").exists()


def test_redaction_profiles_are_kept_and_previewed(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    populate(journal, with_evidence=False)
    put_profile(journal, RedactionProfile("Court", frozenset({"location"}), ("Hillview Primary",)))
    chooser = dialog.profiles
    chooser.reload(select="Court")
    assert chooser.profile() is not None
    qtbot.waitUntil(lambda: "Evidence files are included exactly" in chooser.summary.text())
    assert chooser.preview.count() >= 2
    chooser.remove()
    assert load_profiles(journal) == [] and chooser.combo.currentText() == "Hide nothing"
    put_profile(journal, RedactionProfile("Court", frozenset({"location"}), ("Hillview Primary",)))
    chooser.reload(select="Court")
    out = tmp_path / "court.json"
    dialog.form.format.setCurrentIndex(dialog.form.format.findData("json"))
    save_as(monkeypatch, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    text = out.read_text(encoding="utf-8")
    assert "Hillview" not in text and "Larkspur" not in text and "[redacted]" in text


def test_verify_dialog_lists_the_result(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    populate(window.session.journal, with_evidence=False)  # type: ignore[union-attr]
    bundle = tmp_path / "b.zip"
    save_as(monkeypatch, bundle)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    dialog.result_box.close()  # type: ignore[union-attr]
    window.lock()
    window.exports.verify_action.trigger()  # works with the journal locked
    checker = window.exports.dialog
    assert isinstance(checker, VerifyDialog)
    checker.verify_path(bundle)
    qtbot.waitUntil(lambda: checker.report is not None, timeout=30_000)
    assert "Everything in b.zip matches" in checker.summary.text()
    assert not checker.findings.isVisible()
    folder = tmp_path / "unpacked"
    zipfile.ZipFile(bundle).extractall(folder)
    (folder / "manifest.json").write_text("{}")
    checker.report = None
    checker.verify_path(folder)
    qtbot.waitUntil(lambda: checker.report is not None, timeout=30_000)
    assert "unpacked is not as it was exported" in checker.summary.text()
    assert "signature itself is valid" in checker.summary.text()
    assert [checker.findings.item(i).text() for i in range(checker.findings.count())] == [
        "Changed: manifest.json was changed (its SHA-256 differs from SHA256SUMS)"
    ]
    checker.verify_path(corpus(EVIDENCE_DIR) / "voice_note.wav")
    qtbot.waitUntil(lambda: checker.task is None, timeout=30_000)
    assert "not an export bundle" in checker.summary.text()


def add_many(journal, count: int, text: str) -> None:
    for i in range(count):
        journal.add_entry(
            EntryContent(
                kind="incident",
                title=f"Entry {i}",
                occurred=EventTime(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", precision="day"),
                narrative=text,
            )
        )


@pytest.mark.slow
def test_redaction_preview_runs_in_the_background_newest_wins_and_is_capped(
    qtbot, window: AppWindow
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    add_many(journal, 600, "We met near 17\u00a0Larkspur\nClose, by Hillview Primary.")
    put_profile(journal, RedactionProfile("Address", terms=("17 Larkspur Close",)))
    put_profile(journal, RedactionProfile("School", terms=("HILLVIEW PRIMARY",)))
    chooser = dialog.profiles
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    timer.start(5)
    chooser.reload(select="Address")
    # returns at once: the list is worked out off the GUI thread
    assert chooser.preview.count() == 0 and "Checking" in chooser.summary.text()
    chooser.combo.setCurrentIndex(chooser.combo.findData("School"))  # newest choice wins
    qtbot.waitUntil(lambda: not chooser.previews.busy, timeout=60_000)
    timer.stop()
    assert ticks, "the event loop ran while the preview was being made"
    wait_for_all()
    qtbot.wait(50)  # any result of the first request would have arrived by now
    assert "600 places" in chooser.summary.text()
    assert chooser.preview.count() == PREVIEW_LIMIT + 1
    assert chooser.preview.item(PREVIEW_LIMIT).text() == f"…and {600 - PREVIEW_LIMIT} more"
    assert all("What happened" in chooser.preview.item(i).text() for i in range(PREVIEW_LIMIT))


@pytest.mark.usefixtures("english")  # the singular forms the app shows
def test_photos_with_a_location_are_pointed_out_and_can_be_left_out(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    entry = journal.add_entry(
        EntryContent(kind="incident", title="Photos", occurred=EventTime("2025-03-14"))
    )
    source = tmp_path / "photos"
    source.mkdir()
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    Image.new("RGB", (40, 30), "red").save(source / "where.jpg", exif=exif.tobytes())
    Image.new("RGB", (40, 30), "blue").save(source / "plain.jpg")
    located = journal.attach_file(entry, source / "where.jpg")
    journal.attach_file(entry, source / "plain.jpg")
    form = dialog.form
    form.changed.emit()  # the journal changed after the dialog opened
    qtbot.waitUntil(lambda: form.location_box.isVisible(), timeout=30_000)
    assert form.location_note.text() == (
        "1 photo carries the place where it was taken (GPS). Anyone with the export can "
        "see that place."
    )
    assert not form.leave_out_located.isChecked()  # originals kept unless chosen
    assert "strongest evidence" in form.leave_out_help.text()
    form.format.setCurrentIndex(form.format.findData("pdf"))  # PDF pictures carry no place
    qtbot.waitUntil(lambda: not form.location_box.isVisible(), timeout=30_000)
    form.format.setCurrentIndex(form.format.findData("bundle"))
    qtbot.waitUntil(lambda: form.location_box.isVisible(), timeout=30_000)
    form.leave_out_located.click()
    out = tmp_path / "b.zip"
    save_as(monkeypatch, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert "1 photo with a location was left out, as you chose" in dialog.status.text()
    dialog.result_box.close()  # type: ignore[union-attr]
    assert verify_bundle(out).intact
    with zipfile.ZipFile(out) as archive:
        exhibits = [n for n in archive.namelist() if n.startswith("exhibits/")]
        manifest = json.loads(archive.read("manifest.json"))
    assert exhibits == ["exhibits/EX-002_plain.jpg"]
    assert manifest["exhibits_left_out"][0]["sha256"] == located.sha256


def test_only_a_bundle_is_said_to_carry_verify_html(tmp_path: Path) -> None:
    bundle = ExportOutcome(tmp_path / "b.zip", "ab12 cd34", 3, 1, bundle=True)
    pdf = ExportOutcome(tmp_path / "c.pdf", "ab12 cd34", 3, 0)
    assert "verify.html" in bundle.message() and "verify.html" not in pdf.message()
