"""No message text reaches the disk in plaintext through the app: a chat (text and a
picture) imported, viewed, its picture opened, linked and charted through the real
GUI, then locked; the test's HOME (settings, caches, temp folder) and the journal's
own folder are scanned for the canary (the pattern of tests/test_canaries.py)."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.app.window import AppWindow
from ui.app.workers import wait_for_all
from ui.evidence.viewer import EvidenceViewer

from ..messages.builders import Line, android_chat, en_gb, write_zip
from ..test_canaries import encodings, scan
from .conftest import unlock_window
from .test_conversations import PNG, open_view, select_rows


def test_viewing_messages_leaves_no_plaintext(
    qtbot, window: AppWindow, vault_file: Path, own_folders: Path, tmp_path: Path
) -> None:
    unlock_window(qtbot, window)
    canary = "CANARY" + secrets.token_hex(8)
    inputs = tmp_path / "inputs"  # the person's own export, outside what is scanned
    inputs.mkdir()
    picture = PNG + canary.encode()  # trailing bytes after IEND: still a PNG
    chat = android_chat(
        [
            Line(datetime(2025, 3, 1, 22, 0), f"{canary} sender", f"{canary} said\nline two"),
            Line(datetime(2025, 3, 1, 22, 1), "Ana", "IMG-20250301-WA0001.jpg (file attached)"),
        ],
        en_gb,
    )
    export = write_zip(
        inputs / "WhatsApp Chat with X.zip",
        {"WhatsApp Chat with X.txt": chat.encode(), "IMG-20250301-WA0001.jpg": picture},
    )
    importer = window.conversations.import_files([export])
    assert importer is not None and importer.question is not None
    importer.question.accept()  # the computer's zone, confirmed
    qtbot.waitUntil(lambda: importer.summary is not None, timeout=30_000)
    assert importer.summary is not None
    assert "2 messages and 0 calls stored" in importer.summary.text()
    importer.summary.close()
    view = open_view(qtbot, window)
    assert view.message_table.rowCount() == 2
    select_rows(view, [0])
    assert canary in view.details.toPlainText()
    view.link_requested.emit(view.chosen_ids())
    assert window.conversations.chooser is not None
    window.conversations.chooser.accept()
    select_rows(view, [1])
    view.picture_button.click()
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EvidenceViewer))
    qtbot.waitUntil(lambda: viewer.ready_kind == "image", timeout=10_000)
    assert viewer.picture is not None
    viewer.picture.toggle_reveal()  # looked at clearly
    window.lock_action.trigger()
    wait_for_all()

    needles = [n for text in (canary, f"{canary} said\nline two") for n in encodings(text)]
    assert scan(own_folders, needles) == []
    assert scan(vault_file.parent, needles) == []
    assert vault_file.stat().st_size > 0
