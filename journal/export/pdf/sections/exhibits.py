"""The exhibit index: number, file, type, size, SHA-256, capture time, and a thumbnail."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, TableStyle

from journal.entries.plain_words import visible_name
from journal.export.pdf.context import RenderContext
from journal.export.pdf.sections.evidence import (
    THUMB_BOX,
    picture_flowable,
    picture_note,
    size_text,
)
from journal.export.pdf.styles import FRAME_WIDTH, RULE, index_table

WIDTHS = (17 * mm, 52 * mm, 27 * mm, 24 * mm, 24 * mm, FRAME_WIDTH - 144 * mm)
COLUMNS = ("ex.number", "ex.file", "ex.type", "ex.size", "ex.captured", "ex.picture")


def build(ctx: RenderContext) -> list[Flowable]:
    styles, selection = ctx.styles, ctx.selection
    story: list[Flowable] = [ctx.heading(ctx.words("h.exhibits"), 0, "exhibits")]
    if not selection.exhibits:
        story.append(ctx.p(ctx.words("exhibits.none"), styles.body))
        return story
    story.append(ctx.p(ctx.words("exhibits.note"), styles.muted))
    header = [ctx.p(ctx.words(c), styles.cell_bold) for c in COLUMNS]
    rows: list[list[object]] = [ctx.mirrored(header)]
    picture_column = 0 if ctx.words.rtl else 5  # the SHA-256 row's span (1-4) is symmetric
    commands = index_table(styles.fonts, padding=3)
    for exhibit in selection.exhibits:
        info = exhibit.info
        name = [ctx.p(visible_name(info.file_name), styles.cell)]
        if info.description:
            name.append(ctx.p(info.description, styles.small))
        picture = ctx.pictures.get(info.attachment_id)
        shown: object = ""
        if picture is not None and picture.jpeg:
            shown = picture_flowable(picture, THUMB_BOX)
        elif picture is not None:
            name.append(ctx.p(picture_note(picture, ctx.words), styles.small))
        for warning in info.warnings:
            name.append(ctx.p(warning, styles.small))
        captured = info.capture_time.replace("T", " ") if info.capture_time else ""
        rows.append(
            ctx.mirrored(
                [
                    ctx.p(exhibit.number, styles.cell_bold),
                    name,
                    ctx.p(info.media_type, styles.cell),
                    ctx.p(size_text(info.size, ctx.words), styles.cell),
                    ctx.p(captured or ctx.words("exhibits.not_recorded"), styles.cell),
                    shown,
                ]
            )
        )
        rows.append(["", ctx.p(f"SHA-256 {info.sha256}", styles.mono), "", "", "", ""])
        sha_row = len(rows) - 1
        commands += [
            ("SPAN", (1, sha_row), (4, sha_row)),
            ("SPAN", (picture_column, sha_row - 1), (picture_column, sha_row)),
            ("NOSPLIT", (0, sha_row - 1), (-1, sha_row)),
            ("TOPPADDING", (0, sha_row), (-1, sha_row), 0),
            ("LINEBELOW", (0, sha_row), (-1, sha_row), 0.4, RULE),
        ]
    table = LongTable(rows, colWidths=ctx.mirrored(list(WIDTHS)), repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story
