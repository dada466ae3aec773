"""README-VERIFY.txt: every command it prints for macOS and Linux is run here, exactly as
printed, in a real unpacked bundle, and must accept it; changed, they must object."""

from __future__ import annotations

import hashlib
import subprocess
import zipfile
from pathlib import Path

import pytest

from journal.export.readme_verify import (
    OPENSSL_FINGERPRINT,
    OPENSSL_SIGNATURE,
    POWERSHELL,
    SHA256SUM,
    SHASUM,
)
from journal.export.verify_page import PAGE_NAME

from .export_fixtures import small_bundle


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("bundle")
    folder = base / "unpacked"
    with zipfile.ZipFile(small_bundle(base)) as archive:
        archive.extractall(folder)
    return folder


def run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=folder, capture_output=True, text=True, timeout=60
    )


def readme(folder: Path) -> str:
    return (folder / "README-VERIFY.txt").read_text(encoding="utf-8")


def the_fingerprint(text: str) -> str:
    lines = text.splitlines()
    return lines[lines.index("The signing-key fingerprint of this bundle is:") + 2].strip()


@pytest.mark.parametrize("command", [SHA256SUM, SHASUM])
def test_the_hash_checks_as_printed_accept_the_bundle(unpacked: Path, command: str) -> None:
    assert f"\n     {command}\n" in readme(unpacked)
    result = run(command, unpacked)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == len((unpacked / "SHA256SUMS").read_text().splitlines()) >= 9
    assert all(line.endswith(": OK") for line in lines), lines


@pytest.mark.parametrize("command", [SHA256SUM, SHASUM])
def test_the_hash_checks_name_a_changed_file(unpacked: Path, tmp_path: Path, command: str) -> None:
    folder = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(unpacked), str(folder)], check=True)
    (folder / "chain.txt").write_text("another chain\n")
    result = run(command, folder)
    assert result.returncode != 0 and "chain.txt: FAILED" in result.stdout, result.stdout


def test_the_signature_and_fingerprint_commands_as_printed(unpacked: Path) -> None:
    text = readme(unpacked)
    assert f"\n     {OPENSSL_SIGNATURE}\n" in text
    assert f"\n     {OPENSSL_FINGERPRINT}\n" in text
    signature = run(OPENSSL_SIGNATURE, unpacked)
    assert "Signature Verified Successfully" in signature.stdout, signature.stderr
    printed = run(OPENSSL_FINGERPRINT, unpacked).stdout.split()[0]
    assert printed == the_fingerprint(text).replace(" ", "")
    assert len(printed) == 64


def test_the_page_hash_it_states_is_the_pages(unpacked: Path) -> None:
    text = readme(unpacked)
    digest = hashlib.sha256((unpacked / PAGE_NAME).read_bytes()).hexdigest()
    assert f"The copy in this bundle should have the SHA-256\n\n  {digest}\n" in text


def test_it_speaks_to_every_system_and_says_what_stands_in_for_openssl(unpacked: Path) -> None:
    text = readme(unpacked)
    for needed in (
        "Windows (PowerShell), as one line:",
        POWERSHELL,
        "certutil -hashfile chronology.pdf SHA256",
        "type  powershell  and press Enter",
        "drag the folder from Finder into the Terminal window",
        '"Open in Terminal"',
        "Windows has no OpenSSL of its own.",
        "LibreSSL",
        "Git for Windows",
        "openssl ts -verify -data timestamps/NAME.dat -in timestamps/NAME.tsr -CAfile TSA-CA.pem",
        "pdfsig chronology.pdf",
        "is only a convenience",
        "docs/verify.html in the Incident Journal source code",
    ):
        assert needed in text, needed
