"""Passphrase strength: a minimum we enforce, and reasons for a warning."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MIN_LENGTH = 10
MIN_SCORE = 2  # zxcvbn 0..4; below 2 is refused


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return ("very weak", "weak", "fair", "strong", "very strong")[self.score]


def assess(passphrase: str, user_inputs: tuple[str, ...] = ("mentorvault", "mentor", "mentee", "vault")) -> Strength:
    from zxcvbn import zxcvbn  # 13 MiB of word lists: loaded when a passphrase is first judged

    reasons: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        reasons.append(f"Use at least {MIN_LENGTH} characters; several unrelated words are easy to remember.")
    # zxcvbn 4.5 refuses inputs over 72 characters (and is slow on long ones): the first 72 decide.
    result: dict[str, Any] = zxcvbn(passphrase[:72], user_inputs=list(user_inputs)) if passphrase else {"score": 0, "feedback": {}}
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    if feedback.get("warning"):
        reasons.append(str(feedback["warning"]).rstrip(".") + ".")
    for tip in feedback.get("suggestions") or []:
        reasons.append(str(tip))
    if score < MIN_SCORE and not reasons:
        reasons.append("This passphrase would be easy to guess. Add more unrelated words.")
    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
    return Strength(score, score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH, tuple(reasons))
