"""Previews decode safely: size checked before decoding, rotation applied, clear refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from journal.entries.plain_words import visible_name
from journal.evidence.media import PreviewUnavailable, inspect, render_image

from .conftest import EVIDENCE_DIR, corpus
from .memory_probe import peak_kib


def load(name: str) -> bytes:
    return corpus(EVIDENCE_DIR / name).read_bytes()


def test_orientation_is_applied_for_display_only() -> None:
    raw = load("photo_orientation_6.jpg")
    with Image.open(io.BytesIO(raw)) as image:
        stored_w, stored_h = image.size
    png, width, height = render_image(raw)
    assert (width, height) == (stored_h, stored_w)
    assert png.startswith(b"\x89PNG")


def test_thumbnail_is_bounded() -> None:
    _png, width, height = render_image(load("photo_with_exif.jpg"), max_side=256)
    assert max(width, height) <= 256


def test_alpha_screenshot_keeps_alpha() -> None:
    png, _w, _h = render_image(load("screenshot_alpha.png"))
    with Image.open(io.BytesIO(png)) as shown:
        assert shown.mode == "RGBA"


def test_decompression_bomb_is_refused_without_decoding() -> None:
    with pytest.raises(PreviewUnavailable, match="too large to preview"):
        render_image(load("bomb_30000x30000.png"))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("photo_truncated.jpg", "cut off or damaged"),
        ("empty.jpg", "empty"),
        ("not_really_an_image.png", "not a picture"),
    ],
)
def test_broken_pictures_get_a_clear_message(name: str, message: str) -> None:
    with pytest.raises(PreviewUnavailable, match=message):
        render_image(load(name))


def test_right_to_left_override_cannot_disguise_a_name() -> None:
    name = "évidence – copy (2) \u202egpj.exe"
    assert visible_name(name) == "évidence – copy (2) [U+202E]gpj.exe"


def test_attaching_the_png_bomb_never_decodes_it(tmp_path: Path) -> None:
    """Reading size and EXIF from the 30000 x 30000 bomb stays within a few MiB
    (it took about 900 MiB when Pillow's PNG getexif decoded the image to find EXIF)."""
    bomb = corpus(EVIDENCE_DIR / "bomb_30000x30000.png")
    code = f"""
from pathlib import Path
from journal.evidence.media import HEAD_BYTES, inspect
data = Path({str(bomb)!r}).read_bytes()
start = _peak_kib()
facts = inspect(data[:HEAD_BYTES], data[-64:], "bomb.png", len(data))
print(start, facts.width, facts.height, " | ".join(facts.warnings))
"""
    peak, out = peak_kib(code, tmp_path)
    start, width, height, warnings = out.split(" ", 3)
    assert (width, height) == ("30000", "30000")
    assert "extremely large" in warnings
    assert peak - int(start) < 32 * 1024, f"inspect grew the process by {peak - int(start)} KiB"


def test_exif_in_a_png_header_chunk_is_still_read(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[271] = "PhoneMaker"
    exif[272] = "Model 7"
    exif[274] = 6
    out = io.BytesIO()
    Image.new("RGB", (40, 30)).save(out, format="PNG", exif=exif.tobytes())
    data = out.getvalue()
    facts = inspect(data, data[-64:], "shot.png", len(data))
    assert (facts.width, facts.height, facts.camera, facts.orientation) == (
        40,
        30,
        "PhoneMaker Model 7",
        6,
    )
