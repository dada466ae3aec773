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
    days_text,
    disclosure_label,
)
from journal.entries.model import CATEGORIES
from journal.entries.timeparse import describe
from ui.app.session import Session
from ui.widgets.contrast import hint_style

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("When", "What", "To whom / marked as", "What followed")


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
        self.setWindowTitle("After disclosure")
        self.session = session
        self.focus_entry_id = focus_entry_id
        intro = QLabel(
            "Each report, complaint or time you told someone, with what was written down "
            "for the days after it. Entries marked as retaliation, counter-allegation, "
            "threats, stalking or misuse of police power are in bold. This shows what "
            "came after, in time; it does not say why. " + DAYS_BASIS + " When a date is "
            "not exact and could be before or after a disclosure, the entry is listed "
            "apart, under “around the same time (order not certain)”."
        )
        intro.setWordWrap(True)
        intro.setVisible(False)  # the counting rules, for whoever wants them
        self.how_counted = QPushButton("How this is &counted")
        self.how_counted.setCheckable(True)
        self.how_counted.setAutoDefault(False)
        self.how_counted.toggled.connect(intro.setVisible)
        self.intro = intro
        self.window_days = QSpinBox()
        self.window_days.setRange(1, MAX_WINDOW_DAYS)
        self.window_days.setValue(window_days)
        self.window_days.setSuffix(" days")
        self.window_days.setAccessibleName("Days after each disclosure")
        window_row = QHBoxLayout()
        window_label = QLabel("Show what followed &within")
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
        self.tree.setHeaderLabels(list(HEADERS))
        self.tree.setAccessibleName("Disclosures and what followed")
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
        hint = QLabel("Double-click a row to show its entry on the timeline.")
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
            count = len(group.following)
            followed = f"{count} entr{'y' if count == 1 else 'ies'}"
            if group.notable_count:
                followed += f", {group.notable_count} marked"
            if group.around:
                followed += f"; {len(group.around)} order uncertain"
            cells = [describe(d.content.occurred, False), d.content.title]
            top = QTreeWidgetItem([*cells, disclosure_label(d), followed])
            top.setData(0, ENTRY_ID_ROLE, d.entry_id)
            for column in range(len(HEADERS)):
                top.setFont(column, bold)
                top.setToolTip(column, top.text(column))
            if group.basis_note:
                top.setToolTip(0, f"{top.text(0)}. {group.basis_note}")
            if group.around:
                n = len(group.around)
                top.setToolTip(
                    3, f"{followed}: {n} entr{'y' if n == 1 else 'ies'} {AROUND_LABEL.lower()}"
                )
            self.tree.addTopLevelItem(top)
            for item in group.following:
                top.addChild(self._row(item, days_text(item.days_after), bold))
            if group.around:
                apart = QTreeWidgetItem([AROUND_LABEL])
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
        cats = ", ".join(CATEGORIES.get(x, x) for x in c.categories)
        when = describe(c.occurred, False)
        child = QTreeWidgetItem([f"{days}  {when}" if days else when, c.title, cats])
        child.setData(0, ENTRY_ID_ROLE, item.entry.entry_id)
        for column in range(3):
            child.setToolTip(column, child.text(column))
            if item.notable:
                child.setFont(column, bold)
        return child

    def _summary_text(self) -> str:
        if not self.groups:
            return (
                "No reports, complaints or disclosures are written down yet. An entry of "
                "kind “Report”, one with a report or complaint in it, or one marked "
                "“I told someone here” counts as a disclosure."
            )
        notable = len({f.entry.entry_id for g in self.groups for f in g.following if f.notable})
        spoke = len(self.groups)
        times = "once" if spoke == 1 else f"{spoke} times"
        after = f"In the {self.window_days.value()} days after {'it' if spoke == 1 else 'each'}"
        if notable == 0:
            marked = "nothing written down is marked as retaliation or something like it."
        elif notable == 1:
            marked = "1 entry is marked as retaliation or something like it."
        else:
            marked = f"{notable} entries are marked as retaliation or something like it."
        return f"You spoke up {times}. {after}, {marked}"

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry_id = item.data(0, ENTRY_ID_ROLE)
        if entry_id:
            self.entry_chosen.emit(str(entry_id))
