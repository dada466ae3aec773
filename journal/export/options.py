"""What an export includes, and the one place where entries are chosen and redacted.

Every renderer works from a `Selection`; none reads the journal directly. That
keeps the PDF, the bundle and the tables in agreement, and makes it impossible
for one format to leak a private note or a redacted address that another hid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from journal.entries.model import (
    AttachmentInfo,
    Entry,
    Injury,
    OfficerDetails,
    OtherAccount,
    Person,
    ReportRecord,
)
from journal.entries.timeparse import local_day, sort_key
from journal.export.errors import ExportCancelled
from journal.export.linked_messages import add_message_exhibits
from journal.export.redaction import REDACTED, TermMatcher, matcher_for
from journal.export.source_damage import SourceDamage, find_source_damage
from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Record = TypeVar("_Record", bound="DataclassInstance")

#: Fields of an entry a redaction profile can hide outright.
HIDEABLE_FIELDS: dict[str, str] = {
    "location": QT_TRANSLATE_NOOP("core", "Location"),
    "narrative": QT_TRANSLATE_NOOP("core", "What happened"),
    "medical": QT_TRANSLATE_NOOP("core", "Medical details"),
    "injuries": QT_TRANSLATE_NOOP("core", "Injuries"),
    "people_notes": QT_TRANSLATE_NOOP("core", "Notes on people involved"),
    "tags": QT_TRANSLATE_NOOP("core", "Tags"),
}


@dataclass(frozen=True)
class RedactionProfile:
    """Hide things from one audience: whole fields, and any text matching a term.

    Terms are matched wherever they appear (titles, narrative, locations, report
    details, file descriptions), e.g. a current address, the children's school,
    or the name of a shelter: regardless of case, Unicode form, fullwidth or
    ligature letters, invisible characters, and whatever whitespace or line
    breaks stand between their words (see redaction.py).
    """

    name: str
    hidden_fields: frozenset[str] = frozenset()
    terms: tuple[str, ...] = ()

    def matcher(self) -> TermMatcher | None:
        found = matcher_for(tuple(self.terms))
        return found if found else None


@dataclass(frozen=True)
class ExportOptions:
    date_from: date | None = None
    date_to: date | None = None
    kinds: frozenset[str] = frozenset()  # empty: all kinds
    categories: frozenset[str] = frozenset()  # empty: all; else entries with any of them
    include_private: bool = False
    include_history: bool = False
    redaction: RedactionProfile | None = None
    bates_prefix: str = ""
    title: str = "Chronology of events"
    prepared_by: str = ""
    declaration: bool = False
    declaration_name: str = ""
    include_risk: bool = False  # risk checks and indicators: only when chosen
    include_contact: bool = False  # "Contact over time": messages and calls per day
    after_disclosure_days: int = 90  # window grouped under each disclosure
    # bundle: leave out exhibits whose files carry the place they were taken (GPS);
    # off by default, since originals are the evidence (see location.py)
    leave_out_located: bool = False
    # the language of the PDF's own words (journal/export/words); user text is never changed
    language: str = "en"


@dataclass(frozen=True)
class Exhibit:
    number: str  # "EX-001"
    entry_id: str
    info: AttachmentInfo  # description redacted as the entry is


@dataclass(frozen=True)
class Selection:
    """The entries an export shows, in chronological order, already redacted."""

    options: ExportOptions
    entries: tuple[Entry, ...]
    originals: dict[str, Entry]  # entry id -> unredacted entry, for hashes and revisions
    exhibits: tuple[Exhibit, ...]
    people: tuple[Person, ...]  # people linked from the selected entries, redacted
    generated_at: datetime  # timezone-aware UTC
    redactions: int = 0  # how many places were hidden
    excluded: int = 0  # entries left out by the filters
    vault_fingerprint: str = ""
    chain_head: str = ""
    exhibit_of: dict[str, str] = field(default_factory=dict)  # attachment id -> number
    damage: SourceDamage = field(default_factory=SourceDamage)  # of the source journal

    @cached_property
    def shown_by_id(self) -> dict[str, Entry]:
        return {e.entry_id: e for e in self.entries}

    def redacted(self, entry_id: str) -> bool:
        """True when what is shown differs from the stored revision (redaction, private notes)."""
        shown = self.shown_by_id[entry_id]
        return shown.content != self.originals[entry_id].content or any(
            a != b
            for a, b in zip(shown.attachments, self.originals[entry_id].attachments, strict=True)
        )


def matches(entry: Entry, options: ExportOptions) -> bool:
    if entry.deleted:
        return False
    content = entry.content
    if content.kind == "risk_check" and not options.include_risk:
        return False
    if options.kinds and content.kind not in options.kinds:
        return False
    if options.categories and not options.categories.intersection(content.categories):
        return False
    if options.date_from or options.date_to:
        day = local_day(content.occurred)
        if day is None:
            return False
        if options.date_from and day < options.date_from:
            return False
        if options.date_to and day > options.date_to:
            return False
    return True


class _Redactor:
    def __init__(self, profile: RedactionProfile | None) -> None:
        self.hidden = profile.hidden_fields if profile else frozenset()
        self._matcher = profile.matcher() if profile else None
        self.count = 0

    def text(self, value: str) -> str:
        if not value or self._matcher is None:
            return value
        new, n = self._matcher.subn(value)
        self.count += n
        return new

    def texts(self, record: _Record, *names: str) -> _Record:
        """`record` with the terms hidden in each of the named text fields."""
        return replace(record, **{name: self.text(getattr(record, name)) for name in names})

    def field(self, name: str, value: str) -> str:
        if name in self.hidden and value:
            self.count += 1
            return REDACTED
        return self.text(value)

    def entry(self, entry: Entry, include_private: bool, include_risk: bool = False) -> Entry:
        c = entry.content
        t = self.text
        injuries: tuple[Injury, ...] = c.injuries
        if "injuries" in self.hidden and injuries:
            self.count += 1
            injuries = (Injury(description=REDACTED),)
        else:
            injuries = tuple(
                self.texts(i, "description", "body_area", "medical_attention") for i in injuries
            )
        people = tuple(replace(p, note=self.field("people_notes", p.note)) for p in c.people)
        tags = c.tags
        if "tags" in self.hidden and tags:
            self.count += 1
            tags = ()
        content = replace(
            c,
            title=t(c.title),
            narrative=self.field("narrative", c.narrative),
            location=self.field("location", c.location),
            medical=self.field("medical", c.medical),
            tags=tuple(t(tag) for tag in tags),
            people=people,
            injuries=injuries,
            reports=tuple(self.report(r) for r in c.reports),
            private_notes=t(c.private_notes) if include_private else "",
            accounts=tuple(self.account(a) for a in c.accounts),
            risk=tuple(replace(i, note=t(i.note)) for i in c.risk) if include_risk else (),
        )
        attachments = tuple(self.texts(a, "description", "file_name") for a in entry.attachments)
        return replace(entry, content=content, attachments=attachments)

    def report(self, report: ReportRecord) -> ReportRecord:
        return self.texts(
            report,
            "body",
            "reference",
            "contact_person",
            "what_they_said",
            "what_they_did",
            "outcome",
        )

    def account(self, account: OtherAccount) -> OtherAccount:
        return self.texts(account, "speaker", "told_to", "when", "what_was_said", "how_learned")

    def officer(self, officer: OfficerDetails) -> OfficerDetails:
        return self.texts(officer, *(f.name for f in fields(officer)))

    def person(self, person: Person) -> Person:
        c = person.content
        officer = self.officer(c.officer) if c.officer is not None else None
        history = tuple(
            replace(p, details=self.officer(p.details), note=self.text(p.note))
            for p in c.officer_history
        )
        content = replace(
            c,
            name=self.text(c.name),
            relationship=self.text(c.relationship),
            notes=self.field("people_notes", c.notes),
            officer=officer,
            officer_history=history,
        )
        return replace(person, content=content)


def heading_scrubber(options: ExportOptions) -> Callable[[str], str]:
    """Hides the profile's terms in what the person typed about the export itself
    (title, "prepared by", profile name): the same wherever it is shown."""
    matcher = options.redaction.matcher() if options.redaction else None
    return matcher.sub if matcher is not None else str


def _scrubbed(options: ExportOptions) -> ExportOptions:
    scrub = heading_scrubber(options)
    profile = options.redaction
    return replace(
        options,
        title=scrub(options.title),
        prepared_by=scrub(options.prepared_by),
        declaration_name=scrub(options.declaration_name),
        redaction=None if profile is None else replace(profile, name=scrub(profile.name)),
    )


def select(
    journal: Journal,
    options: ExportOptions,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Selection:
    """Choose, order and redact the entries for one export."""
    everything = journal.entries()
    chosen = sorted((e for e in everything if matches(e, options)), key=_order)
    redactor = _Redactor(options.redaction)
    shown = tuple(redactor.entry(e, options.include_private, options.include_risk) for e in chosen)
    exhibits: list[Exhibit] = []
    exhibit_of: dict[str, str] = {}
    for entry in shown:
        for info in entry.attachments:
            number = f"EX-{len(exhibits) + 1:03d}"
            exhibits.append(Exhibit(number, entry.entry_id, info))
            exhibit_of[info.attachment_id] = number
    add_message_exhibits(journal, shown, exhibits, exhibit_of, Exhibit)
    linked = _linked_people(chosen)
    people = tuple(redactor.person(p) for p in journal.people() if p.person_id in linked)
    return Selection(
        options=_scrubbed(options),
        entries=shown,
        originals={e.entry_id: e for e in chosen},
        exhibits=tuple(exhibits),
        people=tuple(sorted(people, key=lambda p: p.content.name.casefold())),
        generated_at=clock().astimezone(UTC),
        redactions=redactor.count,
        excluded=len(everything) - len(chosen),
        vault_fingerprint=journal.vault.vault_id.hex(),
        chain_head=journal.chain_head.hex(),
        exhibit_of=exhibit_of,
        damage=find_source_damage(journal, [(x.number, x.info) for x in exhibits]),
    )


def redact_entry(entry: Entry, options: ExportOptions) -> Entry:
    """`entry` as an export with `options` would show it (e.g. an older revision)."""
    return _Redactor(options.redaction).entry(entry, options.include_private, options.include_risk)


def _order(entry: Entry) -> tuple[datetime, str, str]:
    return (sort_key(entry.content.occurred), entry.first_recorded, entry.entry_id)


def _linked_people(entries: list[Entry]) -> set[str]:
    return {link.person_id for e in entries for link in e.content.people}


def preview_redactions(
    journal: Journal, options: ExportOptions, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, str, str]]:
    """(entry title, field, text before) for every place the profile would hide.

    `cancelled()` is checked between entries; when it says so, ExportCancelled."""
    found: list[tuple[str, str, str]] = []
    for entry in sorted((e for e in journal.entries() if matches(e, options)), key=_order):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        before = entry.content
        after = _Redactor(options.redaction).entry(entry, include_private=True).content
        for name in ("title", "narrative", "location", "medical", "private_notes"):
            if getattr(before, name) != getattr(after, name):
                found.append((before.title, name, getattr(before, name)))
        for old, new in zip(before.reports, after.reports, strict=True):
            if old != new:
                found.append((before.title, "report", old.body or old.reference))
        if before.people != after.people or before.injuries != after.injuries:
            found.append((before.title, "people or injuries", ""))
    return found


__all__ = [
    "HIDEABLE_FIELDS",
    "REDACTED",
    "Exhibit",
    "ExportOptions",
    "RedactionProfile",
    "Selection",
    "heading_scrubber",
    "matches",
    "preview_redactions",
    "redact_entry",
    "select",
]
