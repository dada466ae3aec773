"""The safety page: plain words on what the app can and cannot do, reachable from the
Help menu and a button; the person's contacts kept inside the vault."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTextBrowser

from journal.case.contacts import ContactStore, SupportContact
from ui.app.window import AppWindow
from ui.safety.safety_page import IN_DANGER, PROTECTS, SAFER, SafetyPage, page_html

from ..conftest import reopen
from .conftest import unlock_window

CANARY = "Contact-canary 9e1f"


def pages() -> list[SafetyPage]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyPage)]


def test_plain_words_and_no_numbers() -> None:
    html = "".join(page_html(sections) for sections in (IN_DANGER, PROTECTS, SAFER))
    text = re.sub("<[^>]+>", "", html).lower()
    assert "emergency number" in text and "police officer" in text
    for needed in ("keylogger", "watching the screen", "controls", "stalkerware", "cloud"):
        assert needed in text
    for needed in ("quick exit", "backup", "recovery code", "disguise", "trust"):
        assert needed in text
    assert not re.search(r"\d{3}", text)  # no phone numbers shipped


def test_reached_from_help_menu_and_button(qtbot, window: AppWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.safety.page_action in help_menu.actions()
    button = window.safety.toolbar.widgetForAction(window.safety.page_action)
    qtbot.waitUntil(button.isVisible)  # on the unlock screen too
    button.click()
    page = pages()[0]
    assert page.contacts is None
    assert "Unlock" in page.tabs.widget(3).text()  # type: ignore[attr-defined]
    # what to do in danger comes first, where it is seen without looking for it
    assert page.tabs.currentIndex() == 0 and page.tabs.tabText(0) == "In danger now"
    first = page.tabs.widget(0)
    assert isinstance(first, QTextBrowser) and "emergency number" in first.toPlainText()
    browser = page.tabs.widget(1)
    assert isinstance(browser, QTextBrowser) and "keylogger" in browser.toPlainText()
    page.close()


def test_contacts_edited_saved_and_wiped_on_lock(
    qtbot, window: AppWindow, vault_file: Path
) -> None:
    unlock_window(qtbot, window)
    window.safety.page_action.trigger()
    page = next(p for p in pages() if p.isVisible())
    editor = page.contacts
    assert editor is not None
    editor.add_contact()
    editor.save()
    assert "name" in editor.message.text()  # a contact with no name is not saved
    qtbot.keyClicks(editor.name, CANARY)
    editor.kind.setCurrentIndex(editor.kind.findData("oversight"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    qtbot.keyClicks(editor.how, "walk-in, weekdays")
    assert editor.save() and "Saved" in editor.message.text()
    editor.add_contact()
    qtbot.keyClicks(editor.name, "Legal aid clinic")
    page.done(0)  # closing keeps what was typed
    assert not page.isVisible()
    window.lock()
    journal = reopen(vault_file)
    try:
        assert ContactStore(journal.settings).load() == [
            SupportContact(CANARY, "oversight", "walk-in, weekdays"),
            SupportContact("Legal aid clinic", "dv_service"),
        ]
    finally:
        journal.vault.lock()
    assert CANARY.encode() not in vault_file.read_bytes()


def test_lock_keeps_typing_and_closes_the_page(qtbot, window: AppWindow, vault_file: Path) -> None:
    unlock_window(qtbot, window)
    window.safety.page_action.trigger()
    page = next(p for p in pages() if p.isVisible())
    assert page.contacts is not None
    page.contacts.add_contact()
    qtbot.keyClicks(page.contacts.name, CANARY)
    window.lock()
    assert not page.isVisible()
    assert page.contacts.contacts == [] and page.contacts.name.text() == ""
    journal = reopen(vault_file)
    try:
        assert [c.name for c in ContactStore(journal.settings).load()] == [CANARY]
    finally:
        journal.vault.lock()
