"""Reading and checking one RFC 3161 timestamp token (a DER TimeStampResp).

Parsing and the signature check are pyHanko's (asn1crypto reads the lenient DER that
real authorities send, such as certificate sets out of order; pyHanko checks the CMS
signature, the signed attributes and the signer's timeStamping key usage). What is
checked here: the authority granted the request, the token is over exactly SHA-256
of the bytes we hold, the nonce is ours (when we asked), and the signature holds
with a certificate path inside the token itself. Whether that authority is to be
trusted is for the reader to decide with the authority's published certificate
(`openssl ts -verify ... -CAfile`): the app cannot know every authority's root.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import warnings
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import tsp

from journal.errors import JournalError
from journal.translatable import QT_TRANSLATE_NOOP

HASH = "sha256"
MAX_TOKEN = 1024 * 1024  # real tokens are a few kilobytes


class TokenProblem(JournalError):
    """A token that cannot be used: `str()` says why in plain words."""

    exit_code = 1


@dataclass(frozen=True)
class TokenFacts:
    gen_time: datetime  # timezone-aware, as the authority states it
    signer: str  # the authority's certificate subject, as people read it
    serial: int
    policy: str
    imprint: bytes  # the hash the authority signed


def _parse(tsr: bytes) -> Any:
    if len(tsr) > MAX_TOKEN:
        raise TokenProblem(
            QT_TRANSLATE_NOOP("core", "the timestamp answer is far too large to be a token")
        )
    try:
        response = tsp.TimeStampResp.load(tsr)
        status = response["status"]["status"].native
        token = response["time_stamp_token"]
        if status not in ("granted", "granted_with_mods") or not token:
            why = " ".join(response["status"]["status_string"].native or ()) or status
            raise TokenProblem(
                QT_TRANSLATE_NOOP("core", "the authority refused to give a timestamp ({why})"),
                why=why,
            )
        signed = token["content"]
        info = signed["encap_content_info"]["content"].parsed
        if not isinstance(info, tsp.TSTInfo):
            raise TokenProblem(QT_TRANSLATE_NOOP("core", "the answer holds no timestamp"))
        info.native  # noqa: B018 - parse every field now, so damage shows here
        return signed, info
    except TokenProblem:
        raise
    except Exception as error:  # asn1crypto raises ValueError, TypeError, KeyError...
        raise TokenProblem(
            QT_TRANSLATE_NOOP("core", "the answer cannot be read as a timestamp token ({kind})"),
            kind=type(error).__name__,
        ) from None


def _quiet_library_logs() -> None:
    """pyHanko logs a broken chain with its traceback; the finding says it in words, and
    the CLI's stderr must never show a traceback."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        library = logging.getLogger(name)
        if not library.handlers:
            library.addHandler(logging.NullHandler())
        library.propagate = False


def _check_signature(signed: Any, imprint: bytes, moment: datetime) -> None:
    certificates = [c.chosen for c in signed["certificates"] or () if c.name == "certificate"]
    if not certificates:
        raise TokenProblem(
            QT_TRANSLATE_NOOP(
                "core", "the token carries no certificate of the authority, so it cannot be checked"
            )
        )
    roots = [c for c in certificates if c.self_signed != "no"] or certificates
    try:
        with warnings.catch_warnings():  # pyHanko imports DSA, which cryptography deprecates
            warnings.simplefilter("ignore")
            # loaded here, when a token is checked: it takes half a second to import
            from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
            from pyhanko_certvalidator import ValidationContext

            _quiet_library_logs()
            # certificates are judged at the token's own time: an authority's certificate
            # that expired since does not undo a timestamp made while it was valid
            context = ValidationContext(trust_roots=roots, allow_fetching=False, moment=moment)
            status = asyncio.run(validate_tst_signed_data(signed, context, lambda _a: imprint))
    except Exception as error:  # pyHanko's own errors for a broken or forged signature
        raise TokenProblem(
            QT_TRANSLATE_NOOP(
                "core", "the authority's signature on the token does not hold ({kind})"
            ),
            kind=type(error).__name__,
        ) from None
    if not (status.get("valid") and status.get("intact")):
        raise TokenProblem(
            QT_TRANSLATE_NOOP("core", "the authority's signature on the token does not hold")
        )
    if status.get("trust_problem_indic") is not None:
        raise TokenProblem(
            QT_TRANSLATE_NOOP(
                "core", "the token's certificates do not form a chain from the signer to its issuer"
            )
        )


def read_token(tsr: bytes, data: bytes, nonce: int | None = None) -> TokenFacts:
    """The facts of a token over SHA-256 of `data`; TokenProblem when it is not one."""
    signed, info = _parse(tsr)
    imprint = info["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    if algorithm != HASH:
        raise TokenProblem(
            QT_TRANSLATE_NOOP("core", "the token uses {algorithm}, not SHA-256"),
            algorithm=algorithm,
        )
    expected = hashlib.sha256(data).digest()
    if imprint["hashed_message"].native != expected:
        raise TokenProblem(
            QT_TRANSLATE_NOOP("core", "the token is for other data: its hash does not match")
        )
    if nonce is not None and info["nonce"].native != nonce:
        raise TokenProblem(
            QT_TRANSLATE_NOOP("core", "the answer is not for this request (its nonce differs)")
        )
    gen_time = info["gen_time"].native
    _check_signature(signed, expected, gen_time)
    signer = _signer_name(signed)
    return TokenFacts(
        gen_time=gen_time,
        signer=signer,
        serial=int(info["serial_number"].native),
        policy=str(info["policy"].dotted),
        imprint=expected,
    )


def _signer_name(signed: Any) -> str:
    sid = signed["signer_infos"][0]["sid"]
    for choice in signed["certificates"] or ():
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number" and (
            cert.issuer == sid.chosen["issuer"]
            and cert.serial_number == sid.chosen["serial_number"].native
        ):
            name = cert.subject.native.get("common_name")
            return str(name or cert.subject.human_friendly)
    return "an authority not named in the token"
