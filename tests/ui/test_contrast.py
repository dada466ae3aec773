"""Hints, placeholders and the focus ring are readable (WCAG: text 4.5:1, focus 3:1), in a
light and a dark palette, and the app's own hint labels use them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.app.window import AppWindow
from ui.widgets.contrast import contrast, focus_ring, softer_text

from .conftest import unlock_window


def palette(text: str, window: str, base: str, highlight: str) -> QPalette:
    colours = QPalette()
    for role, value in (
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Highlight, highlight),
    ):
        colours.setColor(role, QColor(value))
    return colours


LIGHT = palette("#000000", "#efefef", "#ffffff", "#308cc6")
DARK = palette("#eeeeee", "#2b2b2b", "#1e1e1e", "#2a82da")


def test_secondary_text_and_focus_reach_the_minimum_in_light_and_dark() -> None:
    for colours in (LIGHT, DARK):
        hint = softer_text(colours)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(hint, colours.color(role)) >= 4.5
        assert hint != colours.color(QPalette.ColorRole.WindowText)  # still a softer shade
        ring = focus_ring(colours)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Highlight):
            assert contrast(ring, colours.color(role)) >= 3.0
    # what the reviewer measured before: Qt's mid grey hint on the light window
    assert contrast(QColor("#b8b8b8"), QColor("#efefef")) < 2


def test_the_running_app_uses_them(qtbot, window: AppWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colours = app.palette()
    placeholder = colours.color(QPalette.ColorRole.PlaceholderText)
    assert contrast(placeholder, colours.color(QPalette.ColorRole.Base)) >= 4.5
    assert app.styleSheet() == ""  # an application sheet would override widget palettes
    unlock_window(qtbot, window)
    view = window.journal_view
    assert view is not None and "item:focus" in view.table.styleSheet()
    tracker = window.case.show_tracker()
    assert tracker is not None
    hints = [label for label in tracker.findChildren(QLabel) if "Double-click" in label.text()]
    assert hints and "palette(mid)" not in hints[0].styleSheet()
    hint = QColor(hints[0].styleSheet().split(":")[1].strip())
    assert contrast(hint, colours.color(QPalette.ColorRole.Window)) >= 4.5
