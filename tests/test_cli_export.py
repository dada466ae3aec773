"""`export` and `verify` on the command line: exit codes, messages, tampering of
every kind in the zip and in an unpacked folder, and hostile zips."""

from __future__ import annotations

import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from journal.export.verify import verify_bundle
from journal.session.journal import Journal
from journal.vault.lifecycle import unlock

from .cli_helpers import run_cli
from .conftest import PASSPHRASE
from .export_fixtures import PRIVATE, populate
from .factories import journal_at, passphrase_file


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(vault, passphrase file, bundle made through the CLI), made once for the module."""
    base = tmp_path_factory.mktemp("cli-export")
    journal = journal_at(base / "notes.db")
    populate(journal)
    journal.vault.lock()
    pass_file = passphrase_file(base)
    bundle = base / "bundle.zip"
    result = run_cli(
        "--vault", base / "notes.db", "--passphrase-file", pass_file,
        "export", "bundle", "--out", bundle,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(bundle)
    assert "NOT encrypted" in result.stderr and "fingerprint" in result.stderr
    return base / "notes.db", pass_file, bundle


def cli(exported: tuple[Path, Path, Path], *args: str | Path):
    return run_cli("--vault", exported[0], "--passphrase-file", exported[1], *args)


def rewrite(
    source: Path, target: Path, change: dict[str, bytes | None], add: dict[str, bytes]
) -> Path:
    """Copy a zip, replacing (bytes) or dropping (None) members and adding others."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(info, change[info.filename])  # type: ignore[arg-type]
            else:
                new.writestr(info, old.read(info))
        for name, data in add.items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # duplicate names are the point of some tests
                new.writestr(name, data)
    return target


def flip(data: bytes) -> bytes:
    return bytes([data[0] ^ 1]) + data[1:] if data else b"x"


def test_verify_passes_for_the_zip_and_the_folder(exported, tmp_path: Path) -> None:
    result = run_cli("verify", exported[2])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "OK"
    assert "fingerprint" in result.stderr
    folder = tmp_path / "unpacked"
    zipfile.ZipFile(exported[2]).extractall(folder)
    assert run_cli("verify", folder).returncode == 0


def test_one_changed_byte_in_any_member_is_named(exported, tmp_path: Path) -> None:
    names = zipfile.ZipFile(exported[2]).namelist()
    assert len(names) > 10
    for name in names:
        data = zipfile.ZipFile(exported[2]).read(name)
        bad = rewrite(exported[2], tmp_path / "bad.zip", {name: flip(data)}, {})
        report = verify_bundle(bad)
        assert not report.intact, name
        named = {f.name for f in report.findings}
        assert name in named or (name in ("SHA256SUMS.sig", "vault_pub.pem") and report.findings)
        bad.unlink()


@pytest.mark.parametrize("kind", ["changed", "missing", "added"])
def test_cli_names_each_kind_of_tampering_in_the_zip(exported, tmp_path: Path, kind: str) -> None:
    names = zipfile.ZipFile(exported[2]).namelist()
    exhibit = next(n for n in names if n.startswith("exhibits/EX-007"))
    data = zipfile.ZipFile(exported[2]).read(exhibit)
    change: dict[str, bytes | None] = {}
    add: dict[str, bytes] = {}
    if kind == "changed":
        change[exhibit] = data[:100] + bytes([data[100] ^ 0xFF]) + data[101:]
    elif kind == "missing":
        change[exhibit] = None
    else:
        add["exhibits/EX-999_extra.jpg"] = b"not part of it"
    bad = rewrite(exported[2], tmp_path / "bad.zip", change, add)
    result = run_cli("verify", bad)
    assert result.returncode == 1
    assert "OK" not in result.stdout.split()
    expected = "EX-999_extra.jpg" if kind == "added" else exhibit
    line = next(line for line in result.stdout.splitlines() if expected in line)
    assert {"changed": "was changed", "missing": "is missing", "added": "was added"}[kind] in line


@pytest.mark.parametrize("kind", ["changed", "missing", "added", "signature"])
def test_cli_names_each_kind_of_tampering_in_a_folder(exported, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "unpacked"
    zipfile.ZipFile(exported[2]).extractall(folder)
    target = next((folder / "entries").glob("*.json"))
    relative = target.relative_to(folder).as_posix()
    if kind == "changed":
        target.write_bytes(flip(target.read_bytes()))
    elif kind == "missing":
        target.unlink()
    elif kind == "added":
        (folder / "entries" / "new.json").write_text("{}")
        relative = "entries/new.json"
    else:
        sig = folder / "SHA256SUMS.sig"
        sig.write_bytes(flip(sig.read_bytes()))
        relative = "signature does not match"
    result = run_cli("verify", folder)
    assert result.returncode == 1, result.stdout
    assert relative in result.stdout


def test_missing_signature_or_key_fails(exported, tmp_path: Path) -> None:
    for name in ("SHA256SUMS.sig", "vault_pub.pem", "SHA256SUMS"):
        bad = rewrite(exported[2], tmp_path / f"{name}.zip", {name: None}, {})
        result = run_cli("verify", bad)
        assert result.returncode == 1, name
        assert name in result.stdout


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    data = bytearray(path.read_bytes())
    encoded = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def test_hostile_zip_is_reported_and_never_extracted(exported, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    bad = rewrite(
        exported[2],
        work / "hostile.zip",
        {},
        {
            "../escaped.txt": b"x",
            "/abs/escaped.txt": b"x",
            "manifest.json": b"{}",  # a duplicate name
            "exhibits/huge.bin": b"y" * 100,
        },
    )
    _patch_declared_size(bad, "exhibits/huge.bin", 0xFFFFFFF0)
    before = sorted(p for p in tmp_path.rglob("*"))
    result = run_cli("verify", bad)
    assert result.returncode == 1
    out = result.stdout
    assert "'../escaped.txt' points outside" in out
    assert "'/abs/escaped.txt' is an absolute path" in out
    assert "manifest.json appears more than once" in out
    assert "exhibits/huge.bin declares an impossible size" in out
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert not (tmp_path / "escaped.txt").exists()


def test_verify_exit_codes_for_usage_and_not_a_bundle(tmp_path: Path) -> None:
    assert run_cli("verify").returncode == 2
    assert run_cli("verify", tmp_path / "absent.zip").returncode == 2
    other = tmp_path / "photo.zip"
    other.write_bytes(b"PK not really")
    result = run_cli("verify", other)
    assert result.returncode == 4 and "not an export bundle" in result.stderr
    empty = tmp_path / "folder"
    empty.mkdir()
    assert run_cli("verify", empty).returncode == 4


def test_export_refuses_to_overwrite_and_checks_options(exported, tmp_path: Path) -> None:
    existing = tmp_path / "existing.csv"
    existing.write_text("mine")
    result = cli(exported, "export", "csv", "--out", existing)
    assert result.returncode == 2 and "already a file" in result.stderr
    assert existing.read_text() == "mine"
    forced = cli(exported, "export", "csv", "--out", existing, "--force")
    assert forced.returncode == 0, forced.stderr
    assert existing.read_bytes().startswith(b"\xef\xbb\xbf")
    assert (
        cli(
            exported, "export", "csv", "--out", tmp_path / "a.csv", "--from", "14/03/2025"
        ).returncode
        == 2
    )
    assert cli(exported, "export", "xls", "--out", tmp_path / "a.xls").returncode == 2
    assert cli(exported, "export", "json", "--out", tmp_path / "no" / "a.json").returncode == 2
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    denied = run_cli(
        "--vault",
        exported[0],
        "--passphrase-file",
        wrong,
        "export",
        "json",
        "--out",
        tmp_path / "b.json",
    )
    assert denied.returncode == 3 and not (tmp_path / "b.json").exists()


def test_export_json_filters_and_private_notes(exported, tmp_path: Path) -> None:
    import json

    out = tmp_path / "reports.json"
    result = cli(exported, "export", "json", "--out", out, "--kind", "report")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [e["kind"] for e in data["entries"]] == ["report"]
    everything = tmp_path / "all.json"
    assert (
        cli(
            exported,
            "export",
            "json",
            "--out",
            everything,
            "--from",
            "2025-03-01",
            "--to",
            "2025-03-31",
        ).returncode
        == 0
    )
    assert len(json.loads(everything.read_text(encoding="utf-8"))["entries"]) == 2
    assert PRIVATE not in everything.read_text(encoding="utf-8")
    listed = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in listed if n.endswith(".part")]


def test_export_pdf_writes_a_readable_chronology(exported, tmp_path: Path) -> None:
    import subprocess

    out = tmp_path / "chronology.pdf"
    result = cli(exported, "export", "pdf", "--out", out, "--bates-prefix", "CASE")
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
    assert "Pages:" in info
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
    assert "CASE-000001" in text
    fingerprint = result.stderr.split("Signing-key fingerprint: ")[1].splitlines()[0]
    assert fingerprint.replace(" ", "")[:16] in text.replace(" ", "").replace("\n", "")
    assert cli(exported, "export", "pdf", "--out", out).returncode == 2


def test_check_since_head_confirms_an_earlier_export_point(tmp_path: Path) -> None:
    import json

    from journal.entries.model import EntryContent, EventTime
    from journal.session.chain_point import head_position, parse_head

    journal = journal_at(tmp_path / "v.db")
    first = journal.add_entry(
        EntryContent(kind="note", title="Before the export", occurred=EventTime("2025-03-14"))
    )
    journal.vault.lock()
    pass_file = passphrase_file(tmp_path)
    base = ("--vault", tmp_path / "v.db", "--passphrase-file", pass_file)
    bundle = tmp_path / "b.zip"
    assert run_cli(*base, "export", "bundle", "--out", bundle).returncode == 0
    head = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))["chain_head"]
    later = ("add", "--kind", "note", "--title", "Later", "--occurred", "2025-04-01")
    assert run_cli(*base, *later).returncode == 0

    result = run_cli(*base, "check", "--since-head", head.upper())
    assert result.returncode == 0 and result.stdout.strip() == "OK", result.stdout
    assert "after revision 1: those 1 revisions are unchanged, and 1 were" in result.stderr
    result = run_cli(*base, "check", "--since-head", "ab" * 32)
    assert result.returncode == 1 and "not a point on this journal's chain" in result.stdout
    result = run_cli(*base, "check", "--since-head", "xyz")
    assert result.returncode == 2 and "cannot be read" in result.stderr

    journal = Journal.open(unlock(tmp_path / "v.db", PASSPHRASE))
    journal.purge_entry(first, "PURGE")  # purge keeps the hashes: the point stays
    assert head_position(journal, parse_head(head)) == 1
    assert head_position(journal, journal.chain_head) == 3
    journal.vault.lock()


def test_verify_with_fingerprint_on_the_command_line(exported, tmp_path: Path) -> None:
    import json

    manifest = json.loads(zipfile.ZipFile(exported[2]).read("manifest.json"))
    signer = manifest["signing_key_fingerprint"]
    result = run_cli("verify", exported[2])
    assert result.returncode == 0 and "only once the fingerprint is confirmed" in result.stderr
    assert f"Signing-key fingerprint of this bundle: {signer}" in result.stderr
    result = run_cli("verify", exported[2], "--fingerprint", signer.upper().replace(" ", ""))
    assert result.returncode == 0 and "matches the signing-key fingerprint you confirmed" in (
        result.stderr
    )
    result = run_cli("verify", exported[2], "--fingerprint", "12" * 32)
    assert result.returncode == 1
    assert "PROBLEM: the bundle was signed by the key" in result.stdout
    result = run_cli("verify", exported[2], "--fingerprint", "12 34")
    assert result.returncode == 2 and "cannot be read" in result.stderr


def test_passwd_and_new_recovery_code_replace_the_signing_key(tmp_path: Path) -> None:
    journal = journal_at(tmp_path / "v.db")
    from journal.export.signing import journal_fingerprint

    before = journal_fingerprint(journal)
    journal.vault.lock()
    pass_file = passphrase_file(tmp_path)
    new_file = tmp_path / "new.txt"
    new_file.write_text("a much longer new passphrase here\n", encoding="utf-8")
    result = run_cli(
        "--vault", tmp_path / "v.db", "--passphrase-file", pass_file,
        "passwd", "--new-passphrase-file", new_file,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    after = result.stderr.split("Signing-key fingerprint: ")[1].split(".")[0]
    assert after != before and len(after.replace(" ", "")) == 64
    reopened = Journal.open(unlock(tmp_path / "v.db", "a much longer new passphrase here"))
    assert journal_fingerprint(reopened) == after
    reopened.vault.lock()
    result = run_cli(
        "--vault", tmp_path / "v.db", "--passphrase-file", new_file, "new-recovery-code"
    )
    assert result.returncode == 0, result.stderr
    third = result.stderr.split("Signing-key fingerprint: ")[1].split(".")[0]
    assert third not in (before, after)
