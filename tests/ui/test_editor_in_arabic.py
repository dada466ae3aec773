"""The editor, the revision history and the pattern view in Arabic (right to left,
six plural forms) and Spanish, with the repository's own translations compiled and
installed as the app installs them at start, over a real journal."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations, product
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from journal.case.patterns import MonthCount, count_by_month
from journal.entries.model import EntryContent, EventTime, Injury
from journal.session.journal import Journal
from ui.app.session import Session
from ui.editor.disclosure import Disclosure
from ui.editor.injuries import InjuriesSection
from ui.editor.when import WhenEditor
from ui.history.dialog import HistoryDialog
from ui.pattern.chart import PatternChart
from ui.pattern.words import entries_text, month_status, summary

from .translated import installed


@pytest.fixture
def arabic(qapp, tmp_path: Path) -> Iterator[None]:
    with installed("ar", tmp_path / "translations"):
        yield


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _entry(title: str, start: str, *categories: str) -> EntryContent:
    return EntryContent("incident", title, EventTime(start), categories=categories)


def test_history_opens_on_the_latest_revision_compared_with_the_one_before(
    qtbot, arabic, journal: Journal, host: QWidget
) -> None:
    entry_id = journal.add_entry(_entry("First incident", "2025-03-14T21:07"))
    entry = journal.entry(entry_id)
    journal.update_entry(entry_id, replace(entry.content, title="Kitchen, 14 March"))
    dialog = HistoryDialog(Session(journal), entry_id, host)
    # chosen while the dialog is built, before it is shown or laid out
    assert [index.row() for index in dialog.table.selectionModel().selectedRows()] == [1]
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isRightToLeft() and dialog.windowTitle() == "سجل التعديلات"
    text = dialog.changes.toPlainText()
    assert "النسخة 2، مقارنةً بالنسخة 1" in text
    assert "قبل" in text and "بعد" in text
    assert "First incident" in text and "Kitchen, 14 March" in text
    header = dialog.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "النسخة"
    dialog.close()


@pytest.mark.parametrize(
    ("count", "words"),
    [(0, "لا توجد تدوينات"), (1, "تدوينة واحدة"), (2, "تدوينتان"), (3, "3 تدوينات"),
     (11, "11 تدوينة"), (102, "102 تدوينة")],
)  # fmt: skip
def test_arabic_counts_entries_with_the_form_for_each_number(arabic, count, words) -> None:
    assert entries_text(count) == words
    month = MonthCount(2025, 2, count, (("physical", count),) if count else ())
    assert month_status(month).startswith(f"فبراير 2025: {words}")


def test_the_pattern_summary_and_an_editor_heading_in_arabic(
    qtbot, arabic, journal: Journal
) -> None:
    for day in ("2025-01-03", "2025-01-09", "2025-03-01"):
        journal.add_entry(_entry("a", day, "threats"))
    text = summary(count_by_month(journal.entries()))
    assert text.startswith("3 تدوينات من يناير 2025 إلى مارس 2025 (3 أشهر).")
    assert "شهر واحد بلا تدوينات." in text  # February
    injuries = InjuriesSection()
    qtbot.addWidget(injuries)
    injuries.list.set_values([Injury("كدمة"), Injury("جرح")])
    assert injuries.summary() == "إصابتان"
    heading = Disclosure(injuries)
    qtbot.addWidget(heading)
    assert heading.header.text() == "الإ&صابات والرعاية الطبية — إصابتان"
    assert heading.header.arrowType() == Qt.ArrowType.LeftArrow  # closed: points the way it reads


def test_chart_month_names_stay_inside_the_chart_and_apart(qtbot, arabic, journal: Journal) -> None:
    """Arabic has no short month names: August ("أغسطس"), first and last here, is
    wider than a month's slot, and must still be drawn whole and apart."""
    for month in range(8, 13):
        journal.add_entry(_entry("a", f"2024-{month:02d}-02", "physical"))
    journal.add_entry(_entry("b", "2025-08-02", "threats"))
    chart = PatternChart(count_by_month(journal.entries()))
    qtbot.addWidget(chart)
    for width, current in product((chart.minimumWidth(), chart.minimumWidth() * 3), (0, 12)):
        chart.resize(width, 300)
        chart.set_current(current)  # its name is boxed, a little wider still
        labels = chart.axis_labels()
        box = chart.current_label_box()
        assert labels and chart.rect().contains(box)
        assert {label.text for label in labels if label.kind == "year"} == {"2024", "2025"}
        for label in labels:
            assert chart.rect().contains(label.rect), (width, label)
            assert label.kind == "year" or not label.rect.intersects(box)
        months = [label.rect for label in labels if label.kind == "month"]
        assert all(not a.intersects(b) for a, b in combinations(months, 2)), width


def test_dates_and_times_keep_their_stored_form_in_arabic(qtbot, arabic) -> None:
    when = WhenEditor()
    qtbot.addWidget(when)
    assert when.isRightToLeft()
    when.set_value(EventTime("2025-03-14T21:07", "2025-03-14T22:30", "Asia/Amman", "exact"))
    for edit, shown in ((when.date, "2025-03-14"), (when.time, "21:07"), (when.end_time, "22:30")):
        assert edit.text() == shown
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert when.value() == EventTime("2025-03-14T21:07", "2025-03-14T22:30", "Asia/Amman", "exact")


def test_spanish_counts_and_titles(qtbot, qapp, tmp_path: Path) -> None:
    with installed("es", tmp_path / "translations"):
        injuries = InjuriesSection()
        qtbot.addWidget(injuries)
        injuries.list.set_values([Injury("moretón")])
        assert injuries.summary() == "1 lesión"
        injuries.list.set_values([Injury("moretón"), Injury("corte")])
        injuries.medical.setPlainText("Centro de salud")
        assert injuries.summary() == "2 lesiones, atención médica"
        assert entries_text(1) == "1 entrada" and entries_text(5) == "5 entradas"
        assert not injuries.isRightToLeft()
