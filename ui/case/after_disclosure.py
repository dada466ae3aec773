"""After disclosure: each time you spoke up, and what followed within a chosen window.

A tree: one top-level row per disclosure or complaint, and under it the entries
dated within the window after it; entries whose dates overlap the disclosure's
(a complaint known only by month, an incident that month) sit apart under
"Around the same time (order not certain)" (journal/case/after_disclosure.py). Entries
carrying categories such as retaliation or counter-allegation are shown in bold.
The window is adjustable (default 90 days). The grouping shows what came after,
in time; it does not say why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.case.after_disclosure import (
    AROUND_LABEL,
    DAYS_BASIS,
    DEFAULT_WINDOW_DAYS,
    MAX_WINDOW_DAYS,
    DisclosureGroup,
    FollowingEntry,
    after_disclosure,
    disclosure_label,
)
from journal.entries.model import CATEGORIES
from journal.entries.timeparse import describe
from ui.app.session import Session
from ui.i18n import QT_TR_NOOP, core_text, tr
from ui.widgets.contrast import hint_style

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TR_NOOP("When"),
    QT_TR_NOOP("What"),
    QT_TR_NOOP("To whom / marked as"),
    QT_TR_NOOP("What followed"),
)


def days_after(days: int) -> str:
    """'same day', '+1 day', '+12 days': how long after the disclosure."""
    return tr("same day") if days == 0 else tr("+%n days", None, days)


class AfterDisclosureDialog(QDialog):
    entry_chosen = Signal(str)

    def __init__(
        self,
        session: Session,
        window_days: int = DEFAULT_WINDOW_DAYS,
        focus_entry_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("After disclosure"))
        self.session = session
        self.focus_entry_id = focus_entry_id
        intro = QLabel(
            tr(
                "Each report, complaint or time you told someone, with what was written "
                "down for the days after it. Entries marked as retaliation, "
                "counter-allegation, threats, stalking or misuse of police power are in "
                "bold. This shows what came after, in time; it does not say why. {basis} "
                "When a date is not exact and could be before or after a disclosure, the "
                "entry is listed apart, under “{around}”."
            ).format(basis=core_text(DAYS_BASIS), around=core_text(AROUND_LABEL))
        )
        intro.setWordWrap(True)
        intro.setVisible(False)  # the counting rules, for whoever wants them
        self.how_counted = QPushButton(tr("How this is &counted"))
        self.how_counted.setCheckable(True)
        self.how_counted.setAutoDefault(False)
        self.how_counted.toggled.connect(intro.setVisible)
        self.intro = intro
        self.window_days = QSpinBox()
        self.window_days.setRange(1, MAX_WINDOW_DAYS)
        self.window_days.setValue(window_days)
        self.window_days.setSuffix(tr(" days", "after a number of days in a box"))
        self.window_days.setAccessibleName(tr("Days after each disclosure"))
        window_row = QHBoxLayout()
        window_label = QLabel(tr("Show what followed &within"))
        window_label.setBuddy(self.window_days)
        window_row.addWidget(window_label)
        window_row.addWidget(self.window_days)
        window_row.addStretch()
        self.summary = QLabel()  # one plain line, first
        self.summary.setWordWrap(True)
        summary_font = self.summary.font()
        summary_font.setPointSize(summary_font.pointSize() + 1)
        self.summary.setFont(summary_font)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr(h) for h in HEADERS])
        self.tree.setAccessibleName(tr("Disclosures and what followed"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 300)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        hint = QLabel(tr("Double-click a row to show its entry on the timeline."))
        hint.setStyleSheet(hint_style())  # readable: 4.5:1, not palette(mid)'s 1.7:1
        window_row.addWidget(self.how_counted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(window_row)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.groups: list[DisclosureGroup] = []
        self.window_days.valueChanged.connect(self.refresh)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        session.entries_changed.connect(self.refresh)
        session.locked.connect(self.close)
        self.resize(1100, 600)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        if not self.session.is_open:
            self.groups = []
            return
        self.groups = after_disclosure(self.session.journal.entries(), self.window_days.value())
        bold = QFont(self.tree.font())
        bold.setBold(True)
        focus: QTreeWidgetItem | None = None
        for group in self.groups:
            d = group.disclosure
            followed = tr("%n entries", None, len(group.following))
            if group.notable_count:
                followed = tr("{entries}, %n marked", None, group.notable_count).format(
                    entries=followed
                )
            if group.around:
                followed = tr("{entries}; %n order uncertain", None, len(group.around)).format(
                    entries=followed
                )
            cells = [core_text(describe(d.content.occurred, False)), d.content.title]
            top = QTreeWidgetItem([*cells, core_text(disclosure_label(d)), followed])
            top.setData(0, ENTRY_ID_ROLE, d.entry_id)
            for column in range(len(HEADERS)):
                top.setFont(column, bold)
                top.setToolTip(column, top.text(column))
            if group.basis_note:
                note = core_text(group.basis_note)
                top.setToolTip(0, tr("{when}. {note}").format(when=top.text(0), note=note))
            if group.around:
                around = tr(
                    "{followed}: %n entries around the same time (order not certain)",
                    None,
                    len(group.around),
                )
                top.setToolTip(3, around.format(followed=followed))
            self.tree.addTopLevelItem(top)
            for item in group.following:
                top.addChild(self._row(item, days_after(item.days_after), bold))
            if group.around:
                apart = QTreeWidgetItem([core_text(AROUND_LABEL)])
                apart.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(apart)
                apart.setFirstColumnSpanned(True)  # only once it is in the tree
                for item in group.around:
                    apart.addChild(self._row(item, "", bold))
                apart.setExpanded(True)
            top.setExpanded(True)
            if d.entry_id == self.focus_entry_id:
                focus = top
        if focus is not None:
            self.tree.setCurrentItem(focus)
            self.tree.scrollToItem(focus, QAbstractItemView.ScrollHint.PositionAtTop)
        self.summary.setText(self._summary_text())

    @staticmethod
    def _row(item: FollowingEntry, days: str, bold: QFont) -> QTreeWidgetItem:
        c = item.entry.content
        cats = ", ".join(core_text(CATEGORIES[x]) if x in CATEGORIES else x for x in c.categories)
        when = core_text(describe(c.occurred, False))
        child = QTreeWidgetItem([f"{days}  {when}" if days else when, c.title, cats])
        child.setData(0, ENTRY_ID_ROLE, item.entry.entry_id)
        for column in range(3):
            child.setToolTip(column, child.text(column))
            if item.notable:
                child.setFont(column, bold)
        return child

    def _summary_text(self) -> str:
        if not self.groups:
            return tr(
                "No reports, complaints or disclosures are written down yet. An entry of "
                "kind “Report”, one with a report or complaint in it, or one marked "
                "“I told someone here” counts as a disclosure."
            )
        notable = len({f.entry.entry_id for g in self.groups for f in g.following if f.notable})
        spoke = len(self.groups)
        days = tr("%n days", "inside: In the {days} after it", self.window_days.value())
        if notable == 0:
            after = (
                tr("In the {days} after it, nothing written down is marked as retaliation or "
                   "something like it.")
                if spoke == 1
                else tr("In the {days} after each, nothing written down is marked as "
                        "retaliation or something like it.")
            )  # fmt: skip
        elif spoke == 1:
            after = tr(
                "In the {days} after it, %n entries are marked as retaliation or something "
                "like it.",
                None,
                notable,
            )
        else:
            after = tr(
                "In the {days} after each, %n entries are marked as retaliation or something "
                "like it.",
                None,
                notable,
            )
        return tr("You spoke up %n times.", None, spoke) + " " + after.format(days=days)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry_id = item.data(0, ENTRY_ID_ROLE)
        if entry_id:
            self.entry_chosen.emit(str(entry_id))
