"""What one revision changed, as rich text for the history dialog: a heading, the
save times, and each changed field (before and after, or a line diff for long text).

Everything the survivor typed is escaped before it is put into rich text. The
field comparison is journal.entries.revision_diff's, shared with the CLI; the
words around it are the interface's, translated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape

from journal.entries.model import Revision
from journal.entries.revision_diff import (
    DiffLine,
    FieldChange,
    diff_revisions,
    line_diff,
    revision_status,
    save_times,
)
from ui.i18n import core_text, tr
from ui.widgets.bidi import isolated

# Control characters other than tab and newline would be invisible or upset the layout.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CELL = "style='white-space: pre-wrap' valign='top'"


def _safe(text: str) -> str:
    """User text for rich text: control characters made visible, then escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return escape(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", text), quote=True)


def _colours(dark: bool) -> dict[str, str]:
    if dark:
        return {
            "removed": "#4a2326",
            "removed_word": "#7d3036",
            "added": "#1e3d27",
            "added_word": "#2e6a3d",
        }
    return {
        "removed": "#fde4e2",
        "removed_word": "#f5b3ad",
        "added": "#e0f4e2",
        "added_word": "#a8e0b0",
    }


def _row(cells: list[str], rtl: bool, style: str = "") -> str:
    """A table row whose first cell stands at the start of the reading direction
    (Qt's rich text does not mirror tables by itself)."""
    return f"<tr{style}>{''.join(reversed(cells) if rtl else cells)}</tr>"


def _diff_rows(lines: list[DiffLine], colours: Mapping[str, str], rtl: bool) -> str:
    rows = []
    for line in lines:
        if line.op == "skipped":
            skipped = tr("… %n unchanged lines …", None, line.skipped)
            rows.append(_row(["<td></td>", f"<td><i>{escape(skipped)}</i></td>"], rtl))
            continue
        marker, background, strong = {
            "same": ("", "", ""),
            "removed": ("\N{MINUS SIGN}", colours["removed"], colours["removed_word"]),
            "added": ("+", colours["added"], colours["added_word"]),
        }[line.op]
        parts = []
        for text, changed in line.segments:
            if changed and line.op != "same":
                parts.append(
                    f"<span style='background-color: {strong}'><b>{_safe(text)}</b></span>"
                )
            else:
                parts.append(_safe(text))
        style = f" bgcolor='{background}'" if background else ""
        cells = [
            f"<td width='18' align='center' valign='top'><b>{marker}</b></td>",
            f"<td {_CELL}>{''.join(parts) or '&nbsp;'}</td>",
        ]
        rows.append(_row(cells, rtl, style))
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='0'>"
        + "".join(rows)
        + "</table>"
    )


def _before_after(change: FieldChange, colours: Mapping[str, str], rtl: bool) -> str:
    empty = escape(tr("(empty)"))

    def cell(text: str, background: str) -> str:
        shown = _safe(text) if text else f"<i>{empty}</i>"
        return f"<td width='50%' bgcolor='{background}' {_CELL}>{shown}</td>"

    before, after = escape(tr("Before")), escape(tr("After"))
    headings = [f"<td><b>{before}</b></td>", f"<td><b>{after}</b></td>"]
    values = [cell(change.old, colours["removed"]), cell(change.new, colours["added"])]
    return (
        "<table width='100%' cellspacing='2' cellpadding='4' border='0'>"
        + _row(headings, rtl)
        + _row(values, rtl)
        + "</table>"
    )


def _label(change: FieldChange) -> str:
    return escape(core_text(change.label))


def changes_html(changes: Sequence[FieldChange], dark: bool = False, rtl: bool = False) -> str:
    """The changed fields as rich text; every user-typed character escaped."""
    colours = _colours(dark)
    parts = []
    for change in changes:
        parts.append(f"<h4>{_label(change)}</h4>")
        if change.is_long:
            parts.append(_diff_rows(line_diff(change.old, change.new), colours, rtl))
        else:
            parts.append(_before_after(change, colours, rtl))
    return "".join(parts)


def first_version_html(changes: Sequence[FieldChange]) -> str:
    parts = []
    for change in changes:
        parts.append(
            f"<h4>{_label(change)}</h4><p style='white-space: pre-wrap'>{_safe(change.new)}</p>"
        )
    return "".join(parts)


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def revision_html(
    revisions: Sequence[Revision],
    index: int,
    people: Mapping[str, str] | None = None,
    dark: bool = False,
    rtl: bool = False,
) -> str:
    """What revision `index` (a list position) changed, compared with the one before."""
    revision = revisions[index]
    previous = revisions[index - 1] if index > 0 else None
    utc, local = save_times(revision.recorded_at)
    status = revision_status(revision)
    if previous is None:
        heading = tr("Revision {number}").format(number=revision.revision)
    else:
        heading = tr("Revision {number}, compared with revision {previous}").format(
            number=revision.revision, previous=previous.revision
        )
    # each time kept whole (and in its order) inside a right-to-left sentence
    saved = tr("Saved {utc} · {local} on this computer.").format(
        utc=isolated(utc), local=isolated(local)
    )
    parts = [f"<h3>{escape(heading)}</h3>", _paragraph(saved)]
    if status == "purged":
        parts.append(
            _paragraph(
                tr(
                    "The content of this revision was removed for good (purged). The record "
                    "keeps only its save time and a fingerprint (hash) of what was there."
                )
            )
        )
        return "".join(parts)
    changes = diff_revisions(previous, revision, people)
    if status == "deleted":
        withdrew = tr("This revision withdrew the entry.")
        stays = tr("Its earlier versions stay in the history.")
        parts.append(f"<p><b>{escape(withdrew)}</b> {escape(stays)}</p>")
    if previous is None:
        parts.append(_paragraph(tr("This is the first saved version. It said:")))
        parts.append(first_version_html(changes))
        return "".join(parts)
    if previous.content is None:
        parts.append(
            _paragraph(tr("The revision before this one was purged; there is nothing to compare."))
        )
        return "".join(parts)
    if not changes:
        if status != "deleted":
            parts.append(_paragraph(tr("Nothing in the entry changed in this revision.")))
        return "".join(parts)
    if any(change.is_long for change in changes):
        legend = tr(
            "In longer text, lines marked {minus} were removed and {plus} added; "
            "changed words are in bold."
        ).format(minus="\N{MINUS SIGN}", plus="+")
        parts.append(f"<p><i>{escape(legend)}</i></p>")
    parts.append(changes_html(changes, dark, rtl))
    return "".join(parts)
