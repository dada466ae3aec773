"""A journal written in format 1 (tests/vectors, made by the app before format 2)
opens with its passphrase, checks clean, keeps everything it held, and is brought
to format 2 at that first unlock."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal.export.profiles import load_profiles
from journal.export.signing import journal_fingerprint, key_links
from journal.session.drafts import NEW, DraftStore
from journal.session.journal import Journal
from journal.vault.aux_binding import SealedHead
from journal.vault.lifecycle import unlock

from .cli_helpers import run_cli

VECTORS = Path(__file__).parent / "vectors"


@pytest.fixture
def format1(tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / "notes.db"
    with gzip.open(VECTORS / "journal-format1.db.gz", "rb") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    facts = json.loads((VECTORS / "journal-format1.json").read_text(encoding="utf-8"))
    return path, facts


def _meta(path: Path, key: str) -> bytes:
    with sqlite3.connect(path) as db:
        return bytes(db.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()[0])


def test_a_format1_journal_opens_keeps_everything_and_is_migrated(format1) -> None:
    path, facts = format1
    assert _meta(path, "version") == b"1" and len(_meta(path, "head")) == 8 + 12 + 40 + 16
    journal = Journal.open(unlock(path, facts["passphrase"]))
    try:
        assert journal.problems == () and journal.settings.problems == []
        assert journal.chain_head.hex() == facts["chain_head"]
        titles = {e.entry_id: e.content.title for e in journal.entries(include_deleted=True)}
        assert titles == {
            facts["kept_entry"]: "Kept entry",
            facts["later_entry"]: "After the change",
        }
        assert journal_fingerprint(journal) == facts["signing_fingerprint"]
        assert len(key_links(journal)) == 2
        assert [p.terms for p in load_profiles(journal)] == [("Example",)]
        draft = DraftStore(journal.settings).load(NEW)
        assert draft is not None and draft.content.title == "A draft"
        with journal.vault.store.read() as tx:
            sealed = SealedHead.decode(journal.vault.open_meta(tx, "head") or b"")
            aux = [row[1] for row in tx.small_objects("aux").rows]
        assert sealed.aux_ids == tuple(aux) and len(aux) == 1
    finally:
        journal.vault.lock()
    assert _meta(path, "version") == b"2"
    pass_file = path.with_name("pass.txt")
    pass_file.write_text(facts["passphrase"] + "\n", encoding="utf-8")
    result = run_cli("--vault", path, "--passphrase-file", pass_file, "check")
    assert (result.returncode, result.stdout) == (0, "OK\n"), result.stdout + result.stderr
