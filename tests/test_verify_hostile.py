"""verify against hostile bundles: unknown compression, odd keys, truncated members,
pipes and sockets in a folder, a re-signed bundle, an added .DS_Store, and a fixed-seed
fuzz of zip headers. Every case is a named finding (exit 1) or "not a bundle" (exit 4),
never a traceback or the catch-all exit 5, and nothing ever waits on a pipe."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import socket
import struct
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import x448
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from journal.cli.main import main
from journal.export.verify import NotABundle, verify_bundle

from .export_fixtures import small_bundle


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_bundle(tmp_path_factory.mktemp("hostile"), "note.txt")


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def write_zip(path: Path, content: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return path


def cli_verify(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["verify", *map(str, args)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text and "unexpected" not in text, text
    return code, text


def set_method(path: Path, name: str, method: int) -> None:
    """Patch a member's compression method in its local and central headers."""
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo(name)
    data[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", method)
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        length = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if bytes(data[at + 46 : at + 46 + length]) == name.encode():
            data[at + 10 : at + 12] = struct.pack("<H", method)
        at += 4
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", ["SHA256SUMS", "manifest.json", "vault_pub.pem"])
def test_unknown_compression_method_is_a_named_finding(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = write_zip(tmp_path / "m.zip", members(good))
    set_method(path, name, 99)
    report = verify_bundle(path)
    assert not report.intact
    assert any(name in f.message for f in report.findings), report.findings
    code, text = cli_verify(capsys, path)
    assert code == 1 and "PROBLEM:" in text


def pem_of_unknown_algorithm() -> bytes:
    der = bytes.fromhex("302a300506032b6577032100") + b"\x00" * 32  # OID 1.3.101.119
    return b"-----BEGIN PUBLIC KEY-----\n" + base64.encodebytes(der) + b"-----END PUBLIC KEY-----\n"


@pytest.mark.parametrize(
    "pem",
    [
        x448.X448PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
        pem_of_unknown_algorithm(),
        b"-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n",
        b"\xff\xfe not a key",
    ],
    ids=["x448", "unknown-oid", "bad-base64", "binary"],
)
def test_odd_public_keys_are_named(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], pem: bytes
) -> None:
    path = write_zip(tmp_path / "k.zip", {**members(good), "vault_pub.pem": pem})
    report = verify_bundle(path)
    kinds = {f.kind for f in report.findings}
    assert "signature" in kinds and not report.signature_ok
    assert any("not a valid Ed25519 public key" in f.message for f in report.findings)
    assert cli_verify(capsys, path)[0] == 1


def test_truncated_member_data_is_named(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info), compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("SHA256SUMS")
    start = info.header_offset + 30 + len(info.filename.encode())
    data[start : start + info.compress_size] = b"\x00" * info.compress_size
    path.write_bytes(bytes(data))
    report = verify_bundle(path)
    assert any(f.name == "SHA256SUMS" and f.kind == "damaged" for f in report.findings)


def test_a_bundle_signed_again_by_another_key_is_named(good: Path, tmp_path: Path) -> None:
    content = members(good)
    key = Ed25519PrivateKey.generate()
    content["entries/forged.json"] = b'{"content":{"title":"I made it all up"}}\n'
    content["vault_pub.pem"] = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    del content["SHA256SUMS"], content["SHA256SUMS.sig"]
    sums = "".join(
        f"{hashlib.sha256(content[n]).hexdigest()}  {n}\n" for n in sorted(content)
    ).encode()
    forged = write_zip(
        tmp_path / "forged.zip", {**content, "SHA256SUMS": sums, "SHA256SUMS.sig": key.sign(sums)}
    )
    report = verify_bundle(forged)
    assert report.signature_ok and not report.intact
    kinds = sorted(f.kind for f in report.findings)
    assert kinds == ["fingerprint", "key_history"], report.findings
    manifest = json.loads(content["manifest.json"])
    assert manifest["signing_key_fingerprint"] in report.findings[0].message


def test_an_extra_file_is_told_apart_from_a_change(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_zip(tmp_path / "ds.zip", {**members(good), ".DS_Store": b"\x00\x00\x00\x01Bud1"})
    report = verify_bundle(path)
    assert report.only_added and [f.kind for f in report.findings] == ["added"]
    code, text = cli_verify(capsys, path)
    assert code == 1
    assert "An extra file was added; every listed file" in text
    assert "not as it was exported" not in text


def unpack(path: Path, target: Path) -> Path:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(target)
    return target


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_pipes_and_sockets_in_a_folder_are_refused_without_waiting(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = unpack(good, tmp_path / "unpacked")
    (folder / "chain.txt").unlink()
    os.mkfifo(folder / "chain.txt")  # listed in SHA256SUMS: opening it would wait forever
    os.mkfifo(folder / "extra-pipe")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(folder / "s.sock"))
        report = verify_bundle(folder)
    finally:
        server.close()
    messages = {f.name: f.message for f in report.findings}
    assert "named pipe" in messages["chain.txt"] and "named pipe" in messages["extra-pipe"]
    assert "socket" in messages["s.sock"]
    assert not report.intact
    pipe = tmp_path / "a-pipe.zip"
    os.mkfifo(pipe)
    with pytest.raises(NotABundle):
        verify_bundle(pipe)
    assert cli_verify(capsys, pipe)[0] == 4


def header_regions(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of every local header, central directory entry and the end record."""
    regions = []
    for magic, fixed, name_at in ((b"PK\x03\x04", 30, 26), (b"PK\x01\x02", 46, 28)):
        at = 0
        while (at := data.find(magic, at)) >= 0:
            name_length = struct.unpack("<H", data[at + name_at : at + name_at + 2])[0]
            regions.append((at, at + fixed + name_length))
            at += 4
    end = data.rfind(b"PK\x05\x06")
    regions.append((end, end + 22))
    return regions


def mutations(data: bytes, seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    regions = header_regions(data)
    out = []
    for _ in range(count):
        mutated = bytearray(data)
        for _flip in range(rng.randint(1, 4)):
            start, end = rng.choice(regions)
            at = rng.randrange(start, min(end, len(data)))
            mutated[at] = rng.choice([0, 0xFF, mutated[at] ^ (1 << rng.randrange(8))])
        out.append(bytes(mutated))
    return out


def test_fuzzed_zip_headers_never_raise_or_crash(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = good.read_bytes()
    path = tmp_path / "fuzz.zip"
    outcomes: dict[int, int] = {}
    for number, mutated in enumerate(mutations(data, seed=20260102, count=300)):
        path.write_bytes(mutated)
        try:
            report = verify_bundle(path)
        except NotABundle:
            outcomes[4] = outcomes.get(4, 0) + 1
        else:
            outcomes[0 if report.intact else 1] = outcomes.get(0 if report.intact else 1, 0) + 1
        if number % 10 == 0:  # the CLI too: a plain line and exit 0, 1 or 4, never 5
            code, _text = cli_verify(capsys, path)
            assert code in (0, 1, 4)
    assert outcomes.get(1, 0) > 100 and outcomes.get(4, 0) > 0, outcomes
