"""Small pieces the editor's sections share: labelled fields, keyed combos, tab order."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from journal.entries.model import EntryContent
from ui.i18n import core_text, tr
from ui.safety.quick_exit_everywhere import BUTTON_NAME


def plain(text: str) -> str:
    """Label text without its mnemonic marker: "Wh&ere" -> "Where"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_buttons(*buttons: QAbstractButton) -> None:
    """Buttons are announced by their text unless something more precise is set."""
    for button in buttons:
        if not button.accessibleName():
            button.setAccessibleName(plain(button.text()).rstrip("…"))


def calm_message() -> QLabel:
    """Where problems are explained: plain text, a quiet highlight, never a red wall."""
    label = QLabel()
    label.setObjectName("calm-message")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(tr("Message"))
    label.setStyleSheet(
        "#calm-message { background: palette(alternate-base); padding: 6px;"
        " border-left: 4px solid palette(highlight); }"
    )
    label.hide()
    return label


def label_for(text: str, widget: QWidget, accessible: str | None = None) -> QLabel:
    """A visible label with a mnemonic that focuses `widget`, which gets an accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    if accessible or not widget.accessibleName():
        widget.setAccessibleName(accessible or plain(text).rstrip(":"))
    return label


def key_combo(items: dict[str, str], accessible: str) -> QComboBox:
    """A combo showing the core's labels (translated) and holding the stored keys as
    item data."""
    combo = QComboBox()
    for key, text in items.items():
        combo.addItem(core_text(text), key)
    combo.setAccessibleName(accessible)
    return combo


def combo_key(combo: QComboBox) -> str:
    data = combo.currentData()
    return data if isinstance(data, str) else ""


def set_combo_key(combo: QComboBox, key: str) -> None:
    """Select `key`; a key this version does not list is shown as it is, not lost."""
    index = combo.findData(key)
    if index < 0:
        combo.addItem(key, key)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def text_box(
    accessible: str, placeholder: str = "", lines: int = 4, grow: bool = False
) -> QPlainTextEdit:
    """Multi-line text where Tab moves on; `lines` high (at least, when `grow`)."""
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 8
    if grow:
        box.setMinimumHeight(height)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    else:
        box.setFixedHeight(height)
    return box


class Section(QWidget):
    """One optional part of an entry: fills itself from content and gives back fields."""

    changed = Signal()
    structure_changed = Signal()
    heading = ""  # marked with QT_TR_NOOP; translated where it is shown

    def notify(self, *_args: object) -> None:
        """Relay any control's change signal, whatever it carries."""
        self.changed.emit()

    def set_from(self, content: EntryContent) -> None:
        raise NotImplementedError

    def fields(self) -> dict[str, Any]:
        raise NotImplementedError

    def summary(self) -> str:
        """A few words for the collapsed heading, e.g. "2 people"."""
        return ""

    def problem(self) -> tuple[str, QWidget] | None:
        """Something that stops saving, with the control to go to; None when fine."""
        return None


def _focusable_in_layout(layout: QLayout, out: list[QWidget]) -> None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            focusable_in_order(widget, out)
        elif (inner := item.layout()) is not None:
            _focusable_in_layout(inner, out)


def focusable_in_order(widget: QWidget, out: list[QWidget]) -> list[QWidget]:
    """Every control under `widget` that Tab can reach, in the order of the layouts.
    The Quick exit button is left out: it stays last, never the first stop, where a
    space typed into a freshly opened dialog could press it."""
    if type(widget) is QScrollArea:
        inner = widget.widget()
        if inner is not None:
            focusable_in_order(inner, out)
        return out
    layout = widget.layout()
    if layout is not None:
        _focusable_in_layout(layout, out)
    elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName() != BUTTON_NAME:
        out.append(widget)
    return out


def apply_tab_order(root: QWidget) -> None:
    """Make Tab follow the layout, including rows added after the dialog was built."""
    chain = focusable_in_order(root, [])
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
