"""Loading a 1,000-entry journal keeps the window responsive; the stall is reported."""

from __future__ import annotations

from pathlib import Path

from journal.book import Journal
from journal.model import EntryContent, EventTime
from ui.app_window import AppWindow

from ..conftest import new_vault
from .conftest import unlock_window
from .stall_probe import StallProbe


def test_loading_a_thousand_entries_does_not_freeze_the_window(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    vault, _code = new_vault(path)
    journal = Journal.open(vault)
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
    vault.lock()
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
    print(f"\nlongest event-loop stall while unlocking and showing 1,000 entries: {longest:.0f} ms")
