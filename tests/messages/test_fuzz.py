"""Damaged copies of valid exports: each either parses or raises MessageFormatError —
never another exception, whichever byte is cut, flipped or inserted."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from journal.messages import FORMATS, MessageFormatError, parse_export

from .test_detect import _samples

MUTATIONS = 150


def _mutate(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    at = rng.randrange(len(data))
    choice = rng.randrange(4)
    if choice == 0:
        return data[:at]
    if choice == 1:
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    if choice == 2:
        junk = rng.choice([b"\x00", b"\xff", b"<", b'"', b"\n", b": ", b"]"])
        return data[:at] + junk + data[at:]
    return data[:at] + data[at + rng.randrange(1, 20) :]


@pytest.mark.parametrize("fmt", FORMATS)
def test_mutated_exports_fail_only_plainly(tmp_path: Path, fmt: str) -> None:
    rng = random.Random(f"messages-fuzz-{fmt}")
    sources = [path.read_bytes() for path in _samples(tmp_path)[fmt]]
    target = tmp_path / "mutated"
    outcomes = {"parsed": 0, "refused": 0}
    for _ in range(MUTATIONS):
        data = rng.choice(sources)
        for _step in range(rng.randrange(1, 4)):
            data = _mutate(data, rng)
        target.write_bytes(data)
        for chosen in (None, fmt):
            try:
                parse_export(target, chosen)
                outcomes["parsed"] += 1
            except MessageFormatError as error:
                assert str(error) and "Traceback" not in str(error)
                outcomes["refused"] += 1
    assert outcomes["refused"] > 0
