"""render_pdf: a Selection in, a complete chronology PDF out (or nothing at all).

`prepare` and `lay_out` are its two halves, also used to lay out volumes
(`volumes.py`): the pictures are prepared once, then any sections are laid out,
with page numbers and Bates stamps continuing from an earlier volume.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.platypus.doctemplate import LayoutError

from journal.export.errors import ExportCancelled, ExportFailed
from journal.export.options import Selection, heading_scrubber
from journal.export.pdf.context import Progress, RenderContext
from journal.export.pdf.document import ChronologyDocument
from journal.export.pdf.fonts import load_fonts
from journal.export.pdf.images import is_picture, prepare_all
from journal.export.pdf.layout import SECTIONS, Section, story
from journal.export.pdf.sections.cover import shown_title
from journal.export.pdf.sections.evidence import PICTURE_BOX
from journal.export.pdf.styles import make_styles
from journal.export.pdf.text import plain
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP, phrase


class _Held:
    """Where reportlab "writes" the finished PDF: its bytes are kept, not copied again."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(data)
        return len(data)


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int
    entry_pages: dict[str, int]  # an entry's outline key ("entry-<id>") -> its first page


def prepare(
    selection: Selection,
    journal: Journal,
    steps: Progress,
    signing_fingerprint: str | None = None,
) -> RenderContext:
    """The context every section is built from, with the pictures made print-ready."""
    pictures = [e.info for e in selection.exhibits if is_picture(e.info)]
    ctx = RenderContext(selection, journal, make_styles(load_fonts()), steps, signing_fingerprint)
    steps.step(0)
    ctx.pictures.update(prepare_all(journal, pictures, PICTURE_BOX, steps.step))
    return ctx


def picture_count(selection: Selection) -> int:
    return sum(1 for e in selection.exhibits if is_picture(e.info))


def lay_out(
    ctx: RenderContext,
    sections: tuple[Section, ...] = SECTIONS,
    *,
    volume: str = "",
    page_offset: int = 0,
    total_pages: int | None = None,
) -> Rendered:
    """Lay `sections` out into a PDF held in memory. `volume` ("volume 2 of 3") is added
    to the title; pages are numbered from `page_offset + 1` of `total_pages`."""
    options = ctx.selection.options
    scrub = heading_scrubber(options)  # select() already did; kept for any other Selection
    title = plain(scrub(shown_title(options, ctx.words)))
    held = _Held()
    doc = ChronologyDocument(
        held,
        fonts=ctx.styles.fonts,
        title=f"{title} ({volume})" if volume else title,
        subject=f"Chronology of {len(ctx.selection.entries)} entries",
        author=plain(scrub(options.prepared_by)),
        created=ctx.selection.generated_at,
        bates_prefix=options.bates_prefix,
        words=ctx.words,
        on_entry_laid_out=ctx.progress.step,
        page_offset=page_offset,
        total_pages=total_pages,
    )
    try:
        doc.build(story(ctx, sections))
    except ExportCancelled:
        raise ExportCancelled from None
    except LayoutError:
        raise ExportFailed(
            phrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A part of it was too large to fit on a page. Please tell the developers; the "
                    "journal itself is unchanged.",
                )
            )
        ) from None
    return Rendered(b"".join(held.parts), doc.page_count, doc.entry_pages)


def render_pdf(
    selection: Selection,
    journal: Journal,
    out: BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    signing_fingerprint: str | None = None,
) -> int:
    """Write the chronology of `selection` to `out`; return the page count.

    The PDF is built in memory and written to `out` only when complete, so a
    cancel (ExportCancelled) or a failure (ExportFailed) writes nothing.
    `signing_fingerprint` (the Ed25519 public-key fingerprint of the bundle that
    carries this PDF, when there is one) is printed on the cover and integrity page.
    """
    total = picture_count(selection) + 2 * len(selection.entries) + 1
    steps = Progress(total, progress, cancelled)
    ctx = prepare(selection, journal, steps, signing_fingerprint)
    rendered = lay_out(ctx)
    steps.step()
    out.write(rendered.data)
    return rendered.pages


__all__ = ["Rendered", "lay_out", "prepare", "render_pdf"]
