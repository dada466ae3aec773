"""Evidence named by any revision must still be in the file unless a purge removed it.

The full check reads the evidence of each entry's latest version; this adds the
evidence that only older versions name (an attachment removed from an entry stays
in the file, as the history shows it). Only a recorded purge deletes evidence.
"""

from __future__ import annotations

from journal.session.journal import Journal
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.objects import ROLE_ATTACHMENT


def missing_older_evidence(journal: Journal) -> list[str]:
    problems: list[str] = []
    for entry in journal.entries(include_deleted=True):
        current = {a.attachment_id for a in entry.attachments}
        older = {
            a.attachment_id: a
            for revision in journal.history(entry.entry_id)
            for a in revision.attachments
            if a.attachment_id not in current
        }
        if not older:
            continue
        with journal.vault.store.read() as tx:
            headers = {aid: tx.object_header(bytes.fromhex(aid)) for aid in older}
        for attachment_id, header in sorted(headers.items()):
            if header is None or header[1] != ROLE_ATTACHMENT:
                problems.append(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "attachment {file_name!r} ({attachment_id}), named by an earlier "
                            "version of entry {title!r} ({entry_id}), is missing and no purge is "
                            "recorded",
                        ),
                        file_name=older[attachment_id].file_name,
                        attachment_id=attachment_id,
                        title=entry.content.title,
                        entry_id=entry.entry_id,
                    )
                )
    return problems
