"""The integrity page: what the fingerprints prove, what they do not, how to check them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from journal.export.pdf.context import RenderContext
from journal.export.pdf.sections.cover import damage_line
from journal.export.pdf.sections.timestamps import timestamp_section
from journal.export.pdf_signing.certificate import FINGERPRINT_GROUPS

#: (label key in journal/export/words, command) for "How to check"; commands are not translated.
VERIFY = (
    ("int.verify_bundle", ""),
    ("int.verify_sums", "sha256sum -c SHA256SUMS"),
    (
        "int.verify_sig",
        "openssl pkeyutl -verify -pubin -inkey vault_pub.pem -rawin -in SHA256SUMS "
        "-sigfile SHA256SUMS.sig",
    ),
    ("int.verify_app", "incident-journal-cli verify BUNDLE.zip --fingerprint FINGERPRINT"),
    ("int.verify_journal", "incident-journal-cli check --since-head CHAIN-HEAD"),
)


SHOWN_PROBLEMS = 200  # problem lines printed, at most (manifest.json lists them all)


def damage_lines(ctx: RenderContext) -> list[str]:
    """`SourceDamage.lines`: the problems as the check words them (English), then each
    exhibit left out, in the PDF's language."""
    damage = ctx.selection.damage
    left_out = sorted(damage.unreadable_exhibits.items())
    return [
        *damage.problems,
        *(ctx.words("dmg.exhibit", number=n, name=name, why=why) for n, (name, why) in left_out),
    ]


def damage_section(ctx: RenderContext) -> list[Flowable]:
    """The source journal's problems, one per line, when it had any."""
    if not ctx.selection.damage.any:
        return []
    lines = damage_lines(ctx)
    story = [ctx.p(ctx.words("int.problems"), ctx.styles.h2)]
    story.append(ctx.p(damage_line(ctx.selection.damage, ctx.words)))
    story += [ctx.p(f"• {line}", ctx.styles.muted) for line in lines[:SHOWN_PROBLEMS]]
    if len(lines) > SHOWN_PROBLEMS:
        story.append(ctx.p(ctx.words("int.more", count=len(lines) - SHOWN_PROBLEMS)))
    return story


def build(ctx: RenderContext) -> list[Flowable]:
    styles, selection, words = ctx.styles, ctx.selection, ctx.words
    story: list[Flowable] = [
        ctx.heading(words("h.integrity"), 0, "integrity"),
        ctx.p(words("int.proves")),
        ctx.p(words("int.shows")),
        ctx.p(words("int.not")),
        ctx.p(words("int.values"), styles.h2),
        ctx.p(words("int.journal_id", value=selection.vault_fingerprint), styles.mono),
        ctx.p(words("int.chain_head", value=selection.chain_head), styles.mono),
    ]
    if ctx.signing_fingerprint:
        story.append(ctx.p(words("int.signing", value=ctx.signing_fingerprint), styles.mono))
        story.append(ctx.p(words("int.signing_note"), styles.muted))
        short = " ".join(ctx.signing_fingerprint.split()[:FINGERPRINT_GROUPS])
        story.append(ctx.p(words("int.pdf_signature", value=short), styles.muted))
    if any(entry.content.messages for entry in selection.entries):
        story.append(ctx.p(words("int.message_files")))
    story += timestamp_section(ctx)
    story += damage_section(ctx)
    story.append(ctx.p(words("int.how"), styles.h2))
    for label, command in VERIFY:
        story.append(ctx.p(words(label), styles.body))
        if command:
            story.append(ctx.p(command, styles.command))
    story.append(ctx.p(words("int.hash_note"), styles.muted))
    return story
