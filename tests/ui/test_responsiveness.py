"""Long work runs off the GUI thread while the window's event loop keeps turning
(asserted through tests/ui/off_gui_thread.py); the longest stall is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from journal.entries.model import EntryContent, EventTime
from journal.session.journal import Journal
from ui.app.window import AppWindow
from ui.export import dialog as export_dialog
from ui.export.dialog import ExportDialog

from ..factories import journal_at
from .conftest import unlock_window
from .off_gui_thread import Witness
from .stall_probe import StallProbe


@pytest.mark.slow
def test_loading_a_thousand_entries_does_not_freeze_the_window(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "notes.db"
    journal = journal_at(path)
    for i in range(1000):
        journal.add_entry(
            EntryContent(
                kind="incident",
                title=f"Entry {i}",
                occurred=EventTime(f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"),
                narrative="What happened, in some detail. " * 15,
                categories=("threats", "stalking") if i % 2 else ("physical",),
            )
        )
    journal.vault.lock()
    opening = Witness(Journal.open)  # unlocking: Argon2id, then reading every record
    searching = Witness(Journal.search)  # the first search, which fills the list
    monkeypatch.setattr(Journal, "open", staticmethod(opening))
    monkeypatch.setattr(Journal, "search", lambda journal, *a, **k: searching(journal, *a, **k))
    window = AppWindow(path)
    qtbot.addWidget(window)
    window.show()
    probe = StallProbe()
    probe.start()
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: window.journal_view is not None)
    assert window.journal_view is not None
    qtbot.waitUntil(lambda: window.journal_view.proxy.rowCount() == 1000, timeout=10_000)
    longest = probe.stop()
    opening.stop()
    searching.stop()
    assert opening.calls == 1 and opening.ran_off_the_gui_thread()
    assert searching.ran_off_the_gui_thread()
    print(f"\nlongest event-loop stall while unlocking and showing 1,000 entries: {longest:.0f} ms")


@pytest.mark.slow
def test_pdf_export_from_the_dialog_keeps_the_window_responsive(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    """The export dialog's PDF export reads the evidence it shows on a worker thread
    while the window keeps handling events (the stall is reported, not asserted)."""
    unlock_window(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    ids = [
        journal.add_entry(
            EntryContent(
                kind="incident",
                title=f"Entry {i}",
                occurred=EventTime(f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"),
                narrative="What happened, in some detail. " * 40,
                categories=("threats",),
            )
        )
        for i in range(300)
    ]
    photo = tmp_path / "photo.jpg"
    for i in range(6):
        Image.new("RGB", (1600, 1200), (40 * i, 90, 160)).save(photo, quality=90)
        journal.attach_file(ids[i], photo)
    photo.unlink()
    window.exports.export_action.trigger()
    dialog = window.exports.dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.location_scan.busy, timeout=30_000)
    dialog.form.format.setCurrentIndex(dialog.form.format.findData("pdf"))
    out = tmp_path / "usb" / "chronology.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(export_dialog, "choose_file", lambda *a, **k: str(out))

    # the photos it shows (listing entries is left out: the status bar counts them too)
    reading = Witness(Journal.read_attachment)
    monkeypatch.setattr(Journal, "read_attachment", lambda j, *a, **k: reading(j, *a, **k))
    probe = StallProbe()
    probe.start()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=120_000)
    longest = probe.stop()
    reading.stop()
    assert reading.calls >= 6 and reading.ran_off_the_gui_thread()

    assert dialog.outcome is not None and dialog.outcome.path == out
    assert out.read_bytes().startswith(b"%PDF-") and dialog.outcome.entries == 301
    assert probe.ticks > 10, "the probe ran while the export worked"
    print(f"\nlongest event-loop stall during a 301-entry PDF export: {longest:.0f} ms")
    assert dialog.result_box is not None
    dialog.result_box.close()
