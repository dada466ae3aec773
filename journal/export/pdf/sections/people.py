"""People index: everyone linked from the included entries, with officer details."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from journal.entries.model import OfficerDetails, Person
from journal.entries.officer_text import officer_lines
from journal.entries.timeparse import describe
from journal.export.pdf.context import RenderContext
from journal.export.pdf.styles import FRAME_WIDTH, grid
from journal.export.words import Words

LABEL_WIDTH = 38 * mm
APPEARS_LIMIT = 25


def officer_text(officer: OfficerDetails | None, words: Words) -> str:
    """One "Rank: Sergeant" line per filled field (keys "people.rank"...)."""
    return officer_lines(officer, lambda field: words(f"people.{field}"))


def _appearances(ctx: RenderContext, person: Person) -> str:
    lines = []
    for index, entry in enumerate(ctx.selection.entries, start=1):
        for link in entry.content.people:
            if link.person_id != person.person_id:
                continue
            role = ctx.words.label("role", link.role)
            duty = f", {ctx.words.label('duty', link.on_duty)}" if link.on_duty else ""
            when = ctx.words.phrase(describe(entry.content.occurred))
            lines.append(f"{index}. {when}: {entry.content.title} ({role}{duty})")
    if len(lines) > APPEARS_LIMIT:
        more = len(lines) - APPEARS_LIMIT
        lines = [*lines[:APPEARS_LIMIT], ctx.words("people.more", count=more)]
    return "\n".join(lines)


def _rows(ctx: RenderContext, person: Person) -> list[tuple[str, str]]:
    c = person.content
    words = ctx.words
    history = "\n".join(
        words(
            "people.from",
            date=p.effective,
            details=officer_text(p.details, words).replace("\n", "; "),
        )
        + (f" ({p.note})" if p.note else "")
        for p in c.officer_history
    )
    label = ctx.words.label
    rows = [
        (label("fld", "relationship"), c.relationship),
        (label("fld", "officer"), officer_text(c.officer, words)),
        (words("people.since"), c.officer_since),
        (label("fld", "officer_history"), history),
        (label("fld", "notes"), c.notes),
        (words("people.appears"), _appearances(ctx, person)),
    ]
    return [(label, value) for label, value in rows if value]


def build(ctx: RenderContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [ctx.heading(ctx.words("h.people"), 0, "people")]
    if not ctx.selection.people:
        story.append(ctx.p(ctx.words("people.none"), styles.body))
    for person in ctx.selection.people:
        rows = _rows(ctx, person)
        block: list[Flowable] = [ctx.p(person.content.name, styles.h2)]
        if rows:
            table = Table(
                [ctx.mirrored([ctx.p(a, styles.label), ctx.p(b, styles.cell)]) for a, b in rows],
                colWidths=ctx.mirrored([LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH]),
                splitInRow=1,
            )
            table.setStyle(grid(ctx.styles.fonts, header=False, banded=False))
            block.append(table)
        story.append(KeepTogether(block))
    return story
