"""Finding hidden terms however they were typed, and hiding exactly those characters.

A term matches text that is the same after Unicode compatibility normalisation
and case folding (so "Straße" matches "STRASSE", a composed "ë" matches "e" plus
a combining diaeresis, fullwidth letters match ASCII), ignoring accents and other
combining marks ("Zoe" hides "Zoë" and the other way round), with any run of
whitespace (spaces, non-breaking spaces, tabs, line breaks) between its words,
and ignoring invisible format and control characters ("Lark<zero-width space>spur").

Matching works on a *key* of the text: each cluster (a character and the
combining marks after it) is decomposed and case-folded on its own
(NFKD(casefold(NFKD(casefold(NFD(x))))), Unicode's compatibility caseless
match, which for equality is the same as comparing NFKC + casefold). Every key
character remembers the original characters it came from, so a match hides
exactly those, whole clusters at a time.

The matcher runs on every string of every entry, so it is cheap where nothing
matches: plain ASCII text is matched directly with an equivalent regular
expression; other text is first searched in its key computed on the whole
string at once (the same key, as marks are only reordered within a cluster;
tests check this on the naughty-strings corpus), and the per-cluster mapping
runs only where that finds a term. After replacing, what is left is checked
with an independent whole-string NFKC + casefold search; a term found there is
a failure of the redactor and stops the export (RedactionIncomplete).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from journal.export.errors import ExportFailed
from journal.system.memory_hygiene import register_cache

REDACTED = "[redacted]"
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


class RedactionIncomplete(ExportFailed):
    """A hidden term was still found after redacting: nothing is written."""

    def __init__(self, *_ignored: object) -> None:
        super().__init__(
            "A word you asked to hide could not be hidden everywhere, so to be safe "
            "nothing was exported. Please tell the developers; the journal is unchanged."
        )


#: Format and control characters that are not whitespace (Unicode 14, Python 3.11;
#: tests/test_redaction.py checks this against the running Python's unicodedata).
IGNORABLE_RANGES = (
    (0x0000, 0x0008), (0x000E, 0x001B), (0x007F, 0x0084), (0x0086, 0x009F), (0x00AD, 0x00AD),
    (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891),
    (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
_IGNORABLE_TABLE: dict[int, None] = {
    c: None for low, high in IGNORABLE_RANGES for c in range(low, high + 1)
}
_IGNORABLE = re.compile(
    "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in IGNORABLE_RANGES) + "]"
)


def _drop_ignorable(text: str) -> str:
    """`text` without format and control characters (a quick search first: most text
    has none, and str.translate with a table is slow)."""
    return text.translate(_IGNORABLE_TABLE) if _IGNORABLE.search(text) else text


def _drop_marks(decomposed: str) -> str:
    """Decomposed text without its accents and other combining marks: a term typed
    without an accent still hides the accented spelling, and the other way round
    (hiding a little more than asked is the safe side of a leak)."""
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _ignorable(char: str) -> bool:
    return ord(char) in _IGNORABLE_TABLE


def _cluster_form(text: str) -> str:
    """Unicode's compatibility caseless form: NFKD(casefold(NFKD(casefold(NFD(x)))))."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFD", text).casefold())
    return unicodedata.normalize("NFKD", folded.casefold())


@lru_cache(maxsize=65536)
def _cluster_key(cluster: str) -> str:
    """The caseless form of one cluster, whitespace as " ", invisible characters dropped."""
    folded = _cluster_form(cluster)
    return "".join(
        " " if ch.isspace() else ch
        for ch in folded
        if not _ignorable(ch) and not unicodedata.combining(ch)
    )


@lru_cache(maxsize=65536)
def _starts_cluster(char: str) -> bool:
    """True unless the character decomposes to a combining mark first. Marks are
    reordered only among themselves, so the key of a whole text is the keys of its
    clusters one after another."""
    first = unicodedata.normalize("NFKD", char)[:1]
    return not first or unicodedata.combining(first) == 0


def keyed(text: str) -> tuple[str, list[int], list[int]]:
    """The key of `text`, and for each key character the original [start, end) of
    the cluster it came from."""
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
        starts += [i] * len(piece)
        ends += [j] * len(piece)
        i = j
    return "".join(key), starts, ends


def screen_form(text: str) -> str:
    """The key of `text` computed on the whole string at once (whitespace kept as is)."""
    return _drop_marks(_drop_ignorable(_cluster_form(text)))


def _nfkc_key(text: str) -> str:
    """The independent whole-string form used to check for leftovers."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize(
        "NFC", _drop_marks(unicodedata.normalize("NFD", _drop_ignorable(folded)))
    )


def _words_pattern(words: list[list[str]], flags: int = 0) -> re.Pattern[str]:
    alternatives = sorted(
        (r"\s+".join(re.escape(w) for w in term) for term in words), key=len, reverse=True
    )
    return re.compile("|".join(alternatives), flags)


def _is_plain(text: str) -> bool:
    return text.isascii() and not _ASCII_CONTROL.search(text)


@lru_cache(maxsize=16)
def matcher_for(terms: tuple[str, ...]) -> TermMatcher:
    """The matcher for these terms, built once (it holds no state between calls)."""
    return TermMatcher(terms)


for _cache in (matcher_for, _cluster_key, _starts_cluster):  # terms and text seen: at lock
    register_cache(_cache.cache_clear)


class TermMatcher:
    """Finds and hides a fixed set of terms."""

    def __init__(self, terms: tuple[str, ...] | list[str]) -> None:
        keyed = {tuple(_cluster_key(t).split()) for t in terms}
        keyed.discard(())
        self.terms = sorted(keyed)
        words = [list(t) for t in self.terms]
        self._key = _words_pattern(words)
        ascii_words = [w for w in words if all(p.isascii() for p in w)]
        # ASCII keys are lower case: matched against the text in lower case (same
        # positions), faster than a case-insensitive expression
        self._ascii = _words_pattern(ascii_words) if ascii_words else None
        checks = [_nfkc_key(" ".join(t)).split() for t in self.terms]
        self._check = _words_pattern([c for c in checks if c])

    def __bool__(self) -> bool:
        return bool(self.terms)

    # finding ---------------------------------------------------------------
    def search(self, text: str) -> bool:
        """True when a term occurs in `text` (by either check)."""
        if not text or not self.terms:
            return False
        if _is_plain(text):
            return self._ascii is not None and self._ascii.search(text.lower()) is not None
        return self._screen(text) or self.leftover(text)

    def _screen(self, text: str) -> bool:
        """The caseless form of the whole text, searched in one go (C speed): no term
        can be found in a text whose form does not contain it."""
        return self._key.search(screen_form(text)) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Original [start, end) ranges to hide, whole clusters, merged where they overlap."""
        key, starts, ends = keyed(text)
        spans: list[tuple[int, int]] = []
        for match in self._key.finditer(key):
            start, end = starts[match.start()], ends[match.end() - 1]
            if spans and start < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        return spans

    def leftover(self, text: str) -> bool:
        """True when a term occurs in `text` by the independent NFKC + casefold check."""
        if not text or not self.terms:
            return False
        if _is_plain(text):
            return self._ascii is not None and self._ascii.search(text.lower()) is not None
        return self._check.search(_nfkc_key(text)) is not None

    # hiding ----------------------------------------------------------------
    def subn(self, text: str) -> tuple[str, int]:
        """`text` with every match replaced by [redacted], and how many were replaced.

        A [redacted] already present is kept as it is, so hiding twice changes
        nothing. Raises RedactionIncomplete when a check still finds a term."""
        if REDACTED in text:
            done = [self._subn(piece) for piece in text.split(REDACTED)]
            return REDACTED.join(p for p, _ in done), sum(n for _, n in done)
        return self._subn(text)

    def sub(self, text: str) -> str:
        return self.subn(text)[0]

    def _subn(self, text: str) -> tuple[str, int]:
        if not text or not self.terms:
            return text, 0
        if _is_plain(text):
            # plain ASCII: its caseless form is itself in lower case, so one regex finds
            # every match, and finditer leaves none behind between them
            if self._ascii is None:
                return text, 0
            spans = [m.span() for m in self._ascii.finditer(text.lower())]
            if not spans:
                return text, 0
            return _replace(text, spans), len(spans)
        if not self._screen(text):
            return text, 0  # the screen was the normalised scan of the unchanged text
        spans = self.spans(text)
        kept = _kept(text, spans)
        if not spans or any(self.leftover(piece) for piece in kept):
            raise RedactionIncomplete()
        return REDACTED.join(kept), len(spans)


def _kept(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The pieces of `text` between the spans."""
    bounds = [0, *(edge for span in spans for edge in span), len(text)]
    return [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]


def _replace(text: str, spans: list[tuple[int, int]]) -> str:
    return REDACTED.join(_kept(text, spans))


__all__ = [
    "IGNORABLE_RANGES",
    "REDACTED",
    "RedactionIncomplete",
    "TermMatcher",
    "keyed",
    "matcher_for",
    "screen_form",
]
