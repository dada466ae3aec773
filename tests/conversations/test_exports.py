"""Linked messages in the PDF (read back with pdftotext) and in the bundle (checked by
verify), with the original export files as exhibits."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from journal.entries.model import EntryContent, EventTime
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, RedactionProfile, select
from journal.export.verify import verify_bundle
from journal.session.journal import Journal
from journal.session.message_import import import_messages
from journal.session.message_links import link_messages

from ..messages.builders import LRM, Line, iphone_chat, write_zip
from ..messages.test_whatsapp import CONVERSATION
from ..pdf_helpers import FIXED, export, squash, text
from .helpers import START, chat_lines, every_format, whatsapp_file

PHOTO = "00000012-PHOTO-2025-03-15-01-02-03.jpg"
PICTURE = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8


def _linked_journal(journal: Journal, tmp_path: Path) -> tuple[str, dict[str, Path]]:
    exports = every_format(tmp_path / "exports")
    chat = write_zip(
        tmp_path / "WhatsApp Chat - Mark Doe.zip",
        {
            "_chat.txt": iphone_chat(
                [*CONVERSATION[1:3], Line(START, "Mark Doe", f"{LRM}<attached: {PHOTO}>")]
            ).encode(),
            PHOTO: PICTURE,
        },
    )
    import_messages(journal, chat, timezone="Europe/Berlin")
    import_messages(journal, exports["sms-xml"], me="Ana")
    entry_id = journal.add_entry(
        EntryContent("contact", "Threats by message", EventTime("2025-03-14"))
    )
    ids = [m.id for m in journal.messages.search()]
    link_messages(journal, entry_id, ids)
    return entry_id, {"zip": chat, "sms": exports["sms-xml"]}


def test_pdf_shows_each_linked_message_with_zone_and_exhibit(
    journal: Journal, tmp_path: Path
) -> None:
    _entry_id, files = _linked_journal(journal, tmp_path)
    pdf = tmp_path / "out.pdf"
    selection, _pages = export(journal, pdf)
    numbers = {x.info.file_name: x.number for x in selection.exhibits}
    assert set(numbers) == {files["zip"].name, files["sms"].name, PHOTO}
    shown = squash(text(pdf))
    for expected in (
        "Linked messages (6)",
        "I know you're at your sister's.",
        "2025-03-02 00:16:00 Europe/Berlin (assumed: zone confirmed by the user)",
        f"from {numbers[files['zip'].name]}",
        f"{PHOTO} ({numbers[PHOTO]})",
        "2025-03-14 21:07:55 UTC · Mark Doe (+1 555 000 1111)",
        "anyone could have edited before it was imported",
        *(x.info.sha256 for x in selection.exhibits),
    ):
        assert squash(expected) in shown, expected


def test_bundle_holds_messages_and_original_exports_and_verifies(
    journal: Journal, tmp_path: Path
) -> None:
    entry_id, files = _linked_journal(journal, tmp_path)
    selection = select(journal, ExportOptions(), clock=lambda: FIXED)
    bundle = tmp_path / "bundle.zip"
    export_bundle(selection, journal, bundle)
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        sums = archive.read("SHA256SUMS").decode()
        messages = [json.loads(archive.read(n)) for n in names if n.startswith("messages/")]
        exhibits = {n: archive.read(n) for n in names if n.startswith("exhibits/")}
    assert len(messages) == 6 and all(m["linked_to_entries"] == [entry_id] for m in messages)
    stored = {m.id: m for m in journal.messages.search()}
    for message in messages:
        assert message["text"] == stored[message["id"]].text
        assert f"messages/{message['id']}.json" in sums
    originals = {hashlib.sha256(data).hexdigest() for data in exhibits.values()}
    assert hashlib.sha256(files["zip"].read_bytes()).hexdigest() in originals
    assert hashlib.sha256(files["sms"].read_bytes()).hexdigest() in originals
    assert hashlib.sha256(PICTURE).hexdigest() in originals
    assert all(name in sums for name in exhibits)
    report = verify_bundle(bundle)
    assert report.intact, report.findings


def test_redaction_terms_are_hidden_in_the_log_but_not_in_the_original(
    journal: Journal, tmp_path: Path
) -> None:
    chat = whatsapp_file(tmp_path, "chat.txt", chat_lines(2))
    import_messages(journal, chat, timezone="UTC")
    entry_id = journal.add_entry(EntryContent("contact", "Messages", EventTime("2025-03-01")))
    link_messages(journal, entry_id, [m.id for m in journal.messages.search()])
    profile = RedactionProfile("court", terms=("line two",))
    options = ExportOptions(redaction=profile)
    pdf = tmp_path / "out.pdf"
    export(journal, pdf, options)
    assert "line two" not in text(pdf) and "message 1" in text(pdf)
    bundle = tmp_path / "b.zip"
    export_bundle(select(journal, options, clock=lambda: FIXED), journal, bundle)
    with zipfile.ZipFile(bundle) as archive:
        logged = [json.loads(archive.read(n)) for n in archive.namelist() if "messages/" in n]
        original = next(archive.read(n) for n in archive.namelist() if n.startswith("exhibits/"))
    assert all(m["redacted"] and "line two" not in m["text"] for m in logged)
    assert original == chat.read_bytes()
