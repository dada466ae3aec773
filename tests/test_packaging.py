"""Smoke test of the built one-folder app (packaging/). Skipped unless RUN_PACKAGING=1:

    RUN_PACKAGING=1 .venv/bin/python -m pytest tests/test_packaging.py -s -q

It builds with packaging/build.sh unless the bundle is newer than every source file
(or PACKAGING_REUSE=1 says to use the one there),
then runs the built executables as a person would, in a fresh home folder, and checks
that they write nothing but the journal, the plain settings and what was asked for.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from journal.export.verify_page import verify_page
from tests.conftest import EVIDENCE_DIR, corpus

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("RUN_PACKAGING") != "1",
        reason="builds the PyInstaller bundle; run with RUN_PACKAGING=1",
    ),
]

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "build" / "packaging" / "dist" / "quiet-notes"
GUI = APP / "quiet-notes"
CLI = APP / "quiet-notes-cli"
SOURCES = ("journal", "ui", "packaging", "pyproject.toml")
PASSPHRASE = "ledger walnut harbour quietly 58 orchids"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Libraries a desktop provides that this build machine may lack (Wayland, GTK theme).
SYSTEM_ONLY = ("libwayland-", "libgtk-3", "libgdk-3")


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and modification time."""
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
        if not path.is_dir()
    }


@pytest.fixture(scope="module")
def bundle() -> Iterator[dict[str, tuple[int, int]]]:
    reuse = os.environ.get("PACKAGING_REUSE") == "1" and GUI.exists()
    if not reuse and (not GUI.exists() or GUI.stat().st_mtime < newest_source()):
        started = time.monotonic()
        subprocess.run([str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
        print(f"\nbuild: {time.monotonic() - started:.0f} s")
    else:
        print("\nbuild: reused (PACKAGING_REUSE=1, or newer than every source file)")
    before = tree(APP)
    print(
        f"bundle: {sum(size for size, _ in before.values()) / 2**20:.0f} MiB, {len(before)} files"
    )
    yield before
    assert tree(APP) == before, "something wrote into the bundle folder at run time"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return folder


def run(
    exe: Path, home: Path, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def written(tmp_path: Path) -> set[str]:
    return {str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file()}


def test_gui_creates_a_journal_and_writes_only_it(bundle: object, home: Path, tmp_path: Path):
    vault = tmp_path / "stick" / "notes.db"
    sheet = tmp_path / "out" / "sheet.pdf"
    sheet.parent.mkdir()
    started = time.monotonic()
    result = run(
        GUI,
        home,
        "--vault",
        str(vault),
        "--self-test",
        str(tmp_path / "pass"),
        "--self-test-sheet",
        str(sheet),
    )
    print(f"gui self-test: {time.monotonic() - started:.1f} s, exit {result.returncode}")
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stderr
    assert "Traceback" not in result.stderr
    assert written(tmp_path) == {
        "pass",
        "stick/notes.db",
        "out/sheet.pdf",
        "home/.config/quiet-notes/quiet-notes.conf",
    }
    for path in (vault, home / ".config" / "quiet-notes" / "quiet-notes.conf"):
        assert PASSPHRASE.encode() not in path.read_bytes()
    fonts = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True, check=True)
    assert "DejaVuSans" in fonts.stdout  # the carried font (journal/export/pdf/fonts.py)
    assert all(line.split()[-5] == "yes" for line in fonts.stdout.splitlines()[2:])
    check = run(
        CLI, home, "--vault", str(vault), "--passphrase-file", str(tmp_path / "pass"), "check"
    )
    assert (check.returncode, check.stdout) == (0, "OK\n"), check.stderr


def test_cli_end_to_end(bundle: object, home: Path, tmp_path: Path):
    base = (
        "--vault",
        str(tmp_path / "v" / "notes.db"),
        "--passphrase-file",
        str(tmp_path / "pass"),
    )
    started = time.monotonic()
    init = run(CLI, home, *base, "init")
    assert init.returncode == 0, init.stderr
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){5,}\n", init.stdout)
    added = run(
        CLI,
        home,
        *base,
        "add",
        "--kind",
        "incident",
        "--title",
        "Shouting at the door",
        "--occurred",
        "2025-03-01T21:40",
        "--precision",
        "approximate",
        "--category",
        "threats",
        "--narrative",
        "Ça a duré dix minutes. Нет.",
    )
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    photo = corpus(EVIDENCE_DIR / "photo_with_exif.jpg")
    voice = corpus(EVIDENCE_DIR / "voice_note.wav")
    attached = run(CLI, home, *base, "attach", entry_id, str(photo), str(voice))
    assert attached.returncode == 0, attached.stderr
    assert len(attached.stdout.splitlines()) == 2
    listed = run(CLI, home, *base, "list")
    assert listed.stdout.split("\t")[0] == entry_id
    assert "Shouting at the door" in listed.stdout
    shown = run(CLI, home, *base, "show", entry_id, "--json")
    assert "Нет." in shown.stdout and "image/jpeg" in shown.stdout
    checked = run(CLI, home, *base, "check")
    assert (checked.returncode, checked.stdout) == (0, "OK\n"), checked.stderr
    print(f"cli init+add+attach+list+show+check: {time.monotonic() - started:.1f} s")
    exported = run(CLI, home, *base, "export", "bundle", "--out", str(tmp_path / "b.zip"))
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:  # the page is carried as data
        assert archive.read("verify.html") == verify_page()
    (tmp_path / "wrong").write_text("not the passphrase", encoding="utf-8")
    wrong = run(CLI, home, "--vault", base[1], "--passphrase-file", str(tmp_path / "wrong"), "list")
    assert wrong.returncode == 3
    assert "Traceback" not in wrong.stderr and wrong.stderr.strip()
    assert written(tmp_path) == {"pass", "wrong", "v/notes.db", "b.zip"}


def test_gui_stays_up_on_the_unlock_page(bundle: object, home: Path, tmp_path: Path):
    vault = tmp_path / "notes.db"
    init = run(
        CLI, home, "--vault", str(vault), "--passphrase-file", str(tmp_path / "pass"), "init"
    )
    assert init.returncode == 0, init.stderr
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    process = subprocess.Popen(
        [str(GUI), "--vault", str(vault)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(5)
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err
    assert written(tmp_path) == {"pass", "notes.db"}


def test_launcher_files_and_icons(bundle: object):
    share = APP / "share"
    desktop = share / "applications" / "quiet-notes.desktop"
    entry = dict(
        line.split("=", 1)
        for line in desktop.read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert (entry["Name"], entry["Icon"], entry["Exec"]) == ("Notes", "quiet-notes", "quiet-notes")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    if shutil.which("appstreamcli"):
        subprocess.run(
            [
                "appstreamcli",
                "validate",
                "--no-net",
                "--override=cid-desktopapp-is-not-rdns=info",
                str(share / "metainfo" / "quiet-notes.metainfo.xml"),
            ],
            check=True,
            capture_output=True,
        )
    for size in ICON_SIZES:
        with Image.open(
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "quiet-notes.png"
        ) as icon:
            assert icon.size == (size, size)
            assert icon.getchannel("A").getextrema() == (0, 255)  # transparent corners


def test_only_the_qt_the_app_uses(bundle: dict[str, tuple[int, int]]):
    names = {Path(name).name for name in bundle}
    for unused in (
        "libQt6Pdf.so.6",
        "libQt6VirtualKeyboard.so.6",
        "QtWebEngineCore.abi3.so",
        "QtQml.abi3.so",
        "libqpdf.so",
        "libqvnc.so",
    ):
        assert unused not in names
    # Of Qt's translations, only its own words in the interface's languages
    qt_words = {Path(name).name for name in bundle if "/translations/" in name}
    assert qt_words == {"qtbase_es.qm", "qtbase_ar.qm"}
    assert {"es.qm", "ar.qm", "en.qm"} <= names
    dangling = [name for name in bundle if (APP / name).is_symlink() and not (APP / name).exists()]
    assert dangling == []
    for needed in (
        "libQt6Multimedia.so.6",
        "libffmpegmediaplugin.so",
        "libqxcb.so",
        "libqwayland.so",
        "libqsvg.so",
        "Vera.ttf",
        "notes.svg",
    ):
        assert needed in names
    internal = APP / "_internal"
    library_path = ":".join(
        str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib", internal / "PySide6")
    )
    missing = set()
    for name in bundle:
        if ".so" in Path(name).name and not (APP / name).is_symlink():
            out = subprocess.run(
                ["ldd", str(APP / name)],
                capture_output=True,
                text=True,
                env={"LD_LIBRARY_PATH": library_path},
                check=False,
            ).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert {lib for lib in missing if not lib.startswith(SYSTEM_ONLY)} == set()
