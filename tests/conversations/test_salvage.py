"""Salvage and backups keep message histories: the batches, their indexes, the
manifest and the export files all reach the new journal."""

from __future__ import annotations

from pathlib import Path

from journal.salvage.salvage import salvage_file
from journal.session.check import check_journal
from journal.session.message_import import import_messages

from ..conftest import PASSPHRASE, new_vault, reopen
from ..messages.builders import LRM, Line, iphone_chat, write_zip
from .helpers import START, chat_lines, whatsapp_file


def test_salvage_copies_the_stored_messages_and_their_files(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    vault, _code = new_vault(path)
    from journal.session.journal import Journal

    journal = Journal.open(vault)
    import_messages(journal, whatsapp_file(tmp_path, "a.txt", chat_lines(5000)), timezone="UTC")
    photo = "00000012-PHOTO-2025-03-15-01-02-03.jpg"
    chat = iphone_chat([Line(START, "Mark Doe", f"{LRM}<attached: {photo}>")]).encode()
    zipped = write_zip(tmp_path / "b.zip", {"_chat.txt": chat, photo: b"\xff\xd8\xff" * 100})
    import_messages(journal, zipped, timezone="UTC")
    texts = [m.text for m in journal.messages.search()]
    vault.lock()
    target = tmp_path / "saved.db"
    report = salvage_file(path, PASSPHRASE, target)
    assert not report.lost, report.lost
    saved = reopen(target)
    assert [m.text for m in saved.messages.search()] == texts
    assert len(saved.messages.sources()) == 2
    for source in saved.messages.sources():
        for info in (source.file, *source.members):
            assert b"".join(saved.read_attachment(info.attachment_id))
    assert check_journal(saved).intact, check_journal(saved).problems
    saved.vault.lock()
