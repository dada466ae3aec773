"""What every section builder receives: the selection, styles, pictures and progress."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ...book import Journal
from ...model import Entry
from ..errors import ExportCancelled
from ..options import Selection
from .images import Picture
from .styles import Styles
from .text import face_named, markup, para, plain


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that also becomes a PDF outline (bookmark) entry when laid out."""

    def __init__(
        self, text: str, style: ParagraphStyle, outline: str, level: int, key: str, entry: bool
    ) -> None:
        super().__init__(text, style)
        self.outline_title = outline
        self.outline_level = level
        self.outline_key = key
        self.is_entry = entry


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
    def person_names(self) -> dict[str, str]:
        """Person id -> name, for the people in this export (built once, not per entry)."""
        return {p.person_id: p.content.name for p in self.selection.people}

    def redacted(self, entry: Entry) -> bool:
        """`Selection.redacted` for `entry`, asked of a one-entry view of the selection.

        That method searches the entries it holds for the id; asked once per entry
        of the whole selection, the export would grow with the square of their number.
        """
        return replace(self.selection, entries=(entry,)).redacted(entry.entry_id)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text, escaped and with font fallback."""
        return para(text, style or self.styles.body, self.styles.fonts)

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
        shown = markup(text, fonts, face_named(style.fontName, fonts))
        title = plain(outline if outline is not None else text)
        return Heading(shown, style, title, level, key, entry)


__all__ = ["Heading", "Progress", "RenderContext"]
