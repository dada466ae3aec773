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

__all__ = ["PRECISIONS", "EventTime"]  # defined beside the time parser, named here too

KINDS: dict[str, str] = {
    "incident": "Incident",
    "report": "Report",
    "institutional_response": "Institutional response",
    "medical": "Medical",
    "legal": "Legal",
    "contact": "Contact (messages received)",
    "note": "Note",
    "risk_check": "Risk check",
}

CATEGORIES: dict[str, str] = {
    "physical": "Physical",
    "sexual": "Sexual",
    "emotional": "Emotional / psychological",
    "threats": "Threats",
    "coercive_control": "Coercive control",
    "financial": "Financial",
    "technology": "Technology-facilitated (tracking, monitoring)",
    "stalking": "Stalking",
    "property_damage": "Property damage",
    "children_or_pets": "Harm or threats to children or pets",
    "weapon": "Weapon or firearm (service weapon)",
    "strangulation": "Strangulation / choking",
    "police_power": "Misuse of police power or systems",
    "colleagues": "Involvement of colleagues",
    "retaliation": "Retaliation after disclosure",
    "counter_allegation": "Counter-allegation / story-flipping",
    "collusion": "Invitation to collude",
    "failure_to_protect": "Failure to protect (institutional)",
}

PERSON_ROLES: dict[str, str] = {
    "abuser": "Abuser",
    "witness": "Witness",
    "child_present": "Child present",
    "professional": "Professional spoken to",
    "other": "Other",
}

REPORT_BODIES: dict[str, str] = {
    "police": "Police",
    "internal_affairs": "Internal affairs / professional standards",
    "oversight": "Independent oversight body",
    "prosecutor": "Prosecutor",
    "court": "Court",
    "dv_service": "Domestic-violence service",
    "other": "Other",
}

REPORT_STATUSES: dict[str, str] = {
    "": "Not stated",
    "made": "Made",
    "acknowledged": "Acknowledged",
    "investigating": "Under investigation",
    "closed": "Closed",
}

#: Dated risk indicators (docs/case-tools.md). Noting them is not a risk assessment.
RISK_INDICATORS: dict[str, str] = {
    "firearm": "Access to a firearm or service weapon",
    "strangulation": "Strangulation or choking",
    "threats_to_kill": "Threats to kill",
    "escalation": "Rising frequency or severity",
    "separation": "Separation (recent or planned)",
    "stalking": "Stalking or following",
    "police_systems": "Use of police systems or colleagues",
}

RISK_STATES: dict[str, str] = {
    "": "Not noted",
    "yes": "Yes",
    "no": "No",
    "unsure": "Not sure",
}

DUTY: dict[str, str] = {"": "Not stated", "on": "On duty", "off": "Off duty", "unknown": "Unknown"}

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
