"""The chronology PDF (docs/exports.md), built with reportlab platypus.

`render_pdf(selection, journal, out, progress=, cancelled=)` is the one entry
point. Sections are listed, in order, in `layout.SECTIONS` (see its docstring
to add one); each lives in `sections/`. Fonts: `fonts.py`; escaping and font
fallback for every user string: `text.py`; page furniture, outline and
metadata: `document.py`; pictures: `images.py`.
"""

from journal.export.errors import ExportCancelled, ExportFailed
from journal.export.pdf.render import render_pdf

__all__ = ["ExportCancelled", "ExportFailed", "render_pdf"]
