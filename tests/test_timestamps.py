"""Trusted timestamps (RFC 3161) against a real local authority (`openssl ts -reply`):
what is sent, the checks before a token is kept, failing authorities, the CLI."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import tsp

from journal.entries.model import EntryContent, EventTime
from journal.export.timestamps.client import TimestampFailed, request_token
from journal.export.timestamps.stamp import timestamp_now
from journal.export.timestamps.store import TOKENS_KEY, head_bytes, stored_tokens
from journal.export.timestamps.token import TokenProblem, read_token
from journal.session.chain_point import head_position
from journal.session.journal import Journal

from .cli_helpers import run_cli
from .conftest import PASSPHRASE, fast_kdf, new_vault, reopen
from .tsa_authority import LocalAuthority, openssl_verify, refused_url


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[LocalAuthority]:
    with LocalAuthority(tmp_path / "tsa") as authority:
        yield authority


def add_note(journal: Journal, title: str = "A note") -> str:
    return journal.add_entry(
        EntryContent(kind="note", title=title, occurred=EventTime("2025-03-14"))
    )


def test_only_the_hash_of_the_chain_head_is_sent_and_the_token_is_kept(
    journal: Journal, tsa: LocalAuthority, tmp_path: Path
) -> None:
    add_note(journal, "The private words of an entry")
    head = journal.chain_head
    [outcome] = timestamp_now(journal, [tsa.url])
    assert outcome.ok, outcome.error
    [query] = tsa.queries
    request = tsp.TimeStampReq.load(query)
    sent = request["message_imprint"]["hashed_message"].native
    assert sent == hashlib.sha256(head.hex().encode()).digest()
    assert request["cert_req"].native is True and request["nonce"].native
    assert b"private words" not in query and head.hex().encode() not in query
    [token] = stored_tokens(journal)
    assert token.head == head.hex() and token.revisions == 1
    assert token.authority == tsa.url and token.gen_time == outcome.gen_time
    # the stored bytes are exactly what the authority sent, and openssl accepts them
    (tmp_path / "t.tsr").write_bytes(token.tsr)
    (tmp_path / "t.dat").write_bytes(token.data)
    assert "Verification: OK" in openssl_verify(tmp_path / "t.dat", tmp_path / "t.tsr", tsa.ca_pem)


def test_tokens_are_kept_encrypted_in_the_journal(
    vault_path: Path, journal: Journal, tsa: LocalAuthority
) -> None:
    add_note(journal)
    timestamp_now(journal, [tsa.url])
    tsr = stored_tokens(journal)[0].tsr
    journal.vault.lock()
    raw = vault_path.read_bytes()
    assert tsr[-64:] not in raw and b"timestamp" not in raw and tsa.url.encode() not in raw
    again = reopen(vault_path)
    assert [t.tsr for t in stored_tokens(again)] == [tsr]
    again.vault.lock()


def test_a_failing_authority_changes_nothing_and_says_why(
    journal: Journal, tsa: LocalAuthority
) -> None:
    add_note(journal)
    before = journal.settings.get(TOKENS_KEY)
    urls = [tsa.failing_url, refused_url(), tsa.other_hash_url, tsa.garbage_url]
    outcomes = timestamp_now(journal, urls)
    assert [o.ok for o in outcomes] == [False, False, False, False]
    assert "answered with an error (HTTP 500)" in outcomes[0].error
    assert "could not be reached (the connection was refused)" in outcomes[1].error
    assert "for other data" in outcomes[2].error
    assert "cannot be read as a timestamp token" in outcomes[3].error
    assert all(
        "no timestamp was stored" in o.error or "cannot be used" in o.error for o in outcomes
    )
    assert journal.settings.get(TOKENS_KEY) == before


def test_one_failing_authority_does_not_stop_the_others(
    journal: Journal, tsa: LocalAuthority
) -> None:
    add_note(journal)
    outcomes = timestamp_now(journal, [refused_url(), tsa.url])
    assert [o.ok for o in outcomes] == [False, True]
    assert len(stored_tokens(journal)) == 1


def test_a_token_is_checked_before_it_is_believed(tsa: LocalAuthority) -> None:
    data = head_bytes(bytes(32))
    token = tsa.token_for(data)
    facts = read_token(token, data)
    assert facts.signer == "Test Timestamp Authority"
    assert facts.imprint == hashlib.sha256(data).digest()
    with pytest.raises(TokenProblem, match="for other data"):
        read_token(token, head_bytes(bytes([1]) * 32))
    with pytest.raises(TokenProblem, match="cannot be read"):
        read_token(token[:-40], data)
    with pytest.raises(TokenProblem, match="nonce"):
        read_token(tsa.reply(tsa_query_with_nonce(tsa, data)), data, nonce=12345)
    # one flipped byte in the signature: the signature no longer holds
    forged = bytearray(token)
    forged[-5] ^= 0x01
    with pytest.raises(TokenProblem):
        read_token(bytes(forged), data)


def tsa_query_with_nonce(tsa: LocalAuthority, data: bytes) -> bytes:
    return tsa.query_for(data)  # openssl adds a random nonce of its own


def test_an_address_that_is_not_http_is_refused_before_anything_is_sent(
    tsa: LocalAuthority,
) -> None:
    for bad in ("ftp://example.org/tsr", "timestamp.example.org", "file:///etc/passwd", ""):
        with pytest.raises(Exception, match="not a timestamp authority address"):
            request_token(bad, b"x")
    assert tsa.queries == []
    with pytest.raises(TimestampFailed, match="could not be reached"):
        request_token(refused_url(), b"x", timeout=2)


def test_cli_timestamp_prints_one_line_per_authority(tmp_path: Path, tsa: LocalAuthority) -> None:
    vault, _code = new_vault(tmp_path / "v.db")
    journal = Journal.open(vault)
    add_note(journal)
    head = journal.chain_head
    vault.lock()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = ("--vault", tmp_path / "v.db", "--passphrase-file", pass_file, "timestamp")
    refused = refused_url()
    result = run_cli(*base, "--tsa", tsa.url, "--tsa", tsa.failing_url, "--tsa", refused)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    url, gentime, status = lines[0].split("\t")
    assert (url, status) == (tsa.url, "OK")
    from datetime import datetime

    assert datetime.fromisoformat(gentime).tzinfo is not None
    assert lines[1].startswith(f"{tsa.failing_url}\t") and "HTTP 500" in lines[1]
    assert lines[2].startswith(f"{refused}\t") and "refused" in lines[2]
    assert "OK" not in lines[1] + lines[2]
    assert "SHA-256" in result.stderr
    # none succeeds: non-zero, and the journal is unchanged
    failed = run_cli(*base, "--tsa", tsa.failing_url, "--tsa", refused_url())
    assert failed.returncode != 0 and "unchanged" in failed.stderr
    assert run_cli(*base, "--tsa", "not an address").returncode == 2
    journal = reopen(tmp_path / "v.db")
    [token] = stored_tokens(journal)
    assert token.head == head.hex()
    assert head_position(journal, head) == 1
    journal.vault.lock()


def test_tokens_from_an_rsa_authority_without_a_chain_are_read_too(tmp_path: Path) -> None:
    """Real authorities differ: RSA keys, and tokens that carry only the signer's
    certificate (openssl's `certs` left out)."""
    with LocalAuthority(tmp_path / "rsa", "RSA Authority", key="rsa") as authority:
        config = authority.keys.config
        config.write_text(config.read_text().replace("certs = $dir/ca.pem\n", ""))
        data = head_bytes(bytes(32))
        token = authority.token_for(data)
    assert read_token(token, data).signer == "RSA Authority"
    (tmp_path / "t.tsr").write_bytes(token)
    (tmp_path / "t.dat").write_bytes(data)
    out = openssl_verify(tmp_path / "t.dat", tmp_path / "t.tsr", authority.ca_pem)
    assert "Verification: OK" in out


def test_tokens_and_the_choice_survive_a_passphrase_change(
    vault_path: Path, journal: Journal, tsa: LocalAuthority
) -> None:
    from journal.export.timestamps.store import choose_authorities, chosen_authorities

    add_note(journal)
    choose_authorities(journal, [tsa.url])
    timestamp_now(journal, chosen_authorities(journal))
    before = stored_tokens(journal)
    journal.vault.change_passphrase(
        "a new and different passphrase 42", kdf=fast_kdf(), allow_weak_kdf=True
    )
    journal.vault.lock()
    again = reopen(vault_path, "a new and different passphrase 42")
    assert stored_tokens(again) == before and chosen_authorities(again) == [tsa.url]
    assert again.settings.problems == []
    again.vault.lock()
