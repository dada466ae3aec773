"""What every section builder receives: the selection, styles, pictures and progress."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from journal.entries.model import Entry
from journal.export.errors import ExportCancelled
from journal.export.options import Selection
from journal.export.pdf.fonts import FontSet
from journal.export.pdf.images import Picture
from journal.export.pdf.script.detect import needs_script_layout
from journal.export.pdf.script.lines import Line
from journal.export.pdf.script.paragraph import ScriptParagraph
from journal.export.pdf.styles import Styles
from journal.export.pdf.text import blocks, face_named, markup, para, plain
from journal.export.words import Words, words_for
from journal.session.journal import Journal

OUTLINE_CHARS = 200  # a bookmark shows the start of a very long title, then "…"


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that also becomes a PDF outline (bookmark) entry when laid out.

    A heading taller than a page (a title of thousands of characters) is split across
    pages like any paragraph; only its first part carries the bookmark. Paragraph.split
    builds the parts with `self.__class__(None, style, bulletText=..., frags=...)`, so
    the constructor takes Paragraph's own arguments too.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        outline: str = "",
        level: int = 0,
        key: str = "",
        entry: bool = False,
        **paragraph_args: object,
    ) -> None:
        super().__init__(text, style, **paragraph_args)
        if len(outline) > OUTLINE_CHARS:
            outline = outline[:OUTLINE_CHARS].rstrip() + "…"
        self.outline_title = outline
        self.outline_level = level
        self.outline_key = key  # "" on the continuation of a split heading
        self.is_entry = entry

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if parts and isinstance(parts[0], Heading):
            first = parts[0]
            first.outline_title, first.outline_level = self.outline_title, self.outline_level
            first.outline_key, first.is_entry = self.outline_key, self.is_entry
        return parts


class ScriptHeading(ScriptParagraph):
    """A Heading whose text needs shaping or bidi order (see `ScriptParagraph`)."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        fonts: FontSet,
        outline: str = "",
        level: int = 0,
        key: str = "",
        entry: bool = False,
    ) -> None:
        super().__init__(text, style, face_named(style.fontName, fonts), fonts)
        if len(outline) > OUTLINE_CHARS:
            outline = outline[:OUTLINE_CHARS].rstrip() + "…"
        self.outline_title, self.outline_level = outline, level
        self.outline_key, self.is_entry = key, entry

    def _part(self, lines: list[Line], rtl: bool, width: float) -> ScriptParagraph:
        part = ScriptParagraph(
            self.text, self.style, self.base, self.fonts, self.rtl, (rtl, lines, width)
        )
        part._fixed = True
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if len(parts) == 2:  # the first part keeps the bookmark
            first = ScriptHeading(
                self.text,
                self.style,
                self.fonts,
                self.outline_title,
                self.outline_level,
                self.outline_key,
                self.is_entry,
            )
            first._laid, first._fixed = parts[0]._laid, True
            parts[0] = first
        return parts


#: What becomes a PDF bookmark when laid out.
HEADINGS = (Heading, ScriptHeading)


@dataclass
class Progress:
    """Counts work done and asks, between steps, whether to stop."""

    total: int
    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    done: int = 0

    def step(self, amount: int = 1) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        self.done = min(self.total, self.done + amount)
        if self.report is not None:
            self.report(self.done, self.total)


@dataclass
class RenderContext:
    selection: Selection
    journal: Journal
    styles: Styles
    progress: Progress
    signing_fingerprint: str | None = None
    pictures: dict[str, Picture] = field(default_factory=dict)  # attachment id -> picture

    @functools.cached_property
    def words(self) -> Words:
        """The PDF's own words in the language chosen for this export."""
        return words_for(self.selection.options.language)

    def mirrored(self, row: list[Any]) -> list[Any]:
        """A table row (or column widths) in reading order: right to left in an RTL language."""
        return row[::-1] if self.words.rtl else row

    @functools.cached_property
    def person_names(self) -> dict[str, str]:
        """Person id -> name, for the people in this export (built once, not per entry)."""
        return {p.person_id: p.content.name for p in self.selection.people}

    def redacted(self, entry: Entry) -> bool:
        """`Selection.redacted` for `entry`, asked of a one-entry view of the selection.

        That method searches the entries it holds for the id; asked once per entry
        of the whole selection, the export would grow with the square of their number.
        """
        return replace(self.selection, entries=(entry,)).redacted(entry.entry_id)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        """A paragraph of user text, escaped and with font fallback."""
        return para(text, style or self.styles.body, self.styles.fonts)

    def paragraphs(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """Long user text as several paragraphs (`text.blocks`), so its export time grows
        with its length and not with the square of it."""
        return [self.p(block, style) for block in blocks(text)]

    def heading(
        self,
        text: str,
        level: int,
        key: str,
        *,
        outline: str | None = None,
        entry: bool = False,
        style: ParagraphStyle | None = None,
    ) -> Flowable:
        style = style or (self.styles.h1 if level == 0 else self.styles.h2)
        fonts = self.styles.fonts
        if needs_script_layout(text):
            shown_outline = plain(outline if outline is not None else text)
            return ScriptHeading(text, style, fonts, shown_outline, level, key, entry)
        shown = markup(text, fonts, face_named(style.fontName, fonts))
        title = plain(outline if outline is not None else text)
        return Heading(shown, style, title, level, key, entry)

    def headings(
        self, text: str, level: int, key: str, *, outline: str, entry: bool = False
    ) -> list[Flowable]:
        """A heading of user text of any length: the bookmarked heading holds its first
        block and the rest follows in the same style (see `paragraphs`)."""
        first, *rest = blocks(text)
        style = self.styles.h1 if level == 0 else self.styles.h2
        head = self.heading(first, level, key, outline=outline, entry=entry)
        return [head, *(self.p(block, style) for block in rest)]


__all__ = ["HEADINGS", "Heading", "Progress", "RenderContext", "ScriptHeading"]
