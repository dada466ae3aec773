"""A chronology split into volumes, each under a size limit (many e-filing systems cap
a file at 15-50 MB), numbered as one document.

Volume 1 holds the cover, the summary, the chart, the index of volumes and the first
run of entries; later volumes hold further runs; the last also holds the sections
after the entries. Each entry is in exactly one volume (a volume boundary never falls
inside an entry). Page numbers and Bates stamps continue across volumes through
`ChronologyDocument`'s page offset, the same numbering a single PDF uses.

How the runs are found: a first guess from each entry's text and pictures, then every
volume is laid out and one that is too large gives its last entries to the next, until
all fit. A last layout puts in the page numbers. `finish` (the signature) is applied
to each volume, and its result must fit too, so `SIGNATURE_ROOM` is kept free.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reportlab.platypus import Flowable

from journal.entries.model import Entry
from journal.export.errors import ExportFailed
from journal.export.options import Selection
from journal.export.pdf.context import Progress, RenderContext
from journal.export.pdf.layout import SECTIONS, Section
from journal.export.pdf.render import Rendered, lay_out, picture_count, prepare
from journal.export.pdf.sections import entries
from journal.export.pdf.sections.volumes import VolumePlan, index, opening
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP, phrase

SIGNATURE_ROOM = 64 * 1024  # a PAdES signature with its certificate, and a timestamp
ENTRY_BASE = 3000  # bytes an entry's table and headings take, before its text
_NAMES = [s.name for s in SECTIONS]
BEFORE = SECTIONS[: _NAMES.index("entries")]  # cover, summary, chart
AFTER = SECTIONS[_NAMES.index("entries") + 1 :]  # exhibits ... declaration


@dataclass(frozen=True)
class Volume:
    data: bytes
    first_page: int
    pages: int
    entries: tuple[int, int]  # first and last entry number (0, -1: none)


def _estimate(ctx: RenderContext, entry: Entry) -> int:
    c = entry.content
    text = len(c.title) + len(c.narrative) + len(c.private_notes)
    pictures = sum(
        len(p.jpeg) for a in entry.attachments if (p := ctx.pictures.get(a.attachment_id))
    )
    return ENTRY_BASE + 2 * text + 2 * pictures  # shown large and as a thumbnail


def _first_guess(ctx: RenderContext, budget: int) -> list[list[Entry]]:
    groups: list[list[Entry]] = [[]]
    filled = 0
    for entry in ctx.selection.entries:
        size = _estimate(ctx, entry)
        if groups[-1] and filled + size > budget:
            groups.append([])
            filled = 0
        groups[-1].append(entry)
        filled += size
    return groups


def _runs(groups: Sequence[Sequence[Entry]]) -> tuple[tuple[int, int], ...]:
    runs, first = [], 1
    for group in groups:
        runs.append((first, first + len(group) - 1))
        first += len(group)
    return tuple(runs)


def _sections(plan: VolumePlan, groups: list[list[Entry]], number: int) -> tuple[Section, ...]:
    if plan.count == 1:
        return SECTIONS  # it all fits in one: the chronology as a single PDF lays it out
    group, (first, _last) = groups[number - 1], plan.runs[number - 1]
    parts: list[Section] = []

    def title(c: RenderContext) -> str:
        return c.words("h.entries") if first == 1 else c.words("vol.entries_from", first=first)

    def opened(c: RenderContext) -> list[Flowable]:  # the note, then the entries on its page
        return opening(c, plan, number) + (
            entries.build_part(c, group, first, title(c)) if group else []
        )

    if number == 1:
        parts += [*BEFORE, Section("volumes", lambda c: index(c, plan))]
        if group:
            parts.append(
                Section("entries", lambda c: entries.build_part(c, group, first, title(c)))
            )
    else:
        parts.append(Section("entries", opened))
    if number == plan.count:
        parts += AFTER
    return tuple(parts)


def _too_large(limit: int, what: str) -> ExportFailed:
    return ExportFailed(
        phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "{what} is larger than {megabytes:g} MB on its own, so no volume can hold it under "
                "that limit. Choose a larger size, or export without a size limit.",
            ),
            what=what,
            megabytes=limit / 1_000_000,
        )
    )


def _shrink(groups: list[list[Entry]], over: int, size: int, budget: int, limit: int) -> None:
    """Make volume `over` (0-based) smaller: its last entries move to the next volume."""
    group, last = groups[over], over == len(groups) - 1
    if len(group) >= 2:
        keep = max(1, min(len(group) - 1, math.floor(len(group) * budget / size * 0.9)))
    elif len(group) == 1 and over == 0:
        keep = 0  # volume 1 keeps the cover, the summary and the index
    elif len(group) == 1 and last:
        groups.append([])  # the sections after the entries get a volume of their own
        return
    elif len(group) == 1:
        raise _too_large(limit, phrase(QT_TRANSLATE_NOOP("core", "One entry with its pictures")))
    elif over == 0:
        raise _too_large(
            limit,
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "The opening of volume 1 (cover, summary, index of volumes)"
                )
            ),
        )
    else:
        raise _too_large(
            limit,
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The part after the entries (the exhibit index, with a small copy of each "
                    "picture, the people, the reports and the integrity page)",
                )
            ),
        )
    moved, groups[over] = group[keep:], group[:keep]
    if last:
        groups.append(moved)
    else:
        groups[over + 1][:0] = moved


def render_volumes(
    selection: Selection,
    journal: Journal,
    limit: int,
    files: Callable[[int], str],
    *,
    finish: Callable[[bytes], bytes] = lambda data: data,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    signing_fingerprint: str | None = None,
) -> list[Volume]:
    """The chronology of `selection` as volumes of at most `limit` bytes each (after
    `finish`); `files(n)` names volume n for the index. ExportFailed when a part that
    cannot be split is larger than the limit."""
    steps = Progress(picture_count(selection) + 4 * len(selection.entries) + 1, progress, cancelled)
    ctx = prepare(selection, journal, steps, signing_fingerprint)
    budget = limit - SIGNATURE_ROOM
    if budget <= 0:
        raise _too_large(limit, phrase(QT_TRANSLATE_NOOP("core", "A signed PDF")))
    groups = _first_guess(ctx, budget)
    laid: dict[tuple[object, ...], Rendered] = {}
    while True:
        plan = VolumePlan(tuple(files(n) for n in range(1, len(groups) + 1)), _runs(groups))
        measured = []
        for number in range(1, plan.count + 1):
            # volume 1's index shows every run; a later volume shows only its own
            runs = plan.runs if number == 1 else ()
            key = (number, plan.count, runs, tuple(e.entry_id for e in groups[number - 1]))
            if key not in laid:
                laid[key] = lay_out(
                    ctx, _sections(plan, groups, number), volume=_label(ctx, plan, number)
                )
            measured.append(laid[key])
        over = next((i for i, r in enumerate(measured) if len(r.data) > budget), None)
        if over is None:
            break
        _shrink(groups, over, len(measured[over].data), budget, limit)
    return _numbered(ctx, plan, groups, measured, limit, finish)


def _label(ctx: RenderContext, plan: VolumePlan, number: int) -> str:
    return ctx.words("vol.running", number=number, count=plan.count) if plan.count > 1 else ""


def _numbered(
    ctx: RenderContext,
    plan: VolumePlan,
    groups: list[list[Entry]],
    measured: list[Rendered],
    limit: int,
    finish: Callable[[bytes], bytes],
) -> list[Volume]:
    """The last layout: page numbers continued, and volume 1's index filled in."""
    firsts = [1 + sum(r.pages for r in measured[:i]) for i in range(len(measured))]
    total = sum(r.pages for r in measured)
    placed = {
        key.removeprefix("entry-"): (number, page + firsts[number - 1] - 1)
        for number, rendered in enumerate(measured, start=1)
        for key, page in rendered.entry_pages.items()
    }
    pages = tuple((f, f + r.pages - 1) for f, r in zip(firsts, measured, strict=True))
    plan = replace(plan, pages=pages, placed=placed)
    volumes = []
    for number, first in enumerate(firsts, start=1):
        rendered = lay_out(
            ctx,
            _sections(plan, groups, number),
            volume=_label(ctx, plan, number),
            page_offset=first - 1,
            total_pages=total,
        )
        if rendered.pages != measured[number - 1].pages:  # the index layout is fixed
            raise ExportFailed(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The volumes could not be numbered consistently. Please tell the "
                        "developers; export without a size limit meanwhile.",
                    )
                )
            )
        data = finish(rendered.data)
        if len(data) > limit:
            raise _too_large(
                limit, phrase(QT_TRANSLATE_NOOP("core", "Volume {number}"), number=number)
            )
        volumes.append(Volume(data, first, rendered.pages, plan.runs[number - 1]))
    ctx.progress.step(ctx.progress.total)
    return volumes


__all__ = ["SIGNATURE_ROOM", "Volume", "render_volumes"]
