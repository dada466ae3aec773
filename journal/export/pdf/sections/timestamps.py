"""The trusted timestamps on the integrity page: in plain words what each token shows,
then the expert detail under "For checking" (docs/timestamps.md), in the PDF's language."""

from __future__ import annotations

from datetime import UTC, datetime

from reportlab.platypus import Flowable

from journal.entries.month_words import MONTHS
from journal.export.bundle_timestamps import named_tokens
from journal.export.pdf.context import RenderContext
from journal.export.timestamps.client import host_of
from journal.export.timestamps.store import StoredToken
from journal.translatable import phrase


def _time(ctx: RenderContext, moment: datetime) -> str:
    """`plain_time` ("6 December 2026, 04:40:35 UTC") in the PDF's language."""
    t = moment.astimezone(UTC)
    month = ctx.words.phrase(phrase(MONTHS[t.month - 1]))
    return ctx.words("ts.time", day=t.day, month=month, year=t.year, clock=f"{t:%H:%M:%S}")


def _sentence(ctx: RenderContext, token: StoredToken, export_revisions: int) -> str:
    if token.revisions >= export_revisions:
        key = "ts.all"
    elif token.revisions == 1:
        key = "ts.first_one"
    else:
        key = "ts.first_many"
    return ctx.words(
        key,
        count=token.revisions,
        time=_time(ctx, token.gen_time),
        signer=token.signer,
        host=host_of(token.authority),
    )


def timestamp_section(ctx: RenderContext) -> list[Flowable]:
    """Nothing when the journal holds no timestamp over a head up to this export."""
    named = named_tokens(ctx.journal, ctx.selection.chain_head)
    if not named:
        return []
    styles = ctx.styles
    newest = max(t.revisions for _n, t in named)
    words = ctx.words
    story: list[Flowable] = [ctx.p(words("ts.title"), styles.h2), ctx.p(words("ts.what"))]
    story += [ctx.p(f"• {_sentence(ctx, token, newest)}") for _name, token in named]
    story.append(ctx.p(words("ts.checking"), styles.h2))
    for name, token in named:
        detail = words(
            "ts.token",
            name=name,
            head=token.head,
            revisions=token.revisions,
            time=token.gen_time.isoformat(),
            authority=token.authority,
            signer=token.signer,
        )
        story.append(ctx.p(detail, styles.command))
    story.append(ctx.p(words("ts.verify"), styles.muted))
    story.append(
        ctx.p(
            "openssl ts -verify -data timestamps/NAME.dat -in timestamps/NAME.tsr "
            "-CAfile AUTHORITY-CA.pem",
            styles.command,
        )
    )
    return story
