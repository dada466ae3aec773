"""The pattern view driven through real widgets: mouse, keyboard, tooltip, table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from journal.case.patterns import count_by_month
from journal.entries.model import EntryContent, EventTime
from journal.session.journal import Journal
from ui.pattern.view import PatternChart, PatternDialog
from ui.timeline.view import JournalView

from .conftest import unlock_window
from .translated import english


def _content(title: str, start: str, *categories: str) -> EntryContent:
    return EntryContent(
        kind="incident", title=title, occurred=EventTime(start), categories=tuple(categories)
    )


pytestmark = pytest.mark.usefixtures("english")  # its plural forms say "1 entry"
__all__ = ["english"]


@pytest.fixture
def host(qtbot) -> QWidget:
    """A parent for the dialog (which deletes itself on close), owned by the test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _dialog(qtbot, journal: Journal, host: QWidget) -> PatternDialog:
    """A dialog over a real journal's entries, opened the way the main window opens it."""
    dialog = PatternDialog(journal.entries(), host)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.chart.isVisible() and dialog.chart.width() > 0)
    return dialog


def _click_month(qtbot, chart: PatternChart, index: int) -> None:
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())


def test_clicking_a_month_filters_the_timeline(qtbot, window) -> None:
    session = unlock_window(qtbot, window)
    journal = session.journal
    journal.add_entry(_content("Threats by text", "2025-01-05T09:00", "threats", "technology"))
    journal.add_entry(_content("Pushed", "2025-03-20T22:00", "physical"))
    journal.add_entry(_content("Followed home", "2025-05-01", "stalking"))
    view = window.page
    assert isinstance(view, JournalView)
    assert len(view.visible_entries()) == 4

    window.main_actions.pattern.trigger()
    dialog = window.findChild(PatternDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.chart.isVisible() and dialog.chart.width() > 0)
    chart = dialog.chart
    assert [(m.year, m.month, m.entries) for m in chart.pattern.months] == [
        (2025, 1, 1),
        (2025, 2, 0),
        (2025, 3, 2),
        (2025, 4, 0),
        (2025, 5, 1),
    ]
    march = chart.pattern.index_of(2025, 3)
    assert march is not None
    with (
        qtbot.waitSignal(dialog.month_chosen) as chosen,
        qtbot.waitSignal(dialog.finished),
    ):
        _click_month(qtbot, chart, march)
    assert chosen.args == [2025, 3]
    titles = sorted(e.content.title for e in view.visible_entries())
    assert titles == ["First incident", "Pushed"]
    assert view.filter_bar.use_from.isChecked() and view.filter_bar.use_to.isChecked()


def test_keyboard_moves_the_month_and_enter_chooses_it(
    qtbot, journal: Journal, host: QWidget
) -> None:
    journal.add_entry(_content("a", "2024-11-02", "financial"))
    journal.add_entry(_content("b", "2025-01-15", "coercive_control", "financial"))
    journal.add_entry(_content("c", "2025-02-01"))
    dialog = _dialog(qtbot, journal, host)
    chart = dialog.chart
    assert chart.hasFocus() or dialog.focusWidget() is chart
    assert chart.current == 3  # starts on the latest month (February 2025)
    assert dialog.status.text() == "February 2025: 1 entry (No category 1)."

    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current == 2
    assert dialog.status.text() == ("January 2025: 1 entry (Coercive control 1, Financial 1).")
    assert "January 2025, 1 entry" in chart.accessibleName()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert dialog.status.text() == "December 2024: 0 entries."
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current == 0
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # stays on the first month
    assert chart.current == 0
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 1
    assert dialog.table.currentIndex().row() == 1  # the table follows the chart

    with qtbot.waitSignal(dialog.month_chosen) as chosen:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chosen.args == [2024, 12]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltip_lists_the_counts_per_category(qtbot, journal: Journal, host: QWidget) -> None:
    journal.add_entry(_content("a", "2025-04-02", "physical", "strangulation"))
    journal.add_entry(_content("b", "2025-04-09", "physical"))
    journal.add_entry(_content("c", "2025-06-01", "threats"))
    dialog = _dialog(qtbot, journal, host)
    chart = dialog.chart
    april = chart.pattern.index_of(2025, 4)
    assert april is not None
    point = chart.bar_rect(april).center()
    qtbot.mouseMove(chart, point)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().splitlines() == [
        "April 2025: 2 entries",
        "Physical: 2",
        "Strangulation / choking: 1",
        "(an entry with several categories is counted in each)",
    ]
    QToolTip.hideText()


def test_accessible_summary_legend_and_many_months_scroll(
    qtbot, journal: Journal, host: QWidget
) -> None:
    for year in range(2019, 2026):
        journal.add_entry(_content(f"{year}", f"{year}-06-10", "emotional"))
    journal.add_entry(_content("busy 1", "2022-02-01", "threats", "weapon"))
    journal.add_entry(_content("busy 2", "2022-02-03", "threats"))
    dialog = _dialog(qtbot, journal, host)
    chart = dialog.chart
    assert len(chart.pattern.months) == 6 * 12 + 1
    description = chart.accessibleDescription()
    assert description.startswith("9 entries from June 2019 to June 2025 (73 months).")
    assert "Busiest months: February 2022 (2), June 2019 (1), June 2020 (1)." in description
    assert [label.text() for label in dialog.legend.labels] == [
        "Emotional / psychological (7)",
        "Threats (2)",
        "Weapon or firearm (service weapon) (1)",
    ]
    bar = dialog.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # starts at the latest month
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert bar.value() == 0
    qtbot.keyClick(chart, Qt.Key.Key_PageDown)
    assert chart.current == 12


def test_table_tab_chooses_a_month_too(qtbot, journal: Journal, host: QWidget) -> None:
    journal.add_entry(_content("a", "2025-01-02", "physical"))
    journal.add_entry(_content("b", "2025-03-02", "sexual"))
    dialog = _dialog(qtbot, journal, host)
    dialog.tabs.setCurrentWidget(dialog.table)
    model = dialog.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Month",
        "Entries",
        "Physical",
        "Sexual",
    ]
    assert [model.index(r, 0).data() for r in range(3)] == [
        "January 2025",
        "February 2025",
        "March 2025",
    ]
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.month_chosen) as chosen:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert chosen.args == [2025, 1]


def test_an_empty_journal_says_so(qtbot, journal: Journal, host: QWidget) -> None:
    dialog = PatternDialog(journal.entries(), None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no pattern to show" in dialog.summary.text()
    assert not dialog.tabs.isVisible()
    assert not dialog.show_button.isEnabled()


def test_renders_in_light_and_dark_palettes(qtbot, journal: Journal, host: QWidget) -> None:
    journal.add_entry(_content("a", "2025-01-02", "physical", "threats"))
    dialog = _dialog(qtbot, journal, host)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    for palette in (dialog.palette(), dark):
        dialog.setPalette(palette)
        image = dialog.chart.grab().toImage()
        assert image.pixelColor(2, 2) == palette.color(QPalette.ColorRole.Base)
        # the bar's bottom segment is painted in the fixed palette's first colour
        bar = dialog.chart.bar_rect(0)
        pixel = image.pixelColor(bar.center().x(), dialog.chart.value_y(0) - 3)
        assert pixel.name().upper() == "#E69F00"


def test_counts_match_the_core(qtbot, journal: Journal, host: QWidget) -> None:
    journal.add_entry(_content("a", "2025-01-02", "physical", "threats"))
    journal.add_entry(_content("b", "2025-01-09"))
    dialog = _dialog(qtbot, journal, host)
    assert dialog.pattern == count_by_month(journal.entries())
