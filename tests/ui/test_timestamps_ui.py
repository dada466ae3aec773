"""Trusted timestamps in the app: the choice (off by default, a short list and any
address, kept in the journal) and "Get a trusted timestamp now" after an export,
which runs in the background against a real local authority."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.export.timestamps import stamp
from journal.export.timestamps.store import (
    WELL_KNOWN,
    choose_authorities,
    chosen_authorities,
    stored_tokens,
)
from ui.app.window import AppWindow
from ui.export.dialog import ExportDialog
from ui.export.timestamps import GET_NOW, TimestampSettingsDialog

from ..tsa_authority import LocalAuthority, refused_url
from .conftest import unlock_window
from .test_export_dialog import open_export, save_as


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalAuthority]:
    with LocalAuthority(tmp_path / "tsa") as authority:
        yield authority


def open_choice(qtbot, window: AppWindow) -> TimestampSettingsDialog:
    window.exports.timestamps_action.trigger()
    dialog = window.exports.dialog
    assert isinstance(dialog, TimestampSettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_choice_is_off_by_default_and_explains_what_is_sent(qtbot, window: AppWindow) -> None:
    assert not window.exports.timestamps_action.isEnabled()  # nothing open, nothing to choose
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert "Trusted &timestamps…" in [a.text() for a in file_menu.actions()]
    unlock_window(qtbot, window)
    dialog = open_choice(qtbot, window)
    assert [url for url, _box in dialog.boxes.items()] == [url for _n, url in WELL_KNOWN]
    assert not any(box.isChecked() for box in dialog.boxes.values())
    for words in ("only a hash", "that someone asked", "internet address", "and when"):
        assert words in dialog.explanation.text()
    assert dialog.chosen() == []


def test_a_choice_and_any_address_are_kept_in_the_journal(
    qtbot, window: AppWindow, tsa: LocalAuthority
) -> None:
    session = unlock_window(qtbot, window)
    dialog = open_choice(qtbot, window)
    qtbot.keyClicks(dialog.address, "not an address")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "not a timestamp authority address" in dialog.note.text()
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, tsa.url)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    dialog.boxes[WELL_KNOWN[0][1]].setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert chosen_authorities(session.journal) == [WELL_KNOWN[0][1], tsa.url]
    again = open_choice(qtbot, window)
    assert again.boxes[tsa.url].isChecked() and again.boxes[WELL_KNOWN[0][1]].isChecked()
    assert not again.boxes[WELL_KNOWN[1][1]].isChecked()


def test_get_a_timestamp_after_an_export_runs_in_the_background(
    qtbot, window: AppWindow, tsa: LocalAuthority, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    choose_authorities(journal, [tsa.url, refused_url()])
    save_as(monkeypatch, tmp_path / "for-lawyer.zip")
    assert not dialog.timestamp_offer.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    box = dialog.result_box
    assert box is not None and dialog.timestamp_offer.isVisible()
    offered = [b for b in box.buttons.buttons() if b.text() == GET_NOW]
    assert len(offered) == 1
    gui_thread = threading.current_thread()
    asked_from: list[threading.Thread] = []
    real_request = stamp.request_token

    def request(*args, **kwargs):  # the real request, noting which thread waits on it
        asked_from.append(threading.current_thread())
        return real_request(*args, **kwargs)

    monkeypatch.setattr(stamp, "request_token", request)
    offered[0].click()  # closes the message, starts the work in the background
    note = dialog.timestamp_offer.note
    assert "Asking 2 timestamp authorities" in note.text() and "Only a hash" in note.text()
    qtbot.waitUntil(lambda: "kept inside your journal" in note.text(), timeout=30_000)
    assert "127.0.0.1 vouches that your journal existed" in note.text()
    assert "could not be reached (the connection was refused)" in note.text()
    assert len(asked_from) == 2 and gui_thread not in asked_from
    [token] = stored_tokens(journal)
    assert token.head == journal.chain_head.hex()
    assert dialog.timestamp_offer.button.isEnabled()


def test_with_no_authority_chosen_the_choice_is_offered_first(
    qtbot, window: AppWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    dialog.timestamp_offer.offer()
    qtbot.mouseClick(dialog.timestamp_offer.button, Qt.MouseButton.LeftButton)
    choice = next(
        w for w in dialog.timestamp_offer.findChildren(TimestampSettingsDialog) if w.isVisible()
    )
    choice.reject()
    assert stored_tokens(journal) == [] and chosen_authorities(journal) == []
    assert dialog.timestamp_offer.button.isEnabled()


def test_an_unreachable_authority_changes_nothing_and_says_so_calmly(
    qtbot, window: AppWindow, tsa: LocalAuthority
) -> None:
    dialog = open_export(qtbot, window)
    journal = window.session.journal  # type: ignore[union-attr]
    choose_authorities(journal, [tsa.failing_url, refused_url()])
    dialog.timestamp_offer.offer()
    qtbot.mouseClick(dialog.timestamp_offer.button, Qt.MouseButton.LeftButton)
    note = dialog.timestamp_offer.note
    qtbot.waitUntil(lambda: "Nothing was changed" in note.text(), timeout=30_000)
    assert "answered with an error (HTTP 500)" in note.text()
    assert "went wrong" not in note.text()
    assert stored_tokens(journal) == []
    assert isinstance(dialog, ExportDialog)


def test_verify_a_bundle_names_its_timestamps(
    qtbot, window: AppWindow, tsa: LocalAuthority, tmp_path: Path
) -> None:
    from journal.export.bundle import export_bundle
    from journal.export.options import ExportOptions, select
    from journal.export.timestamps.stamp import timestamp_now
    from journal.export.timestamps.store import TOKENS_KEY, StoredToken, head_bytes
    from ui.export.verify_dialog import VerifyDialog

    session = unlock_window(qtbot, window)
    journal = session.journal
    assert timestamp_now(journal, [tsa.url])[0].ok
    good = tmp_path / "good.zip"
    export_bundle(select(journal, ExportOptions()), journal, good)
    head = journal.chain_head
    other = StoredToken(
        tsa.url,
        head.hex(),
        1,
        stored_tokens(journal)[0].gen_time,
        "x",
        tsa.token_for(head_bytes(bytes(32))),
    )
    journal.settings.set(TOKENS_KEY, [other.to_plain()])
    bad = tmp_path / "bad.zip"
    export_bundle(select(journal, ExportOptions()), journal, bad)
    window.exports.verify_action.trigger()
    checker = window.exports.dialog
    assert isinstance(checker, VerifyDialog)
    checker.verify_path(good)
    qtbot.waitUntil(lambda: checker.report is not None, timeout=30_000)
    assert "Everything in good.zip matches" in checker.summary.text()
    assert "Trusted timestamps" in checker.summary.text()
    assert "according to Test Timestamp Authority" in checker.summary.text()
    checker.verify_path(bad)
    qtbot.waitUntil(
        lambda: checker.report is not None and checker.checked_name == "bad.zip", timeout=30_000
    )
    items = [checker.findings.item(i).text() for i in range(checker.findings.count())]
    assert len(items) == 1 and items[0].startswith("Trusted timestamp: timestamps/")
    assert "for other data" in items[0]
