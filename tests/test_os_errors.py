"""The one classifier of OS errors words each by its number, never by its text."""

from __future__ import annotations

import errno

import pytest

from journal.system.os_errors import os_error_reason

SECRET = "court-notes-for-march.txt"


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "not enough space"),
        (errno.EDQUOT, "not enough space"),
        (errno.EROFS, "read-only or no permission"),
        (errno.EACCES, "read-only or no permission"),
        (errno.EIO, "USB stick removed"),
        (errno.ENOENT, "USB stick removed"),
    ],
)
def test_known_numbers_get_plain_words(number: int, words: str) -> None:
    reason = os_error_reason(OSError(number, "whatever the system says", SECRET))
    assert words in reason and SECRET not in reason


def test_anything_else_gets_the_system_description_without_its_arguments() -> None:
    reason = os_error_reason(OSError(errno.ELOOP, "Too many levels of symbolic links", SECRET))
    assert reason == "the system reported: Too many levels of symbolic links"
    assert os_error_reason(OSError(SECRET)) == "the system reported: OSError"
