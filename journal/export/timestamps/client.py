"""Ask one timestamp authority for a token over some bytes (RFC 3161 over HTTP).

Only SHA-256 of the bytes is sent, with a fresh nonce and a request for the
authority's certificate (certReq). The answer is checked (token.py) before it is
returned; any failure is a TimestampFailed with a plain sentence, and nothing is
kept. Short timeouts: this runs off the GUI thread, but nobody should wait long
for an authority that is down.
"""

from __future__ import annotations

import hashlib
import http.client
import socket
import time
import urllib.error
import urllib.request
import warnings
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from journal.errors import JournalError, UsageError
from journal.export.timestamps.token import MAX_TOKEN, TokenFacts, TokenProblem, read_token
from journal.translatable import QT_TRANSLATE_NOOP

TIMEOUT_S = 10.0
QUERY_TYPE = "application/timestamp-query"


class TimestampFailed(JournalError):
    exit_code = 5


@dataclass(frozen=True)
class Token:
    tsr: bytes  # the DER TimeStampResp, exactly as the authority sent it
    facts: TokenFacts


def checked_url(text: str) -> str:
    """An authority address as typed, or UsageError: http(s) and a host only."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "{address} is not a timestamp authority address: it should start with http:// or "
                "https://, as the authority publishes it.",
            ),
            address=url or "That",
        )
    return url


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


def request_token(url: str, data: bytes, timeout: float = TIMEOUT_S) -> Token:
    """A checked token over SHA-256 of `data` from the authority at `url`."""
    url = checked_url(url)
    with warnings.catch_warnings():  # loaded only when asked: pyHanko is slow to import
        warnings.simplefilter("ignore")
        from pyhanko.sign.timestamps.api import TimeStamper
    stamper: Any = TimeStamper()  # type: ignore[no-untyped-call]  # sets nonce and certReq
    nonce, query = stamper.request_cms(hashlib.sha256(data).digest(), "sha256")
    body = post_query(url, query.dump(), timeout)
    try:
        facts = read_token(body, data, nonce=nonce)
    except TokenProblem as problem:
        raise TimestampFailed(
            QT_TRANSLATE_NOOP("core", "{host} sent an answer that cannot be used: {problem}"),
            host=host_of(url),
            problem=problem,
        ) from None
    return Token(body, facts)


def post_query(url: str, query: bytes, timeout: float = TIMEOUT_S) -> bytes:
    """POST an RFC 3161 query to `url` (already checked); the authority's answer, or
    TimestampFailed saying plainly why not."""
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked by the caller
        url, data=query, headers={"Content-Type": QUERY_TYPE}, method="POST"
    )
    where = host_of(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            return _read_within(answer, time.monotonic() + 2 * timeout)
    except urllib.error.HTTPError as error:
        raise TimestampFailed(
            QT_TRANSLATE_NOOP(
                "core", "{where} answered with an error (HTTP {code}); no timestamp was stored"
            ),
            where=where,
            code=error.code,
        ) from None
    except TimeoutError:
        raise TimestampFailed(
            QT_TRANSLATE_NOOP(
                "core", "{where} did not answer within {timeout:g} seconds; no timestamp was stored"
            ),
            where=where,
            timeout=timeout,
        ) from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", error)
        raise TimestampFailed(
            QT_TRANSLATE_NOOP(
                "core", "{where} could not be reached ({plain}); no timestamp was stored"
            ),
            where=where,
            plain=_plain(reason),
        ) from None


def _read_within(answer: Any, deadline: float) -> bytes:
    """The answer's body, but not forever: `timeout` bounds each wait for bytes, so an
    authority sending a byte now and then is stopped by an overall deadline too."""
    parts: list[bytes] = []
    size = 0
    while chunk := answer.read1(64 * 1024):
        parts.append(chunk)
        size += len(chunk)
        if size > MAX_TOKEN:
            break  # read_token calls it far too large
        if time.monotonic() > deadline:
            raise TimeoutError
    return b"".join(parts)


def _plain(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, TimeoutError):
        return "it did not answer in time"
    if isinstance(reason, socket.gaierror):
        return "the name could not be looked up; is this computer online?"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
