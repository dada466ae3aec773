"""Check a court bundle without the journal: every file against SHA256SUMS, and
SHA256SUMS against its Ed25519 signature.

Works on the zip itself or on an unpacked folder. A zip is never extracted:
members are hashed in place, as streams, so a hostile archive (names with `..`
or absolute paths, duplicate names, a declared size far beyond what its data
could hold) is reported and cannot write anywhere. In a folder only the names
the bundle lists are opened, and none outside the folder (`..`, absolute paths
and symbolic links are refused).
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidSignature

from ..errors import JournalError, UsageError
from .bundle_texts import PUBLIC_KEY, SIGNATURE, SUMS
from .signing import fingerprint, load_public_pem
from .write import Cancelled, Progress, check_not_cancelled

BLOCK = 1024 * 1024
SMALL_LIMIT = 16 * 1024 * 1024  # SHA256SUMS, the key and the signature are tiny
MAX_RATIO = 1100  # deflate cannot expand more than about 1032:1
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


class NotABundle(JournalError):
    exit_code = 4

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is not an export bundle from this app ({reason}).")


@dataclass(frozen=True)
class Finding:
    kind: str  # changed, missing, added, unsafe, damaged, signature
    name: str
    message: str


@dataclass
class BundleReport:
    findings: list[Finding] = field(default_factory=list)
    checked: int = 0
    fingerprint: str = ""
    signature_ok: bool = False

    @property
    def intact(self) -> bool:
        return not self.findings and self.signature_ok

    def add(self, kind: str, name: str, message: str) -> None:
        self.findings.append(Finding(kind, name, message))


def unsafe_name(name: str) -> str:
    """Why `name` could escape or mislead when unpacked; "" when it is safe."""
    if not name or "\x00" in name or "\\" in name:
        return "has a backslash or an empty or NUL character"
    path = PurePosixPath(name)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", name):
        return "is an absolute path"
    if ".." in path.parts:
        return "points outside the bundle (..)"
    if any(ord(ch) < 32 for ch in name):
        return "contains control characters"
    return ""


class _Zip:
    def __init__(self, path: Path, report: BundleReport) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise NotABundle(path, f"not a readable zip file: {error}") from None
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.bad: set[str] = set()
        for info in infos:
            name = info.filename
            if info.is_dir():
                continue
            why = unsafe_name(name)
            if why:
                report.add("unsafe", name, f"{name!r} {why}; it was not opened")
                self.bad.add(name)
            elif name in self.members:
                report.add("unsafe", name, f"{name} appears more than once in the zip")
                self.bad.add(name)
            elif info.flag_bits & 0x1:
                report.add("unsafe", name, f"{name} is encrypted inside the zip")
                self.bad.add(name)
            elif info.file_size > MAX_RATIO * info.compress_size + BLOCK:
                report.add("unsafe", name, f"{name} declares an impossible size; not opened")
                self.bad.add(name)
            self.members.setdefault(name, info)

    def names(self) -> set[str]:
        return set(self.members)

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def blocks(self, name: str) -> Iterator[bytes]:
        with self.zip.open(self.members[name]) as stream:
            while block := stream.read(BLOCK):
                yield block

    def close(self) -> None:
        self.zip.close()


class _Folder:
    def __init__(self, root: Path, report: BundleReport) -> None:
        self.root = root
        self.files: set[str] = set()
        self.bad: set[str] = set()
        for folder, dirs, files in os.walk(root, followlinks=False):
            for name in [*files, *[d for d in dirs if Path(folder, d).is_symlink()]]:
                relative = Path(folder, name).relative_to(root).as_posix()
                if Path(folder, name).is_symlink():
                    report.add("unsafe", relative, f"{relative} is a link; links are not followed")
                    self.bad.add(relative)
                self.files.add(relative)

    def names(self) -> set[str]:
        return self.files

    def size(self, name: str) -> int:
        return (self.root / name).lstat().st_size

    def blocks(self, name: str) -> Iterator[bytes]:
        with (self.root / name).open("rb") as stream:
            while block := stream.read(BLOCK):
                yield block

    def close(self) -> None:
        pass


def _read_small(source: _Zip | _Folder, name: str) -> bytes:
    if source.size(name) > SMALL_LIMIT:
        raise ValueError(f"{name} is far too large")
    return b"".join(source.blocks(name))


def _parse_sums(text: bytes, report: BundleReport) -> dict[str, str]:
    listed: dict[str, str] = {}
    try:
        lines = text.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        report.add("damaged", SUMS, "SHA256SUMS is not readable text")
        return listed
    for number, line in enumerate(lines, 1):
        match = _LINE.match(line)
        if match is None:
            report.add("damaged", SUMS, f"line {number} of SHA256SUMS cannot be read")
            continue
        digest, name = match.group(1).lower(), match.group(2)
        why = unsafe_name(name)
        if why or name in (SUMS, SIGNATURE) or name in listed:
            report.add("unsafe", name, f"SHA256SUMS lists {name!r}, which is not allowed")
            continue
        listed[name] = digest
    return listed


def _check_signature(source: _Zip | _Folder, sums: bytes, report: BundleReport) -> None:
    names = source.names()
    for needed in (PUBLIC_KEY, SIGNATURE):
        if needed not in names or needed in source.bad:
            report.add(
                "signature", needed, f"{needed} is missing, so the signature cannot be checked"
            )
            return
    try:
        key = load_public_pem(_read_small(source, PUBLIC_KEY))
        signature = _read_small(source, SIGNATURE)
    except (ValueError, TypeError, OSError, zipfile.BadZipFile, zlib.error):
        report.add("signature", PUBLIC_KEY, f"{PUBLIC_KEY} is not a valid Ed25519 public key")
        return
    report.fingerprint = fingerprint(key)
    try:
        key.verify(signature, sums)
    except InvalidSignature:
        report.add(
            "signature",
            SUMS,
            "the signature does not match: SHA256SUMS or SHA256SUMS.sig was changed, "
            "or they were signed by another key",
        )
        return
    report.signature_ok = True


def verify_bundle(
    path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BundleReport:
    """Check every file of the bundle at `path` (a zip or an unpacked folder)."""
    if not path.exists():
        raise UsageError(f"There is nothing at {path}.")
    report = BundleReport()
    source: _Zip | _Folder = _Folder(path, report) if path.is_dir() else _Zip(path, report)
    try:
        names = source.names()
        if SUMS not in names and "manifest.json" not in names:
            raise NotABundle(path, "it has no SHA256SUMS and no manifest.json")
        if SUMS not in names or SUMS in source.bad:
            report.add("missing", SUMS, "SHA256SUMS is missing, so no file can be checked")
            return report
        try:
            sums = _read_small(source, SUMS)
        except (ValueError, OSError, zipfile.BadZipFile, zlib.error) as error:
            report.add("damaged", SUMS, f"SHA256SUMS cannot be read ({error})")
            return report
        _check_signature(source, sums, report)
        listed = _parse_sums(sums, report)
        _check_files(source, listed, report, progress, cancelled)
    finally:
        source.close()
    return report


def _check_files(
    source: _Zip | _Folder,
    listed: dict[str, str],
    report: BundleReport,
    progress: Callable[[int, int], None] | None,
    cancelled: Cancelled | None,
) -> None:
    names = source.names()
    present = [n for n in sorted(listed) if n in names and n not in source.bad]
    total = sum(source.size(n) for n in present) or 1
    done = 0
    for name in sorted(listed):
        if name not in names:
            report.add("missing", name, f"{name} is missing")
            continue
        if name in source.bad:
            continue
        digest = hashlib.sha256()
        try:
            for block in source.blocks(name):
                check_not_cancelled(cancelled)
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(min(done, total), total)
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
            report.add("damaged", name, f"{name} cannot be read (the zip is damaged there)")
            continue
        report.checked += 1
        if digest.hexdigest() != listed[name]:
            report.add("changed", name, f"{name} was changed (its SHA-256 differs from SHA256SUMS)")
    for name in sorted(names - set(listed) - {SUMS, SIGNATURE} - source.bad):
        report.add("added", name, f"{name} was added: it is not listed in SHA256SUMS")
