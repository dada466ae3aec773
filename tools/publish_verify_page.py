"""Write the project's published copy of verify.html (docs/verify.html) from its parts in
journal/export/verify_page/, and put its SHA-256 into docs/exports.md.

    .venv/bin/python tools/publish_verify_page.py

Run it after changing the page; tests/test_verify_page.py fails until the published
copy and the stated hash match the page the bundles carry.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journal.export.verify_page import PAGE_NAME, verify_page, verify_page_sha256  # noqa: E402

STATED = re.compile(r"(its\nSHA-256 is\n\n    )[0-9a-f]{64}\n")


def main() -> int:
    (ROOT / "docs" / PAGE_NAME).write_bytes(verify_page())
    exports = ROOT / "docs" / "exports.md"
    text = exports.read_text(encoding="utf-8")
    updated, count = STATED.subn(rf"\g<1>{verify_page_sha256()}\n", text)
    if count != 1:
        raise SystemExit("docs/exports.md: the line stating the page's SHA-256 was not found")
    exports.write_text(updated, encoding="utf-8")
    print(f"docs/{PAGE_NAME}: SHA-256 {verify_page_sha256()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
