"""Guards against a known binding defect: PySide6 6.12.0 released None once per
processEvents() call on Python 3.11, aborting the interpreter after ~100k calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_does_not_leak_references_to_none(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(20_000):
        qapp.processEvents()
    assert abs(sys.getrefcount(None) - before) < 100
