"""The signing key in the GUI: "Make a new signing key" and the key change after a new
passphrase (Passphrase and recovery code dialog), and the verify dialog's comparison
with the fingerprint the sender gave."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.export.signing import journal_fingerprint
from ui.app.window import AppWindow
from ui.export.verify_dialog import VerifyDialog
from ui.safety.keys_dialog import KeysDialog
from ui.safety.menus import open_keys

from ..conftest import PASSPHRASE
from ..export_fixtures import clock, populate
from .conftest import unlock_window
from .translated import english  # noqa: F401 (a fixture)

NEW_PASSPHRASE = "lantern quarry velvet oboe"


def keys(window: AppWindow) -> KeysDialog:
    dialog = open_keys(window.safety)
    assert isinstance(dialog, KeysDialog)
    return dialog


def test_make_a_new_signing_key_and_a_new_one_after_a_passphrase_change(
    qtbot, window: AppWindow
) -> None:
    session = unlock_window(qtbot, window)
    journal = session.journal
    first = journal_fingerprint(journal)
    dialog = keys(window)
    dialog.tabs.setCurrentIndex(2)
    assert first in dialog.fingerprint_label.text()
    with qtbot.waitSignal(dialog.signing_key_replaced, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.new_key_button, Qt.MouseButton.LeftButton)
    second = signal.args[0]
    assert second != first and second == journal_fingerprint(journal)
    assert second in dialog.fingerprint_label.text()
    assert "Bundles you made before keep the old one" in dialog.message.text()

    dialog.tabs.setCurrentIndex(0)
    dialog.current.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.new_form.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_form.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=20_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    third = journal_fingerprint(journal)
    assert third not in (first, second) and third in dialog.fingerprint_label.text()
    assert "new signing key" in dialog.message.text()
    shown = dialog.fingerprint_label.text()  # the survivor sees when and why each came
    assert shown.index(third) < shown.index(second) < shown.index(first)
    assert "the passphrase was changed" in shown and "made on request" in shown


@pytest.mark.usefixtures("english")  # "An extra file was added": the singular form shown
def test_verify_dialog_compares_the_fingerprint_the_sender_gave(
    qtbot, window: AppWindow, tmp_path: Path
) -> None:
    session = unlock_window(qtbot, window)
    journal = session.journal
    populate(journal, with_evidence=False)
    bundle = tmp_path / "b.zip"
    export_bundle(select(journal, ExportOptions(), clock), journal, bundle)
    signer = journal_fingerprint(journal)
    window.lock()
    window.exports.verify_action.trigger()
    checker = window.exports.dialog
    assert isinstance(checker, VerifyDialog)
    checker.verify_path(bundle)
    qtbot.waitUntil(lambda: checker.report is not None, timeout=30_000)
    text = checker.summary.text()
    assert "as they were when signed by the key" in text and signer not in text
    assert signer in checker.checking.text() and not checker.checking.is_open  # For checking
    assert checker.checking.isVisible() and not checker.checking.body.isVisible()
    assert "only once this fingerprint is confirmed with the sender" in text
    assert not checker.findings.isVisible()

    checker.expected.setText(signer.upper().replace(" ", ""))
    assert "is the one you confirmed with the sender" in checker.summary.text()
    assert not checker.findings.isVisible()

    checker.expected.setText("0" * 64)
    assert "not by the key you confirmed" in checker.summary.text()
    items = [checker.findings.item(i).text() for i in range(checker.findings.count())]
    assert len(items) == 1 and items[0].startswith("Signing key: the bundle was signed by")

    checker.expected.setText("not a fingerprint")
    assert "cannot be read" in checker.summary.text()

    checker.expected.clear()
    folder = tmp_path / "unpacked"
    zipfile.ZipFile(bundle).extractall(folder)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    checker.verify_path(folder)
    qtbot.waitUntil(lambda: checker.report is not None, timeout=30_000)
    assert "An extra file was added to unpacked; every listed file" in checker.summary.text()
    assert "not as it was exported" not in checker.summary.text()
