"""GUI lock: the journal's caches are dropped at once, and the full garbage collection
(tens of milliseconds) runs just after, off the quick-exit path."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.app.session
from journal.session.journal import Journal

from .conftest import shown_window, unlock_window


def test_lock_drops_the_caches_then_collects_right_after(
    qtbot, vault_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    collected: list[int] = []
    monkeypatch.setattr(ui.app.session, "collect_freed", lambda: collected.append(1))
    win = shown_window(qtbot, vault_file)
    journal: Journal = unlock_window(qtbot, win).journal
    assert journal.entries() and len(journal.index) == 1
    win.lock()
    assert journal.entries() == [] and len(journal.index) == 0 and journal.vault.keys.keys == {}
    assert collected == []  # not yet: the windows were hidden first
    qtbot.waitUntil(lambda: collected == [1])
