"""First run through the real widgets: welcome, passphrase rules, recovery code check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.vault.lifecycle import unlock, unlock_with_recovery_code
from ui.app.window import AppWindow
from ui.pages.create import CreatePage
from ui.timeline.view import JournalView


@pytest.mark.slow
def test_first_run_creates_a_vault_and_checks_the_code(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "usb" / "notes.db"
    window = AppWindow(path)
    qtbot.addWidget(window)
    window.show()
    page = window.page
    assert isinstance(page, CreatePage)
    assert page.location.text() == str(path)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.steps.currentIndex() == 1

    form = page.new_passphrase
    qtbot.keyClicks(form.first, "password1")
    qtbot.keyClicks(form.second, "password1")
    assert not page.create_button.isEnabled()
    assert "very common password" in form.verdict.text()
    form.clear()
    qtbot.keyClicks(form.first, "kettle orbit lantern mossy")
    qtbot.keyClicks(form.second, "kettle orbit lantern mossy")
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=20_000)

    code = page.code
    groups = code.split("-")
    assert len(groups) == 7
    shown = page.code_label.text().split()
    assert shown == groups
    # a screen reader hears the code itself, group by group, not only "Recovery code"
    spoken = page.code_label.accessibleDescription()
    for number, group in enumerate(groups, 1):
        assert f"Group {number}: {' '.join(group)}" in spoken
    # the group asked for can be found on screen: its number and where it is
    line = page.check_index // 4
    assert f"group {page.check_index + 1} of the code" in page.check_prompt.text()
    assert f"on the {('first', 'second')[line]} line" in page.check_prompt.text()
    qtbot.keyClicks(page.check_field, "ZZZZ" if groups[page.check_index] != "ZZZZ" else "YYYY")
    qtbot.keyClick(page.check_field, Qt.Key.Key_Return)
    assert "does not match" in page.check_message.text()
    page.check_field.clear()
    # read as recovery reads it: any case, 1 typed as i or l, 0 typed as o
    typed = groups[page.check_index].lower().replace("1", "i").replace("0", "o")
    qtbot.keyClicks(page.check_field, typed)
    qtbot.keyClick(page.check_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.page, JournalView), timeout=5_000)
    assert page.code == ""
    window.lock()

    assert path.exists()
    unlock(path, "kettle orbit lantern mossy").lock()
    unlock_with_recovery_code(path, code).lock()


def test_the_check_accepts_what_recovery_accepts() -> None:
    from ui.widgets.recovery_code import group_matches

    code = "11JC-0OAB-CDEF-GHJK-MNPQ-RSTV-WXYZ"
    assert group_matches(code, 0, "iijc") and group_matches(code, 0, " LlJc ")
    assert group_matches(code, 1, "oOab") and group_matches(code, 1, "00AB")
    assert not group_matches(code, 0, "11JD")
