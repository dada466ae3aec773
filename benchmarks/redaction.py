"""Redaction on a large journal: select() and the dialog's preview with hidden terms,
and the matcher alone on plain ASCII, typographic and decomposed (NFD) text, beside
the plain case-insensitive regular expression it replaced. Prints; asserts nothing.

    .venv/bin/python benchmarks/redaction.py [ENTRIES]   (default 10000; the journal
    is built once with many_entries.py's builder and kept in a temporary folder)
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from many_entries import PASSPHRASE, build_big_vault  # noqa: E402

from journal.export.options import (  # noqa: E402
    ExportOptions,
    RedactionProfile,
    preview_redactions,
    select,
)
from journal.export.redaction import REDACTED, TermMatcher  # noqa: E402
from journal.session.journal import Journal  # noqa: E402
from journal.vault.lifecycle import unlock  # noqa: E402

TERMS = ("Larkspur", "school", "Miller", "shelter", "Zoë House", "Straße 5")


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main(count: int) -> None:
    folder = Path(tempfile.gettempdir()) / f"ij-bench-redaction-{count}"
    folder.mkdir(exist_ok=True)
    vault_path = folder / "notes.db"
    if not vault_path.exists():
        build_big_vault(vault_path, count)
    journal = Journal.open(unlock(vault_path, PASSPHRASE))
    plain = ExportOptions()
    hiding = ExportOptions(redaction=RedactionProfile("court", terms=TERMS))
    print(f"journal: {count} entries, terms: {len(TERMS)}")
    print(f"select, no profile        {best_of(3, lambda: select(journal, plain)):.3f} s")
    print(f"select, hiding terms      {best_of(3, lambda: select(journal, hiding)):.3f} s")
    found = preview_redactions(journal, hiding)
    seconds = best_of(3, lambda: preview_redactions(journal, hiding))
    print(f"preview_redactions        {seconds:.3f} s ({len(found)} places)")

    texts = [e.content.narrative for e in journal.entries()]
    matcher = TermMatcher(TERMS)
    old = re.compile("|".join(re.escape(t) for t in sorted(TERMS, key=len)[::-1]), re.I)
    samples = {
        "plain ASCII": texts,
        "typographic quotes": [t.replace("'", "\u2019") + "\u2019" for t in texts],
        "decomposed accents": [t + " Zoe\u0308 cafe\u0301" for t in texts],
    }
    print(f"matcher on {len(texts)} narratives (mean {sum(map(len, texts)) // len(texts)} chars):")
    for label, data in samples.items():
        new = best_of(3, lambda data=data: [matcher.subn(t) for t in data])
        before = best_of(3, lambda data=data: [old.subn(REDACTED, t) for t in data])
        print(f"  {label:20} {1000 * new:7.0f} ms   (plain regex: {1000 * before:.0f} ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
