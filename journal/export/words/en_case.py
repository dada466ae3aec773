"""The PDF's words for its case sections, in English (merged into en.WORDS): the
reports, after disclosure, risk, revision history and trusted timestamps sections."""

from __future__ import annotations

from journal.entries.event_time import PRECISIONS
from journal.entries.revision_values import DIFF_WORDS

#: The fixed words inside a revision's values, as the core says them in English.
_VALUE_WORDS = {
    **{f"hd.diff.{key}": text for key, text in DIFF_WORDS.items()},
    **{f"hd.precision.{key}": text for key, text in PRECISIONS.items()},
}

CASE_WORDS: dict[str, str] = {
    # complaints and reports
    "rep.date": "Date",
    "rep.body": "Body",
    "rep.reference": "Reference",
    "rep.contact": "Dealt with by",
    "rep.status": "Status",
    "rep.deadline": "Next deadline",
    "rep.none": "No reports or complaints are recorded in the entries in this export.",
    "rep.not_given": "not given",
    "rep.outcome": "Outcome: {outcome}",
    "rep.entry": "Entry {number}: {title}",
    "rep.said": "What they said: {text}",
    "rep.did": "What they did: {text}",
    "rep.about": "About: {entries}",
    "rep.about_one": "entry {numbers}",
    "rep.about_many": "entries {numbers}",
    "rep.left_out": "{count} entry(ies) not in this export",
    # after disclosure
    "after.intro": (
        "Each report, complaint or time the author told someone, followed by the entries "
        "dated within {days} days after it. This shows what came after, in time; it does not "
        "by itself show why. Entry numbers refer to the detailed entries. Days are counted "
        "from the last day each disclosure could have been on (the day itself, or the end of "
        "the month when only the month is known). An entry is listed as following only when "
        "the earliest time it could have happened is after the latest time the disclosure "
        "could have happened; entries whose dates overlap the disclosure's are listed apart, "
        "as around the same time, order not certain."
    ),
    "after.outline": "After: {title}",
    "after.to": "Entry {number}. To: {where}",
    "after.told": "Told someone",
    "after.basis": "Days counted from {date}, the last day it could have been.",
    "after.followed_one": "1 entry followed; {notable} marked as retaliation, threats or similar.",
    "after.followed_many": (
        "{count} entries followed; {notable} marked as retaliation, threats or similar."
    ),
    "after.none": "No entries are dated within {days} days after it.",
    "after.around": "Around the same time (order not certain):",
    "after.uncertain": "order not certain",
    "after.same_day": "same day",
    "after.one_day": "+1 day",
    "after.days": "+{days} days",
    "after.col.after": "After",
    "after.col.when": "When",
    "after.col.entry": "Entry",
    "after.col.marked": "Marked as",
    # risk indicators
    "rk.disclaimer": (
        "These are notes of what was noticed at the time. They do not replace a risk "
        "assessment by a trained professional. If you are in danger now, call your local "
        "emergency number."
    ),
    "rk.key": "What the author noted at each check (Yes, No, Not sure; blank: not noted).",
    "rk.indicator": "Indicator",
    "rk.change": "{when}: {indicator} — {state} (was {was})",
    "rk.not_noted": "not noted",
    # revision history
    "hist.title": "Revision history",
    "hist.revision": "Revision {number} · {status} · saved {saved}",
    "hist.saved": "Saved",
    "hist.deleted": "Withdrawn",
    "hist.purged": "Purged",
    "hist.purged_note": "Content removed for good (purged); only its hash remains.",
    "hist.no_change": "No visible change in this copy.",
    "hist.before": "before: {value}",
    "hist.now": "now: {value}",
    **_VALUE_WORDS,
    # trusted timestamps (integrity page)
    "ts.title": "Trusted timestamps",
    "ts.what": (
        "An independent timestamp authority signed a chain head of this journal with the time "
        "on its own clock. It was sent only a hash of the chain head, never any content. The "
        "chain head sums up every version saved up to that point, so nothing saved before then "
        "can have been written or changed later without this check failing. It does not show "
        "that an event happened as described, or when it happened."
    ),
    "ts.all": (
        "This record existed in this form no later than {time}, according to {signer} "
        "(the timestamp authority at {host})."
    ),
    "ts.first_one": (
        "The first saved version of this record existed in this form no later than {time}, "
        "according to {signer} (the timestamp authority at {host})."
    ),
    "ts.first_many": (
        "The first {count} saved versions of this record existed in this form no later than "
        "{time}, according to {signer} (the timestamp authority at {host})."
    ),
    "ts.time": "{day} {month} {year}, {clock} UTC",
    "ts.checking": "For checking",
    "ts.token": (
        "{name}.tsr (in the court bundle): chain head {head} after revision {revisions}; "
        "time {time}; asked of {authority}; signed by {signer}."
    ),
    "ts.verify": "In the unpacked bundle, with the authority's published CA certificate:",
    # the source journal's damage (integrity page)
    "dmg.exhibit": "exhibit {number} ({name}) left out: {why}",
}
