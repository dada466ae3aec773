"""Trusted timestamps: what they cost, against a local RFC 3161 authority
(tests/tsa_authority.py: `openssl ts -reply` on 127.0.0.1, so the network is not
measured, only the app's own work and openssl's signing).

    .venv/bin/python benchmarks/timestamps.py [TOKENS]   (default 50)

Prints: the first import of the token checker (pyHanko loads lazily), one request
(query, answer, all checks, storing it), the size of a token, a settings write with
TOKENS tokens stored against none (tokens sit in the settings object, which every
settings change re-writes), and `verify` of a bundle with TOKENS tokens against none.
It checks only that the tokens it made are all there; it passes or fails nothing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journal.entries.model import EntryContent, EventTime  # noqa: E402
from journal.export.bundle import export_bundle  # noqa: E402
from journal.export.options import ExportOptions, select  # noqa: E402
from journal.export.timestamps.stamp import timestamp_now  # noqa: E402
from journal.export.timestamps.store import TOKENS_KEY, stored_tokens  # noqa: E402
from journal.export.verify import verify_bundle  # noqa: E402
from journal.session.journal import Journal  # noqa: E402
from tests.conftest import new_vault  # noqa: E402
from tests.tsa_authority import LocalAuthority  # noqa: E402


def _median(action, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    first_import = subprocess.run(
        [sys.executable, "-c", "import time; t = time.perf_counter(); "
         "import journal.export.timestamps.token as m; m._quiet_library_logs(); "
         "from pyhanko.sign.validation.generic_cms import validate_tst_signed_data; "
         "print(time.perf_counter() - t)"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    rows = [("first import of the checker (pyHanko)", f"{float(first_import.stdout):.2f} s")]
    with tempfile.TemporaryDirectory() as tmp, LocalAuthority(Path(tmp) / "tsa") as tsa:
        vault, _code = new_vault(Path(tmp) / "v.db")
        journal = Journal.open(vault)
        for n in range(20):
            journal.add_entry(
                EntryContent(kind="note", title=f"note {n}", occurred=EventTime("2025-03-14"))
            )
        plain = Path(tmp) / "none.zip"
        export_bundle(select(journal, ExportOptions()), journal, plain)
        write_none = _median(lambda: journal.settings.set("bench", time.time()))
        one = _median(lambda: timestamp_now(journal, [tsa.url]), repeat=min(count, 5))
        rows.append(("one timestamp: ask, check, store", f"{one * 1000:.0f} ms"))
        while len(stored_tokens(journal)) < count:
            timestamp_now(journal, [tsa.url])
        size = statistics.mean(len(t.tsr) for t in stored_tokens(journal))
        rows.append(("one token (DER, P-256 signer and CA)", f"{size:.0f} bytes"))
        write_many = _median(lambda: journal.settings.set("bench", time.time()))
        rows.append(
            (f"a settings write, none / {count} tokens stored",
             f"{write_none * 1000:.1f} / {write_many * 1000:.1f} ms")
        )  # fmt: skip
        stamped = Path(tmp) / "stamped.zip"
        export_bundle(select(journal, ExportOptions()), journal, stamped)
        verify_none = _median(lambda: verify_bundle(plain), repeat=3)
        verify_many = _median(lambda: verify_bundle(stamped), repeat=3)
        assert len(verify_bundle(stamped).timestamps) == count
        rows.append(
            (f"verify a bundle, no tokens / {count} tokens",
             f"{verify_none * 1000:.0f} / {verify_many * 1000:.0f} ms")
        )  # fmt: skip
        assert journal.settings.get(TOKENS_KEY)
        vault.lock()
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
