"""A value that keeps its own reading order inside text of the other direction.

Put into a right-to-left sentence, a left-to-right value (a file path, a date
written "01 Feb 2025", an English title, a core sentence not yet translated) is
broken up by the bidirectional algorithm: "/home/notes.db" shows as
"home/notes.db/", "(changed: title)" as "changed:) title)", a leading number
leaves the words after it. Wrapped in a first-strong isolate (Unicode FSI ...
PDI), the value takes the direction of its own first letter and is read as
written, whichever way the text around it runs. Qt's text layout honours
isolates; they are invisible.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(value: object) -> str:
    """`value` as text, a unit whose direction is that of its first strong letter."""
    text = str(value)
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


def isolated_when_right_to_left(text: str) -> str:
    """`text` isolated while the app runs right to left, as it is otherwise. Asks the
    app, not the widget: a widget still being built may not know its direction yet
    (the unlock page's path showed "tmp/notes.db/" in Arabic)."""
    return isolated(text) if QGuiApplication.isRightToLeft() else text
