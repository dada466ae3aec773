"""Search by keyboard: Down or Enter from the search box goes to the results; a narrowed
timeline says what it shows ("Showing 1 of 2 … — Show all entries"), also for an entry
saved during a search; Tab leaves every table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget

from journal.entries.model import EntryContent, EventTime
from ui.app.window import AppWindow

from .conftest import unlock_window


def view_of(window: AppWindow):
    view = window.journal_view
    assert view is not None
    return view


def search_for(qtbot, window: AppWindow, text: str) -> None:
    view = view_of(window)
    view.filter_bar.query.setFocus()
    qtbot.keyClicks(view.filter_bar.query, text)
    qtbot.waitUntil(lambda: view.search_status.isVisible() or not text, timeout=5_000)


def test_down_and_enter_move_from_search_to_the_results(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    view = view_of(window)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return):
        view.table.clearSelection()
        view.filter_bar.query.clear()
        search_for(qtbot, window, "First")
        qtbot.keyClick(view.filter_bar.query, key)
        assert QApplication.focusWidget() is view.table
        assert view.selected_entry_id() is not None


def test_a_narrowed_timeline_says_so_and_clears(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    session.journal.add_entry(
        EntryContent(kind="note", title="Second note", occurred=EventTime("2025-04-01"))
    )
    view = view_of(window)
    assert not view.search_status.isVisible()
    search_for(qtbot, window, "First")
    qtbot.waitUntil(lambda: "Showing 1 of 2 entries" in view.search_status.label.text())
    assert "“First”" in view.search_status.label.text()
    view.search_status.clear_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert not view.search_status.isVisible() and view.filter_bar.query.text() == ""


def test_an_entry_saved_during_a_search_is_explained(qtbot, window: AppWindow) -> None:
    session = unlock_window(qtbot, window)
    view = view_of(window)
    search_for(qtbot, window, "First")
    saved = session.journal.add_entry(
        EntryContent(kind="note", title="Unrelated", occurred=EventTime("2025-04-01"))
    )
    window._after_save(saved)
    qtbot.waitUntil(lambda: "Showing 1 of 2" in view.search_status.label.text())
    assert "just saved does not match" in view.search_status.label.text()


def test_tab_leaves_every_table_within_three_presses(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    window.show_history()
    window.show_pattern()
    window.case.show_tracker()
    window.case.show_risk()
    tables = [
        widget
        for top in QApplication.topLevelWidgets()
        for widget in top.findChildren(QTableView)
        # the tables on screen (a date field's calendar is a hidden table until it drops down)
        if isinstance(widget, (QTableView, QTableWidget)) and widget.isVisible()
    ]
    assert len(tables) >= 4
    for table in tables:
        assert not table.tabKeyNavigation(), table.accessibleName()
    view = view_of(window)
    window.activateWindow()
    view.table.setFocus()
    view.table.selectRow(0)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or view.table, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not view.table:
            break
    assert QApplication.focusWidget() is not view.table


def test_toolbar_actions_and_quick_exit_are_in_the_tab_order(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    buttons = [window.toolbar.widgetForAction(a) for a in window.toolbar.actions()]
    buttons += [window.safety.toolbar.widgetForAction(window.safety.quick_action)]
    buttons += [window.safety.toolbar.widgetForAction(window.safety.page_action)]
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
