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
from journal.export.words import Words

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


def _run_text(run: tuple[int, int], words: Words) -> str:
    first, last = run
    if last < first:
        return words("vol.none")
    return f"{first}" if first == last else f"{first}–{last}"


def index(ctx: RenderContext, plan: VolumePlan) -> list[Flowable]:
    styles = ctx.styles
    words = ctx.words
    intro = "vol.intro_bates" if ctx.selection.options.bates_prefix else "vol.intro"
    story: list[Flowable] = [
        ctx.heading(words("vol.title"), 0, "volumes"),
        ctx.p(words(intro, count=plan.count), styles.body),
    ]
    heads = ("vol.volume", "vol.file", "vol.pages", "vol.entries")
    rows: list[list[object]] = [[ctx.p(words(c), styles.cell_bold) for c in heads]]
    for number, (name, run) in enumerate(zip(plan.files, plan.runs, strict=True), start=1):
        pages = f"{plan.pages[number - 1][0]}–{plan.pages[number - 1][1]}" if plan.pages else ""
        cells = (str(number), name, pages, _run_text(run, words))
        rows.append([ctx.p(c, styles.cell) for c in cells])
    volumes = Table([ctx.mirrored(r) for r in rows], colWidths=ctx.mirrored([*VOLUME_WIDTHS]))
    volumes.setStyle(grid(styles.fonts))
    story += [volumes, Spacer(1, 5 * mm)]
    entry_heads = ("vol.no", "vol.when", "vol.entry", "vol.volume", "vol.page")
    rows = [[ctx.p(words(c), styles.cell_bold) for c in entry_heads]]
    for number, entry in enumerate(ctx.selection.entries, start=1):
        volume, page = plan.placed.get(entry.entry_id, (0, 0))
        rows.append(
            [
                ctx.p(str(number), styles.cell),
                ctx.p(ctx.words.phrase(describe(entry.content.occurred)), styles.cell),
                ctx.p(clip(entry.content.title, TITLE_LIMIT), styles.cell),
                ctx.p(str(volume) if volume else "", styles.cell),
                ctx.p(str(page) if page else "", styles.cell),
            ]
        )
    if len(rows) > 1:
        entries = LongTable(
            [ctx.mirrored(r) for r in rows],
            colWidths=ctx.mirrored([*ENTRY_WIDTHS]),
            repeatRows=1,
            splitInRow=1,
        )
        entries.setStyle(grid(styles.fonts))
        story.append(entries)
    return story


def opening(ctx: RenderContext, plan: VolumePlan, number: int) -> list[Flowable]:
    """The first lines of volume `number` (2 or later)."""
    words = ctx.words
    run = _run_text(plan.runs[number - 1], words)
    text = words(
        "vol.opening_last" if number == plan.count else "vol.opening_other",
        number=number,
        count=plan.count,
        run=run,
        first=plan.files[0],
        last=plan.files[-1],
    )
    return [
        ctx.heading(words("vol.heading", number=number, count=plan.count), 0, "volume"),
        ctx.p(text, ctx.styles.body),
    ]
