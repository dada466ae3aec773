"""Render the app icon from its SVG at build time: PNGs in a hicolor theme tree, .ico, .icns.

Nothing generated here is committed; packaging/build.sh runs this before PyInstaller.
Usage: python packaging/make_icons.py SVG OUT_DIR ICON_NAME
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = ((16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256))


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn on a transparent square of `size` pixels, as a Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def make_icons(svg: Path, out: Path, name: str) -> list[Path]:
    """Write hicolor/<N>x<N>/apps/<name>.png, hicolor/scalable/apps/<name>.svg,
    <name>.ico and <name>.icns under `out`; return the files written."""
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can draw.")
    written: list[Path] = []
    for size in PNG_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(target)
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    ico = out / f"{name}.ico"
    render(renderer, 256).save(ico, sizes=list(ICO_SIZES))
    written.append(ico)
    icns = out / f"{name}.icns"
    render(renderer, 1024).save(icns)
    written.append(icns)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0]), Path(argv[1]), argv[2]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
