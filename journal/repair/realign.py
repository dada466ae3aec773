"""Undo a cut for salvage: put lost bytes back as zeros so later pages line up again.

SQLite finds page n at (n - 1) * page_size. When bytes are cut out of the middle
of a file (a bad copy, a damaged sector remapped), every page after the cut sits
too early and SQLite reads none of them. If the file is not a whole number of
pages, `c` bytes are missing; inserting `c` zero bytes just before the first page
boundary after the cut puts every later page back in place, and only the page
holding the cut is lost. The place is found from the page headers: the boundary
after which the most pages start like a page (a b-tree header, or an overflow page's
next-page number; the latest boundary on a tie, so
that everything before the cut stays where it was). Only a copy is written.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO

BTREE_PAGE_TYPES = (2, 5, 10, 13)
DB_HEADER = 100


def page_size_of(head: bytes) -> int:
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


def _looks_like_page(block: bytes, page_size: int, pages: int) -> bool:
    """A b-tree page header, or the start of an overflow page that continues (the number
    of a page of this file). Misaligned bytes are ciphertext, which almost never looks
    like either; zeros (unused space) count for neither alignment."""
    if len(block) < 8:
        return False
    if 0 < int.from_bytes(block[:4], "big") <= pages:
        return True
    if block[0] not in BTREE_PAGE_TYPES:
        return False
    cells = int.from_bytes(block[3:5], "big")
    content = int.from_bytes(block[5:7], "big") or 65536
    return cells * 2 + 12 <= page_size and content >= cells * 2 + 8


def missing_bytes(path: Path) -> tuple[int, int]:
    """(page size, bytes missing to the next whole page); (0, 0) if not an SQLite file."""
    with path.open("rb") as handle:
        head = handle.read(DB_HEADER)
    if len(head) < DB_HEADER or not head.startswith(b"SQLite format 3\x00"):
        return 0, 0
    size = page_size_of(head)
    if size < 512 or size & (size - 1):
        return 0, 0
    return size, (-path.stat().st_size) % size


def best_boundary(path: Path, page_size: int, missing: int) -> int:
    """The page k after which `missing` zero bytes realign the most page headers."""
    pages = (path.stat().st_size + missing) // page_size
    with path.open("rb") as handle:

        def valid(page: int, offset: int) -> bool:
            handle.seek(max(offset, 0) + (DB_HEADER if page == 1 else 0))
            return offset >= 0 and _looks_like_page(handle.read(8), page_size, pages)

        in_place = [valid(j, (j - 1) * page_size) for j in range(1, pages + 1)]
        shifted = [valid(j, (j - 1) * page_size - missing) for j in range(1, pages + 1)]
    best, best_score = pages, -1
    for k in range(1, pages + 1):
        score = sum(in_place[:k]) + sum(shifted[k:])
        if score >= best_score:
            best, best_score = k, score
    return best


def realigned_copy(path: Path, copy: Path) -> str:
    """Write `path` realigned to `copy` and say what was done; "" when nothing is needed
    (whole pages), and then nothing is written."""
    page_size, missing = missing_bytes(path)
    if not missing:
        return ""
    boundary = best_boundary(path, page_size, missing)
    at = boundary * page_size - missing
    with path.open("rb") as source, copy.open("xb") as out:
        shutil.copyfileobj(_Limited(source, at), out)
        out.write(b"\x00" * missing)
        shutil.copyfileobj(source, out)
    copy.chmod(0o600)
    return (
        f"the file is {missing} bytes short of whole pages (cut or truncated): as many zero "
        f"bytes were inserted at byte {at} (end of page {boundary}) in a scratch copy, so "
        "that the pages after a cut line up again"
    )


class _Limited:
    """A reader of the first `limit` bytes of `handle` (for copyfileobj)."""

    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self._handle = handle
        self._left = limit

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        want = self._left if size < 0 else min(size, self._left)
        data = self._handle.read(want)
        self._left -= len(data)
        return data
