"""The PDF's words for its entries sections, in English (merged into en.WORDS).

The cover, summary, chart, detailed entries (reports, accounts, evidence, linked
messages), exhibit index, people, contact and declaration. English keeps the
wording the PDF had before these were translated; a key ending in `_one`/`_many`
is a count (`journal/export/words/worded.py`).
"""

from __future__ import annotations

ENTRIES_WORDS: dict[str, str] = {
    # cover.py: the source journal's damage (source_damage.SourceDamage.summary)
    "damage.one": (
        "The journal this was made from had 1 problem (damage or alteration) when it was exported"
    ),
    "damage.many": (
        "The journal this was made from had {count} problems (damage or alteration) when it "
        "was exported"
    ),
    "damage.unreadable": "; {count} exhibit(s) could not be read and are left out",
    "damage.end": (
        "{text}. What could not be read is missing from this export; each problem is "
        "listed on the integrity page."
    ),
    # chart.py: the summary of journal/case/patterns.py, worded by template
    "chart.none": "There are no dated entries yet, so there is no pattern to show.",
    "chart.entries_one": "1 entry",
    "chart.entries_many": "{count} entries",
    "chart.months_one": "1 month",
    "chart.months_many": "{count} months",
    "chart.in_month": "{entries} in {month}.",
    "chart.span": "{entries} from {first} to {last} ({months}).",
    "chart.month_count": "{month} ({count})",
    "chart.busiest_one": "Busiest month: {months}.",
    "chart.busiest_many": "Busiest months: {months}.",
    "chart.empty_one": "1 month with no entries.",
    "chart.empty_many": "{count} months with no entries.",
    "chart.undated_one": "1 entry without a date.",
    "chart.undated_many": "{count} entries without a date.",
    "chart.commas": "{first}, {then}",
    "chart.no_category": "No category",
    "chart.note": (
        "Each bar counts the entries in this export whose event started in that month "
        "(month/year), split by category. An entry with several categories is counted "
        "once in each; empty months are shown as gaps."
    ),
    # entries.py: a report's parts and lines, and the survivor's account of what others said
    "entry.outcome": "outcome: {outcome}",
    "entry.deadline": "next deadline {deadline}",
    "entry.said": "What they said: {text}",
    "entry.did": "What they did: {text}",
    "entry.account_label": "Your account of what someone else said",
    "entry.someone": "Someone",
    "entry.told": "{who} told {told_to}",
    "entry.said_only": "{who} said",
    "entry.quote": ": “{text}”",
    "entry.learned": " — I learned of it: {text}",
    # the linked messages in "changed: …" (revision_diff.FIELD_LABELS has no label for them)
    "fld.messages": "messages",
    # evidence.py and exhibits.py
    "evidence.label": "Evidence",
    "evidence.bytes": "{size} bytes",
    "evidence.captured": "captured {time} (camera clock)",
    # evidence.py: why a picture is not printed (images.py)
    "picture.not_shown": (
        "This picture is not shown here: {reason}. The file itself is kept unchanged; its "
        "SHA-256 above identifies it."
    ),
    "picture.empty": "the file is empty",
    "picture.too_large": "the file is too large to print safely",
    "picture.huge": "it is extremely large ({width} × {height} pixels)",
    "picture.unreadable": "its stored copy cannot be read: the journal is damaged there",
    "picture.not_picture": "its content is not a picture this app can read",
    "picture.cut": "it appears to be cut off or damaged",
    "picture.undecodable": "it could not be decoded",
    "exhibits.none": "No evidence files are attached to the entries in this export.",
    "exhibits.note": (
        "Each file is kept in the journal exactly as it was added, byte for byte. The SHA-256 "
        "value identifies it: any change to the file, however small, gives a different value. "
        "Capture times come from the camera's own clock, which may be wrong."
    ),
    "exhibits.not_recorded": "not recorded",
    # people.py
    "people.none": "No people are linked to the entries in this export.",
    "people.appears": "Appears in",
    "people.since": "Details since",
    "people.from": "From {date}: {details}",
    "people.more": "… and {count} more (see the detailed entries)",
    "people.rank": "Rank",
    "people.badge_number": "Badge number",
    "people.agency": "Agency",
    "people.station": "Station",
    "people.unit": "Unit",
    "people.supervisor": "Supervisor",
    # declaration.py
    "declaration.named": (
        "I, {name}, declare that the entries in this chronology were written by me, and that "
        "to the best of my knowledge and belief they are true. The evidence files listed in "
        "the exhibit index are the files I added to my journal, unchanged."
    ),
    "declaration.unnamed": (
        "I declare that the entries in this chronology were written by me, and that to the "
        "best of my knowledge and belief they are true. The evidence files listed in the "
        "exhibit index are the files I added to my journal, unchanged."
    ),
    "declaration.signature": "Signature",
    "declaration.name": "Name",
    "declaration.date": "Date",
    # contact.py
    "contact.title": "Contact over time",
    "contact.none": "No imported messages or calls fall in this export's dates.",
    "contact.messages_one": "1 message",
    "contact.messages_many": "{count} messages",
    "contact.calls_one": "1 call",
    "contact.calls_many": "{count} calls",
    "contact.days_one": "1 day",
    "contact.days_many": "{count} days",
    "contact.figures": "{messages} and {calls} on {days}, from {first} to {last}; {night}.",
    "contact.night": "{messages} and {calls} between {start}:00 and {end}:00",
    "contact.note": (
        "Each bar is one day with contact (days without any are left out), split by "
        "sender or caller: messages and calls together. A day and an hour are those of "
        "the time as the export states it; for an export without a time zone, in the "
        "zone applied at import (see the message log). System lines are not counted."
    ),
    "contact.busiest": "Busiest days",
    "contact.day": "{day}: {messages}, {calls} ({who})",
    "contact.others": "others",
    # message_log.py
    "messages.title": "Linked messages ({count})",
    "messages.intro": (
        "Messages linked to this entry, from the message histories imported into the journal, "
        "in time order. Text is as the export file holds it. Times marked 'assumed' come from "
        "an export that gives no time zone; the zone shown was applied to them."
    ),
    "messages.call": "Call, {direction}: {name} ({number}), {seconds} s",
    "messages.dir.incoming": "incoming",
    "messages.dir.outgoing": "outgoing",
    "messages.dir.missed": "missed",
    "messages.dir.voicemail": "voicemail",
    "messages.dir.rejected": "rejected",
    "messages.dir.blocked": "blocked",
    "messages.dir.answered-elsewhere": "answered-elsewhere",
    "messages.dir.unknown": "unknown",
    "messages.system_sender": "(system message)",
    "messages.from": "from {source}",
    "messages.deleted": "deleted-message marker",
    "messages.edited": "edited",
    "messages.media": "media left out of the export",
    "messages.system": "system message",
    "messages.attachments": "Attachments: {names}",
    "messages.written": "Written in the export as: {raw} · {location}",
    "messages.missing": (
        "Linked message {id} cannot be shown: it is not among the readable stored messages "
        "(see the integrity page)."
    ),
    "messages.assumed": "{time} {zone} (assumed: {how})",
    "messages.assumed_ambiguous": "{time} {zone} (assumed: {how}; ambiguous in that zone)",
    "messages.assumed_nonexistent": "{time} {zone} (assumed: {how}; nonexistent in that zone)",
    "messages.assumed_doubt": "{time} {zone} (assumed: {how}; {doubt} in that zone)",
    "messages.confirmed": "zone confirmed by the user",
    "messages.unconfirmed": "zone NOT confirmed",
}
