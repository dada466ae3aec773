"""The chronology PDF in every major script, read back with poppler.

Titles, narratives, people's names and messages in Arabic, Persian, Urdu, Hebrew, mixed
Arabic/English with digits, Devanagari, Bengali, Tamil, Thai, Chinese, Japanese, Korean,
Greek, Cyrillic and emoji: each must be drawn (no `[U+....]` mark), copy out of the
PDF in reading order (pdftotext), and use embedded fonts only; the same again in a
process that cannot reach fontconfig. Arabic is drawn in its contextual forms, which
copy out as Unicode presentation forms: comparisons are made after NFKC, and without
the zero-width non-joiner (Persian), which extraction drops.
"""

from __future__ import annotations

import os
import shutil
import string
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from journal.export.pdf.script.bidi_order import _from_rust, resolve, visual_order
from journal.export.words import LANGUAGES, words_for
from tests.cli_helpers import run_cli
from tests.pdf_helpers import fonts, info, squash, text
from tests.script_samples import RTL, SAMPLES, make

REPO = Path(__file__).resolve().parent.parent
_CONTROLS = dict.fromkeys(map(ord, "\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def readable(value: str) -> str:
    """As compared: NFKC, without bidi marks (pdftotext adds them) or joiners, no spaces."""
    return squash(unicodedata.normalize("NFKC", value).translate(_CONTROLS))


def check_every_script(pdf: Path, skip: frozenset[str] = frozenset()) -> None:
    body = text(pdf)
    found = readable(body)
    assert "[U+" not in body, "a character was not drawn"
    for script, (sentence, name) in SAMPLES.items():
        if script in skip:
            continue
        assert readable(sentence) in found, f"{script}: {sentence!r} not in reading order"
        if script not in RTL:  # see the Arabic export below
            assert readable(f"{name}: {sentence}") in found, f"{script}: the message line"
        assert readable(name) in found, f"{script}: the person's name"
    rows = fonts(pdf)
    assert rows, "no fonts listed"
    for row in rows:
        assert row[-5:-3] == ["yes", "yes"], f"not an embedded subset: {row}"
    names = " ".join(row[0] for row in rows)
    for face in (
        "NotoSansArabic",
        "NotoSansHebrew",
        "NotoSansDevanagari",
        "NotoSansBengali",
        "NotoSansTamil",
        "NotoSansThai",
        "DroidSansFallback",
        "NanumGothic",
        "Symbola",
    ):
        assert face in names, f"{face} not used"


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    make(pdf)
    return pdf


def test_every_script_is_drawn_and_copies_out_in_reading_order(english: Path) -> None:
    # A right-to-left line mixing in English, digits or "name:" is turned back into
    # reading order by pdftotext only on a page it judges right to left (the Arabic
    # export below); on an English page it gives each run in reading order, but the runs
    # from left to right. The lines are drawn right (test_right_to_left_lines_...).
    check_every_script(english, skip=frozenset({"mixed"}))


def test_right_to_left_lines_read_in_order_in_an_arabic_export(tmp_path: Path) -> None:
    pdf = tmp_path / "ar.pdf"
    make(pdf, "ar", {k: SAMPLES[k] for k in sorted(RTL)})
    found = readable(text(pdf))
    for script in RTL:  # mixed: قال Sergeant إنه سيعود في 2024 الساعة 10:30
        sentence, name = SAMPLES[script]
        assert readable(sentence) in found, script
        assert readable(name) in found, script
        if script != "mixed":
            assert readable(f"{name}: {sentence}") in found, script
    # "الضابط Officer: قال Sergeant …": the colon is drawn where UAX #9 puts it (left of "Officer",
    # right of "قال"), but pdftotext reads it as part of the left-to-right run: ":Officer".
    assert readable("الضابط :Officer قال Sergeant إنه سيعود في 2024 الساعة 10:30") in found
    words = words_for("ar")
    for key in ("h.summary", "h.entries", "h.people", "h.integrity", "int.how"):
        assert readable(words(key)) in found, key
    pages = info(pdf)["Pages"]
    assert readable(words("page", page=1)) + pages in found  # "صفحة 1 من " and the total


def test_right_to_left_lines_are_drawn_in_visual_order() -> None:
    """What is drawn, not just what is copied: python-bidi's order of the mixed line."""
    sentence = SAMPLES["mixed"][0]
    order = visual_order(resolve(sentence), 0, len(sentence))
    drawn = "".join(sentence[i] for i in order)
    assert drawn.startswith("10:30") and drawn.endswith("قال"[::-1])
    assert "Sergeant" in drawn and "2024" in drawn  # left-to-right pieces keep their order


def test_brackets_keep_their_pair_in_right_to_left_text() -> None:
    """Rule N0 (bracket pairs) from the unicode-bidi crate: "(Other)" stays one piece."""
    name = "الضابط Officer (Other)"
    levels = _from_rust(name, 1)
    assert levels is not None, "python-bidi's answer no longer parses: see bidi_order.py"
    assert resolve(name) == levels
    drawn = "".join(name[i] for i in visual_order(levels, 0, len(name)))
    assert drawn.startswith("Officer (Other)")


def test_every_script_without_fontconfig(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"  # PATH without fc-match, fc-list or anything else
    bin_dir.mkdir()
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FONTCONFIG")}
    env.update(PATH=str(bin_dir), FONTCONFIG_FILE=str(empty))
    assert shutil.which("fc-match", path=env["PATH"]) is None
    pdf = tmp_path / "no-fontconfig.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "tests.script_samples", str(pdf)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=110, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    check_every_script(pdf, skip=frozenset({"mixed"}))


def test_every_language_has_every_word_with_the_same_placeholders() -> None:
    english = words_for("en").catalogue

    def fields(value: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}

    for code in LANGUAGES:
        words = words_for(code)
        assert set(words.catalogue) == set(english), code
        for key, value in english.items():
            assert fields(words.catalogue[key]) == fields(value), (code, key)
    assert words_for("ar").rtl and not words_for("es").rtl
    with pytest.raises(ValueError, match="en, es, ar"):
        words_for("fr")


def test_spanish_export_from_the_command_line(tmp_path: Path) -> None:
    from journal.session.journal import Journal
    from tests.conftest import PASSPHRASE, new_vault
    from tests.script_samples import fill

    vault, _code = new_vault(tmp_path / "notes.db")
    journal = Journal.open(vault)
    fill(journal, {"greek": SAMPLES["greek"]})
    vault.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    pdf = tmp_path / "es.pdf"
    base = ("--vault", tmp_path / "notes.db", "--passphrase-file", secret)
    done = run_cli(*base, "export", "pdf", "--out", pdf, "--language", "es")
    assert done.returncode == 0, done.stderr
    body = squash(text(pdf))
    words = words_for("es")
    for key in ("title", "h.summary", "h.integrity", "int.how", "col.date"):
        assert squash(words(key)) in body, key
    assert squash("Página 1 de") in body and squash(SAMPLES["greek"][0]) in body
    refused = run_cli(*base, "export", "pdf", "--out", tmp_path / "x.pdf", "--language", "xx")
    assert refused.returncode == 2 and "invalid choice: 'xx'" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_rtl_flag_of_each_sample() -> None:
    for script, (sentence, _name) in SAMPLES.items():
        assert resolve(sentence).rtl == (script in RTL), script


def test_direction_overrides_in_right_to_left_text_are_shown_not_obeyed(tmp_path: Path) -> None:
    """U+202E would turn "250" into "052" on paper: in shaped text it is a visible mark too."""
    disguised = "دفع \u202e250\u202c دينار"
    pdf = tmp_path / "override.pdf"
    make(pdf, "en", {"override": (disguised, "مريم")})
    body = text(pdf)
    assert "[U+202E]" in body and "[U+202C]" in body
    assert "250" in body and "052" not in body
