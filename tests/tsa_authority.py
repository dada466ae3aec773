"""A throwaway RFC 3161 timestamp authority for tests, on 127.0.0.1.

`make_authority_keys(folder)` makes a CA and a timestamping certificate with the
openssl command (nothing is read from outside `folder`); `LocalAuthority` answers
timestamp queries over HTTP with `openssl ts -reply`, the reference implementation,
so the app's client is checked against tokens it did not make itself.

    with LocalAuthority(tmp_path / "tsa") as tsa:      # key="rsa" for RSA keys
        tsa.url              # http://127.0.0.1:PORT/tsr
        tsa.ca_pem           # the CA to give `openssl ts -verify -CAfile`
        tsa.failing_url      # the same server answering HTTP 500
        tsa.other_hash_url   # answers with a valid token for some other data
        tsa.garbage_url      # answers HTTP 200 with a web page, not a token
    refused_url(): a URL on which nothing listens (the connection is refused).

A test that needs a token directly calls `tsa.token_for(data)` (the DER TimeStampResp
for SHA-256 of `data`, as `openssl ts -query -cert` would ask for it).
"""

from __future__ import annotations

import socket
import subprocess
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

_CONFIG = """\
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = {cn}
[ ca_ext ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ tsa_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {folder}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _openssl(*args: str | Path, data: bytes | None = None) -> bytes:
    done = subprocess.run(
        ["openssl", *map(str, args)], input=data, capture_output=True, check=False, timeout=60
    )
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr.decode(errors='replace')}")
    return done.stdout


@dataclass(frozen=True)
class AuthorityKeys:
    folder: Path
    ca_pem: Path
    tsa_pem: Path
    config: Path


def make_authority_keys(
    folder: Path, name: str = "Test Timestamp Authority", key: str = "ec"
) -> AuthorityKeys:
    """A CA and a timestamping certificate it issued (P-256 keys, or RSA 2048 with
    key="rsa"), valid from now for ten years."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "openssl.cnf"
    config.write_text(_CONFIG.format(cn=name, folder=folder))
    (folder / "serial").write_text("01\n")
    for file in ("ca.key", "tsa.key"):
        if key == "rsa":
            _openssl("genrsa", "-out", folder / file, "2048")
        else:
            _openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", folder / file)
    _openssl(
        "req", "-new", "-x509", "-key", folder / "ca.key", "-out", folder / "ca.pem",
        "-days", "3650", "-config", config, "-extensions", "ca_ext",
        "-subj", f"/CN={name} Root",
    )  # fmt: skip
    _openssl(
        "req", "-new", "-key", folder / "tsa.key", "-out", folder / "tsa.csr",
        "-config", config, "-subj", f"/CN={name}",
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", folder / "tsa.csr", "-CA", folder / "ca.pem",
        "-CAkey", folder / "ca.key", "-CAcreateserial", "-out", folder / "tsa.pem",
        "-days", "3650", "-extfile", config, "-extensions", "tsa_ext",
    )  # fmt: skip
    return AuthorityKeys(folder, folder / "ca.pem", folder / "tsa.pem", config)


def refused_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"


class LocalAuthority:
    """The HTTP side: POST /tsr (a good token), /fail (HTTP 500), /other (a token for
    other data), /garbage (a web page). Every query is kept in `queries` for tests to
    inspect."""

    def __init__(
        self, folder: Path, name: str = "Test Timestamp Authority", key: str = "ec"
    ) -> None:
        self.keys = make_authority_keys(folder, name, key)
        self.queries: list[bytes] = []
        self._lock = threading.Lock()
        self._count = 0
        authority = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                authority.queries.append(body)
                if self.path == "/fail":
                    self._answer(500, b"internal error", "text/plain")
                elif self.path == "/garbage":
                    self._answer(200, b"<html>a captive portal, not a token</html>", "text/html")
                elif self.path == "/other":
                    self._answer(200, authority.token_for(b"some other data"))
                else:
                    self._answer(200, authority.reply(body))

            def _answer(
                self, status: int, body: bytes, kind: str = "application/timestamp-reply"
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.base}/tsr"

    @property
    def failing_url(self) -> str:
        return f"{self.base}/fail"

    @property
    def garbage_url(self) -> str:
        return f"{self.base}/garbage"

    @property
    def other_hash_url(self) -> str:
        return f"{self.base}/other"

    @property
    def ca_pem(self) -> Path:
        return self.keys.ca_pem

    def reply(self, query: bytes) -> bytes:
        """`openssl ts -reply` for a DER TimeStampReq."""
        with self._lock:
            self._count += 1
            query_file = self.keys.folder / f"query-{self._count}.tsq"
            query_file.write_bytes(query)
            return _openssl(
                "ts", "-reply", "-config", self.keys.config, "-queryfile", query_file,
            )  # fmt: skip

    def query_for(self, data: bytes) -> bytes:
        """A DER query for SHA-256 of `data`, certificate requested, as openssl makes it."""
        with self._lock:
            self._count += 1
            data_file = self.keys.folder / f"data-{self._count}.dat"
        data_file.write_bytes(data)
        return _openssl("ts", "-query", "-data", data_file, "-sha256", "-cert")

    def token_for(self, data: bytes) -> bytes:
        return self.reply(self.query_for(data))

    def __enter__(self) -> LocalAuthority:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=10)


def openssl_verify(data: Path, response: Path, ca: Path) -> str:
    """What `openssl ts -verify` prints for a .dat and .tsr pair (stdout and stderr)."""
    done = subprocess.run(
        ["openssl", "ts", "-verify", "-data", str(data), "-in", str(response), "-CAfile", str(ca)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    return (done.stdout + done.stderr).decode(errors="replace")
