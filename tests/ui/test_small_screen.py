"""At 200 % on a 1366 x 768 screen (683 x 384 logical pixels) the open journal fits, and
Quick exit stays on screen and visible."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from ui.app.window import AppWindow

from .conftest import unlock_window

SCREEN_AT_200 = (1366 // 2, 768 // 2)


def test_the_open_journal_fits_683_by_384_with_quick_exit_in_view(qtbot, window: AppWindow):
    unlock_window(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN_AT_200[0] and hint.height() <= SCREEN_AT_200[1], hint
    window.resize(*SCREEN_AT_200)
    qtbot.waitUntil(lambda: window.width() <= SCREEN_AT_200[0])
    button = window.safety.toolbar.widgetForAction(window.safety.quick_action)
    qtbot.waitUntil(button.isVisible)
    corner = button.mapTo(window, QPoint(0, 0))
    inside = QRect(0, 0, window.width(), window.height())
    assert inside.contains(QRect(corner, button.size())), (corner, button.size(), inside)
