"""A heading button that opens and closes a section, announced as such.

Qt gives a checkable button the role of a check box and says "checked"; a screen
reader user then hears a check box where there is a section to open. An expander
(marked with `make_expander`) gets its own accessible interface instead: a button
whose state says expandable and expanded or collapsed, with a state-change event
on each toggle so the new state is spoken at once.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget

EXPANDER = "expander"  # the dynamic property that marks one (for tests/ui/accessibility_walk)
_expanders: dict[int, QAccessibleInterface | None] = {}  # made with make_expander; kept alive


class _ExpanderAccessible(QAccessibleWidget):
    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self.button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        opened = self.button.isChecked()
        state.checkable = False
        state.checked = False
        state.expandable = True
        state.expanded = opened
        state.collapsed = not opened
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.button.accessibleName() or self.button.text().replace("&", "")
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return ["Press", *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == "Press":
            self.button.click()
        else:
            super().doAction(name)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QAbstractButton) or id(obj) not in _expanders:
        return None
    iface = _expanders[id(obj)]
    if iface is None:
        iface = _expanders[id(obj)] = _ExpanderAccessible(obj)
    return iface


@cache
def _install() -> None:
    QAccessible.installFactory(_factory)


def make_expander(button: QAbstractButton) -> None:
    """Checkable `button` opens and closes something: say so to screen readers."""
    _install()
    key = id(button)
    _expanders[key] = None
    button.destroyed.connect(lambda *_args: _expanders.pop(key, None))
    button.setCheckable(True)
    button.setProperty(EXPANDER, True)
    button.toggled.connect(lambda _on: _announce(button))


def _announce(button: QAbstractButton) -> None:
    changed = QAccessible.State()
    changed.expanded = True
    changed.collapsed = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, changed))
