"""Background work has an owner: a result for a window that is gone, or for a journal
that has locked, is dropped by one mechanism (ui/app/workers.py, Session.run), and a
dropped result can still be wiped."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

from journal.entries.model import EntryContent, EventTime
from journal.session.journal import Journal
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background

from ..conftest import new_vault

ENTRY = EntryContent(kind="incident", title="The letter", occurred=EventTime("2025-03-14"))


def held_work(release: threading.Event, value: object):
    def work(_task: BackgroundTask) -> object:
        assert release.wait(timeout=30), "the test never released the work"
        return value

    return work


def test_a_result_for_a_deleted_owner_is_dropped_and_wiped(qtbot) -> None:
    owner = QWidget()
    release = threading.Event()
    shown: list[object] = []
    dropped: list[bytearray] = []
    secret = bytearray(b"decrypted words")
    task = run_in_background(
        held_work(release, secret),
        shown.append,
        shown.append,
        owner=owner,
        on_dropped=dropped.append,
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert shown == [] and dropped == [secret]


def test_a_result_for_a_living_owner_is_delivered(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    shown: list[object] = []
    dropped: list[object] = []
    release.set()
    task = run_in_background(
        held_work(release, "done"),
        shown.append,
        shown.append,
        owner=owner,
        on_dropped=dropped.append,
    )
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert shown == ["done"] and dropped == []


def test_a_session_drops_what_arrives_after_the_lock(qtbot, tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "notes.db")
    session = Session(Journal.open(vault))
    release = threading.Event()
    shown: list[object] = []
    dropped: list[object] = []
    finished = threading.Event()

    def work(_task: BackgroundTask) -> str:
        try:
            release.wait(timeout=30)
            return "entries"
        finally:
            finished.set()

    task = session.run(work, shown.append, shown.append, on_dropped=dropped.append)
    release.set()  # the lock waits for running work: let it finish first
    session.lock()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert finished.is_set() and shown == [] and dropped == ["entries"]


def test_an_import_whose_window_is_gone_ends_quietly(qtbot, tmp_path: Path) -> None:
    from ui.evidence import importing

    vault, _code = new_vault(tmp_path / "notes.db")
    session = Session(Journal.open(vault))
    entry_id = session.journal.add_entry(ENTRY)
    photo = tmp_path / "photo.txt"
    photo.write_bytes(b"the letter he left\n" * 4096)
    parent = QWidget()
    job = importing.import_files(parent, session, entry_id, [photo])
    task = job.task
    assert task is not None and job in importing._running
    shiboken6.delete(parent)  # the window goes before the result can arrive
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert job not in importing._running
    (entry,) = session.journal.entries()
    assert [a.file_name for a in entry.attachments] == ["photo.txt"]  # nothing half-done
    session.lock()
