"""verify.html: the page that checks a bundle in any current browser, with nothing installed.

The page is kept here as a file (shipped as package data) and copied byte for byte into
every bundle, covered by SHA256SUMS; docs/verify.html is the project's published copy
and docs/exports.md states its SHA-256. It reads the zip itself (stored and deflated
members, with the same refusals as verify_zip.py), checks every SHA-256 and the Ed25519
signature with the browser's own cryptography (WebCrypto), and makes no network request
(its Content-Security-Policy forbids every fetch).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files

PAGE_NAME = "verify.html"


@cache
def verify_page() -> bytes:
    """The page's exact bytes, as they go into every bundle."""
    return files(__package__).joinpath(PAGE_NAME).read_bytes()


def verify_page_sha256() -> str:
    return hashlib.sha256(verify_page()).hexdigest()
