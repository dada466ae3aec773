"""A trusted time inside the PDF's signature (PAdES B-T) from the authorities the person
chose, asked over the same HTTP client as the `timestamp` command (client.py): only the
signature's hash is sent, answers are bounded in size and time, and failures are plain.

pyHanko asks its TimeStamper for the token while signing; this one posts with urllib
instead of pyHanko's own aiohttp client, so the app needs no second HTTP stack.
"""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

from journal.export.timestamps.client import TIMEOUT_S, checked_url, post_query

with warnings.catch_warnings():  # imported only when a PDF is signed (pdf_signing/sign.py)
    warnings.simplefilter("ignore")
    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper


class AuthorityStamper(TimeStamper):
    def __init__(self, url: str, timeout: float = TIMEOUT_S) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.url = checked_url(url)
        self.timeout = timeout

    async def async_request_tsa_response(self, req: Any) -> Any:
        body = await asyncio.to_thread(post_query, self.url, req.dump(), self.timeout)
        return tsp.TimeStampResp.load(body)
