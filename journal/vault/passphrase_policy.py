"""Judging a new passphrase: refuse weak ones and say why, in plain words.

zxcvbn estimates how many guesses an attacker needs, knowing common passwords,
words, names, dates and keyboard patterns. With Argon2id at 256 MiB each guess
is slow, but a determined attacker with the file can still try billions, so we
ask for at least 10^10 estimated guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.translatable import QT_TRANSLATE_NOOP, phrase

MIN_LENGTH = 10
MIN_GUESSES_LOG10 = 10.0
_LEVELS = (
    QT_TRANSLATE_NOOP("core", "Very weak"),
    QT_TRANSLATE_NOOP("core", "Weak"),
    QT_TRANSLATE_NOOP("core", "Fair"),
    QT_TRANSLATE_NOOP("core", "Strong"),
    QT_TRANSLATE_NOOP("core", "Very strong"),
)
#: zxcvbn's own advice (its feedback.py), in English; marked here so that the app
#: shows it in its own language like the rest of the verdict.
ZXCVBN_ADVICE = (
    QT_TRANSLATE_NOOP("core", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("core", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("core", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("core", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("core", "Avoid recent years."),
    QT_TRANSLATE_NOOP("core", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("core", "Avoid sequences."),
    QT_TRANSLATE_NOOP("core", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("core", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("core", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("core", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("core", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("core", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP(
        "core", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
    QT_TRANSLATE_NOOP("core", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("core", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "core", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("core", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("core", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("core", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("core", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("core", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("core", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("core", "This is a very common password."),
    QT_TRANSLATE_NOOP("core", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("core", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("core", "Use a longer keyboard pattern with more turns."),
)


@dataclass(frozen=True)
class Verdict:
    acceptable: bool
    score: int  # 0..4, for a meter
    label: str
    reasons: tuple[str, ...]


def judge(passphrase: str, context_words: tuple[str, ...] = ()) -> Verdict:
    if not passphrase:
        empty = QT_TRANSLATE_NOOP("core", "Type a passphrase: a few unrelated words work well.")
        return Verdict(False, 0, QT_TRANSLATE_NOOP("core", "Empty"), (empty,))
    # zxcvbn's word lists load at the first passphrase judged, not with every page or
    # command that can ask for a new one (docs/performance.md, start-up).
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=list(context_words))
    score = int(result["score"])
    reasons: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        said = QT_TRANSLATE_NOOP(
            "core", "Use at least {count} characters; a short sentence is easy to remember."
        )
        reasons.append(phrase(said, count=MIN_LENGTH))
    if float(result["guesses_log10"]) < MIN_GUESSES_LOG10:
        warning = str(result["feedback"].get("warning") or "")
        if warning:
            reasons.append(warning)
        reasons += [str(s) for s in result["feedback"].get("suggestions", [])]
        if not warning and not result["feedback"].get("suggestions"):
            reasons.append(
                QT_TRANSLATE_NOOP("core", "This would be quick to guess. Add another word or two.")
            )
        score = min(score, 2)
    acceptable = not reasons
    if not acceptable:
        score = min(score, 2)
    return Verdict(acceptable, score, _LEVELS[score], tuple(dict.fromkeys(reasons)))
