"""The court bundle: checkable with sha256sum and openssl, tamper-evident, deterministic,
exhibits byte for byte, and nothing private or redacted inside it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.errors import UsageError
from journal.export.bundle import export_bundle
from journal.export.bundle_parts import safe_file_name
from journal.export.options import ExportOptions, RedactionProfile, select
from journal.export.signing import journal_fingerprint, pdf_signing_key
from journal.export.verify import NotABundle, verify_bundle
from journal.export.write import ExportCancelled
from journal.session.journal import Journal
from journal.vault.chain import leaf_hash

from .conftest import PASSPHRASE, new_vault, reopen
from .export_fixtures import ADDRESS, OLD_PRIVATE, PRIVATE, SCHOOL, clock, evidence_files, populate


@pytest.fixture
def filled(journal: Journal) -> tuple[Journal, dict[str, str]]:
    return journal, populate(journal)


def make_bundle(journal: Journal, path: Path, **options: object) -> Path:
    selection = select(journal, ExportOptions(**options), clock)  # type: ignore[arg-type]
    export_bundle(selection, journal, path)
    return path


def unpack(bundle: Path, target: Path) -> Path:
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(target)
    return target


def member_texts(bundle: Path) -> dict[str, bytes]:
    """Every member's bytes; the PDF as its extracted text (its streams are compressed)."""
    out: dict[str, bytes] = {}
    with zipfile.ZipFile(bundle) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".pdf"):
                text = subprocess.run(
                    ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
                ).stdout
                data = data + text
            out[name] = data
    return out


def openssl_verify_sums(folder: Path) -> subprocess.CompletedProcess[str]:
    """OpenSSL checks SHA256SUMS.sig against SHA256SUMS with the bundle's public key."""
    return subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            "vault_pub.pem",
            "-rawin",
            "-in",
            "SHA256SUMS",
            "-sigfile",
            "SHA256SUMS.sig",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
    )


def test_sha256sum_and_openssl_accept_the_unpacked_bundle(filled, tmp_path: Path) -> None:
    journal, _ = filled
    folder = unpack(make_bundle(journal, tmp_path / "b.zip", include_history=True), tmp_path / "x")
    sums = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    listed = {line.split("  ", 1)[1] for line in (folder / "SHA256SUMS").read_text().splitlines()}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert listed == on_disk - {"SHA256SUMS", "SHA256SUMS.sig"}
    sig = openssl_verify_sums(folder)
    assert sig.returncode == 0 and "Verified Successfully" in sig.stdout, sig.stderr
    (folder / "SHA256SUMS").write_bytes((folder / "SHA256SUMS").read_bytes() + b"\n")
    bad = openssl_verify_sums(folder)
    assert bad.returncode != 0


def test_fingerprint_matches_openssl_and_manifest(filled, tmp_path: Path) -> None:
    journal, _ = filled
    folder = unpack(make_bundle(journal, tmp_path / "b.zip"), tmp_path / "x")
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-in", "vault_pub.pem", "-outform", "DER"],
        cwd=folder,
        capture_output=True,
        check=True,
    ).stdout
    expected = hashlib.sha256(der[-32:]).hexdigest()
    fingerprint = journal_fingerprint(journal)
    assert fingerprint.replace(" ", "") == expected
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["signing_key_fingerprint"] == fingerprint
    assert fingerprint in (folder / "README-VERIFY.txt").read_text(encoding="utf-8")
    assert manifest["chain_head"] == journal.chain_head.hex()
    pdf_text = subprocess.run(
        ["pdftotext", str(folder / "chronology.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert fingerprint.replace(" ", "")[:16] in pdf_text.replace(" ", "").replace("\n", "")
    assert manifest["counts"]["chronology_pages"] >= 1


def test_exhibits_are_the_imported_originals_byte_for_byte(filled, tmp_path: Path) -> None:
    journal, _ = filled
    folder = unpack(make_bundle(journal, tmp_path / "b.zip"), tmp_path / "x")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    originals = {p.name: p.read_bytes() for p in evidence_files()}
    assert len(manifest["exhibits"]) == len(originals)
    for exhibit in manifest["exhibits"]:
        data = (folder / exhibit["file"]).read_bytes()
        assert data == originals[exhibit["original_name"]]
        assert hashlib.sha256(data).hexdigest() == exhibit["sha256"]
        assert exhibit["size"] == len(data)


def test_exact_entry_files_rehash_to_their_chain_leaves(filled, tmp_path: Path) -> None:
    journal, ids = filled
    folder = unpack(make_bundle(journal, tmp_path / "b.zip"), tmp_path / "x")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    kinds = {e["entry_id"]: e["redacted"] for e in manifest["entries"]}
    assert kinds[ids["report"]] is False and kinds[ids["incident"]] is True  # private note
    assert ids["deleted"] not in kinds
    for item in manifest["entries"]:
        data = (folder / item["file"]).read_bytes()
        if item["redacted"]:
            view = json.loads(data)
            assert view["redacted"] is True and view["original_leaf"] == item["leaf"]
        else:
            assert leaf_hash(data).hex() == item["leaf"]
            assert item["leaf"] in (folder / "chain.txt").read_text()


def test_nothing_private_or_redacted_reaches_any_member(filled, tmp_path: Path) -> None:
    journal, _ = filled
    profile = RedactionProfile(
        "Court", hidden_fields=frozenset({"location"}), terms=(ADDRESS, SCHOOL, "Larkspur")
    )
    bundle = make_bundle(journal, tmp_path / "b.zip", include_history=True, redaction=profile)
    secrets = [PRIVATE, OLD_PRIVATE, ADDRESS, SCHOOL, "Larkspur", "PRIVATECANARY"]
    for name, data in member_texts(bundle).items():
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in data, (secret, name)
            assert secret.encode("ascii", "ignore").lower() not in data.lower(), (secret, name)
    assert verify_bundle(bundle).intact


def test_redaction_terms_in_file_names_are_hidden(journal: Journal, tmp_path: Path) -> None:
    entry = journal.add_entry(
        EntryContent(kind="note", title="Letter", occurred=EventTime("2025-01-05"))
    )
    letter = tmp_path / "Hillview Primary letter.txt"
    letter.write_text("a letter")
    journal.attach_file(entry, letter)
    bundle = make_bundle(
        journal, tmp_path / "b.zip", redaction=RedactionProfile("x", terms=(SCHOOL,))
    )
    names = zipfile.ZipFile(bundle).namelist()
    assert not any("Hillview" in n for n in names)
    assert any(n.startswith("exhibits/EX-001_") for n in names)


def test_same_vault_options_and_clock_give_identical_bytes(filled, tmp_path: Path) -> None:
    journal, _ = filled
    first = make_bundle(journal, tmp_path / "a.zip", include_history=True)
    second = make_bundle(journal, tmp_path / "b.zip", include_history=True)
    assert first.read_bytes() == second.read_bytes()
    infos = zipfile.ZipFile(first).infolist()
    assert {i.date_time for i in infos} == {(2026, 1, 2, 3, 4, 4)} or {
        i.date_time for i in infos
    } == {(2026, 1, 2, 3, 4, 5)}
    names = [i.filename for i in infos]
    assert names[-2:] == ["SHA256SUMS", "SHA256SUMS.sig"]
    assert names[:-2] == sorted(names[:-2])


def test_signing_key_is_replaced_on_key_changes_and_kept_on_reopen(vault_path: Path) -> None:
    vault, _code = new_vault(vault_path)
    journal = Journal.open(vault)
    before = journal_fingerprint(journal)
    assert journal_fingerprint(journal) == before
    from .conftest import fast_kdf

    vault.change_passphrase("another long passphrase", kdf=fast_kdf(), allow_weak_kdf=True)
    after_passphrase = journal_fingerprint(journal)
    assert after_passphrase != before  # an old copy with the old passphrase holds `before`
    vault.lock()
    reopened = reopen(vault_path, "another long passphrase")
    assert journal_fingerprint(reopened) == after_passphrase
    reopened.vault.regenerate_recovery_code("another long passphrase")
    after_code = journal_fingerprint(reopened)
    assert after_code not in (before, after_passphrase)
    reopened.vault.lock()
    again = reopen(vault_path, "another long passphrase")
    assert journal_fingerprint(again) == after_code
    again.vault.lock()
    other, _ = new_vault(vault_path.parent / "other.db", PASSPHRASE)
    assert journal_fingerprint(Journal.open(other)) not in (before, after_passphrase, after_code)
    raw = vault_path.read_bytes()
    for print_ in (before, after_passphrase, after_code):
        assert bytes.fromhex(print_.replace(" ", "")) not in raw


def test_cancel_and_failure_leave_no_file(filled, tmp_path: Path) -> None:
    journal, _ = filled
    selection = select(journal, ExportOptions(), clock)
    out = tmp_path / "out" / "b.zip"
    out.parent.mkdir()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_bundle(selection, journal, out, cancelled=cancelled)
    assert list(out.parent.iterdir()) == []
    out.write_bytes(b"keep me")
    with pytest.raises(UsageError, match="already a file"):
        export_bundle(selection, journal, out)
    assert out.read_bytes() == b"keep me"
    assert sorted(p.name for p in out.parent.iterdir()) == ["b.zip"]


def test_full_disk_removes_the_partial_file(filled, tmp_path: Path) -> None:
    import resource

    journal, _ = filled
    pdf_signing_key(journal)  # the keys are made (and saved in the vault) beforehand
    selection = select(journal, ExportOptions(), clock)
    out = tmp_path / "small" / "b.zip"
    out.parent.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    import signal

    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, hard))
    try:
        with pytest.raises(Exception, match="not enough space"):
            export_bundle(selection, journal, out)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "____etc_passwd"),
        ("a/b\\c.txt", "a_b_c.txt"),
        ("photo\u202egpj.exe", "photo[U+202E]gpj.exe"),
        ("line\nbreak.txt", "line[U+000A]break.txt"),
        ("Ελληνικά 中文.jpg", "Ελληνικά 中文.jpg"),
        ("", "file"),
        ("...", "_"),
    ],
)
def test_exhibit_names_are_safe(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_long_names_keep_their_extension() -> None:
    name = safe_file_name("x" * 500 + ".jpeg")
    assert len(name) <= 100 and name.endswith(".jpeg")


def test_verify_refuses_what_is_not_a_bundle(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("hello")
    with pytest.raises(NotABundle):
        verify_bundle(plain)
    with pytest.raises(NotABundle):
        verify_bundle(tmp_path)
    with pytest.raises(UsageError):
        verify_bundle(tmp_path / "absent.zip")
    shutil.make_archive(str(tmp_path / "other"), "zip", tmp_path, "notes.txt")
    with pytest.raises(NotABundle):
        verify_bundle(tmp_path / "other.zip")


def test_a_hidden_term_in_a_field_no_profile_reaches_is_still_not_exact(
    journal: Journal, tmp_path: Path
) -> None:
    """The safety net: category keys are not redacted text, yet a term matching one
    must not leave the stored bytes in the bundle."""
    journal.add_entry(
        EntryContent(
            kind="incident", title="Evening", occurred=EventTime("2025-01-05"),
            categories=("stalking",),
        )
    )  # fmt: skip
    bundle = make_bundle(
        journal, tmp_path / "b.zip", redaction=RedactionProfile("x", terms=("stalking",))
    )
    with zipfile.ZipFile(bundle) as archive:
        entry_names = [n for n in archive.namelist() if n.startswith("entries/")]
        assert entry_names
        for name in entry_names:
            data = archive.read(name)
            assert b"stalking" not in data.lower()
            assert json.loads(data)["redacted"] is True
    assert verify_bundle(bundle).intact
