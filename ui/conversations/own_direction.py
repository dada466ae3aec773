"""Table cells that show the person's own text in its own direction.

A view lays its cells out in the interface's direction, so in the Arabic interface an
English message "Leave me alone." would show its full stop on the wrong side, and in the
English interface an Arabic message's question mark would. Messages, names and numbers
are evidence, shown exactly: each such cell takes the direction of its first strong
character (Unicode's rule P2), and cells without one keep the view's.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

_LEFT_TO_RIGHT = {"L"}
_RIGHT_TO_LEFT = {"R", "AL"}


def own_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character, or None when there is none."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in _LEFT_TO_RIGHT:
            return Qt.LayoutDirection.LeftToRight
        if kind in _RIGHT_TO_LEFT:
            return Qt.LayoutDirection.RightToLeft
    return None


class OwnDirectionDelegate(QStyledItemDelegate):
    """Set on the columns that hold what someone wrote (`setItemDelegateForColumn`)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = own_direction(option.text)
        if direction is not None:
            option.direction = direction
