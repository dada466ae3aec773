"""Volume 1's index of volumes (which entries are in which volume, on which page), and
the short note that opens every later volume.

The index is laid out twice: first without volume and page numbers (to learn how many
pages each volume has), then with them. Every value that changes between the two
sits alone in a table cell wide enough for it, so the layout, and so every page
number, stays the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table

from journal.entries.timeparse import describe
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, grid
from journal.export.pdf.text import clip

TITLE_LIMIT = 120
VOLUME_WIDTHS = (20 * mm, FRAME_WIDTH - 85 * mm, 35 * mm, 30 * mm)
ENTRY_WIDTHS = (14 * mm, 42 * mm, FRAME_WIDTH - 92 * mm, 18 * mm, 18 * mm)


@dataclass(frozen=True)
class VolumePlan:
    """What the index says. `pages` and `placed` are empty while pages are counted."""

    files: tuple[str, ...]  # file name of each volume
    runs: tuple[tuple[int, int], ...]  # first and last entry number of each (0, -1: none)
    pages: tuple[tuple[int, int], ...] = ()  # first and last page of each volume
    placed: dict[str, tuple[int, int]] = field(default_factory=dict)  # entry id -> volume, page

    @property
    def count(self) -> int:
        return len(self.files)


def _run_text(run: tuple[int, int]) -> str:
    first, last = run
    if last < first:
        return "none"
    return f"{first}" if first == last else f"{first}–{last}"


def index(ctx: RenderContext, plan: VolumePlan) -> list[Flowable]:
    styles = ctx.styles
    bates = ctx.selection.options.bates_prefix
    story: list[Flowable] = [
        ctx.heading("Volumes of this chronology", 0, "volumes"),
        ctx.p(
            f"This chronology is in {plan.count} volumes, one document split to keep each file "
            "under a size limit. Page numbers"
            + (" and Bates stamps" if bates else "")
            + " continue from one volume to the next. Every entry is in exactly one volume. "
            "This volume also has the cover and the summary; the last one has the exhibit "
            "index, the integrity page and the declaration.",
            styles.body,
        ),
    ]
    rows: list[list[object]] = [
        [ctx.p(c, styles.cell_bold) for c in ("Volume", "File", "Pages", "Entries")]
    ]
    for number, (name, run) in enumerate(zip(plan.files, plan.runs, strict=True), start=1):
        pages = f"{plan.pages[number - 1][0]}–{plan.pages[number - 1][1]}" if plan.pages else ""
        cells = (str(number), name, pages, _run_text(run))
        rows.append([ctx.p(c, styles.cell) for c in cells])
    volumes = Table(rows, colWidths=VOLUME_WIDTHS)
    volumes.setStyle(grid(styles.fonts))
    story += [volumes, Spacer(1, 5 * mm)]
    rows = [[ctx.p(c, styles.cell_bold) for c in ("No.", "When", "Entry", "Volume", "Page")]]
    for number, entry in enumerate(ctx.selection.entries, start=1):
        volume, page = plan.placed.get(entry.entry_id, (0, 0))
        rows.append(
            [
                ctx.p(str(number), styles.cell),
                ctx.p(describe(entry.content.occurred), styles.cell),
                ctx.p(clip(entry.content.title, TITLE_LIMIT), styles.cell),
                ctx.p(str(volume) if volume else "", styles.cell),
                ctx.p(str(page) if page else "", styles.cell),
            ]
        )
    if len(rows) > 1:
        entries = LongTable(rows, colWidths=ENTRY_WIDTHS, repeatRows=1, splitInRow=1)
        entries.setStyle(grid(styles.fonts))
        story.append(entries)
    return story


def opening(ctx: RenderContext, plan: VolumePlan, number: int) -> list[Flowable]:
    """The first lines of volume `number` (2 or later)."""
    run = _run_text(plan.runs[number - 1])
    rest = (
        "this volume also has the exhibit index, the integrity page and the declaration."
        if number == plan.count
        else f"the last volume ({plan.files[-1]}) has the exhibit index, the integrity page "
        "and the declaration."
    )
    return [
        ctx.heading(f"Volume {number} of {plan.count}", 0, "volume"),
        ctx.p(
            f"This is volume {number} of {plan.count} of one chronology; it holds entries {run}. "
            f"Volume 1 ({plan.files[0]}) has the cover, the summary and the index of volumes; "
            + rest,
            ctx.styles.body,
        ),
    ]
