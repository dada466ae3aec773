"""The GUI with damaged journals: unlock and timeline show what is readable, the
export dialog warns first, and Safety → Repair a damaged journal… salvages in the
background into a new file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.app.window import AppWindow
from ui.export.dialog import ExportDialog
from ui.safety.repair_dialog import RepairDialog

from ..conftest import PASSPHRASE, reopen
from ..damage_fixtures import ENTRIES, build_journal, cut_middle, flip_ciphertext_bit
from .conftest import shown_window, unlock_window
from .gui_helpers import click, type_into


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("original") / "notes.db"
    build_journal(path)
    return path


def damaged_copy(original: Path, tmp_path: Path, damage) -> Path:
    path = tmp_path / "stick" / "notes.db"
    path.parent.mkdir()
    path.write_bytes(original.read_bytes())
    damage(path)
    return path


def problems_box(window: AppWindow) -> QMessageBox:
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return box


def test_unlock_shows_the_readable_entries_and_names_the_damage(
    qtbot, original: Path, tmp_path: Path
) -> None:
    path = damaged_copy(original, tmp_path, lambda p: flip_ciphertext_bit(p, 20))
    window = shown_window(qtbot, path)
    session = unlock_window(qtbot, window)
    assert window.journal_view is not None
    qtbot.waitUntil(lambda: window.journal_view.table.model().rowCount() == ENTRIES - 1)
    box = problems_box(window)
    assert "revision 20 cannot be read" in box.text()
    assert "read-only" not in box.text()
    box.close()
    dialog = ExportDialog(session, window)
    qtbot.addWidget(dialog)
    assert not dialog.damage_warning.isHidden()
    assert "This journal has 1 problem" in dialog.damage_warning.text()


def test_structural_damage_opens_read_only_and_points_to_repair(
    qtbot, original: Path, tmp_path: Path
) -> None:
    path = damaged_copy(original, tmp_path, cut_middle)
    window = shown_window(qtbot, path)
    unlock_window(qtbot, window)
    box = problems_box(window)
    assert "opened read-only" in box.text()
    assert "Repair a damaged journal" in box.text()


def test_a_clean_journal_export_has_no_damage_warning(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    dialog = ExportDialog(session, window)
    qtbot.addWidget(dialog)
    assert dialog.damage_warning.isHidden()


def test_repair_is_in_the_safety_menu_while_locked(qtbot, window: AppWindow) -> None:
    texts = [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert "&Repair a damaged journal…" in texts


def test_repair_dialog_salvages_in_the_background(qtbot, original: Path, tmp_path: Path) -> None:
    path = damaged_copy(original, tmp_path, lambda p: flip_ciphertext_bit(p, 20))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    window = shown_window(qtbot, path)
    dialog = RepairDialog(path, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    target = Path(dialog.target.text())
    assert target == path.with_name("notes-repaired.db")
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.repair_button)
    assert dialog.passphrase.text() == ""
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=30_000)
    said = dialog.message.text()
    assert "Saved versions: 43 of 44. Evidence files: 3 of 3." in said
    assert "could not be saved; they are listed below" in said
    assert "revision 20 cannot be read" in dialog.lost.toPlainText()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    repaired = reopen(target)
    try:
        assert len(repaired.entries()) == ENTRIES - 1
    finally:
        repaired.vault.lock()
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.repair_button)
    assert "already a file" in dialog.message.text()


def test_repair_with_a_wrong_passphrase_says_so(qtbot, original: Path, tmp_path: Path) -> None:
    path = damaged_copy(original, tmp_path, lambda p: flip_ciphertext_bit(p, 20))
    dialog = RepairDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.passphrase, "not the passphrase at all")
    click(qtbot, dialog.repair_button)
    qtbot.waitUntil(lambda: dialog.repair_button.isEnabled(), timeout=30_000)
    assert "does not open this journal" in dialog.message.text()
    assert not Path(dialog.target.text()).exists()


def test_verify_dialog_shows_the_source_journal_statement(
    qtbot, original: Path, tmp_path: Path
) -> None:
    from journal.export.bundle import export_bundle
    from journal.export.options import ExportOptions, select
    from journal.export.verify import verify_bundle
    from ui.export.verify_dialog import VerifyDialog

    path = damaged_copy(original, tmp_path, lambda p: flip_ciphertext_bit(p, 20))
    journal = reopen(path)
    try:
        bundle = tmp_path / "out.zip"
        export_bundle(select(journal, ExportOptions()), journal, bundle)
    finally:
        journal.vault.lock()
    assert verify_bundle(bundle).intact
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.verify_path(bundle)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    text = dialog.summary.text()
    assert "The journal it was made from was damaged" in text
    assert "revision 20 cannot be read" in text
