"""verify.html: the page that checks a bundle in any current browser, with nothing installed.

A recipient gets one self-contained file, but its source is kept here by concern and
shipped as package data: page.html (the text, the style and the policy that forbids
every fetch) and the script in four parts, which `verify_page` joins in a fixed order
into the page's single inline script. The result is copied byte for byte into every
bundle, covered by SHA256SUMS; docs/verify.html is the project's published copy and
docs/exports.md states its SHA-256 (a test keeps both true).

The page reads the zip itself (stored and deflated members, with the refusals of
verify_zip.py), checks every SHA-256 and the Ed25519 signature with the browser's own
cryptography (WebCrypto), and makes no network request.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files

PAGE_NAME = "verify.html"
TEMPLATE = "page.html"
SCRIPT_PARTS = ("helpers.js", "sources.js", "check.js", "show.js")  # one scope, in this order
_MARKER = "/*@parts@*/\n"


@cache
def verify_page() -> bytes:
    """The whole page, as it goes into every bundle."""
    folder = files(__package__)
    template = folder.joinpath(TEMPLATE).read_text(encoding="utf-8")
    if template.count(_MARKER) != 1:
        raise RuntimeError(f"{TEMPLATE} must hold the script marker exactly once")
    script = "".join(folder.joinpath(part).read_text(encoding="utf-8") for part in SCRIPT_PARTS)
    return template.replace(_MARKER, script).encode("utf-8")


def verify_page_sha256() -> str:
    return hashlib.sha256(verify_page()).hexdigest()
