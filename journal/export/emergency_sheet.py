"""The recovery code as a one-page "emergency sheet" PDF, to print or keep elsewhere.

The sheet holds the code and advice only: no journal content, no file path, and a
neutral title, so finding it reveals as little as possible. It is set in the
chronology's own embedded faces (`pdf.fonts`: DejaVu Sans, carried by the packaged
app), never the unembedded standard 14.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from journal.errors import UsageError
from journal.export.pdf.fonts import load_main_fonts
from journal.system.private_files import atomic_private_file
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.store import storage_failure

ADVICE = (
    "This code opens your notes if the passphrase is ever lost.",
    "Anyone who has it and a copy of the file can read them, so keep it safe:",
    "with someone you trust, or somewhere away from home,",
    "and not next to the computer.",
    "If you think someone else has seen it, make a new code in the app's settings.",
)


def write_emergency_sheet(out: Path, code: str, created: datetime) -> None:
    """Write the sheet to `out` (never overwriting an existing file)."""
    if out.exists():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "There is already a file at {out}; choose another name."),
            out=out,
        )
    faces = load_main_fonts()
    regular, bold = faces[0].name, faces[1].name
    try:
        with atomic_private_file(out) as temp:
            pdf = canvas.Canvas(str(temp), pagesize=A4, invariant=1, initialFontName=regular)
            pdf.setTitle("Recovery code")
            pdf.setAuthor("")
            _width, height = A4
            pdf.setFont(bold, 20)
            pdf.drawString(72, height - 100, "Recovery code")
            pdf.setFont(regular, 11)
            pdf.drawString(72, height - 125, f"Made on {created:%d %B %Y}")
            pdf.setFont(bold, 22)
            groups = code.split("-")
            pdf.drawString(72, height - 190, "  ".join(groups[:4]))
            pdf.drawString(72, height - 222, "  ".join(groups[4:]))
            pdf.setFont(regular, 12)
            for i, line in enumerate(ADVICE):
                pdf.drawString(72, height - 290 - 18 * i, line)
            pdf.showPage()
            pdf.save()
    except OSError as error:
        raise storage_failure(error, out) from None
