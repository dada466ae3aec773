"""Walks the accessibility tree Qt gives screen readers (QAccessible, offscreen) and
names every focusable control that a screen-reader user could not identify."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QWidget,
)

#: Roles a control of each kind may honestly have.
ROLES: tuple[tuple[type, frozenset[QAccessible.Role]], ...] = (
    (QCheckBox, frozenset({QAccessible.Role.CheckBox})),
    (QRadioButton, frozenset({QAccessible.Role.RadioButton})),
    (QComboBox, frozenset({QAccessible.Role.ComboBox})),
    (QLineEdit, frozenset({QAccessible.Role.EditableText})),
)


def _focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def _value(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return ""


def _label(widget: QWidget) -> str:
    where = widget.window().windowTitle() or type(widget.window()).__name__
    return f"{type(widget).__name__} {widget.objectName() or ''} in {where!r}".replace("  ", " ")


def spoken_name(iface: QAccessibleInterface) -> str:
    """What a screen reader says for the control: its label (the "labelled by" relation,
    which is what Orca reads for a combo box on Linux, where Qt gives a combo box's
    current text as its name), else its accessible name."""
    for related, _relation in iface.relations(QAccessible.Relation.Label):
        text = related.text(QAccessible.Text.Name).replace("&", "").strip()
        if text:
            return text
    return iface.text(QAccessible.Text.Name).strip()


def _expander_problems(button: QAbstractButton, iface: QAccessibleInterface) -> list[str]:
    """An expander is a button that says it can open and whether it is open now."""
    state, opened = iface.state(), button.isChecked()
    if not state.expandable:
        return [f"{_label(button)}: an expander that does not say so"]
    if bool(state.expanded) != opened or bool(state.collapsed) == opened:
        return [f"{_label(button)}: says {'collapsed' if opened else 'expanded'}"]
    if iface.role() == QAccessible.Role.CheckBox or state.checkable:
        return [f"{_label(button)}: an expander announced as a check box"]
    return []


def problems(windows: Iterable[QWidget] | None = None) -> list[str]:
    """One line for each focusable control without a name, named by its value, or with a
    role that misstates it; expanders must say whether they are open."""
    tops = list(windows) if windows is not None else QApplication.topLevelWidgets()
    found: list[str] = []
    for top in tops:
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not _focusable(widget):
                continue
            iface = QAccessible.queryAccessibleInterface(widget)
            if iface is None:
                found.append(f"{_label(widget)}: no accessible interface")
                continue
            name = spoken_name(iface)
            value = _value(widget).strip()
            if not name:
                found.append(f"{_label(widget)}: no name")
            elif value and name == value:
                found.append(f"{_label(widget)}: named by its value {value!r}")
            for kind, roles in ROLES:
                if isinstance(widget, kind) and iface.role() not in roles:
                    found.append(f"{_label(widget)}: role {iface.role().name}")
            if isinstance(widget, QAbstractButton) and widget.property("expander"):
                found += _expander_problems(widget, iface)
            if isinstance(widget, QAbstractItemView) and widget.model() is None:
                found.append(f"{_label(widget)}: a list without a model")
    return found
