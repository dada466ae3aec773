"""Hand-built hostile zips: the headers written byte by byte (APPNOTE 4.3), so a test
can declare sizes, methods and offsets a well-behaved zip writer would never produce.
Each bomb is built in well under a second and a few hundred KB."""

from __future__ import annotations

import bz2
import struct
import zipfile
import zlib
from dataclasses import dataclass

BZIP2 = 12
UNIX = 3
REGULAR = 0o100644 << 16


@dataclass(frozen=True)
class Member:
    name: str
    method: int
    crc: int
    compressed_size: int
    size: int
    offset: int
    external_attr: int = REGULAR


def local_header(name: str, method: int, crc: int, compressed: int, size: int) -> bytes:
    encoded = name.encode()
    return (
        struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            46,
            0,
            method,
            0,
            0x21,
            crc,
            compressed,
            size,
            len(encoded),
            0,
        )
        + encoded
    )


def directory(members: list[Member], at: int, comment: bytes = b"") -> bytes:
    """Central directory and end record for `members`, placed at offset `at`."""
    records = b""
    for m in members:
        encoded = m.name.encode()
        records += (
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                UNIX << 8 | 46,
                46,
                0,
                m.method,
                0,
                0x21,
                m.crc,
                m.compressed_size,
                m.size,
                len(encoded),
                0,
                0,
                0,
                0,
                m.external_attr,
                m.offset,
            )
            + encoded
        )
    end = struct.pack(
        "<4sHHHHIIH",
        b"PK\x05\x06",
        0,
        0,
        len(members),
        len(members),
        len(records),
        at,
        len(comment),
    )
    return records + end + comment


def stored_members(path_of_zip: object) -> dict[str, bytes]:
    with zipfile.ZipFile(str(path_of_zip)) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def forge(files: dict[str, tuple[int, bytes, int, int]], comment: bytes = b"") -> bytes:
    """A zip of `files`: name -> (method, compressed data, declared size, crc)."""
    body, members = b"", []
    for name, (method, data, size, crc) in files.items():
        members.append(Member(name, method, crc, len(data), size, len(body)))
        body += local_header(name, method, crc, len(data), size) + data
    return body + directory(members, len(body), comment)


def stored(files: dict[str, bytes]) -> dict[str, tuple[int, bytes, int, int]]:
    return {n: (0, d, len(d), zlib.crc32(d)) for n, d in files.items()}


def bzip2_zeros(total: int) -> bytes:
    """One bzip2 stream that expands to at least `total` zero bytes, built from a
    single compressed block repeated (each block holds 40 MiB of zeros), so nothing
    of that size is ever compressed here."""
    one = bz2.compress(bytes(40 << 20), 9)
    bits = bin(int.from_bytes(one, "big"))[2:].zfill(len(one) * 8)
    stream_end = bits.rindex(format(0x177245385090, "048b"))
    block = bits[32:stream_end]
    block_crc = int(block[48:80], 2)
    count = -(-total // (40 << 20))
    combined = 0
    for _ in range(count):
        combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ block_crc
    out = bits[:32] + block * count + format(0x177245385090, "048b") + format(combined, "032b")
    out += "0" * (-len(out) % 8)
    return int(out, 2).to_bytes(len(out) // 8, "big")


def overlapping_bomb(count: int, kernel_bytes: int, first: dict[str, bytes]) -> bytes:
    """The stored files `first`, then `count` deflated members that all end in one
    shared kernel (Fifield's construction: each member's stream quotes the next
    member's local header in a stored block, then runs on into the next member's data)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    kernel = compressor.compress(bytes(kernel_bytes)) + compressor.flush()
    names = [f"exhibits/{i:04d}.bin" for i in range(count)]
    headers: list[bytes] = [b""] * count
    tail_size = kernel_bytes
    for i in range(count - 1, -1, -1):  # sizes of later members are known first
        rest = len(kernel) + sum(len(h) + 5 for h in headers[i + 1 :])
        headers[i] = local_header(names[i], 8, 0, rest, tail_size)
        tail_size += len(headers[i])
    body, members = b"", []
    for name, data in first.items():
        members.append(Member(name, 0, zlib.crc32(data), len(data), len(data), len(body)))
        body += local_header(name, 0, zlib.crc32(data), len(data), len(data)) + data
    for i, header in enumerate(headers):
        if i:  # a stored, non-final deflate block that quotes the next header
            body += b"\x00" + struct.pack("<HH", len(header), len(header) ^ 0xFFFF)
        members.append(Member(names[i], 8, 0, *struct.unpack("<II", header[18:26]), len(body)))
        body += header
    body += kernel
    return body + directory(members, len(body))
