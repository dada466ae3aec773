"""The trusted timestamps on the integrity page: in plain words what each token shows,
then the expert detail under "For checking" (docs/timestamps.md)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from journal.export.bundle_timestamps import named_tokens
from journal.export.pdf.context import RenderContext
from journal.export.timestamps.client import host_of
from journal.export.timestamps.stamp import plain_time
from journal.export.timestamps.store import StoredToken

WHAT_IT_SHOWS = (
    "An independent timestamp authority signed a chain head of this journal with the time "
    "on its own clock. It was sent only a hash of the chain head, never any content. The "
    "chain head sums up every version saved up to that point, so nothing saved before then "
    "can have been written or changed later without this check failing. It does not show "
    "that an event happened as described, or when it happened."
)


def _sentence(token: StoredToken, export_revisions: int) -> str:
    if token.revisions >= export_revisions:
        what = "This record"
    elif token.revisions == 1:
        what = "The first saved version of this record"
    else:
        what = f"The first {token.revisions} saved versions of this record"
    return (
        f"{what} existed in this form no later than {plain_time(token.gen_time)}, according "
        f"to {token.signer} (the timestamp authority at {host_of(token.authority)})."
    )


def timestamp_section(ctx: RenderContext) -> list[Flowable]:
    """Nothing when the journal holds no timestamp over a head up to this export."""
    named = named_tokens(ctx.journal, ctx.selection.chain_head)
    if not named:
        return []
    styles = ctx.styles
    newest = max(t.revisions for _n, t in named)
    story: list[Flowable] = [ctx.p("Trusted timestamps", styles.h2), ctx.p(WHAT_IT_SHOWS)]
    story += [ctx.p(f"• {_sentence(token, newest)}") for _name, token in named]
    story.append(ctx.p("For checking", styles.h2))
    for name, token in named:
        story.append(
            ctx.p(
                f"{name}.tsr (in the court bundle): chain head {token.head} after revision "
                f"{token.revisions}; time {token.gen_time.isoformat()}; asked of "
                f"{token.authority}; signed by {token.signer}.",
                styles.command,
            )
        )
    story.append(
        ctx.p(
            "In the unpacked bundle, with the authority's published CA certificate:",
            styles.muted,
        )
    )
    story.append(
        ctx.p(
            "openssl ts -verify -data timestamps/NAME.dat -in timestamps/NAME.tsr "
            "-CAfile AUTHORITY-CA.pem",
            styles.command,
        )
    )
    return story
