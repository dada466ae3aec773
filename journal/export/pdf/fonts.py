"""The PDF's TrueType faces: chosen by file name, embedded as subsets, one per script.

The main faces are DejaVu Sans, Sans Bold and Sans Mono (Latin, Greek, Cyrillic).
Characters they lack, and the scripts that need their own shaping (Arabic, Hebrew,
Indic, Thai), come from a fixed chain of fallback faces: Noto for each script,
Droid Sans Fallback for Chinese, Japanese and Korean, Symbola for emoji. Each
role lists, after the files the packaged app carries, the files Windows and macOS
have for that script, so an export made there is still complete (`font_files`
finds them without fontconfig). Fonts reportlab cannot embed (CFF outlines,
bitmap-only emoji) fail to load and are skipped. When no main face is found at
all, reportlab's bundled Vera (Latin-1 only, still embedded) keeps the export
working and `text.py` marks what it lacks as `[U+....]`.

The standard 14 PDF fonts are never used: every face here is a registered TTF,
and reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from journal.export.pdf.font_files import find

#: The main faces' files, best first: the packaged app's and Linux's DejaVu, then
#: what Windows and macOS have for Latin, Greek and Cyrillic.
REGULAR = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "segoeui.ttf", "arial.ttf", "Arial.ttf")
BOLD = ("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf", "segoeuib.ttf", "arialbd.ttf", "Arial Bold.ttf")
MONO = ("DejaVuSansMono.ttf", "NotoSansMono-Regular.ttf", "consola.ttf", "cour.ttf", "Menlo.ttc")


@dataclass(frozen=True)
class Script:
    """A fallback role: candidate files for regular and bold, best first."""

    name: str
    regular: tuple[str, ...]
    bold: tuple[str, ...] = ()


#: Tried in order for characters the main face lacks (and first for complex scripts).
SCRIPTS = (
    Script(
        "arabic",
        (
            "NotoSansArabic-Regular.ttf",
            "NotoNaskhArabic-Regular.ttf",
            "segoeui.ttf",
            "tahoma.ttf",
            "GeezaPro.ttc",
        ),
        ("NotoSansArabic-Bold.ttf", "NotoNaskhArabic-Bold.ttf", "segoeuib.ttf", "tahomabd.ttf"),
    ),
    Script(
        "hebrew",
        ("NotoSansHebrew-Regular.ttf", "segoeui.ttf", "arial.ttf", "ArialHB.ttc"),
        ("NotoSansHebrew-Bold.ttf", "segoeuib.ttf", "arialbd.ttf"),
    ),
    Script(
        "devanagari",
        ("NotoSansDevanagari-Regular.ttf", "Nirmala.ttf", "mangal.ttf", "Kohinoor.ttc"),
        ("NotoSansDevanagari-Bold.ttf", "NirmalaB.ttf"),
    ),
    Script(
        "bengali",
        ("NotoSansBengali-Regular.ttf", "Nirmala.ttf", "vrinda.ttf", "KohinoorBangla.ttc"),
        ("NotoSansBengali-Bold.ttf", "NirmalaB.ttf"),
    ),
    Script(
        "tamil",
        ("NotoSansTamil-Regular.ttf", "Nirmala.ttf", "latha.ttf", "Tamil Sangam MN.ttc"),
        ("NotoSansTamil-Bold.ttf", "NirmalaB.ttf"),
    ),
    Script(
        "thai",
        ("NotoSansThai-Regular.ttf", "LeelawUI.ttf", "leelawad.ttf", "tahoma.ttf", "Thonburi.ttc"),
        ("NotoSansThai-Bold.ttf", "LeelaUIb.ttf", "tahomabd.ttf"),
    ),
    Script("general", ("NotoSans-Regular.ttf",), ("NotoSans-Bold.ttf",)),
    Script("armenian", ("NotoSansArmenian-Regular.ttf",)),
    Script("georgian", ("NotoSansGeorgian-Regular.ttf",)),
    Script("ethiopic", ("NotoSansEthiopic-Regular.ttf",)),
    Script("symbols", ("NotoSansSymbols-Regular.ttf", "seguisym.ttf")),
    Script("symbols2", ("NotoSansSymbols2-Regular.ttf",)),
    Script("math", ("NotoSansMath-Regular.ttf",)),
    Script(
        "cjk",
        (
            "DroidSansFallbackFull.ttf",
            "DroidSansFallback.ttf",
            "msyh.ttc",
            "malgun.ttf",
            "msgothic.ttc",
            "Arial Unicode.ttf",
        ),
    ),
    Script(
        "korean",
        ("NanumGothic.ttf", "malgun.ttf", "AppleSDGothicNeo.ttc"),
        ("NanumGothicBold.ttf", "malgunbd.ttf"),
    ),
    Script("emoji", ("Symbola_hint.ttf", "Symbola.ttf", "NotoEmoji-Regular.ttf", "seguiemj.ttf")),
    Script("serif", ("DejaVuSerif.ttf",)),
)

_BUNDLED = Path(reportlab.__file__).parent / "fonts"


@dataclass(frozen=True)
class Face:
    """One registered TrueType face: its reportlab name and the characters it has."""

    name: str
    path: str
    codepoints: frozenset[int]

    def covers(self, char: str) -> bool:
        return ord(char) in self.codepoints


@dataclass(frozen=True)
class FontSet:
    regular: Face
    bold: Face
    mono: Face
    fallbacks: tuple[Face, ...]
    bold_fallbacks: tuple[Face, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        every = (self.regular, self.bold, self.mono, *self.fallbacks, *self.bold_fallbacks)
        return tuple(dict.fromkeys(f.name for f in every))

    def face_for(self, char: str, base: Face) -> Face | None:
        """The first face in the chain that has `char`, starting with `base`."""
        if base.covers(char):
            return base
        return self.fallback_for(char, base)

    def fallback_for(self, char: str, base: Face) -> Face | None:
        """The first fallback face (bold ones first under a bold base) that has `char`."""
        chain = (*self.bold_fallbacks, *self.fallbacks) if base is self.bold else self.fallbacks
        for face in (*chain, self.regular):
            if face.covers(char):
                return face
        return None


def _load(name: str, path: Path) -> Face | None:
    try:
        font = TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None  # CFF outlines, a bitmap-only or damaged file: not embeddable
    pdfmetrics.registerFont(font)
    return Face(name, str(path), frozenset(font.face.charToGlyph))


def _first(name: str, files: tuple[str, ...], seen: set[str]) -> Face | None:
    for path in find(files):
        if str(path) in seen:
            continue
        face = _load(name, path)
        if face is not None:
            seen.add(face.path)
            return face
    return None


@functools.cache
def load_main_fonts() -> tuple[Face, Face, Face]:
    """Regular, bold and mono, found and registered once per process (quick: three files,
    for the emergency sheet, which is written while a window waits)."""
    regular = _first("IJ-Sans", REGULAR, set()) or _load("IJ-Sans", _BUNDLED / "Vera.ttf")
    bold = _first("IJ-Sans-Bold", BOLD, set()) or _load("IJ-Sans-Bold", _BUNDLED / "VeraBd.ttf")
    if regular is None or bold is None:
        raise RuntimeError("No TrueType font could be found or loaded for the PDF.")
    return regular, bold, _first("IJ-Mono", MONO, set()) or regular


@functools.cache
def load_fonts() -> FontSet:
    """Every face, the fallbacks too (about two seconds, once per process)."""
    regular, bold, mono = load_main_fonts()
    seen = {regular.path, bold.path, mono.path}
    fallbacks: list[Face] = []
    bold_fallbacks: list[Face] = []
    for script in SCRIPTS:
        face = _first(f"IJ-{script.name}", script.regular, seen)
        if face is not None:
            fallbacks.append(face)
        strong = _first(f"IJ-{script.name}-Bold", script.bold, seen) if script.bold else None
        if strong is not None:
            bold_fallbacks.append(strong)
    return FontSet(regular, bold, mono, tuple(fallbacks), tuple(bold_fallbacks))


__all__ = ["SCRIPTS", "Face", "FontSet", "Script", "load_fonts", "load_main_fonts"]
