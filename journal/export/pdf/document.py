"""The page: doc template, page furniture ("Page X of Y", Bates stamp), outline, metadata.

"Page X of Y" is drawn in one pass: each page draws "Page X of " and then a form
XObject whose content (the total) is defined once the last page is known. That
keeps bookmarks pointing at the right pages, which a deferred-showPage canvas
would not.

Determinism: reportlab's invariant mode (no time-based document id), the
creation date taken from `Selection.generated_at`, and font/form names fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from journal.export.pdf.context import HEADINGS
from journal.export.pdf.fonts import FontSet
from journal.export.pdf.styles import BOTTOM_MARGIN, MARGIN, MUTED, PAGE_SIZE, RULE, TOP_MARGIN
from journal.export.pdf.text import draw
from journal.export.words import DEFAULT, Words, words_for

CREATOR = "Incident Journal"
TOTAL_FORM = "IJPageTotal"


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


class _Info(PDFInfo):  # type: ignore[misc]
    """Document info with no Author entry unless one is given (reportlab says "anonymous")."""

    def format(self, document: Any) -> bytes:
        entries = {
            "Title": PDFString(self.title),
            "Subject": PDFString(self.subject),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
        }
        if self.author:
            entries["Author"] = PDFString(self.author)
        entries["CreationDate"] = entries["ModDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        entries["Trapped"] = PDFName(self.trapped)
        return bytes(PDFDictionary(entries).format(document))


def pdf_date(moment: datetime) -> Callable[..., str]:
    text = moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    return lambda *_ignored: text


class ChronologyDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        out: Sink,
        *,
        fonts: FontSet,
        title: str,
        subject: str,
        author: str,
        created: datetime,
        bates_prefix: str,
        on_entry_laid_out: Callable[[], None],
        words: Words | None = None,
        page_offset: int = 0,
        total_pages: int | None = None,
    ) -> None:
        """`page_offset` and `total_pages` number a volume's pages within the whole
        chronology (pages and Bates stamps continue from the volume before)."""
        super().__init__(
            out,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            subject=subject,
            creator=CREATOR,
            invariant=1,
            initialFontName=fonts.regular.name,
            initialFontSize=9.5,
            pageCompression=1,
        )
        self.fonts = fonts
        self.running_title = title
        self.author_name = author
        self.created = created
        self.bates_prefix = bates_prefix
        self.words = words or words_for(DEFAULT)
        self.on_entry_laid_out = on_entry_laid_out
        self.page_offset = page_offset
        self.total_pages = total_pages
        self.page_count = 0
        self.entry_pages: dict[str, int] = {}  # outline key of an entry -> its first page
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    # building -----------------------------------------------------------
    def _startBuild(self, filename: Any = None, canvasmaker: Any = Canvas) -> None:
        super()._startBuild(filename, canvasmaker)
        canvas = self.canv
        info = _Info()
        info.__dict__.update(canvas._doc.info.__dict__)
        info.author = self.author_name or None
        canvas._doc.info = info
        canvas.setDateFormatter(pdf_date(self.created))
        canvas.showOutline()

    def _endBuild(self) -> None:
        self._doSave = 0
        super()._endBuild()
        self.page_count = self.canv.getPageNumber() - 1
        total = self.total_pages
        self._define_total(total if total is not None else self.page_count + self.page_offset)
        self.canv.save()

    def _define_total(self, pages: int) -> None:
        canvas = self.canv
        # The box reaches left of the origin: in a right-to-left language the total is
        # drawn leftwards from it.
        canvas.beginForm(TOTAL_FORM, lowerx=-PAGE_SIZE[0], lowery=-10)
        canvas.setFont(self.fonts.regular.name, 8)
        canvas.setFillColor(MUTED)
        if self.words.rtl:  # drawn leftwards from the form's origin, left of "صفحة X من"
            canvas.drawRightString(0, 0, str(pages))
        else:
            canvas.drawString(0, 0, str(pages))
        canvas.endForm()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, HEADINGS) and flowable.outline_key:
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(
                flowable.outline_title,
                flowable.outline_key,
                flowable.outline_level,
                closed=flowable.outline_level > 0,
            )
            if flowable.is_entry:
                page = self.canv.getPageNumber() + self.page_offset
                self.entry_pages[flowable.outline_key] = page
                self.on_entry_laid_out()

    # page furniture ------------------------------------------------------
    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber() + self.page_offset
        width, _height = PAGE_SIZE
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = PAGE_SIZE[1] - TOP_MARGIN + 8
        bottom = BOTTOM_MARGIN - 10
        canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
        canvas.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        canvas.setFillColor(MUTED)
        words = self.words
        running = self.running_title[:120]
        if words.rtl:
            draw(canvas, width - MARGIN, top, running, 8, self.fonts, None, "right")
        else:
            draw(canvas, MARGIN, top, running, 8, self.fonts)
        label = words("page", page=page)
        if words.rtl:  # the total (a form defined at the end) goes on the label's left
            label_width = draw(canvas, width / 2 + 6, bottom, label, 8, self.fonts, None, "right")
            total_origin = width / 2 + 6 - label_width - 2
        else:
            label_width = draw(canvas, width / 2 - 6, bottom, label, 8, self.fonts, None, "center")
            total_origin = width / 2 - 6 + label_width / 2
        canvas.saveState()
        canvas.translate(total_origin, bottom)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        if self.bates_prefix:
            stamp = f"{self.bates_prefix}-{page:06d}"
            canvas.setFillColorRGB(0, 0, 0)
            draw(canvas, width - MARGIN, bottom, stamp, 9, self.fonts, self.fonts.bold, "right")
        generated = self.created.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        canvas.setFillColor(MUTED)
        draw(canvas, MARGIN, bottom, words("generated", time=generated), 7, self.fonts)
        canvas.restoreState()


__all__ = ["CREATOR", "ChronologyDocument"]
