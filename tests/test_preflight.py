"""The start-up check that names a missing system library (ui/app/preflight.py), and the one
list of system packages that it, the install scripts and .ci/run share."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ui.app import preflight

ROOT = Path(__file__).resolve().parents[1]
GROUPS = {"app", "x11", "media", "fonts", "test", "check"}


def python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh interpreter from the repository, with only `env`."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_the_list_names_a_known_group_and_package_on_every_line():
    needs = preflight.requirements()
    assert {need.group for need in needs} == GROUPS
    for need in needs:
        assert re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", need.package), need
    libraries = [lib for need in needs if need.group == "app" for lib in need.libraries]
    assert "libGL.so.1" in libraries and "libEGL.so.1" in libraries


def test_every_library_the_app_needs_loads_on_this_machine():
    # The scripts installed them; a failure here means the list and the scripts disagree.
    assert preflight.missing(["app", "x11", "media"]) == []
    assert preflight.check({"DISPLAY": ":0"}) is None


def test_a_missing_library_is_named_with_its_package(tmp_path: Path):
    listed = tmp_path / "system-packages.txt"
    listed.write_text(
        "# a comment\napp  libgl1  libGL.so.1\napp  libnothing9  libnothing-here.so.9 -\n"
        "x11  libxcb1  libxcb.so.1\n",
        encoding="utf-8",
    )
    absent = preflight.missing(["app"], listed)
    assert [(library, need.package) for library, need in absent] == [
        ("libnothing-here.so.9", "libnothing9")
    ]
    text = preflight.advice(absent)
    assert "libnothing-here.so.9  (Debian and Ubuntu package: libnothing9)" in text
    assert "sudo apt-get install libnothing9" in text
    assert "Traceback" not in text


def test_an_import_error_naming_a_listed_library_becomes_the_plain_message():
    error = ImportError("libGL.so.1: cannot open shared object file: No such file or directory")
    text = preflight.explain_import_error(error)
    assert text is not None and "apt-get install libgl1" in text
    assert preflight.explain_import_error(ImportError("No module named 'x'")) is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({}, False),
    ],
)
def test_the_x11_libraries_are_checked_only_where_qt_uses_x11(environ, expected):
    assert preflight.uses_x11(environ, "linux") is expected
    assert preflight.uses_x11({"DISPLAY": ":0"}, "darwin") is False


def test_the_launcher_prints_the_message_and_exits_1_instead_of_a_traceback(tmp_path: Path):
    # A real process whose list names a library no system has: what a person sees.
    listed = tmp_path / "system-packages.txt"
    listed.write_text("app  libgone1  libgone-for-good.so.1\n", encoding="utf-8")
    code = (
        "import sys, pathlib; from ui.app import preflight, launch;"
        f"preflight.LIST = pathlib.Path({str(listed)!r});"
        "sys.exit(launch.main([]))"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = python(code, env)
    assert done.returncode == 1
    assert "libgone-for-good.so.1  (Debian and Ubuntu package: libgone1)" in done.stderr
    assert "Traceback" not in done.stderr


def test_ci_and_the_readme_run_the_same_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.+?)\n", readme)
    assert blocks[:2] == ["bash tools/start.sh", "bash tools/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "README.md" in ci and "tools/fresh-machine.sh tests start packaged" in ci
    for script in ("start.sh", "test.sh"):
        text = (ROOT / "tools" / script).read_text(encoding="utf-8")
        assert "tools/system-packages.sh" in text


def test_the_pdf_finds_dejavu_without_fontconfig(tmp_path: Path):
    # A system without `fc-match` (a minimal Linux, the packaged app's hosts) must still
    # set Greek and Cyrillic in DejaVu, found by file name, not in Latin-1 Vera.
    code = (
        "from journal.export.pdf.fonts import load_fonts; f = load_fonts();"
        "print(f.regular.path); print(all(f.regular.covers(c) for c in 'ΩЖж'))"
    )
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    done = python(code, {"PATH": str(empty_path), "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    path, covers = done.stdout.split()
    assert Path(path).name == "DejaVuSans.ttf" and covers == "True"


def test_the_x11_libraries_are_named_only_once_the_base_ones_load(tmp_path: Path):
    listed = tmp_path / "system-packages.txt"
    listed.write_text(
        "app  libgone1  libgone-for-good.so.1\nx11  libxgone0  libxgone.so.0\n", encoding="utf-8"
    )
    text = preflight.check({"DISPLAY": ":0"}, listed)
    assert text is not None and "libgone1" in text and "libxgone0" not in text
    listed.write_text("x11  libxgone0  libxgone.so.0\n", encoding="utf-8")
    text = preflight.check({"DISPLAY": ":0"}, listed)
    assert text is not None and "libxgone0" in text
