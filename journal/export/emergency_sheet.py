"""The recovery code as a one-page "emergency sheet" PDF, to print or keep elsewhere.

The sheet holds the code and advice only: no journal content, no file path, and a
neutral title, so finding it reveals as little as possible. Fonts are embedded
TrueType (reportlab's bundled Vera), never the unembedded standard 14.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from journal.errors import UsageError
from journal.system.private_files import atomic_private_file
from journal.vault.store import storage_failure

_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
ADVICE = (
    "This code opens your notes if the passphrase is ever lost.",
    "Anyone who has it and a copy of the file can read them, so keep it safe:",
    "with someone you trust, or somewhere away from home,",
    "and not next to the computer.",
    "If you think someone else has seen it, make a new code in the app's settings.",
)


def _register() -> None:
    for name, file in (("SheetSans", "Vera.ttf"), ("SheetBold", "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_FONT_DIR / file)))


def write_emergency_sheet(out: Path, code: str, created: datetime) -> None:
    """Write the sheet to `out` (never overwriting an existing file)."""
    if out.exists():
        raise UsageError(f"There is already a file at {out}; choose another name.")
    _register()
    try:
        with atomic_private_file(out) as temp:
            pdf = canvas.Canvas(str(temp), pagesize=A4, invariant=1, initialFontName="SheetSans")
            pdf.setTitle("Recovery code")
            pdf.setAuthor("")
            _width, height = A4
            pdf.setFont("SheetBold", 20)
            pdf.drawString(72, height - 100, "Recovery code")
            pdf.setFont("SheetSans", 11)
            pdf.drawString(72, height - 125, f"Made on {created:%d %B %Y}")
            pdf.setFont("SheetBold", 22)
            groups = code.split("-")
            pdf.drawString(72, height - 190, "  ".join(groups[:4]))
            pdf.drawString(72, height - 222, "  ".join(groups[4:]))
            pdf.setFont("SheetSans", 12)
            for i, line in enumerate(ADVICE):
                pdf.drawString(72, height - 290 - 18 * i, line)
            pdf.showPage()
            pdf.save()
    except OSError as error:
        raise storage_failure(error, out) from None
