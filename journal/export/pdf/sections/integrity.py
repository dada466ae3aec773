"""The integrity page: what the fingerprints prove, what they do not, how to check them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from journal.export.pdf.context import RenderContext
from journal.export.pdf_signing.certificate import FINGERPRINT_GROUPS

PROVES = (
    "Every saved version of every entry is linked into a hash chain: each link is a SHA-256 "
    "value computed from the entry's exact content and from the link before it. The chain head "
    "printed on the cover sums up the whole journal as it was when this document was made. "
    "Each evidence file has its own SHA-256 value, computed from its exact bytes when it was "
    "added."
)
WHAT_IT_SHOWS = (
    "What this shows: changing one character of an entry, or one byte of a file, changes its "
    "hash value. If someone else keeps a copy of this document or of the chain head, a later "
    "comparison with the journal itself (incident-journal-cli check --since-head followed by "
    "the chain head below) shows whether every version saved before this document was made is "
    "still in the journal unchanged. An edit adds a new version and never overwrites an "
    "earlier one; the one exception is a purge the person confirms, which replaces an entry's "
    "content with a stub that says so while keeping its hashes in the chain."
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
        "Check that the list was signed by the key in vault_pub.pem:",
        "openssl pkeyutl -verify -pubin -inkey vault_pub.pem -rawin -in SHA256SUMS "
        "-sigfile SHA256SUMS.sig",
    ),
    (
        "Or check the whole bundle with the app, comparing the signing-key fingerprint the "
        "sender gave you:",
        "incident-journal-cli verify BUNDLE.zip --fingerprint FINGERPRINT",
    ),
    (
        "With the journal itself: check every saved version, and that the chain head of this "
        "export is still a point on its chain:",
        "incident-journal-cli check --since-head CHAIN-HEAD",
    ),
)


SHOWN_PROBLEMS = 200  # problem lines printed, at most (manifest.json lists them all)


def damage_section(ctx: RenderContext) -> list[Flowable]:
    """The source journal's problems, one per line, when it had any."""
    damage = ctx.selection.damage
    if not damage.any:
        return []
    lines = damage.lines()
    story = [ctx.p("Problems in the journal this was made from", ctx.styles.h2)]
    story.append(ctx.p(damage.summary()))
    story += [ctx.p(f"• {line}", ctx.styles.muted) for line in lines[:SHOWN_PROBLEMS]]
    if len(lines) > SHOWN_PROBLEMS:
        story.append(ctx.p(f"… and {len(lines) - SHOWN_PROBLEMS} more (see manifest.json)"))
    return story


def build(ctx: RenderContext) -> list[Flowable]:
    styles, selection = ctx.styles, ctx.selection
    story: list[Flowable] = [
        ctx.heading("Integrity: what the hash values show", 0, "integrity"),
        ctx.p(PROVES),
        ctx.p(WHAT_IT_SHOWS),
        ctx.p(WHAT_IT_DOES_NOT),
        ctx.p("Values recorded in this export", styles.h2),
        ctx.p(
            f"Journal id (names the journal; not a key): {selection.vault_fingerprint}", styles.mono
        ),
        ctx.p(f"Chain head: {selection.chain_head}", styles.mono),
    ]
    if ctx.signing_fingerprint:
        story.append(ctx.p(f"Signing-key fingerprint: {ctx.signing_fingerprint}", styles.mono))
        story.append(
            ctx.p(
                "A signature shows who made a bundle only once the signing-key fingerprint "
                "has been confirmed with the sender by another way (by phone or on paper). "
                "The journal makes a new signing key when its passphrase or recovery code "
                "changes; the bundle's key_history.json links each key to the one before.",
                styles.muted,
            )
        )
        short = " ".join(ctx.signing_fingerprint.split()[:FINGERPRINT_GROUPS])
        story.append(
            ctx.p(
                "Unless a plain copy was asked for, this PDF file itself carries a digital "
                "signature by this journal (signer “Incident Journal export signature”, "
                f"“journal key {short}”). A PDF reader's signature panel, or pdfsig, says "
                "whether the file was changed after it was exported. It shows the file is "
                "unaltered since export by the holder of this journal's key, not who wrote "
                "it; the certificate is self-signed, so readers call the signer unknown.",
                styles.muted,
            )
        )
    story += damage_section(ctx)
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
