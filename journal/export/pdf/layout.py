"""The order of the chronology's sections: the one list to edit to add a section.

To add a section (for example "After disclosure" or "Risk indicators"):

1. write `sections/<name>.py` with `build(ctx: RenderContext) -> list[Flowable]`
   that starts with `ctx.heading("Title", 0, "<unique-key>")` (this makes the
   PDF bookmark) and returns `[]` when it has nothing to show; pass every user
   string through `ctx.p(...)` (escaping and font fallback), never `Paragraph`;
2. add one line `Section("<name>", <name>.build),` to `SECTIONS` below, where it
   should appear. Each non-empty section starts on a new page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak

from journal.export.pdf.context import RenderContext
from journal.export.pdf.sections import (
    after_disclosure,
    chart,
    contact,
    cover,
    declaration,
    entries,
    exhibits,
    integrity,
    people,
    reports,
    risk,
    summary,
)


@dataclass(frozen=True)
class Section:
    name: str
    build: Callable[[RenderContext], list[Flowable]]


SECTIONS: tuple[Section, ...] = (
    Section("cover", cover.build),
    Section("summary", summary.build),
    Section("chart", chart.build),
    Section("contact", contact.build),
    Section("entries", entries.build),
    Section("exhibits", exhibits.build),
    Section("people", people.build),
    Section("reports", reports.build),
    Section("after_disclosure", after_disclosure.build),
    Section("risk", risk.build),
    Section("integrity", integrity.build),
    Section("declaration", declaration.build),
)


def story(ctx: RenderContext, sections: tuple[Section, ...] = SECTIONS) -> list[Flowable]:
    """Every section's flowables, each non-empty section on a new page."""
    out: list[Flowable] = []
    for section in sections:
        part = section.build(ctx)
        if not part:
            continue
        if out:
            out.append(PageBreak())
        out += part
    return out


__all__ = ["SECTIONS", "Section", "story"]
