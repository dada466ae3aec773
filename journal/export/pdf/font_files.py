"""Where font files are on this computer, found by file name without fontconfig.

The PDF must look the same wherever it is made, so faces are chosen by file name
from a fixed list (`fonts.py`), never by asking fontconfig (`fc-match` is missing on
Windows, macOS and minimal Linux systems, and its answer depends on local settings).
The packaged app's own fonts come first, then the usual system and user folders of
Linux, Windows and macOS. Each folder is walked once per process.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from journal.system.paths import bundled_fonts_dir

#: Folders below which font files are looked for, per platform, in order.
_LINUX = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
_MACOS = (
    "/System/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
    "/Library/Fonts",
    "~/Library/Fonts",
)
_SUFFIXES = frozenset({".ttf", ".ttc", ".otf"})
_MAX_DEPTH = 4  # /usr/share/fonts/truetype/noto/x.ttf is two below; stay shallow


def windows_folders(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[Path]:
    """%WINDIR%\\Fonts and the per-user fonts folder that Windows 10 and later use."""
    folders = [Path(environ.get("WINDIR", "C:\\Windows")) / "Fonts"]
    local = environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


def system_folders(platform: str = sys.platform) -> list[Path]:
    """The usual font folders of `platform` (a `sys.platform` value)."""
    if platform.startswith("win"):
        return windows_folders()
    names = _MACOS if platform == "darwin" else _LINUX
    return [Path(name).expanduser() for name in names]


def search_folders() -> list[Path]:
    """The packaged app's fonts first, then the system's."""
    carried = bundled_fonts_dir()
    return ([carried] if carried is not None else []) + system_folders()


def _walk(folder: Path, depth: int = 0) -> Iterator[Path]:
    try:
        with os.scandir(folder) as scan:
            children = sorted(scan, key=lambda child: child.name)
    except OSError:
        return
    for child in children:
        try:
            if os.path.splitext(child.name)[1].lower() in _SUFFIXES and child.is_file():
                yield Path(child.path)
            elif depth < _MAX_DEPTH and child.is_dir(follow_symlinks=False):
                yield from _walk(Path(child.path), depth + 1)
        except OSError:
            continue


@functools.cache
def font_index(folders: tuple[Path, ...]) -> dict[str, Path]:
    """Lower-cased file name -> the first file of that name in `folders`, in order."""
    index: dict[str, Path] = {}
    for folder in folders:
        for path in _walk(folder):
            index.setdefault(path.name.casefold(), path)
    return index


def find(names: tuple[str, ...], folders: tuple[Path, ...] | None = None) -> list[Path]:
    """The files among `names` (best first) that exist in `folders` (default: all)."""
    index = font_index(folders if folders is not None else tuple(search_folders()))
    return [index[name.casefold()] for name in names if name.casefold() in index]


__all__ = ["find", "font_index", "search_folders", "system_folders", "windows_folders"]
