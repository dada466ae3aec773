"""What an entry holds (docs/entry-json.md), as frozen dataclasses.

`*Content` classes hold what the survivor asserted; `Revision`, `Entry` and
`AttachmentInfo` add what the system recorded (save times, hashes), kept apart
because a court weighs the two differently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from journal.entries.event_time import PRECISIONS, EventTime
from journal.entries.timeparse import event_upper_bound
from journal.translatable import QT_TRANSLATE_NOOP

__all__ = ["PRECISIONS", "EventTime"]  # defined beside the time parser, named here too

KINDS: dict[str, str] = {
    "incident": QT_TRANSLATE_NOOP("core", "Incident"),
    "report": QT_TRANSLATE_NOOP("core", "Report"),
    "institutional_response": QT_TRANSLATE_NOOP("core", "Institutional response"),
    "medical": QT_TRANSLATE_NOOP("core", "Medical"),
    "legal": QT_TRANSLATE_NOOP("core", "Legal"),
    "contact": QT_TRANSLATE_NOOP("core", "Contact (messages received)"),
    "note": QT_TRANSLATE_NOOP("core", "Note"),
    "risk_check": QT_TRANSLATE_NOOP("core", "Risk check"),
}

CATEGORIES: dict[str, str] = {
    "physical": QT_TRANSLATE_NOOP("core", "Physical"),
    "sexual": QT_TRANSLATE_NOOP("core", "Sexual"),
    "emotional": QT_TRANSLATE_NOOP("core", "Emotional / psychological"),
    "threats": QT_TRANSLATE_NOOP("core", "Threats"),
    "coercive_control": QT_TRANSLATE_NOOP("core", "Coercive control"),
    "financial": QT_TRANSLATE_NOOP("core", "Financial"),
    "technology": QT_TRANSLATE_NOOP("core", "Technology-facilitated (tracking, monitoring)"),
    "stalking": QT_TRANSLATE_NOOP("core", "Stalking"),
    "property_damage": QT_TRANSLATE_NOOP("core", "Property damage"),
    "children_or_pets": QT_TRANSLATE_NOOP("core", "Harm or threats to children or pets"),
    "weapon": QT_TRANSLATE_NOOP("core", "Weapon or firearm (service weapon)"),
    "strangulation": QT_TRANSLATE_NOOP("core", "Strangulation / choking"),
    "police_power": QT_TRANSLATE_NOOP("core", "Misuse of police power or systems"),
    "colleagues": QT_TRANSLATE_NOOP("core", "Involvement of colleagues"),
    "retaliation": QT_TRANSLATE_NOOP("core", "Retaliation after disclosure"),
    "counter_allegation": QT_TRANSLATE_NOOP("core", "Counter-allegation / story-flipping"),
    "collusion": QT_TRANSLATE_NOOP("core", "Invitation to collude"),
    "failure_to_protect": QT_TRANSLATE_NOOP("core", "Failure to protect (institutional)"),
}

PERSON_ROLES: dict[str, str] = {
    "abuser": QT_TRANSLATE_NOOP("core", "Abuser"),
    "witness": QT_TRANSLATE_NOOP("core", "Witness"),
    "child_present": QT_TRANSLATE_NOOP("core", "Child present"),
    "professional": QT_TRANSLATE_NOOP("core", "Professional spoken to"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}

REPORT_BODIES: dict[str, str] = {
    "police": QT_TRANSLATE_NOOP("core", "Police"),
    "internal_affairs": QT_TRANSLATE_NOOP("core", "Internal affairs / professional standards"),
    "oversight": QT_TRANSLATE_NOOP("core", "Independent oversight body"),
    "prosecutor": QT_TRANSLATE_NOOP("core", "Prosecutor"),
    "court": QT_TRANSLATE_NOOP("core", "Court"),
    "dv_service": QT_TRANSLATE_NOOP("core", "Domestic-violence service"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}

REPORT_STATUSES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("core", "Not stated"),
    "made": QT_TRANSLATE_NOOP("core", "Made"),
    "acknowledged": QT_TRANSLATE_NOOP("core", "Acknowledged"),
    "investigating": QT_TRANSLATE_NOOP("core", "Under investigation"),
    "closed": QT_TRANSLATE_NOOP("core", "Closed"),
}

#: Dated risk indicators (docs/case-tools.md). Noting them is not a risk assessment.
RISK_INDICATORS: dict[str, str] = {
    "firearm": QT_TRANSLATE_NOOP("core", "Access to a firearm or service weapon"),
    "strangulation": QT_TRANSLATE_NOOP("core", "Strangulation or choking"),
    "threats_to_kill": QT_TRANSLATE_NOOP("core", "Threats to kill"),
    "escalation": QT_TRANSLATE_NOOP("core", "Rising frequency or severity"),
    "separation": QT_TRANSLATE_NOOP("core", "Separation (recent or planned)"),
    "stalking": QT_TRANSLATE_NOOP("core", "Stalking or following"),
    "police_systems": QT_TRANSLATE_NOOP("core", "Use of police systems or colleagues"),
}

RISK_STATES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("core", "Not noted"),
    "yes": QT_TRANSLATE_NOOP("core", "Yes"),
    "no": QT_TRANSLATE_NOOP("core", "No"),
    "unsure": QT_TRANSLATE_NOOP("core", "Not sure"),
}

DUTY: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("core", "Not stated"),
    "on": QT_TRANSLATE_NOOP("core", "On duty"),
    "off": QT_TRANSLATE_NOOP("core", "Off duty"),
    "unknown": QT_TRANSLATE_NOOP("core", "Unknown"),
}

RETROSPECTIVE_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class OfficerDetails:
    rank: str = ""
    badge_number: str = ""
    agency: str = ""
    station: str = ""
    unit: str = ""
    supervisor: str = ""


@dataclass(frozen=True)
class OfficerPosting:
    """Earlier officer details (before a transfer or promotion), from `effective`."""

    effective: str
    details: OfficerDetails
    note: str = ""


@dataclass(frozen=True)
class PersonContent:
    name: str
    relationship: str = ""
    notes: str = ""
    officer: OfficerDetails | None = None
    officer_since: str = ""  # when the current `officer` details took effect
    officer_history: tuple[OfficerPosting, ...] = ()  # earlier details, newest first


@dataclass(frozen=True)
class PersonLink:
    person_id: str
    role: str = "other"
    on_duty: str = ""
    note: str = ""


@dataclass(frozen=True)
class Injury:
    description: str
    body_area: str = ""
    medical_attention: str = ""
    photographed: bool = False


@dataclass(frozen=True)
class ReportRecord:
    body_type: str = "police"
    body: str = ""
    date: str = ""
    reference: str = ""
    contact_person: str = ""
    what_they_said: str = ""
    status: str = ""
    next_deadline: str = ""
    what_they_did: str = ""
    outcome: str = ""
    concerns: tuple[str, ...] = ()  # entry ids of the incidents it is about


@dataclass(frozen=True)
class OtherAccount:
    """The survivor's account of what someone else told a third party (story-flipping,
    invitations to collude): never that person's own statement."""

    speaker: str
    told_to: str = ""
    when: str = ""
    what_was_said: str = ""
    how_learned: str = ""


@dataclass(frozen=True)
class RiskIndicator:
    key: str  # one of RISK_INDICATORS
    state: str = ""  # one of RISK_STATES
    note: str = ""


@dataclass(frozen=True)
class EntryContent:
    """Everything the survivor asserts about one event."""

    kind: str
    title: str
    occurred: EventTime
    narrative: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    people: tuple[PersonLink, ...] = ()
    injuries: tuple[Injury, ...] = ()
    medical: str = ""
    reports: tuple[ReportRecord, ...] = ()
    private_notes: str = ""
    accounts: tuple[OtherAccount, ...] = ()
    risk: tuple[RiskIndicator, ...] = ()
    disclosure: bool = False  # the survivor told someone (beyond any report listed)
    messages: tuple[str, ...] = ()  # ids of stored messages and calls linked to it


@dataclass(frozen=True)
class AttachmentInfo:
    """System-recorded facts about one evidence file, plus the user's description."""

    attachment_id: str
    file_name: str
    size: int
    sha256: str
    media_type: str
    imported_at: str
    file_mtime: str | None = None
    capture_time: str | None = None
    camera: str | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None
    warnings: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Revision:
    """One stored version of an entry or person, exactly as chained."""

    record_id: str
    record_type: str
    revision: int
    seq: int
    recorded_at: str
    deleted: bool
    leaf: str
    content: EntryContent | PersonContent | None
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class Entry:
    entry_id: str
    content: EntryContent
    attachments: tuple[AttachmentInfo, ...]
    first_recorded: str
    last_recorded: str
    revision_count: int
    deleted: bool = False
    damaged_revisions: tuple[int, ...] = field(default=())

    @property
    def retrospective(self) -> bool:
        """True when the first save came well after the event (not contemporaneous)."""
        try:
            recorded = datetime.fromisoformat(self.first_recorded)
            bound = event_upper_bound(self.content.occurred)
        except ValueError:
            return False
        return recorded - bound > RETROSPECTIVE_AFTER


@dataclass(frozen=True)
class Person:
    person_id: str
    content: PersonContent
    first_recorded: str
    last_recorded: str
    revision_count: int
