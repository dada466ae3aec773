"""The locked app as a working everyday app: for each look, nothing on screen, in the
accessibility tree or in the plain settings gives it away, at start-up and after quick
exit; the way in (a word, or keys) opens the passphrase page and nothing else does."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ui.app.window import AppWindow
from ui.disguise.front_window import FrontWindow
from ui.disguise.fronts import FRONTS
from ui.disguise.way_in import WayIn
from ui.editor.window import EntryEditor
from ui.pages.unlock import UnlockPage
from ui.safety.prefs import EXIT_DECOY, EXIT_QUIT, SafetyPrefs

from .accessibility_walk import problems
from .conftest import unlock_window
from .front_helpers import settings_text, shown_texts, telling_words

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen
WORD = "Marigold"
KEYS = ["Ctrl+G", "Alt+7"]
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def started(qtbot, path: Path, look: str, way_in: WayIn, after: str = EXIT_DECOY) -> AppWindow:
    """The app as main() starts it, with this look and way in saved."""
    SafetyPrefs(disguise=look, exit_choice=after, way_in=way_in.record()).save()
    window = AppWindow(path)
    qtbot.addWidget(window)
    window.safety.show_locked()
    if window.safety.front is not None:
        qtbot.addWidget(window.safety.front)  # closed after the test, as the window is
    return window


def front_of(window: AppWindow) -> FrontWindow:
    front = window.safety.front
    assert front is not None and front.isVisible()
    return front


def type_word(qtbot, front: FrontWindow, word: str) -> None:
    target = front.front.first_control()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)  # once the window is active
    for char in word:  # each key where the keyboard sends it: a sheet moves it to a cell
        qtbot.keyClicks(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def all_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w)]


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def assert_front_only(window: AppWindow, look: str) -> FrontWindow:
    front = front_of(window)
    assert front.look == look and not window.isVisible()
    assert visible_windows() == [front]
    return front


@pytest.mark.parametrize("look", list(FRONTS))
def test_nothing_in_the_locked_app_tells(qtbot, vault_file: Path, look: str) -> None:
    window = started(qtbot, vault_file, look, WayIn.for_word(WORD))
    front = assert_front_only(window, look)
    assert front.windowTitle() == front.windowTitle().strip() and front.windowTitle()
    assert telling_words((window, front)) == []
    assert problems([front]) == []  # every control of the front named, not by its value
    assert WORD.lower() not in settings_text().lower()
    type_word(qtbot, front, WORD)
    assert window.isVisible() and not front.isVisible()
    assert isinstance(window.page, UnlockPage)
    unlock_window(qtbot, window)
    window.new_entry()  # a window of the open app, swept by quick exit
    qtbot.waitUntil(lambda: len(visible_windows()) == 2)
    window.safety.quick_exit()
    front = assert_front_only(window, look)
    qtbot.waitUntil(lambda: not any(isinstance(w, EntryEditor) for w in all_windows()))
    assert telling_words((window, front)) == []
    exit_ms = window.safety.last_exit_ms or 0.0
    looked_at = len(shown_texts((window, front)))
    print(f"{look}: {looked_at} texts looked at; quick exit to it took {exit_ms:.1f} ms")


@pytest.mark.parametrize("look", ["notes", "budget", "tasks"])
def test_a_wrong_word_does_nothing_visible_and_the_right_one_opens(
    qtbot, vault_file: Path, look: str
) -> None:
    window = started(qtbot, vault_file, look, WayIn.for_word(WORD))
    front = assert_front_only(window, look)
    for wrong in ("Marigol", "Marigolds", "passphrase", "open"):
        type_word(qtbot, front, wrong)
        assert_front_only(window, look)
    type_word(qtbot, front, "  mariGOLD")  # case and spaces before it do not matter
    assert window.isVisible() and not front.isVisible()
    page = window.page
    assert isinstance(page, UnlockPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase)
    assert any("Welcome back" in label.text() for label in page.findChildren(QLabel))


def test_keys_open_only_in_their_order(qtbot, vault_file: Path) -> None:
    window = started(qtbot, vault_file, "weather", WayIn.for_keys(KEYS))
    front = assert_front_only(window, "weather")
    target = front.front.first_control()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    qtbot.keyClick(target, Qt.Key.Key_7, ALT)  # the right keys in the wrong order
    qtbot.keyClick(target, Qt.Key.Key_G, CTRL)
    qtbot.keyClicks(target, "G7")  # and the same letters typed plainly
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert_front_only(window, "weather")
    qtbot.keyClick(target, Qt.Key.Key_G, CTRL)
    qtbot.keyClick(target, Qt.Key.Key_7, ALT)
    assert window.isVisible() and not front.isVisible()
    assert isinstance(window.page, UnlockPage)


def test_every_kind_of_lock_lands_on_the_front(qtbot, vault_file: Path) -> None:
    window = started(qtbot, vault_file, "budget", WayIn.for_word(WORD))
    front = assert_front_only(window, "budget")
    type_word(qtbot, front, WORD)
    unlock_window(qtbot, window)
    window.lock_action.trigger()
    assert_front_only(window, "budget")
    type_word(qtbot, front, WORD)
    unlock_window(qtbot, window)
    window.safety._idle_lock()
    assert_front_only(window, "budget")
    type_word(qtbot, front, WORD)
    page = window.page
    assert isinstance(page, UnlockPage)
    assert "without use" in page.message.text()  # why it locked, once past the front


def test_what_was_typed_into_the_front_is_gone_when_it_comes_back(qtbot, vault_file: Path) -> None:
    window = started(qtbot, vault_file, "notes", WayIn.for_word(WORD))
    front = assert_front_only(window, "notes")
    pad = front.front.first_control()
    qtbot.keyClicks(pad, "shopping")
    type_word(qtbot, front, WORD)
    unlock_window(qtbot, window)
    window.safety.quick_exit()
    assert front.isVisible()
    assert front.front.pad.toPlainText() == ""  # type: ignore[attr-defined]


def test_quick_exit_set_to_close_closes(qtbot, vault_file: Path) -> None:
    window = started(qtbot, vault_file, "tasks", WayIn.for_word(WORD), after=EXIT_QUIT)
    type_word(qtbot, front_of(window), WORD)
    unlock_window(qtbot, window)
    quits: list[bool] = []
    window.safety._quit = lambda: quits.append(True)  # type: ignore[method-assign]
    window.safety.quick_exit()
    assert quits == [True] and not window.isVisible()
    assert window.safety.front is not None and not window.safety.front.isVisible()


def test_not_disguised_shows_the_passphrase_page(qtbot, vault_file: Path) -> None:
    SafetyPrefs(disguise="recipes").save()
    window = AppWindow(vault_file)
    qtbot.addWidget(window)
    window.safety.show_locked()
    assert window.isVisible() and window.safety.front is None
    assert isinstance(window.page, UnlockPage)
    assert telling_words((window,))  # the same look finds the passphrase page's words
    window.safety.quick_exit()
    assert window.safety.front is None
