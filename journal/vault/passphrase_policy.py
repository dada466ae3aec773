"""Judging a new passphrase: refuse weak ones and say why, in plain words.

zxcvbn estimates how many guesses an attacker needs, knowing common passwords,
words, names, dates and keyboard patterns. With Argon2id at 256 MiB each guess
is slow, but a determined attacker with the file can still try billions, so we
ask for at least 10^10 estimated guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 10
MIN_GUESSES_LOG10 = 10.0
_LEVELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Verdict:
    acceptable: bool
    score: int  # 0..4, for a meter
    label: str
    reasons: tuple[str, ...]


def judge(passphrase: str, context_words: tuple[str, ...] = ()) -> Verdict:
    if not passphrase:
        return Verdict(False, 0, "Empty", ("Type a passphrase: a few unrelated words work well.",))
    # zxcvbn's word lists load at the first passphrase judged, not with every page or
    # command that can ask for a new one (docs/performance.md, start-up).
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100], user_inputs=list(context_words))
    score = int(result["score"])
    reasons: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        reasons.append(
            f"Use at least {MIN_LENGTH} characters; a short sentence is easy to remember."
        )
    if float(result["guesses_log10"]) < MIN_GUESSES_LOG10:
        warning = str(result["feedback"].get("warning") or "")
        if warning:
            reasons.append(warning)
        reasons += [str(s) for s in result["feedback"].get("suggestions", [])]
        if not warning and not result["feedback"].get("suggestions"):
            reasons.append("This would be quick to guess. Add another word or two.")
        score = min(score, 2)
    acceptable = not reasons
    if not acceptable:
        score = min(score, 2)
    return Verdict(acceptable, score, _LEVELS[score], tuple(dict.fromkeys(reasons)))
