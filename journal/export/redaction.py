"""Finding hidden terms however they were typed, and hiding exactly those characters.

A term matches text that is the same after Unicode compatibility normalisation
and case folding (so "Straße" matches "STRASSE", a composed "ë" matches "e" plus
a combining diaeresis, fullwidth letters match ASCII), with any run of
whitespace (spaces, non-breaking spaces, tabs, line breaks) between its words,
and ignoring invisible format and control characters ("Lark\\u200bspur").

Matching works on a *key* of the text: each cluster (a character and the
combining marks after it) is decomposed and case-folded on its own
(NFKD(casefold(NFKD(casefold(NFD(x))))), the Unicode compatibility caseless
match, which for equality is the same as comparing NFKC + casefold). Every key
character remembers which original characters it came from, so a match hides
exactly those characters, whole clusters at a time.

Most text is plain ASCII: it is matched directly with an equivalent regular
expression, and other text is first screened with a cheap whole-string form, so
the careful path runs only where a term may occur. After replacing, the result
is checked once more with an independent whole-string NFKC + casefold search;
anything left over is a failure of the redactor and stops the export.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache, lru_cache

from .errors import ExportFailed

REDACTED = "[redacted]"
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


class RedactionIncomplete(ExportFailed):
    """A hidden term was still found after redacting: nothing is written."""

    def __init__(self, *_ignored: object) -> None:
        super().__init__(
            "A word you asked to hide could not be hidden everywhere, so to be safe "
            "nothing was exported. Please tell the developers; the journal is unchanged."
        )


def _ignorable(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Cc") and not char.isspace()


@cache
def _ignorables() -> dict[int, None]:
    """str.translate table dropping format and control characters (built on first use)."""
    return {c: None for c in range(sys.maxunicode + 1) if _ignorable(chr(c))}


def _cluster_form(text: str) -> str:
    """Unicode's compatibility caseless form: NFKD(casefold(NFKD(casefold(NFD(x)))))."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFD", text).casefold())
    return unicodedata.normalize("NFKD", folded.casefold())


@lru_cache(maxsize=65536)
def _cluster_key(cluster: str) -> str:
    """The caseless form of one cluster, whitespace as " ", invisible characters dropped."""
    folded = _cluster_form(cluster)
    return "".join(" " if ch.isspace() else ch for ch in folded if not _ignorable(ch))


@lru_cache(maxsize=65536)
def _starts_cluster(char: str) -> bool:
    return unicodedata.combining(unicodedata.normalize("NFD", char)[0]) == 0


def _nfkc_key(text: str) -> str:
    """The independent whole-string form used to check for leftovers."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return folded.translate(_ignorables())


def _words_pattern(words: list[list[str]], separator: str, flags: int = 0) -> re.Pattern[str]:
    alternatives = sorted(
        (separator.join(re.escape(w) for w in term) for term in words), key=len, reverse=True
    )
    return re.compile("|".join(alternatives), flags)


class TermMatcher:
    """Finds and hides a fixed set of terms; build once per export."""

    def __init__(self, terms: tuple[str, ...] | list[str]) -> None:
        keyed = {tuple(_cluster_key(t).split()) for t in terms}
        keyed.discard(())
        self.terms = sorted(keyed)
        words = [list(t) for t in self.terms]
        self._key = _words_pattern(words, " +")
        ascii_words = [w for w in words if all(p.isascii() for p in w)]
        self._ascii = _words_pattern(ascii_words, r"\s+", re.IGNORECASE) if ascii_words else None
        checks = [_nfkc_key(" ".join(t)).split() for t in self.terms]
        self._check = _words_pattern([c for c in checks if c], r"\s+")

    def __bool__(self) -> bool:
        return bool(self.terms)

    # finding ---------------------------------------------------------------
    def spans(self, text: str) -> list[tuple[int, int]]:
        """Original [start, end) ranges to hide, merged where they overlap."""
        if not text or not self.terms:
            return []
        if text.isascii() and not _ASCII_CONTROL.search(text):
            if self._ascii is None:
                return []
            return [m.span() for m in self._ascii.finditer(text)]
        if not self._may_occur(text):
            return []
        return self._key_spans(text)

    def _may_occur(self, text: str) -> bool:
        """A cheap screen: a term can only be found where its whole-string form occurs
        in the whole-string form of the text, or where that form cannot be trusted."""
        quick = _cluster_form(text).translate(_ignorables())
        if any(unicodedata.combining(ch) for ch in quick):
            return True  # combining marks: order and case folding interact, go careful
        return self._key.search(re.sub(r"\s", " ", quick)) is not None

    def _key_spans(self, text: str) -> list[tuple[int, int]]:
        key: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(text)
        while i < n:
            j = i + 1
            while j < n and not _starts_cluster(text[j]):
                j += 1
            piece = _cluster_key(text[i:j])
            key.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        spans: list[tuple[int, int]] = []
        for match in self._key.finditer("".join(key)):
            start, end = starts[match.start()], ends[match.end() - 1]
            if spans and start < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        return spans

    def search(self, text: str) -> bool:
        return bool(self.spans(text)) or self.leftover(text)

    # hiding ----------------------------------------------------------------
    def subn(self, text: str) -> tuple[str, int]:
        """`text` with every match replaced by [redacted], and how many were replaced.

        A [redacted] already present is kept as it is, so hiding twice changes
        nothing. Raises RedactionIncomplete when the independent check still finds
        a term."""
        if REDACTED in text:
            done = [self._subn(piece) for piece in text.split(REDACTED)]
            return REDACTED.join(p for p, _ in done), sum(n for _, n in done)
        return self._subn(text)

    def _subn(self, text: str) -> tuple[str, int]:
        spans = self.spans(text)
        if not spans:
            if self.leftover(text):
                raise RedactionIncomplete()
            return text, 0
        parts: list[str] = []
        kept: list[str] = []
        last = 0
        for start, end in spans:
            kept.append(text[last:start])
            parts += [text[last:start], REDACTED]
            last = end
        kept.append(text[last:])
        parts.append(text[last:])
        if any(self.leftover(piece) for piece in kept):
            raise RedactionIncomplete()
        return "".join(parts), len(spans)

    def sub(self, text: str) -> str:
        return self.subn(text)[0]

    def leftover(self, text: str) -> bool:
        """True when a term still occurs in `text` by the independent NFKC check."""
        if not text or not self.terms:
            return False
        if text.isascii() and not _ASCII_CONTROL.search(text):
            return self._ascii is not None and self._ascii.search(text) is not None
        return self._check.search(_nfkc_key(text)) is not None


__all__ = ["REDACTED", "RedactionIncomplete", "TermMatcher"]
