"""The detail pane: every field of the selected entry, escaped, as read-only rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from journal.case.after_disclosure import AROUND_LABEL, DisclosureGroup, FollowingEntry, days_text
from journal.case.risk import RISK_DISCLAIMER
from journal.entries.model import (
    CATEGORIES,
    DUTY,
    KINDS,
    PERSON_ROLES,
    RISK_INDICATORS,
    RISK_STATES,
    Entry,
)
from journal.entries.plain_words import file_kind, file_size, visible_name
from journal.entries.report_text import ACCOUNT_LABEL, account_sentence, report_parts
from journal.entries.timeparse import describe
from ui.widgets.contrast import softer_text


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _followed_item(item: FollowingEntry, days: str) -> str:
    title = escape(item.entry.content.title)
    title = f"<b>{title}</b>" if item.notable else title
    marked = ", ".join(CATEGORIES.get(c, c) for c in item.notable)
    extra = f" — {escape(marked)}" if marked else ""
    return f"<li>{days}{title}{extra}</li>"


def followed_html(group: DisclosureGroup) -> str:
    """What followed a disclosure within the window (and what happened around the same
    time, order not certain), for the detail pane."""
    html = f"<h3>What followed within {group.window_days} days</h3>"
    if group.basis_note:
        html += f"<p>{escape(group.basis_note)}</p>"
    if group.following:
        items = "".join(_followed_item(i, f"{days_text(i.days_after)}: ") for i in group.following)
        html += f"<ul>{items}</ul>"
    else:
        html += "<p>Nothing written down for those days.</p>"
    if group.around:
        items = "".join(_followed_item(i, "") for i in group.around)
        html += f"<h4>{escape(AROUND_LABEL)}</h4><ul>{items}</ul>"
    return html


def entry_html(
    entry: Entry,
    people: dict[str, str],
    followed: DisclosureGroup | None = None,
    changes: str = "",
) -> str:
    c = entry.content
    rows: list[tuple[str, str]] = [
        ("Kind", escape(KINDS.get(c.kind, c.kind))),
        ("When (as you said)", escape(describe(c.occurred))),
    ]
    if c.location:
        rows.append(("Where", _text(c.location)))
    if c.categories:
        rows.append(("Categories", escape(", ".join(CATEGORIES.get(x, x) for x in c.categories))))
    if c.tags:
        rows.append(("Tags", escape(", ".join(c.tags))))
    for link in c.people:
        label = escape(people.get(link.person_id, "(unknown person)"))
        extra = [PERSON_ROLES.get(link.role, link.role)]
        if link.on_duty:
            extra.append(DUTY.get(link.on_duty, link.on_duty))
        rows.append(("Person", f"{label} ({escape(', '.join(extra))}) {_text(link.note)}"))
    for injury in c.injuries:
        parts = [injury.description, injury.body_area, injury.medical_attention]
        text = " · ".join(p for p in parts if p)
        rows.append(("Injury", _text(text) + (" (photographed)" if injury.photographed else "")))
    if c.medical:
        rows.append(("Medical", _text(c.medical)))
    for r in c.reports:
        text = " · ".join(report_parts(r))
        said = f"<br>{_text(r.what_they_said)}" if r.what_they_said else ""
        if r.what_they_did:
            said += f"<br>What they did: {_text(r.what_they_did)}"
        if r.concerns:
            n = len(r.concerns)
            said += f"<br>About {n} other entr{'y' if n == 1 else 'ies'}"
        rows.append(("Report", _text(text) + said))
    if c.disclosure:
        rows.append(("Disclosure", "You told someone about the abuse here."))
    for account in c.accounts:
        rows.append((escape(ACCOUNT_LABEL), f"<i>{_text(account_sentence(account))}</i>"))
    for indicator in c.risk:
        state = RISK_STATES.get(indicator.state, indicator.state)
        label = RISK_INDICATORS.get(indicator.key, indicator.key)
        note = f" — {_text(indicator.note)}" if indicator.note else ""
        rows.append(("Risk noted", f"{escape(label)}: {escape(state)}{note}"))
    table = "".join(
        f"<tr><td valign='top'><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows
    )
    parts = [f"<h2>{escape(c.title)}</h2>"]
    if entry.deleted:
        parts.append("<p><i>This entry was withdrawn. Its history is kept.</i></p>")
    parts.append(f"<table>{table}</table>")
    if c.risk:
        parts.append(f"<p style='color: {softer_text().name()}'>{escape(RISK_DISCLAIMER)}</p>")
    if c.narrative:
        parts.append(f"<h3>What happened</h3><p>{_text(c.narrative)}</p>")
    if followed is not None:
        parts.append(followed_html(followed))
    if c.private_notes:
        parts.append(f"<h3>Private notes</h3><p>{_text(c.private_notes)}</p>")
    if entry.attachments:
        items = []
        for a in entry.attachments:
            warn = "".join(f"<br><i>{escape(w)}</i>" for w in a.warnings)
            items.append(
                f"<li><a href='attachment:{a.attachment_id}'>{escape(visible_name(a.file_name))}"
                f"</a> — {file_kind(a.media_type)}, {file_size(a.size)}{warn}</li>"
            )
        parts.append(f"<h3>Evidence</h3><ul>{''.join(items)}</ul>")
    count = entry.revision_count
    saved = "saved once" if count == 1 else f"saved {count} times"
    if count > 1 and changes:
        saved += f" ({escape(changes)})"
    recorded = (
        f"First saved {escape(entry.first_recorded[:19].replace('T', ' '))} UTC; "
        f"{saved}; last saved {escape(entry.last_recorded[:19].replace('T', ' '))} UTC."
    )
    if entry.retrospective:
        recorded += " Written down some time after the event."
    parts.append(f"<p style='color: {softer_text().name()}'>Recorded by the app: {recorded}</p>")
    return "".join(parts)


class DetailView(QTextBrowser):
    attachment_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Entry details")
        self.anchorClicked.connect(self._clicked)
        self.show_nothing()

    def show_nothing(self) -> None:
        muted = softer_text().name()
        self.setHtml(f"<p style='color: {muted}'>Choose an entry to see it here.</p>")

    def show_entry(
        self,
        entry: Entry,
        people: dict[str, str],
        followed: DisclosureGroup | None = None,
        changes: str = "",
    ) -> None:
        self.setHtml(entry_html(entry, people, followed, changes))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "attachment":
            self.attachment_activated.emit(url.path())
