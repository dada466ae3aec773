"""Cryptographic building blocks: KDF, AEAD with bound context, chunked STREAM.

Everything here is a thin, typed layer over `cryptography`. The on-disk meaning
of every byte is specified in docs/vault-format.md; keep the two in step.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from journal.system.startup_mark import mark

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
CHUNK_SIZE = 1 << 20
MIN_MEMORY_KIB = 64 * 1024
# Caps on stored Argon2id parameters (docs/vault-format.md section 5.3): well above what
# the app writes (256 MiB, 3 passes, 4 lanes), low enough that a slot planted in the
# file cannot make unlocking take minutes or exhaust memory.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 16


class DecryptionFailed(Exception):
    """Authentication failed: wrong key, or the bytes or their context were changed."""


def random_bytes(n: int) -> bytes:
    return os.urandom(n)


def context(label: str, *parts: bytes | str | int) -> bytes:
    """Encode a purpose label and its parts unambiguously (each length-prefixed).

    Used as AEAD associated data and as HKDF info, so a ciphertext is bound to the
    exact place it belongs to and cannot be moved to another.
    """
    out = bytearray()
    for part in (label, *parts):
        if isinstance(part, int):
            raw = part.to_bytes(8, "big", signed=False)
        elif isinstance(part, str):
            raw = part.encode("utf-8")
        else:
            raw = part
        out += len(raw).to_bytes(4, "big") + raw
    return bytes(out)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """ChaCha20-Poly1305 with a random nonce; returns nonce || ciphertext || tag."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_SIZE + TAG_SIZE:
        raise DecryptionFailed("ciphertext too short")
    try:
        return ChaCha20Poly1305(key).decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], aad)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


def hkdf(key_material: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=info).derive(
        key_material
    )


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the key slot and bound into its AAD."""

    salt: bytes
    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def fresh(cls, memory_kib: int = 256 * 1024, iterations: int = 3, lanes: int = 4) -> KdfParams:
        return cls(os.urandom(16), memory_kib, iterations, lanes)

    def to_json(self) -> str:
        return json.dumps(
            {
                "alg": "argon2id",
                "salt": self.salt.hex(),
                "memory_kib": self.memory_kib,
                "iterations": self.iterations,
                "lanes": self.lanes,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Parse stored parameters, refusing values that could exhaust the machine
        before the slot is authenticated (they are bound into its AAD as well)."""
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("key derivation parameters are not an object")
        if raw.get("alg") != "argon2id":
            raise ValueError(f"unknown key derivation {raw.get('alg')!r}")
        params = cls(
            bytes.fromhex(raw["salt"]),
            int(raw["memory_kib"]),
            int(raw["iterations"]),
            int(raw["lanes"]),
        )
        if not (
            len(params.salt) >= 16
            and 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.iterations <= MAX_ITERATIONS
            and 1 <= params.lanes <= MAX_LANES
        ):
            raise ValueError("key derivation parameters out of range")
        return params

    @property
    def cost(self) -> int:
        """Relative work of one derivation (memory times passes)."""
        return self.memory_kib * self.iterations

    def derive(self, passphrase: str) -> bytes:
        mark("kdf")  # benchmarks/startup.py: what start-up costs before this point
        return Argon2id(
            salt=self.salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def x25519_from_seed(seed: bytes, salt: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(hkdf(seed, context("recovery-x25519"), salt))


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def seal_to_public(recipient: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt to an X25519 public key: ephemeral key || seal(shared-derived key)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = hkdf(shared, context("recovery-wrap", eph_pub, recipient))
    return eph_pub + seal(key, plaintext, aad)


def open_from_public(private: X25519PrivateKey, blob: bytes, aad: bytes) -> bytes:
    eph_pub, rest = blob[:32], blob[32:]
    recipient = public_bytes(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError as exc:
        raise DecryptionFailed("bad ephemeral key") from exc
    return open_sealed(hkdf(shared, context("recovery-wrap", eph_pub, recipient)), rest, aad)


def _stream_nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def pad_length(n: int, bucket: int) -> int:
    """Length after ISO/IEC 7816-4 padding (0x80 then zeros) to a multiple of bucket."""
    return ((n + 1 + bucket - 1) // bucket) * bucket


class StreamEncryptor:
    """age-style STREAM: one key per object, 1 MiB chunks, counter + final-flag nonces.

    The plaintext is padded (0x80 then zeros) so that its total length is a multiple
    of `bucket`; the padding lives in the final chunk only.
    """

    def __init__(self, key: bytes, aad: bytes, bucket: int) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._aad = aad
        self._bucket = bucket
        self._buffer = bytearray()
        self._index = 0

    def update(self, data: bytes) -> Iterator[bytes]:
        if not self._buffer and len(data) == CHUNK_SIZE:  # an import's every block:
            yield self._encrypt(data, final=False)  # no copies through the buffer
            return
        self._buffer += data
        while len(self._buffer) >= CHUNK_SIZE:
            chunk = bytes(self._buffer[:CHUNK_SIZE])
            del self._buffer[:CHUNK_SIZE]
            yield self._encrypt(chunk, final=False)

    def finish(self) -> bytes:
        tail = bytes(self._buffer)
        self._buffer.clear()
        padded = tail + b"\x80" + b"\x00" * (pad_length(len(tail), self._bucket) - len(tail) - 1)
        return self._encrypt(padded, final=True)

    def _encrypt(self, plaintext: bytes, final: bool) -> bytes:
        ct = self._aead.encrypt(_stream_nonce(self._index, final), plaintext, self._aad)
        self._index += 1
        return ct


class StreamTruncated(DecryptionFailed):
    """The stream ended without its final chunk."""


def decrypt_chunk(aead: ChaCha20Poly1305, index: int, ct: bytes, aad: bytes, last: bool) -> bytes:
    """Decrypt chunk `index`; `last` says whether the store holds no further chunk.

    The final flag in the nonce makes truncation detectable: the last stored chunk
    must open as final, and no earlier chunk may.
    """
    try:
        plain = aead.decrypt(_stream_nonce(index, last), ct, aad)
    except InvalidTag as exc:
        if last:
            try:
                aead.decrypt(_stream_nonce(index, False), ct, aad)
            except InvalidTag:
                raise DecryptionFailed(f"chunk {index} failed authentication") from exc
            raise StreamTruncated(f"stream ends after chunk {index} without its end") from exc
        raise DecryptionFailed(f"chunk {index} failed authentication") from exc
    if last:
        return unpad(plain)
    return plain


def unpad(padded: bytes) -> bytes:
    end = padded.rfind(b"\x80")
    if end < 0 or padded[end + 1 :].strip(b"\x00"):
        raise DecryptionFailed("bad padding")
    return padded[:end]


def new_chunk_cipher(key: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(key)
