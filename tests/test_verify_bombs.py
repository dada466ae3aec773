"""verify against zip bombs and hidden data: a bzip2 member that expands to 2 GiB, a
small zip whose members overlap (4 GiB declared), a zip comment, bytes before or after
the zip, and a symlink member. Each is refused with a named finding (exit 1), nothing
is decompressed beyond what a member declares, and memory stays bounded: peaks are
measured in a fresh interpreter (tests/memory_probe.py)."""

from __future__ import annotations

import bz2
import json
import stat
import zipfile
import zlib
from pathlib import Path

import pytest

from journal.cli.main import main
from journal.export.verify import verify_bundle

from .export_fixtures import small_bundle
from .memory_probe import peak_kib
from .zip_forge import BZIP2, bzip2_zeros, forge, overlapping_bomb, stored, stored_members

EXHIBIT = "exhibit.txt"
BOUNDED_KIB = 64 * 1024  # far below what decoding any of these bombs would take


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_bundle(tmp_path_factory.mktemp("bombs"), EXHIBIT)


def exhibit_name(good: Path) -> str:
    return next(n for n in stored_members(good) if n.endswith(EXHIBIT))


def verify_in_child(path: Path, cwd: Path) -> tuple[int, list[dict[str, str]]]:
    """Peak KiB of a fresh interpreter that runs verify on `path`, and its findings."""
    code = f"""
import json
from pathlib import Path
from journal.export.verify import verify_bundle
report = verify_bundle(Path({str(path)!r}))
print(json.dumps([{{"kind": f.kind, "name": f.name, "message": f.message}}
                  for f in report.findings]))
"""
    peak, out = peak_kib(code, cwd)
    return peak, json.loads(out)


def cli_verify(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = main(["verify", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text and "unexpected" not in text, text
    return code, text


def test_the_honest_bundle_has_no_findings(good: Path) -> None:
    report = verify_bundle(good)
    assert report.intact, report.findings


def test_a_bzip2_member_that_expands_to_2_gib_is_not_decompressed(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = bzip2_zeros(2 << 30)
    assert bz2.BZ2Decompressor().decompress(stream, max_length=1 << 20) == bytes(1 << 20)
    files = stored(stored_members(good))
    files[exhibit_name(good)] = (BZIP2, stream, 1 << 20, 0)  # declares 1 MiB
    path = tmp_path / "bzip2.zip"
    path.write_bytes(forge(files))
    assert path.stat().st_size < 256 * 1024  # the whole bundle, bomb included

    peak, findings = verify_in_child(path, tmp_path)
    assert peak < BOUNDED_KIB, f"verify peaked at {peak} KiB"
    refused = [f for f in findings if f["name"] == exhibit_name(good)]
    assert refused and refused[0]["kind"] == "unsafe", findings
    assert "bzip2" in refused[0]["message"] and "only store or deflate" in refused[0]["message"]
    code, text = cli_verify(capsys, path)
    assert code == 1 and "compressed with bzip2" in text


def test_overlapping_members_are_refused_before_any_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count, kernel = 210, 20 << 20
    names = [f"exhibits/{i:04d}.bin" for i in range(count)]
    sums = "".join(f"{'0' * 64}  {name}\n" for name in names).encode()
    path = tmp_path / "overlap.zip"
    path.write_bytes(overlapping_bomb(count, kernel, {"SHA256SUMS": sums}))
    declared = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    assert declared > 4 << 30 and path.stat().st_size < 200 * 1024

    peak, findings = verify_in_child(path, tmp_path)
    assert peak < BOUNDED_KIB, f"verify peaked at {peak} KiB"
    overlapping = {f["name"] for f in findings if "overlapping members" in f["message"]}
    assert overlapping == set(names[1:]), findings
    assert not any(f["kind"] == "changed" for f in findings)  # nothing was hashed
    code, text = cli_verify(capsys, path)
    assert code == 1 and "shares its bytes with exhibits/0000.bin" in text


def test_a_zip_comment_is_named(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "comment.zip"
    path.write_bytes(forge(stored(stored_members(good)), comment=b"see the real story at ..."))
    report = verify_bundle(path)
    assert not report.intact
    assert [f.kind for f in report.findings] == ["hidden"]
    assert "the zip has a comment (25 bytes)" in report.findings[0].message


@pytest.mark.parametrize("where", ["before", "after"])
def test_bytes_outside_every_member_are_named(good: Path, tmp_path: Path, where: str) -> None:
    extra = b"%PDF-1.4 a document that is not part of the bundle\n" * 20
    genuine = good.read_bytes()
    path = tmp_path / f"{where}.zip"
    path.write_bytes(extra + genuine if where == "before" else genuine + extra)
    report = verify_bundle(path)
    assert not report.intact and report.signature_ok  # the signed files are still fine
    messages = [f.message for f in report.findings if f.kind == "hidden"]
    expected = "before the first file" if where == "before" else "after its end"
    assert len(messages) == 1 and f"{len(extra)} bytes {expected}" in messages[0], messages


def test_a_symlink_member_is_refused_not_called_added(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in stored_members(good).items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("evidence/statement.pdf")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/home/someone/.ssh/id_ed25519")
    report = verify_bundle(path)
    found = [f for f in report.findings if f.name == "evidence/statement.pdf"]
    assert [f.kind for f in found] == ["unsafe"], report.findings
    assert "a link; links are not followed" in found[0].message
    assert not report.only_added
    code, _text = cli_verify(capsys, path)
    assert code == 1


def test_a_member_never_yields_more_than_it_declares(good: Path, tmp_path: Path) -> None:
    """A deflated exhibit whose stream holds more than its declared size: reading stops
    at the declared size and the change is named (its hash differs)."""
    files = stored(stored_members(good))
    name = exhibit_name(good)
    longer = b"a small exhibit\n" * 5000
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    files[name] = (8, compressor.compress(longer) + compressor.flush(), 800, zlib.crc32(longer))
    path = tmp_path / "longer.zip"
    path.write_bytes(forge(files))
    report = verify_bundle(path)
    assert [f.name for f in report.findings] == [name], report.findings
