"""The integrity page: what the fingerprints prove, what they do not, how to check them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..context import RenderContext

PROVES = (
    "Every saved version of every entry is linked into a hash chain: each link is a SHA-256 "
    "value computed from the entry's exact content and from the link before it. The chain head "
    "printed on the cover sums up the whole journal as it was when this document was made. "
    "Each evidence file has its own SHA-256 value, computed from its exact bytes when it was "
    "added."
)
WHAT_IT_SHOWS = (
    "What this proves: if someone else keeps a copy of this document, the chain head, or a "
    "signed export bundle, it can later be shown that nothing in the journal or in the evidence "
    "files was altered after that point. Changing one character of an entry, or one byte of a "
    "file, changes its hash value, and the change can be found."
)
WHAT_IT_DOES_NOT = (
    "What this does not prove: a hash cannot show that an event happened as described, or that "
    "the computer's clock was right when an entry was saved. The dates and times of events are "
    "the author's own account. System save times come from the computer's clock. Camera "
    "capture times come from the camera's clock."
)
VERIFY = (
    ("If this document came with a court bundle (a zip file), in the unpacked folder:", ""),
    ("Check every file against the list of hashes:", "sha256sum -c SHA256SUMS"),
    (
        "Check that the list was signed by this journal's key:",
        "openssl pkeyutl -verify -pubin -inkey vault_pub.pem -rawin -in SHA256SUMS "
        "-sigfile SHA256SUMS.sig",
    ),
    ("Or check the whole bundle with the app itself:", "incident-journal-cli verify BUNDLE.zip"),
    ("Check the journal itself (the chain of every saved version):", "incident-journal-cli check"),
)


def build(ctx: RenderContext) -> list[Flowable]:
    styles, selection = ctx.styles, ctx.selection
    story: list[Flowable] = [
        ctx.heading("Integrity: what the fingerprints prove", 0, "integrity"),
        ctx.p(PROVES),
        ctx.p(WHAT_IT_SHOWS),
        ctx.p(WHAT_IT_DOES_NOT),
        ctx.p("Fingerprints of this export", styles.h2),
        ctx.p(f"Journal fingerprint: {selection.vault_fingerprint}", styles.mono),
        ctx.p(f"Chain head: {selection.chain_head}", styles.mono),
    ]
    if ctx.signing_fingerprint:
        story.append(
            ctx.p(f"Signing key (Ed25519) fingerprint: {ctx.signing_fingerprint}", styles.mono)
        )
    story.append(ctx.p("How to check", styles.h2))
    for label, command in VERIFY:
        story.append(ctx.p(label, styles.body))
        if command:
            story.append(ctx.p(command, styles.command))
    story.append(
        ctx.p(
            "The hash of each evidence file is listed in the exhibit index and with each entry. "
            "Anyone can compute it again from the original file (for example with sha256sum) and "
            "compare.",
            styles.muted,
        )
    )
    return story
