"""Every text a person can see in the open windows, with where it is.

Used by the pseudo-translation test: labels, buttons, group titles, window
titles, tooltips, placeholders, accessible names, tab and combo texts, menus,
toolbars, and the headers and first rows of item views.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

TAGS = re.compile(r"<[^>]*>")
ROWS_LOOKED_AT = 5


def _where(widget: QWidget) -> str:
    window = widget.window()
    return f"{type(window).__name__}/{type(widget).__name__} {widget.objectName()}".strip()


def _actions(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield where, action.text()
        yield where, action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _actions(menu.actions(), f"{where} > {action.text()}")


def _views(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    # a list model's columnCount is private in PySide: a list has its one column
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for section in range(columns):
        yield where, str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), ROWS_LOOKED_AT)):
        for column in range(columns):
            index = model.index(row, column)
            yield where, str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            yield where, str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield TAGS.sub(" ", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()


def visible_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every text of every visible window."""
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            where = _where(widget)
            for text in _own_texts(widget):
                yield where, text
            if isinstance(widget, QMenuBar | QToolBar):
                yield from _actions(widget.actions(), where)
            if isinstance(widget, QAbstractItemView):
                yield from _views(widget, where)


def cut_off() -> list[str]:
    """Labels and buttons narrower than their text needs, in visible windows."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2:
                    found.append(f"{_where(widget)} {widget.text()[:50]!r}: {needed} px high")
            elif widget.width() + 2 < widget.minimumSizeHint().width():
                found.append(
                    f"{_where(widget)} {widget.text()[:50]!r}: "
                    f"{widget.width()} of {widget.minimumSizeHint().width()} px"
                )
    return found
