"""Get trusted timestamps over the journal's current chain head, from each chosen
authority in turn. One failing authority changes nothing and does not stop the others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from journal.errors import JournalError
from journal.export.timestamps.client import TIMEOUT_S, request_token
from journal.export.timestamps.store import head_bytes, keep_token
from journal.session.chain_point import head_position
from journal.session.journal import Journal
from journal.translatable import Phrase


def plain_time(moment: datetime) -> str:
    """6 December 2026, 04:40:35 UTC: how a timestamp's time is told to people."""
    t = moment.astimezone(UTC)
    return f"{t.day} {t:%B %Y}, {t:%H:%M:%S} UTC"


@dataclass(frozen=True)
class Outcome:
    url: str
    gen_time: datetime | None = None  # None: it failed
    error: str = ""  # the failure's sentence: English, a phrase the app translates

    @property
    def ok(self) -> bool:
        return self.gen_time is not None


def timestamp_now(
    journal: Journal,
    urls: list[str],
    timeout: float = TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
) -> list[Outcome]:
    """Ask each authority for a token over the current chain head; keep each good one."""
    head = journal.chain_head
    revisions = head_position(journal, head) or 0
    data = head_bytes(head)
    outcomes = []
    for url in urls:
        if cancelled is not None and cancelled():
            break
        try:
            token = request_token(url, data, timeout)
            keep_token(journal, url, head, revisions, token)
        except JournalError as error:
            said = Phrase(error.template, -1, str(error), **error.values)  # not the error:
            outcomes.append(Outcome(url, error=said))  # its traceback holds the connection
        else:
            outcomes.append(Outcome(url, token.facts.gen_time))
    return outcomes
