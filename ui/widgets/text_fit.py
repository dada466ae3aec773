"""Windows tall enough for their word-wrapped text.

Qt gives a window whose layout wraps text (height for width) no minimum height, so
a message that wraps to more lines, or a translation a third longer, squeezes the
fields and buttons above it, or narrows a radio button, until they are cut.
`grow_to_fit` makes such a window grow (never shrink) each time its layout changes.

(A value inside a translated sentence keeps its own order with ui/widgets/bidi.py.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def fit(window: QWidget) -> None:
    """Make `window` as wide as its widest line that cannot wrap (a long button, a
    radio button) and as tall as its wrapped text then needs; it never shrinks, and
    never grows past the screen."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    screen = window.screen().availableGeometry()
    width = min(max(window.width(), layout.totalMinimumSize().width()), screen.width())
    height = min(max(window.height(), layout.totalHeightForWidth(width)), screen.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


class _Fitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) and isinstance(
            watched, QWidget
        ):
            # After Qt has laid the window out again (it does so on this same event).
            QTimer.singleShot(0, watched, lambda: fit(watched))
        return False


def grow_to_fit(window: QWidget) -> None:
    """Keep `window` tall enough for its wrapped text for as long as it lives."""
    window.installEventFilter(_Fitter(window))
