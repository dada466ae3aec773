"""A report's parts and lines, and the survivor's account of what someone else said,
in the export's language (English as journal/entries/report_text.py words them).

report_text.py's English sentences stay as they are for the app and the CLI; the
PDF words the same parts with its own keys.
"""

from __future__ import annotations

from journal.entries.model import OtherAccount, ReportRecord
from journal.entries.report_text import report_parts
from journal.export.words import Words
from journal.export.words.worded import worded

#: The templates of report_text.report_parts -> the PDF's keys.
PART_KEYS = {
    "ref. {reference}": "sum.ref",
    "outcome: {outcome}": "entry.outcome",
    "next deadline {deadline}": "entry.deadline",
}


def report_lines(words: Words, report: ReportRecord) -> list[str]:
    """The report's parts on one line, then what they said and what they did."""
    parts = [worded(words, part, PART_KEYS) for part in report_parts(report, words.label)]
    lines = [" · ".join(parts)]
    if report.what_they_said:
        lines.append(words("entry.said", text=report.what_they_said))
    if report.what_they_did:
        lines.append(words("entry.did", text=report.what_they_did))
    return lines


def account_line(words: Words, account: OtherAccount) -> str:
    """Who said what to whom, when, and how the survivor learned of it (see
    report_text.account_sentence): the survivor's account, never that person's own."""
    who = account.speaker or words("entry.someone")
    if account.told_to:
        head = words("entry.told", who=who, told_to=account.told_to)
    else:
        head = words("entry.said_only", who=who)
    when = f" ({account.when})" if account.when else ""
    said = words("entry.quote", text=account.what_was_said) if account.what_was_said else ""
    learned = words("entry.learned", text=account.how_learned) if account.how_learned else ""
    return f"{head}{when}{said}{learned}"
