"""render_pdf: a Selection in, a complete chronology PDF out (or nothing at all)."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.platypus.doctemplate import LayoutError

from journal.export.errors import ExportCancelled, ExportFailed
from journal.export.options import Selection, heading_scrubber
from journal.export.pdf.context import Progress, RenderContext
from journal.export.pdf.document import ChronologyDocument
from journal.export.pdf.fonts import load_fonts
from journal.export.pdf.images import is_picture, prepare_all
from journal.export.pdf.layout import story
from journal.export.pdf.sections.cover import shown_title
from journal.export.pdf.sections.evidence import PICTURE_BOX
from journal.export.pdf.styles import make_styles
from journal.export.pdf.text import plain
from journal.session.journal import Journal


class _Held:
    """Where reportlab "writes" the finished PDF: its bytes are kept, not copied again."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(data)
        return len(data)


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
    pictures = [e.info for e in selection.exhibits if is_picture(e.info)]
    steps = Progress(len(pictures) + 2 * len(selection.entries) + 1, progress, cancelled)
    fonts = load_fonts()
    ctx = RenderContext(selection, journal, make_styles(fonts), steps, signing_fingerprint)
    steps.step(0)
    ctx.pictures.update(prepare_all(journal, pictures, PICTURE_BOX, steps.step))
    flowables = story(ctx)
    options = selection.options
    scrub = heading_scrubber(options)  # select() already did; kept for any other Selection
    held = _Held()
    doc = ChronologyDocument(
        held,
        fonts=fonts,
        title=plain(scrub(shown_title(options, ctx.words))),
        subject=f"Chronology of {len(selection.entries)} entries",
        author=plain(scrub(options.prepared_by)),
        created=selection.generated_at,
        bates_prefix=options.bates_prefix,
        words=ctx.words,
        on_entry_laid_out=steps.step,
    )
    try:
        doc.build(flowables)
    except ExportCancelled:
        raise ExportCancelled from None
    except LayoutError:
        raise ExportFailed(
            "A part of it was too large to fit on a page. Please tell the developers; "
            "the journal itself is unchanged."
        ) from None
    steps.step()
    for part in held.parts:
        out.write(part)
    return doc.page_count


__all__ = ["render_pdf"]
