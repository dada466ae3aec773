"""Errors reach the person as one calm sentence, and nothing sensitive reaches a log.

Real widgets, a real journal, real worker threads; a failure is injected only where
the core would otherwise have to break (an exception quoting a canary, standing in
for one that quotes journal content).
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from journal.errors import WrongPassphrase
from ui.app.error_hook import IN_THE_APP, ErrorHook
from ui.app.errors import UNEXPECTED, describe
from ui.app.session import Session
from ui.app.window import AppWindow
from ui.evidence.viewer import EvidenceViewer

from .conftest import unlock_window

CANARY = "Bruised wrist, 14 March, his cousin's flat"


def no_repr_or_canary(text: str) -> None:
    assert CANARY not in text
    assert "Error(" not in text and "Traceback" not in text and "<" not in text


# describe ----------------------------------------------------------------------
def test_a_journal_error_says_its_own_sentence() -> None:
    assert describe(WrongPassphrase()) == str(WrongPassphrase())
    assert describe(WrongPassphrase(), also="Nothing was changed.").endswith(
        "try again. Nothing has been changed. Nothing was changed."
    )


def test_an_os_error_is_classified_by_its_number_not_its_text() -> None:
    error = OSError(errno.ENOSPC, CANARY, str(Path("stick") / "copy\u202e.txt"))
    text = describe(error)
    assert text.startswith("The file “copy[U+202E].txt” could not be read or written")
    assert "not enough space" in text
    no_repr_or_canary(text)
    assert "USB stick removed" in describe(OSError(errno.EIO, CANARY))


def test_anything_else_is_the_calm_sentence_and_only_the_kind_of_error() -> None:
    text = describe(KeyError(CANARY))
    assert text == f"{UNEXPECTED}\nDetails: KeyError"
    no_repr_or_canary(text)


# a failing background task ---------------------------------------------------------
@pytest.fixture
def opened(qtbot, window: AppWindow) -> tuple[AppWindow, Session]:
    return window, unlock_window(qtbot, window)


def test_a_failing_preview_read_shows_the_calm_sentence(
    qtbot, opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, session = opened
    note = tmp_path / "note.txt"
    note.write_text("what he said on the phone\n" * 50, encoding="utf-8")
    entry_id = session.journal.entries()[0].entry_id
    info = session.journal.attach_file(entry_id, note)

    def failing(_attachment_id: str) -> Iterator[bytes]:
        yield b"what he said"
        raise ValueError(CANARY)  # an unexpected fault that quotes content

    monkeypatch.setattr(session.journal, "read_attachment", failing)
    viewer = EvidenceViewer(session, info.attachment_id, window)
    viewer.open()
    qtbot.waitUntil(lambda: viewer.ready_kind is not None, timeout=20_000)
    assert viewer.kind == "none" and viewer.unavailable is not None
    shown = viewer.unavailable.text()
    assert UNEXPECTED in shown and "Details: ValueError" in shown
    no_repr_or_canary(shown)
    viewer.close()


# the hook ------------------------------------------------------------------------------
@pytest.fixture
def hook(qtbot, window: AppWindow) -> Iterator[ErrorHook]:
    installed = ErrorHook(parent=window)
    installed.install()
    yield installed
    installed.uninstall()
    if installed.box is not None:
        installed.box.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_hook_and_the_person_sees_it(
    qtbot, window: AppWindow, hook: ErrorHook, caplog: pytest.LogCaptureFixture
) -> None:
    button = QPushButton("Go", window)
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ValueError(CANARY)

    button.clicked.connect(broken_slot)
    with caplog.at_level(logging.ERROR, logger="incident_journal"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: hook.box is not None, timeout=10_000)
    assert hook.box is not None and hook.box.isVisible()
    assert hook.box.text() == f"{IN_THE_APP}\nDetails: ValueError"
    no_repr_or_canary(hook.box.text())
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "ValueError" in logged and "test_calm_errors.py" in logged and "broken_slot" in logged
    assert CANARY not in logged and not any(r.exc_info for r in caplog.records)
    assert window.isVisible()  # the app runs on


@pytest.mark.qt_no_exception_capture
def test_errors_in_a_burst_show_one_message(
    qtbot, hook: ErrorHook, caplog: pytest.LogCaptureFixture
) -> None:
    def fail_on_a_thread() -> None:
        raise RuntimeError(CANARY)

    with caplog.at_level(logging.ERROR, logger="incident_journal"):
        threads = [threading.Thread(target=fail_on_a_thread) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        qtbot.waitUntil(lambda: hook.shown + hook.unshown == 3, timeout=10_000)
    assert hook.shown == 1 and hook.unshown == 2
    assert hook.box is not None and "Details: RuntimeError" in hook.box.text()
    assert len(caplog.records) == 3
    assert all(CANARY not in r.getMessage() for r in caplog.records)
    hook.box.close()
    qtbot.waitUntil(lambda: hook.box is None, timeout=10_000)
    hook.handle(KeyError, KeyError(CANARY), None)
    qtbot.waitUntil(lambda: hook.shown == 2, timeout=10_000)  # a later error is shown again
