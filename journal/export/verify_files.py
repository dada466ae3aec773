"""Check each file SHA256SUMS lists against its digest, and name the files it does not
list: the part of `verify` (verify.py) that reads every byte of the bundle, in blocks,
with progress and cancellation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from journal.export.bundle_texts import SIGNATURE, SUMS
from journal.export.verify_sources import READ_ERRORS, BundleReport
from journal.export.verify_zip import Source, ZipSource
from journal.export.write import Cancelled, check_not_cancelled
from journal.translatable import QT_TRANSLATE_NOOP, phrase


def check_files(
    source: Source,
    listed: dict[str, str],
    report: BundleReport,
    progress: Callable[[int, int], None] | None,
    cancelled: Cancelled | None,
) -> None:
    """Hash every listed file that is there; add a finding for each changed, missing,
    unreadable or unlisted one."""
    names = source.names()
    present = [n for n in sorted(listed) if n in names and n not in source.bad]
    total = sum(source.size(n) for n in present) or 1
    done = 0
    in_zip = isinstance(source, ZipSource)
    for name in sorted(listed):
        if name not in names:
            report.add(
                "missing", name, phrase(QT_TRANSLATE_NOOP("core", "{name} is missing"), name=name)
            )
            continue
        if name in source.bad:
            continue
        digest = hashlib.sha256()
        try:
            for block in source.blocks(name):
                check_not_cancelled(cancelled)
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(min(done, total), total)
        except READ_ERRORS as error:
            report.add("damaged", name, _damaged(name, error, in_zip))
            continue
        report.checked += 1
        if digest.hexdigest() != listed[name]:
            report.add(
                "changed",
                name,
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "{name} was changed (its SHA-256 differs from SHA256SUMS)"
                    ),
                    name=name,
                ),
            )
    for name in sorted(names - set(listed) - {SUMS, SIGNATURE} - source.bad):
        report.add(
            "added",
            name,
            phrase(
                QT_TRANSLATE_NOOP("core", "{name} was added: it is not listed in SHA256SUMS"),
                name=name,
            ),
        )


def _damaged(name: str, error: BaseException, in_zip: bool) -> str:
    """The finding for a listed file that cannot be read, one whole sentence per cause."""
    if isinstance(error, NotImplementedError):
        return phrase(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} cannot be read (it is stored in a way this check cannot read, such as "
                "an unknown compression)",
            ),
            name=name,
        )
    if isinstance(error, OSError) and not in_zip:
        return phrase(
            QT_TRANSLATE_NOOP(
                "core", "{name} cannot be read (the file cannot be opened: {reason})"
            ),
            name=name,
            reason=error.strerror or error,
        )
    return phrase(
        QT_TRANSLATE_NOOP("core", "{name} cannot be read (the zip is damaged there)"), name=name
    )
