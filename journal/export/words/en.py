"""English: the PDF's own words as they were before languages could be chosen."""

from __future__ import annotations

from journal.export.words.en_case import CASE_WORDS
from journal.export.words.en_entries import ENTRIES_WORDS
from journal.export.words.labels import english_labels

RTL = False
WORDS = {
    "title": "Chronology of events",
    "h.summary": "Summary chronology",
    "h.chart": "Events per month",
    "h.entries": "Detailed entries",
    "h.exhibits": "Exhibit index",
    "h.people": "People",
    "h.reports": "Complaints and reports",
    "h.after": "After disclosure",
    "h.risk": "Risk indicators over time",
    "h.risk_changes": "What changed between checks",
    "h.integrity": "Integrity: what the hash values show",
    "h.declaration": "Declaration",
    "page": "Page {page} of ",
    "generated": "Generated {time}",
    "col.date": "Date/time",
    "col.event": "Event",
    "col.source": "Source / Exhibit",
    "col.notes": "Notes",
    "ex.number": "Exhibit",
    "ex.file": "File name",
    "ex.type": "Type",
    "ex.size": "Size",
    "ex.captured": "Captured",
    "ex.picture": "Picture",
    "cover.period": "Period",
    "cover.filters": "Filters",
    "cover.redaction": "Redaction",
    "cover.generated": "Generated",
    "cover.contents": "Contents",
    "cover.journal_id": "Journal id (not a key)",
    "cover.chain_head": "Chain head",
    "cover.signing": "Signing-key fingerprint",
    "cover.damaged": "Source journal: DAMAGED",
    "cover.prepared_by": "Prepared by {name}",
    "cover.note": (
        "Everything in this chronology was written by the person who kept the journal, "
        "except what is marked as recorded by the system: save times, revision counts and "
        "file hashes. Times of events are shown only as precisely as they were given "
        "(“approx.”, a day, or a month). The last page explains what the values above "
        "show, what they do not, and how to check them."
    ),
    "int.proves": (
        "Every saved version of every entry is linked into a hash chain: each link is a SHA-256 "
        "value computed from the entry's exact content and from the link before it. The chain "
        "head printed on the cover sums up the whole journal as it was when this document was "
        "made. Each evidence file has its own SHA-256 value, computed from its exact bytes when "
        "it was added."
    ),
    "int.shows": (
        "What this shows: changing one character of an entry, or one byte of a file, changes its "
        "hash value. If someone else keeps a copy of this document or of the chain head, a later "
        "comparison with the journal itself (incident-journal-cli check --since-head followed by "
        "the chain head below) shows whether every version saved before this document was made "
        "is still in the journal unchanged. An edit adds a new version and never overwrites an "
        "earlier one; the one exception is a purge the person confirms, which replaces an "
        "entry's content with a stub that says so while keeping its hashes in the chain."
    ),
    "int.not": (
        "What this does not prove: a hash cannot show that an event happened as described, or "
        "that the computer's clock was right when an entry was saved. The dates and times of "
        "events are the author's own account. System save times come from the computer's clock. "
        "Camera capture times come from the camera's clock."
    ),
    "int.values": "Values recorded in this export",
    "int.journal_id": "Journal id (names the journal; not a key): {value}",
    "int.chain_head": "Chain head: {value}",
    "int.signing": "Signing-key fingerprint: {value}",
    "int.pdf_signature": (
        "Unless a plain copy was asked for, this PDF file itself carries a digital signature "
        "by this journal (signer \u201cIncident Journal export signature\u201d, \u201cjournal "
        "key {value}\u201d). A PDF reader's signature panel, or pdfsig, says whether the file "
        "was changed after it was exported. It shows the file is unaltered since export by "
        "the holder of this journal's key, not who wrote it; the certificate is self-signed, "
        "so readers call the signer unknown."
    ),
    "int.message_files": (
        "Message histories. Linked messages come from export files a phone or a service wrote "
        "(WhatsApp, SMS backups, Telegram, Messenger, email), each kept as an exhibit byte for "
        "byte. What such a file can show: that these messages, with these names, times and "
        "texts, were in the file when it was imported; its SHA-256 fixes it from that moment "
        "on, so any later change shows. What it cannot show: an export file is plain data that "
        "anyone could have edited before it was imported (a WhatsApp export carries no "
        "signature, no phone numbers and no time zone); names are what the exporting phone had "
        "saved; deleted messages appear only as a marker. Times marked 'assumed' were written "
        "without a time zone and read in the zone shown. Stronger proof comes from the phone "
        "itself or the service provider."
    ),
    "int.signing_note": (
        "A signature shows who made a bundle only once the signing-key fingerprint has been "
        "confirmed with the sender by another way (by phone or on paper). The journal makes a "
        "new signing key when its passphrase or recovery code changes; the bundle's "
        "key_history.json links each key to the one before."
    ),
    "int.problems": "Problems in the journal this was made from",
    "int.more": "… and {count} more (see manifest.json)",
    "int.how": "How to check",
    "int.verify_bundle": (
        "If this document came with a court bundle (a zip file), in the unpacked folder:"
    ),
    "int.verify_sums": "Check every file against the list of hashes:",
    "int.verify_sig": "Check that the list was signed by the key in vault_pub.pem:",
    "int.verify_app": (
        "Or check the whole bundle with the app, comparing the signing-key fingerprint the "
        "sender gave you:"
    ),
    "int.verify_journal": (
        "With the journal itself: check every saved version, and that the chain head of this "
        "export is still a point on its chain:"
    ),
    "int.hash_note": (
        "The hash of each evidence file is listed in the exhibit index and with each entry. "
        "Anyone can compute it again from the original file (for example with sha256sum) and "
        "compare."
    ),
    "f.kind": "Kind",
    "f.when": "When",
    "f.precision": "Precision",
    "f.entered": "Entered as",
    "f.timezone": "Time zone",
    "f.where": "Where",
    "f.categories": "Categories",
    "f.tags": "Tags",
    "f.people": "People",
    "f.injuries": "Injuries",
    "f.medical": "Medical",
    "f.reports": "Reports and complaints",
    "f.risk": "Risk indicators",
    "f.told": "Told someone",
    "f.yes": "Yes",
    "f.what_happened": "What happened",
    "f.private": "Private notes",
    "precision.exact": "Exact, as given",
    "precision.approximate": "Approximate: the exact time is not known",
    "precision.day": "Day only: the time of day was not given",
    "precision.month": "Month only: the day was not given",
    "sys.recorded": "Recorded by the system: first saved {first}; last saved {last}; {saved}.",
    "sys.once": "saved once",
    "sys.times": "saved {count} times ({changes})",
    "sys.later": "Written down later: first saved more than two days after the event.",
    "sys.redacted": "Some details of this entry are left out of this copy (see the cover).",
    "no_entries": "No entries match the choices made for this export.",
    "cover.all_dates": "All dates",
    "cover.from_to": "From {start} to {end}",
    "cover.first_entry": "the first entry",
    "cover.last_entry": "the last entry",
    "cover.kinds": "Kinds: {kinds}",
    "cover.all_kinds": "All kinds",
    "cover.categories": "Categories: {categories}",
    "cover.all_categories": "All categories",
    "cover.private_in": "Private notes: included",
    "cover.private_out": "Private notes: left out",
    "cover.history_in": "Revision history: included",
    "cover.history_out": "Revision history: not included",
    "cover.no_redaction": "None",
    "cover.redacted_one": "Profile “{name}”: 1 place hidden, each shown as [redacted]",
    "cover.redacted_many": "Profile “{name}”: {places} places hidden, each shown as [redacted]",
    "cover.utc": "{time} UTC",
    "cover.local": "{time} local time (UTC{offset})",
    "cover.counts": "{entries} entries included, {excluded} left out by the filters",
    "cover.exhibit_counts": "{exhibits} exhibits, {people} people",
    "sum.journal_entry": "Journal entry",
    "sum.ref": "ref. {reference}",
    "sum.later": "Written down later",
    "sum.redacted": "Some details left out of this copy",
    "vol.title": "Volumes of this chronology",
    "vol.intro": (
        "This chronology is in {count} volumes, one document split to keep each file under a "
        "size limit. Page numbers continue from one volume to the next. Every entry is in "
        "exactly one volume. This volume also has the cover and the summary; the last one "
        "has the exhibit index, the integrity page and the declaration."
    ),
    "vol.intro_bates": (
        "This chronology is in {count} volumes, one document split to keep each file under a "
        "size limit. Page numbers and Bates stamps continue from one volume to the next. "
        "Every entry is in exactly one volume. This volume also has the cover and the "
        "summary; the last one has the exhibit index, the integrity page and the declaration."
    ),
    "vol.volume": "Volume",
    "vol.file": "File",
    "vol.pages": "Pages",
    "vol.entries": "Entries",
    "vol.no": "No.",
    "vol.when": "When",
    "vol.entry": "Entry",
    "vol.page": "Page",
    "vol.entries_from": "Detailed entries (from entry {first})",
    "vol.running": "volume {number} of {count}",
    "vol.none": "none",
    "vol.heading": "Volume {number} of {count}",
    "ent.not_exported": "(not in this export)",
    "ent.photographed": "photographed",
    "vol.opening_last": (
        "This is volume {number} of {count} of one chronology; it holds entries {run}. "
        "Volume 1 ({first}) has the cover, the summary and the index of volumes; this volume "
        "also has the exhibit index, the integrity page and the declaration."
    ),
    "vol.opening_other": (
        "This is volume {number} of {count} of one chronology; it holds entries {run}. "
        "Volume 1 ({first}) has the cover, the summary and the index of volumes; the last "
        "volume ({last}) has the exhibit index, the integrity page and the declaration."
    ),
    "chg.once": "written once, not changed since",
    "chg.unchanged": "text unchanged",
    "chg.changed": "changed: {fields}",
    "chg.withdrawn": "withdrawn",
    "chg.purged": "content purged",
    "chg.added.evidence": "files added: {count}",
    "chg.added.reports": "reports added: {count}",
    "chg.added.injuries": "injuries added: {count}",
    "chg.added.people": "people added: {count}",
    "chg.added.accounts": "accounts added: {count}",
    "chg.removed.evidence": "files removed: {count}",
    "chg.removed.reports": "reports removed: {count}",
    "chg.removed.injuries": "injuries removed: {count}",
    "chg.removed.people": "people removed: {count}",
    "chg.removed.accounts": "accounts removed: {count}",
    **english_labels(),
    **ENTRIES_WORDS,
    **CASE_WORDS,
}
