"""A prepared JPEG drawn straight into the PDF: no decoding, no ASCII85, one copy.

reportlab's `platypus.Image` reads a picture through `ImageReader`, whose
`canvas.drawImage` decodes it to raw RGB just to name it by a digest, and then
stores the JPEG ASCII85-encoded (a quarter larger, in pure Python). Here the
prepared JPEG bytes (`images.Picture`) become the image XObject's stream as they
are (`/DCTDecode`), named by a digest of those bytes: the same picture drawn
twice (in its entry and as a thumbnail in the exhibit index) is stored once.
Memory per picture is its small JPEG, the same bytes that end up in the file.
"""

from __future__ import annotations

import hashlib

from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journal.export.pdf.images import Picture


class _JpegXObject(PDFImageXObject):  # type: ignore[misc]
    """An image XObject whose stream is the JPEG file itself."""

    def __init__(self, name: str, picture: Picture) -> None:
        # PDFImageXObject.__init__ is not called: it would load a canned image or a file.
        self.name = name
        self.width = picture.width
        self.height = picture.height
        self.bitsPerComponent = 8
        self.colorSpace = "DeviceGray" if picture.gray else "DeviceRGB"
        self._filters = ("DCTDecode",)
        self.streamContent = picture.jpeg
        self.mask = None


def form_name(picture: Picture) -> str:
    return "IJPhoto" + hashlib.sha256(picture.jpeg).hexdigest()[:32]


def draw_jpeg(
    canvas: Canvas, picture: Picture, x: float, y: float, width: float, height: float
) -> None:
    """Draw `picture` with its lower left corner at (x, y), scaled to width by height."""
    name = form_name(picture)
    document = canvas._doc
    if not document.hasForm(name):
        document.addForm(name, _JpegXObject(name, picture))
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas.doForm(name)
    canvas.restoreState()


class JpegFlowable(Flowable):  # type: ignore[misc]
    """A prepared picture as a flowable of a fixed size (points)."""

    _fixedWidth = 1
    _fixedHeight = 1

    def __init__(self, picture: Picture, width: float, height: float) -> None:
        super().__init__()
        self.picture = picture
        self.width = width
        self.height = height
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_jpeg(self.canv, self.picture, 0, 0, self.width, self.height)


__all__ = ["JpegFlowable", "draw_jpeg", "form_name"]
