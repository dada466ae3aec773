"""System TrueType fonts for the chronology, found with fontconfig, embedded in the PDF.

The main face is DejaVu Sans (Latin, Greek, Cyrillic): found through fontconfig
(Debian `fonts-dejavu-core`), else by file name in the fonts the packaged app
carries and in the usual font folders, so a system without `fc-match` still gets
it. Noto faces are added to the fallback chain when fontconfig finds them. Fonts
reportlab cannot embed (CFF/OTF outlines) are skipped. When no DejaVu is found
at all, reportlab's bundled Vera (Latin-1 only, but still embedded) keeps the
export working; characters it lacks are then shown as visible `[U+....]` marks
by `text.py`.

The standard 14 PDF fonts are never used: every face here is a registered TTF.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from journal.system.paths import bundled_fonts_dir

#: fontconfig patterns for the main faces, best first.
REGULAR = ("DejaVu Sans:style=Book", "Noto Sans:style=Regular")
BOLD = ("DejaVu Sans:style=Bold", "Noto Sans:style=Bold")
MONO = ("DejaVu Sans Mono:style=Book", "Noto Sans Mono:style=Regular")

#: Families tried, in order, for characters the main face lacks.
FALLBACK_FAMILIES = (
    "Noto Sans",
    "Noto Sans Symbols",
    "Noto Sans Symbols2",
    "Noto Sans Math",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    "Noto Sans Hebrew",
    "Noto Sans Arabic",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Thai",
    "Noto Sans Ethiopic",
    "Noto Sans Cherokee",
    "DejaVu Serif",
)

_BUNDLED = Path(reportlab.__file__).parent / "fonts"
#: The main faces' files, looked for by name where fontconfig cannot be asked.
_FILES: dict[tuple[str, ...], str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}
#: Folders searched for those files (the packaged app's own fonts come first).
_FONT_FOLDERS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
_FC_TIMEOUT = 10


@dataclass(frozen=True)
class Face:
    """One registered TrueType face: its reportlab name and the characters it has."""

    name: str
    path: str
    codepoints: frozenset[int]

    def covers(self, char: str) -> bool:
        # reportlab writes 4-hex-digit ToUnicode entries, so a character beyond U+FFFF
        # (most emoji) would print but be copied out as a different character.
        code = ord(char)
        return code <= 0xFFFF and code in self.codepoints


@dataclass(frozen=True)
class FontSet:
    regular: Face
    bold: Face
    mono: Face
    fallbacks: tuple[Face, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys(f.name for f in (self.regular, self.bold, self.mono, *self.fallbacks))
        )

    def face_for(self, char: str, base: Face) -> Face | None:
        """The first face in the chain that has `char`, starting with `base`."""
        if base.covers(char):
            return base
        for face in (self.regular, *self.fallbacks):
            if face.covers(char):
                return face
        return None


def _fc_match(pattern: str) -> Path | None:
    """The file fontconfig picks for `pattern`, only if it really is that family."""
    if shutil.which("fc-match") is None:
        return None
    try:
        done = subprocess.run(
            ["fc-match", "--format=%{file}\n%{family}\n%{fontformat}", pattern],
            capture_output=True,
            text=True,
            timeout=_FC_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = done.stdout.split("\n")
    if done.returncode != 0 or len(lines) < 3:
        return None
    file, families, fmt = lines[0], lines[1], lines[2]
    wanted = pattern.split(":", 1)[0].casefold()
    if wanted not in (f.strip().casefold() for f in families.split(",")):
        return None  # fontconfig substituted another family
    if fmt and fmt != "TrueType":
        return None  # CFF outlines: reportlab cannot embed them
    return Path(file) if file else None


def _load(name: str, path: Path) -> Face | None:
    try:
        font = TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError):
        return None
    pdfmetrics.registerFont(font)
    return Face(name, str(path), frozenset(font.face.charToGlyph))


def _font_file(file_name: str) -> Path | None:
    """`file_name` in the packaged app's fonts or a usual font folder, if it is there."""
    carried = bundled_fonts_dir()
    folders = [carried] if carried is not None else []
    folders += [Path(folder) for folder in _FONT_FOLDERS]
    for folder in folders:
        if (folder / file_name).is_file():
            return folder / file_name
    return None


def _first(name: str, patterns: tuple[str, ...], bundled: str) -> Face | None:
    for pattern in patterns:
        path = _fc_match(pattern)
        if path is not None and (face := _load(name, path)) is not None:
            return face
    found = _font_file(_FILES[patterns])
    if found is not None and (face := _load(name, found)) is not None:
        return face
    return _load(name, _BUNDLED / bundled)


@functools.cache
def load_fonts() -> FontSet:
    """Find, register and return the faces (once per process)."""
    regular = _first("IJ-Sans", REGULAR, "Vera.ttf")
    bold = _first("IJ-Sans-Bold", BOLD, "VeraBd.ttf") or regular
    if regular is None or bold is None:
        raise RuntimeError("No TrueType font could be found or loaded for the PDF.")
    mono = _first("IJ-Mono", MONO, "Vera.ttf") or regular
    fallbacks: list[Face] = []
    seen = {regular.path, bold.path, mono.path}
    for index, family in enumerate(FALLBACK_FAMILIES):
        path = _fc_match(family)
        if path is None or str(path) in seen:
            continue
        seen.add(str(path))
        face = _load(f"IJ-Fallback-{index}", path)
        if face is not None:
            fallbacks.append(face)
    return FontSet(regular, bold, mono, tuple(fallbacks))


__all__ = ["Face", "FontSet", "load_fonts"]
