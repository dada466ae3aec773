"""Every Qt model the app uses, checked by pytest-qt's qtmodeltester (Qt's
QAbstractItemModelTester, and the Python checker), with real data and after
changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from journal.case.patterns import count_by_month
from journal.entries.model import EntryContent, EventTime
from journal.session.journal import Journal
from ui.history.dialog import RevisionModel
from ui.pattern.view import PatternTableModel
from ui.timeline.model import COL_WHEN, ENTRY_ID_ROLE, TimelineModel, sorted_proxy

BOTH = pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])


def _fill(journal: Journal) -> list[str]:
    ids = [
        journal.add_entry(
            EntryContent(
                "incident",
                "Pushed <b>against</b> the wall",
                EventTime("2025-03-14T21:07"),
                categories=("physical", "threats"),
            )
        ),
        journal.add_entry(
            EntryContent("report", "Called the oversight body", EventTime("2025-05", None, None))
        ),
        journal.add_entry(
            EntryContent("note", "Approximate", EventTime("2024-12-24", precision="approximate"))
        ),
    ]
    return ids


@BOTH
def test_timeline_model(qtmodeltester, journal: Journal, force_py: bool) -> None:
    ids = _fill(journal)
    model = TimelineModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows(journal.entries())
    assert model.rowCount() == 3
    journal.update_entry(ids[0], replace(journal.entry(ids[0]).content, title="Edited"))
    journal.delete_entry(ids[1])
    model.set_rows(journal.entries())
    assert model.rowCount() == 2
    model.set_rows([])
    model.set_rows(journal.entries(include_deleted=True))
    assert model.rowCount() == 3
    model.clear()


@BOTH
def test_timeline_model_behind_the_sorting_proxy(
    qtmodeltester, journal: Journal, force_py: bool
) -> None:
    ids = _fill(journal)
    model = TimelineModel()
    proxy = sorted_proxy(model)
    qtmodeltester.check(proxy, force_py=force_py)
    model.set_rows(journal.entries())
    proxy.sort(COL_WHEN, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data(ENTRY_ID_ROLE) == ids[2]
    journal.delete_entry(ids[2])
    model.set_rows(journal.entries())
    assert proxy.index(0, 0).data(ENTRY_ID_ROLE) == ids[0]
    model.clear()
    assert proxy.rowCount() == 0


@BOTH
def test_timeline_updates_changed_rows_in_place(
    qtmodeltester, qtbot, journal: Journal, force_py: bool
) -> None:
    """An edit that keeps the same rows in the same order changes only those rows:
    no reset, so a large timeline is not rebuilt and re-sorted on the GUI thread."""
    ids = _fill(journal)
    model = TimelineModel()
    proxy = sorted_proxy(model)
    qtmodeltester.check(proxy, force_py=force_py)
    model.set_rows(journal.entries())
    proxy.sort(COL_WHEN, Qt.SortOrder.AscendingOrder)
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    journal.update_entry(ids[1], replace(journal.entry(ids[1]).content, title="A later title"))
    model.set_rows(journal.entries())
    row = model.row_of(ids[1])
    assert resets == [] and changed == [row]
    assert model.index(row, 1).data() == "A later title"  # type: ignore[arg-type]
    assert proxy.index(0, 0).data(ENTRY_ID_ROLE) == ids[2]
    journal.delete_entry(ids[0])  # different rows: a reset
    model.set_rows(journal.entries())
    assert resets == [True] and model.rowCount() == 2


@BOTH
def test_revision_model(qtmodeltester, journal: Journal, force_py: bool) -> None:
    (entry_id, *_) = _fill(journal)
    model = RevisionModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows(journal.history(entry_id))
    assert model.rowCount() == 1
    content = journal.entry(entry_id).content
    journal.update_entry(entry_id, replace(content, title="Second"))
    journal.delete_entry(entry_id)
    model.set_rows(journal.history(entry_id))
    assert model.rowCount() == 3
    journal.purge_entry(entry_id, confirm="PURGE")
    model.set_rows(journal.history(entry_id))
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["Purged"] * 4
    model.clear()


@BOTH
def test_pattern_table_model(qtmodeltester, journal: Journal, force_py: bool) -> None:
    _fill(journal)
    model = PatternTableModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_pattern(count_by_month(journal.entries()))
    assert model.rowCount() == 6  # December 2024 to May 2025
    assert model.columnCount() == 2 + 3  # month, entries, physical, threats, no category
    journal.add_entry(
        EntryContent("note", "Later", EventTime("2025-08-01"), categories=("stalking",))
    )
    model.set_pattern(count_by_month(journal.entries()))
    assert model.rowCount() == 9
    assert model.columnCount() == 6
    model.set_pattern(count_by_month([]))
    assert model.rowCount() == 0
