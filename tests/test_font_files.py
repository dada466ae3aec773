"""Fonts found by file name, per platform, without fontconfig (journal/export/pdf/font_files)."""

from __future__ import annotations

import shutil
from pathlib import Path

from journal.export.pdf.font_files import find, font_index, system_folders, windows_folders
from journal.export.pdf.fonts import load_fonts


def test_each_platform_has_its_own_font_folders() -> None:
    windows = windows_folders({"WINDIR": "D:\\Win", "LOCALAPPDATA": "C:\\Users\\a\\AppData\\Local"})
    assert windows == [
        Path("D:\\Win") / "Fonts",
        Path("C:\\Users\\a\\AppData\\Local") / "Microsoft" / "Windows" / "Fonts",
    ]
    assert windows_folders({}) == [Path("C:\\Windows") / "Fonts"]
    mac = [str(p) for p in system_folders("darwin")]
    assert mac[:3] == [
        "/System/Library/Fonts",
        "/System/Library/Fonts/Supplemental",
        "/Library/Fonts",
    ]
    assert mac[3].endswith("Library/Fonts") and mac[3] != "/Library/Fonts"  # the user's
    assert "/usr/share/fonts" in [str(p) for p in system_folders("linux")]


def test_files_are_found_by_name_first_folder_first_in_any_case(tmp_path: Path) -> None:
    dejavu = Path(load_fonts().regular.path)
    carried, system = tmp_path / "carried", tmp_path / "system" / "truetype" / "dejavu"
    carried.mkdir()
    system.mkdir(parents=True)
    shutil.copy(dejavu, carried / "DejaVuSans.ttf")
    shutil.copy(dejavu, system / "DejaVuSans.ttf")
    shutil.copy(dejavu, system / "SEGOEUI.TTF")  # Windows names its files in capitals
    (system / "notes.txt").write_text("not a font", encoding="utf-8")
    folders = (carried, tmp_path / "system")
    assert find(("missing.ttf", "DejaVuSans.ttf"), folders) == [carried / "DejaVuSans.ttf"]
    assert find(("segoeui.ttf",), folders) == [system / "SEGOEUI.TTF"]
    assert set(font_index(folders)) == {"dejavusans.ttf", "segoeui.ttf"}
    assert find(("DejaVuSans.ttf",), (tmp_path / "nowhere",)) == []
