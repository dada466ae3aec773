"""The detail pane: every field of the selected entry, escaped, as read-only rich text.

Right to left (Arabic), the label column stands at the right of its value, and a
value put into a translated sentence (her words, a core sentence not yet
translated) is isolated so that it reads as written (ui/widgets/bidi.py).
"""

from __future__ import annotations

from collections.abc import Callable
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
    AttachmentInfo,
    Entry,
    EntryContent,
    ReportRecord,
)
from journal.entries.plain_words import file_kind, file_size, visible_name
from journal.entries.report_text import ACCOUNT_LABEL, account_sentence, report_parts
from journal.entries.timeparse import describe
from ui.i18n import core_text, tr
from ui.widgets.bidi import isolated
from ui.widgets.contrast import softer_text

# Wraps a value put into a translated sentence (isolated, right to left).
Isolate = Callable[[str], str]


def _as_it_is(value: str) -> str:
    return value


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _label(labels: dict[str, str], key: str) -> str:
    """A core label (kind, category, role...) in the interface language."""
    return core_text(labels.get(key, key))


def _block(tag: str, text: str) -> str:
    """Plain `text`, escaped, in one element (a heading, a paragraph)."""
    return f"<{tag}>{escape(text)}</{tag}>"


def _followed_item(item: FollowingEntry, days: str, iso: Isolate = _as_it_is) -> str:
    title = iso(escape(item.entry.content.title))
    title = f"<b>{title}</b>" if item.notable else title
    marked = ", ".join(_label(CATEGORIES, c) for c in item.notable)
    extra = f" — {escape(marked)}" if marked else ""
    return f"<li>{days}{title}{extra}</li>"


def followed_html(group: DisclosureGroup, iso: Isolate = _as_it_is) -> str:
    """What followed a disclosure within the window (and what happened around the same
    time, order not certain), for the detail pane."""
    heading = tr("What followed within %n days", None, group.window_days)
    html = f"<h3>{escape(heading)}</h3>"
    if group.basis_note:
        html += f"<p>{escape(core_text(group.basis_note))}</p>"
    if group.following:
        items = "".join(
            _followed_item(i, escape(core_text(days_text(i.days_after))) + ": ", iso)
            for i in group.following
        )
        html += f"<ul>{items}</ul>"
    else:
        html += _block("p", tr("Nothing written down for those days."))
    if group.around:
        items = "".join(_followed_item(i, "", iso) for i in group.around)
        html += f"<h4>{escape(core_text(AROUND_LABEL))}</h4><ul>{items}</ul>"
    return html


def _report_html(report: ReportRecord, iso: Isolate) -> str:
    # report_parts mixes her words with the core's labels (the body, the status);
    # core_text leaves her words as they are and translates the labels.
    text = _text(" · ".join(core_text(part) for part in report_parts(report)))
    if report.what_they_said:
        text += f"<br>{_text(report.what_they_said)}"
    if report.what_they_did:
        text += "<br>" + escape(tr("What they did: {what}")).format(
            what=iso(_text(report.what_they_did))
        )
    if report.concerns:
        text += "<br>" + escape(tr("About %n other entries", None, len(report.concerns)))
    return text


def _rows(c: EntryContent, people: dict[str, str], iso: Isolate) -> list[tuple[str, str]]:
    """(label, HTML) for each field the entry has, in the order of the editor."""
    rows: list[tuple[str, str]] = [
        (tr("Kind"), escape(_label(KINDS, c.kind))),
        (tr("When (as you said)"), escape(core_text(describe(c.occurred)))),
    ]
    if c.location:
        rows.append((tr("Where"), _text(c.location)))
    if c.categories:
        rows.append(
            (tr("Categories"), escape(", ".join(_label(CATEGORIES, x) for x in c.categories)))
        )
    if c.tags:
        rows.append((tr("Tags"), escape(", ".join(c.tags))))
    for link in c.people:
        name = people.get(link.person_id) or tr("(unknown person)")
        extra = [_label(PERSON_ROLES, link.role)]
        if link.on_duty:
            extra.append(_label(DUTY, link.on_duty))
        about = f"{escape(name)} ({escape(', '.join(extra))}) {_text(link.note)}"
        rows.append((tr("Person"), about))
    for injury in c.injuries:
        parts = [injury.description, injury.body_area, injury.medical_attention]
        text = _text(" · ".join(p for p in parts if p))
        if injury.photographed:
            text = escape(tr("{injury} (photographed)")).format(injury=iso(text))
        rows.append((tr("Injury"), text))
    if c.medical:
        rows.append((tr("Medical"), _text(c.medical)))
    for report in c.reports:
        rows.append((tr("Report"), _report_html(report, iso)))
    if c.disclosure:
        rows.append((tr("Disclosure"), escape(tr("You told someone about the abuse here."))))
    for account in c.accounts:
        sentence = core_text(account_sentence(account))
        rows.append((core_text(ACCOUNT_LABEL), f"<i>{_text(sentence)}</i>"))
    for indicator in c.risk:
        state = _label(RISK_STATES, indicator.state)
        label = _label(RISK_INDICATORS, indicator.key)
        note = f" — {_text(indicator.note)}" if indicator.note else ""
        rows.append((tr("Risk noted"), f"{escape(label)}: {escape(state)}{note}"))
    return rows


def _recorded(entry: Entry, changes: str, iso: Isolate) -> str:
    """What the app recorded about the entry's saves, as one plain sentence or two."""
    first = entry.first_recorded[:19].replace("T", " ")
    last = entry.last_recorded[:19].replace("T", " ")
    count = entry.revision_count
    if count > 1 and changes:
        recorded = tr(
            "First saved {first} UTC; saved %n times ({changes}); last saved {last} UTC.",
            None,
            count,
        ).format(first=first, last=last, changes=iso(core_text(changes)))
    else:
        recorded = tr(
            "First saved {first} UTC; saved %n times; last saved {last} UTC.", None, count
        )
        recorded = recorded.format(first=first, last=last)
    if entry.retrospective:
        recorded += " " + tr("Written down some time after the event.")
    return tr("Recorded by the app: {recorded}").format(recorded=recorded)


def _evidence_item(a: AttachmentInfo, iso: Isolate) -> str:
    warn = "".join(f"<br><i>{escape(core_text(w))}</i>" for w in a.warnings)
    about = tr("{kind}, {size}").format(
        kind=core_text(file_kind(a.media_type)), size=core_text(file_size(a.size))
    )
    return (
        f"<li><a href='attachment:{a.attachment_id}'>{iso(escape(visible_name(a.file_name)))}"
        f"</a> — {escape(about)}{warn}</li>"
    )


def _table(rows: list[tuple[str, str]], right_to_left: bool) -> str:
    """Label and value side by side; right to left, the label at the right and each
    line of the value isolated, right-aligned beside it."""
    if not right_to_left:
        cells = "".join(
            f"<tr><td valign='top'><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>"
            for k, v in rows
        )
        return f"<table>{cells}</table>"
    # dir on the cells, not the table: Qt carries a table's dir over to the paragraph
    # after it. The label column takes at most 30 %, wrapping longer labels.
    cells = "".join(
        f"<tr><td dir='rtl' width='70%'>"
        f"{'<br>'.join(isolated(line) for line in v.split('<br>'))}</td>"
        f"<td dir='rtl' valign='top'><b>{escape(k)}</b>&nbsp;&nbsp;</td></tr>"
        for k, v in rows
    )
    return f"<table width='100%'>{cells}</table>"


def entry_html(
    entry: Entry,
    people: dict[str, str],
    followed: DisclosureGroup | None = None,
    changes: str = "",
    right_to_left: bool = False,
) -> str:
    c = entry.content
    iso: Isolate = isolated if right_to_left else _as_it_is
    muted = softer_text().name()
    parts = [f"<h2>{escape(c.title)}</h2>"]
    if entry.deleted:
        withdrawn = tr("This entry was withdrawn. Its history is kept.")
        parts.append(f"<p><i>{escape(withdrawn)}</i></p>")
    parts.append(_table(_rows(c, people, iso), right_to_left))
    if c.risk:
        parts.append(f"<p style='color: {muted}'>{escape(core_text(RISK_DISCLAIMER))}</p>")
    if c.narrative:
        parts.append(_block("h3", tr("What happened")) + f"<p>{_text(c.narrative)}</p>")
    if followed is not None:
        parts.append(followed_html(followed, iso))
    if c.private_notes:
        parts.append(_block("h3", tr("Private notes")) + f"<p>{_text(c.private_notes)}</p>")
    if entry.attachments:
        items = "".join(_evidence_item(a, iso) for a in entry.attachments)
        parts.append(_block("h3", tr("Evidence")) + f"<ul>{items}</ul>")
    parts.append(f"<p style='color: {muted}'>{escape(_recorded(entry, changes, iso))}</p>")
    return "".join(parts)


class DetailView(QTextBrowser):
    attachment_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(tr("Entry details"))
        self.anchorClicked.connect(self._clicked)
        self.show_nothing()

    def show_nothing(self) -> None:
        muted = softer_text().name()
        hint = escape(tr("Choose an entry to see it here."))
        self.setHtml(f"<p style='color: {muted}'>{hint}</p>")

    def show_entry(
        self,
        entry: Entry,
        people: dict[str, str],
        followed: DisclosureGroup | None = None,
        changes: str = "",
    ) -> None:
        self.setHtml(entry_html(entry, people, followed, changes, self.isRightToLeft()))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "attachment":
            self.attachment_activated.emit(url.path())
