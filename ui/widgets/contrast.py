"""Secondary text and the keyboard focus, readable: hints and placeholders at least 4.5:1
against the window (WCAG 2 AA for text), the focus ring at least 3:1 (for non-text).

Qt's own choices fall short: `palette(mid)` hints measured 1.7:1, placeholders 4:1 and
the focused timeline cell 1.2:1. Colours are mixed from the current palette's text and
background, so a dark theme gets light hints, not dark grey on black.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView

TEXT_CONTRAST = 4.5
RING_CONTRAST = 3.0


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(fore: QColor, back: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        fore.redF() * share + back.redF() * (1 - share),
        fore.greenF() * share + back.greenF() * (1 - share),
        fore.blueF() * share + back.blueF() * (1 - share),
    )


def softer_text(palette: QPalette | None = None, minimum: float = TEXT_CONTRAST) -> QColor:
    """The lightest mix of text into background that still reaches `minimum`."""
    palette = palette or QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    for step in range(50, 101, 5):
        color = _mix(text, back, step / 100)
        if min(contrast(color, back), contrast(color, base)) >= minimum:
            return color
    return text


def hint_style() -> str:
    """A style sheet for a hint label: readable secondary text."""
    return f"color: {softer_text().name()}"


def focus_ring(palette: QPalette | None = None) -> QColor:
    """The text colour: it stands out at least 3:1 both from the background and from the
    selection colour a focused row usually sits on (a darkened highlight did not)."""
    palette = palette or QGuiApplication.palette()
    return QColor(palette.color(QPalette.ColorRole.Text))


def apply_readable_defaults(app: QGuiApplication) -> None:
    """Placeholders in every field readable (the palette's PlaceholderText)."""
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, softer_text(palette))
    app.setPalette(palette)


def ring_focus(view: QAbstractItemView) -> None:
    """A visible ring on the focused cell of one list or table. Set on the view, not the
    application: an application style sheet overrides the palettes widgets set."""
    view.setStyleSheet(
        f"QAbstractItemView::item:focus {{ border: 2px solid {focus_ring().name()}; }}"
    )
