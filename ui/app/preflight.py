"""Before Qt is loaded: name the system package of any library the app cannot find.

Qt's wheels link libraries that a desktop normally has but a minimal system may lack.
Without this check a missing one shows as an ImportError traceback, or as Qt aborting
with a plugin message. The list lives in resources/system-packages.txt (read by the
install scripts too). This module must not import Qt.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

LIST = Path(__file__).resolve().parents[1] / "resources" / "system-packages.txt"
#: Groups the app cannot start without (x11 only where Qt will use the xcb platform).
ALWAYS = ("app",)
_SONAME = re.compile(r"lib[\w.+-]*\.so(?:\.\d+)*")


@dataclass(frozen=True)
class Requirement:
    group: str
    package: str
    provides: tuple[str, ...]

    @property
    def libraries(self) -> tuple[str, ...]:
        return tuple(item for item in self.provides if _SONAME.fullmatch(item))


def requirements(path: Path = LIST) -> list[Requirement]:
    """The lines of the list: group, Debian package, what it provides."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 2 or fields[0].startswith("#"):
            continue
        provides = tuple(item for item in fields[2:] if item != "-")
        found.append(Requirement(fields[0], fields[1], provides))
    return found


def uses_x11(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will open its window through the xcb (X11) platform plugin."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    if not platform.startswith("linux"):
        return False
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing(groups: Iterable[str], path: Path = LIST) -> list[tuple[str, Requirement]]:
    """(library, requirement) for each listed library of `groups` that cannot be loaded."""
    wanted = set(groups)
    return [
        (library, need)
        for need in requirements(path)
        if need.group in wanted
        for library in need.libraries
        if not _loads(library)
    ]


def advice(absent: list[tuple[str, Requirement]]) -> str:
    """A plain message naming what is missing and how to install it."""
    packages = list(dict.fromkeys(need.package for _, need in absent))
    lines = [
        "Notes cannot start: some system libraries it needs are not installed.",
        "",
        *(f"  {library}  (Debian and Ubuntu package: {need.package})" for library, need in absent),
        "",
        "On Debian or Ubuntu, install them with:",
        f"  sudo apt-get install {' '.join(packages)}",
    ]
    if not getattr(sys, "frozen", False):
        lines.append("or start the app with `bash tools/start.sh`, which installs them for you.")
    lines.append("On other systems, install the packages that provide these libraries.")
    return "\n".join(lines)


def check(environ: Mapping[str, str] | None = None, path: Path | None = None) -> str | None:
    """None when every needed library loads; otherwise the message to show."""
    if not sys.platform.startswith("linux"):
        return None  # the Qt wheels and the packaged app carry their libraries there
    env = os.environ if environ is None else environ
    listed = path or LIST
    absent = missing(ALWAYS, listed)
    if not absent and uses_x11(env):
        # Only once the base libraries load: the X11 ones need them (libGL brings libxcb),
        # and listing twenty libraries where two packages are missing helps no one.
        absent = missing(["x11"], listed)
    return advice(absent) if absent else None


def explain_import_error(error: ImportError, path: Path = LIST) -> str | None:
    """The plain message for an ImportError naming a listed library, else None."""
    named = _SONAME.search(str(error))
    if named is None:
        return None
    for need in requirements(path):
        if named.group(0) in need.libraries:
            return advice([(named.group(0), need)])
    return None
