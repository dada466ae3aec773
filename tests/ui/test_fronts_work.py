"""Each front does what it claims (a notepad edits and counts, a sheet adds up, a list
ticks...), the way in is kept only as a hash, and the settings dialog chooses it and
lets her practise it ("That would have opened it")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from ui.app.window import AppWindow
from ui.disguise.fronts.budget import BudgetFront
from ui.disguise.fronts.notes import NotesFront
from ui.disguise.fronts.recipes import RecipesFront
from ui.disguise.fronts.tasks import TasksFront
from ui.disguise.fronts.weather import WeatherFront, forecast
from ui.disguise.practice import MISSED, OPENED, PracticeDialog
from ui.disguise.settings_part import LockedLookPart
from ui.disguise.way_in import WayIn
from ui.safety.menus import open_settings
from ui.safety.prefs import SafetyPrefs

from .conftest import unlock_window
from .front_helpers import settings_text


def settings_part(dialog: object) -> LockedLookPart:
    part = dialog.locked  # type: ignore[attr-defined]
    assert isinstance(part, LockedLookPart)
    return part


pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen


def test_the_notepad_edits_and_counts_words(qtbot) -> None:
    front = NotesFront()
    qtbot.addWidget(front)
    front.reset()
    said: list[str] = []
    front.status.connect(said.append)
    qtbot.keyClicks(front.pad, "milk eggs bread")
    assert front.pad.toPlainText() == "milk eggs bread" and said[-1] == "3 words"
    front.reset()
    assert front.pad.toPlainText() == "" and said[-1] == "0 words"


@pytest.fixture
def english_numbers() -> Iterator[None]:
    """Numbers written as in English (the app sets this at start; tests start in C)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


def test_the_budget_adds_up_what_is_typed(qtbot, english_numbers: None) -> None:
    front = BudgetFront()
    qtbot.addWidget(front)
    front.reset()
    first = front.sum()
    assert first == pytest.approx(1001.30)
    row = front.table.rowCount() - 1
    front.table.setItem(row, 1, QTableWidgetItem("1,000.20"))
    assert front.sum() == pytest.approx(first + 1000.20)
    assert "2,001.50" in front.total.text()
    front.table.setItem(row, 1, QTableWidgetItem("lots"))  # not a number: counts as nothing
    assert front.sum() == pytest.approx(first)


def test_the_task_list_adds_and_ticks(qtbot) -> None:
    front = TasksFront()
    qtbot.addWidget(front)
    front.reset()
    before = front.list.count()
    qtbot.keyClicks(front.new_task, "Post the parcel")
    qtbot.keyClick(front.new_task, Qt.Key.Key_Return)
    assert front.list.count() == before + 1 and front.new_task.text() == ""
    added = front.list.item(before)
    assert added.text() == "Post the parcel" and added.checkState() == Qt.CheckState.Unchecked
    done = front.done()
    added.setCheckState(Qt.CheckState.Checked)
    assert front.done() == done + 1


def test_the_recipe_book_finds_and_shows(qtbot) -> None:
    front = RecipesFront()
    qtbot.addWidget(front)
    front.reset()
    qtbot.keyClicks(front.search, "bread")
    items = [front.list.item(i) for i in range(front.list.count())]
    assert [item.text() for item in items if not item.isHidden()] == ["Banana bread"]
    front.list.setCurrentRow(next(i for i, item in enumerate(items) if not item.isHidden()))
    assert "bananas" in front.text.toPlainText()


def test_the_weather_is_the_same_all_day_and_plausible(qtbot) -> None:
    today = date(2026, 12, 6)
    assert forecast(today) == forecast(today) != forecast(date(2026, 12, 7))
    for _day, _sky, high, low in forecast(today):
        assert -10 < low < high < 35
    front = WeatherFront()
    qtbot.addWidget(front)
    front.reset()
    assert "°" in front.today.text() and front.days.count() == 15
    qtbot.keyClicks(front.place, "Elsewhere")
    qtbot.keyClick(front.place, Qt.Key.Key_Return)
    assert "Elsewhere" in front.note.text()


def test_the_way_in_is_kept_only_as_a_hash() -> None:
    way_in = WayIn.for_word("Sunflower")
    record = way_in.record()
    assert "sunflower" not in record.lower()
    again = WayIn.parse(record)
    assert again is not None and again.matches_word("SUNFLOWER ")
    assert not again.matches_word("sunflowers")
    keys = WayIn.parse(WayIn.for_keys(["Ctrl+G", "F7", "Alt+1"]).record())
    assert keys is not None and keys.presses == 3
    assert keys.matches_keys(["A", "Ctrl+G", "F7", "Alt+1"])
    assert not keys.matches_keys(["Ctrl+G", "Alt+1", "F7"])
    for broken in ("", "w", "w.zz.00", "k9." + "00" * 16 + "." + "00" * 32, 7, None):
        assert WayIn.parse(broken) is None


def test_settings_choose_practise_and_save_a_way_in(qtbot, window: AppWindow) -> None:
    unlock_window(qtbot, window)
    dialog = open_settings(window.safety)
    part = settings_part(dialog)
    dialog.disguise.setCurrentIndex(dialog.disguise.findData("tasks"))  # type: ignore[attr-defined]
    part.front.setChecked(True)
    part.word.setText("ab")
    dialog.accept()  # too short: refused, said why, nothing saved
    assert dialog.isVisible() and "at least 4" in part.message.text()
    assert SafetyPrefs.load().front is None
    part.word.setText("Sunflower")
    practice = part.open_practice()
    assert isinstance(practice, PracticeDialog)
    target = practice.front.first_control()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    qtbot.keyClicks(target, "sunflowr")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert practice.outcome.text() == MISSED and practice.isVisible()  # Enter is the front's
    qtbot.keyClicks(target, "Sunflower")
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert OPENED in practice.outcome.text()
    practice.close()
    dialog.accept()
    saved = SafetyPrefs.load().front
    assert saved is not None and saved.matches_word("sunflower")
    assert "sunflower" not in settings_text().lower()
    # opened again, the saved way in is kept unless a new one is typed
    again = open_settings(window.safety)
    assert settings_part(again).word.text() == "" and settings_part(again).front.isChecked()
    again.accept()
    kept = SafetyPrefs.load().front
    assert kept is not None and kept.matches_word("Sunflower")
    # and "not disguised" takes it away
    last = open_settings(window.safety)
    settings_part(last).plain.setChecked(True)
    last.accept()
    assert SafetyPrefs.load().front is None and "start" not in settings_text()


def test_keys_must_not_be_ordinary_typing(qtbot, window: AppWindow) -> None:
    from PySide6.QtGui import QKeySequence

    dialog = open_settings(window.safety)
    part = settings_part(dialog)
    part.front.setChecked(True)
    part.by_keys.setChecked(True)
    for keys, why in (
        ("A, B", "Hold Ctrl or Alt"),
        ("Ctrl+G", "Press 2 to 4 keys"),
        ("Ctrl+Q, Ctrl+G", "taken by quick exit"),
        ("Ctrl+G, Ctrl+W", "taken by the page's own menu"),  # it would close the page
    ):
        part.keys.setKeySequence(QKeySequence(keys))
        dialog.accept()
        assert dialog.isVisible() and why in part.message.text(), part.message.text()
    part.keys.setKeySequence(QKeySequence("Ctrl+G, Alt+7"))
    dialog.accept()
    saved = SafetyPrefs.load().front
    assert saved is not None and saved.matches_keys(["Ctrl+G", "Alt+7"])
