"""A full check of an open vault: every object decrypted, every hash compared.

Problems are named by the object they concern (the entry title and file name
where they can be read), and the check goes on past each one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from journal.errors import IntegrityProblem, StorageFailure
from journal.repair.damage_report import sqlite_findings
from journal.session.evidence_presence import missing_older_evidence
from journal.session.journal import Journal
from journal.session.message_check import message_files
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.objects import ROLE_ATTACHMENT, read_stream


@dataclass(frozen=True)
class CheckReport:
    revisions: int
    attachments: int
    bytes_checked: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def check_journal(
    journal: Journal, progress: Callable[[int, int], None] | None = None
) -> CheckReport:
    problems = list(journal.problems) + list(journal.settings.problems)
    problems += missing_older_evidence(journal)
    problems += sqlite_findings(journal.vault.path)
    seen: set[str] = set()
    items = [
        (entry, info)
        for entry in journal.entries(include_deleted=True)
        for info in entry.attachments
    ]
    journal.messages.load()  # read again, and every batch against its recorded hash
    problems += journal.messages.verify()
    labelled = [
        (f"attachment {info.file_name!r} of entry {entry.content.title!r}", info)
        for entry, info in items
    ] + [(f"message export file {info.file_name!r}", info) for info in message_files(journal)]
    checked = 0
    for number, (what, info) in enumerate(labelled, 1):
        if info.attachment_id in seen:
            continue
        seen.add(info.attachment_id)
        label = f"{what} ({info.attachment_id})"
        digest = hashlib.sha256()
        size = 0
        try:
            for block in read_stream(
                journal.vault.store,
                journal.vault.keys,
                bytes.fromhex(info.attachment_id),
                ROLE_ATTACHMENT,
            ):
                digest.update(block)
                size += len(block)
        except (IntegrityProblem, StorageFailure) as error:
            problems.append(
                phrase(QT_TRANSLATE_NOOP("core", "{label}: {error}"), label=label, error=error)
            )
            continue
        checked += size
        if size != info.size or digest.hexdigest() != info.sha256:
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{label}: its content no longer matches the SHA-256 recorded at import",
                    ),
                    label=label,
                )
            )
        if progress is not None:
            progress(number, len(labelled))
    count = journal.chain_report.count if journal.chain_report else 0
    return CheckReport(count, len(seen), checked, tuple(problems))
