"""Deterministic synthetic journal text: the same seed always gives the same entries.

Words follow a Zipf law over a fixed vocabulary (common English words at the top
ranks, mentoring words next, then a long tail of made-up but pronounceable words,
as real journals have names, jargon and typos).  Bodies are 100 to 2,000 words,
log-uniformly distributed (most entries are short, a few are long), in sentences
and paragraphs.  Every kind of entry is represented, with its structured fields
filled in, so validation, hashing and indexing see what they see in real use.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

SEED = 20_240_611
CORPUS_VERSION = 1  # bump when anything below changes what is generated; it invalidates the cache
VOCABULARY_SIZE = 30_000
ZIPF_S = 1.07
BODY_MIN_WORDS, BODY_MAX_WORDS = 100, 2_000

_FUNCTION_WORDS = """
the of and to a in that it is i was for on you he be with as by at have are this not but had his they
from she which or we an there her were one do been all their has would will what if can when so no
said who more about up out them some could him into its then two time my like other only over also
new me our just any these than how after first well way even because us back good those most
through work very where much before should now people still last own while find why may both each
few day think know same here thing right long year see get make feel felt want need next week
""".split()

_MENTORING_WORDS = """
mentor mentee session feedback goal goals reflection meeting agenda boundary agreement trust
listen listened listening question questions learn learned learning growth progress step steps
struggle story stories challenge challenges confidence career skill skills project team manager
colleague conversation advice support supported honest honestly clarity priority priorities plan
plans habit habits practice practiced review reviewed deadline presentation code design writing
energy mood stress balance calm anxious proud grateful gratitude thanks helped help helpful
situation behaviour impact start stop continue action actions paraphrase heard understand
understood expectation expectations respond response contact weekly monthly confidential private
share shared sharing consent notes note journal prompt prompts answer deck checkin wellbeing
sleep walk exercise break focus focused distracted meeting meetings promotion interview role
responsibility ownership delegate delegated mistake mistakes failure failures lesson lessons
blameless postmortem incident release launch customer user users estimate estimates scope
stakeholder stakeholders sponsor advocate coach connector challenger advisor affirmer network
introduction introduced resource resources book article talk podcast course tool tools link
micro small tiny habit streak milestone target date done dropped open outcome outcomes measure
criteria success succeed succeeded try tried again differently next better worse quiet loud
authentic authenticity vulnerable vulnerability safe safety space room boundaries exit pause
rhythm frequency email chat call video office lunch coffee walk notebook calendar reminder
""".split()

_ONSETS = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
           "pl", "pr", "qu", "r", "s", "sh", "sk", "sl", "st", "t", "th", "tr", "v", "w", "z"]
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "oa", "ou", "y"]
_CODAS = ["", "", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "ng"]

KIND_WEIGHTS = {
    "session-note": 26, "reflection": 15, "feedback": 12, "agenda": 10, "struggle-story": 9, "goal": 8,
    "gratitude": 8, "resource": 7, "boundary-agreement": 5,
}
PARTNER_NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra",
                 "Barbara Liskov", "Donald Knuth", "Frances Allen", "Radia Perlman", "Ken Thompson"]
TAGS = ["career", "confidence", "feedback", "delegation", "writing", "public-speaking", "code-review",
        "wellbeing", "promotion", "leadership", "estimation", "meetings", "focus", "learning", "conflict",
        "boundaries", "gratitude", "networking", "design", "planning", "interviews", "habits", "sleep",
        "presentations", "mentoring", "ownership", "incidents", "customers", "priorities", "stress"]


def _pseudo_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        syllables = rng.choice((1, 2, 2, 2, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables))
        if 3 <= len(word) <= 11 and word not in taken:
            taken.add(word)
            out.append(word)
    return out


@dataclass(frozen=True)
class Vocabulary:
    words: list[str]
    cum_weights: list[float]
    n_function: int

    @classmethod
    def build(cls, seed: int = SEED, size: int = VOCABULARY_SIZE) -> Vocabulary:
        rng = random.Random(seed)
        real: list[str] = []
        seen: set[str] = set()
        for w in _FUNCTION_WORDS + _MENTORING_WORDS:
            if w not in seen:
                seen.add(w)
                real.append(w)
        words = real + _pseudo_words(rng, size - len(real), seen)
        weights = [1.0 / (rank ** ZIPF_S) for rank in range(1, len(words) + 1)]
        return cls(words, list(itertools.accumulate(weights)), len(set(_FUNCTION_WORDS)))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)

    def query_words(self, count: int, seed: int = SEED + 1) -> list[str]:
        """Words a user might search for: Zipf-weighted like the text, without function words."""
        rng = random.Random(seed)
        content = self.words[self.n_function:]
        base = self.cum_weights[self.n_function - 1]
        cum = [c - base for c in self.cum_weights[self.n_function:]]
        return rng.choices(content, cum_weights=cum, k=count)


def _sentences(vocab: Vocabulary, rng: random.Random, n_words: int) -> str:
    words = vocab.sample(rng, n_words)
    paragraphs: list[str] = []
    sentences: list[str] = []
    i = 0
    while i < len(words):
        length = rng.randint(6, 22)
        chunk = words[i:i + length]
        i += length
        sentence = " ".join(chunk)
        sentences.append(sentence[:1].upper() + sentence[1:] + rng.choice((".", ".", ".", ".", "?", "!")))
        if len(sentences) >= rng.randint(3, 7) or i >= len(words):
            paragraphs.append(" ".join(sentences))
            sentences = []
    return "\n\n".join(paragraphs)


def _phrase(vocab: Vocabulary, rng: random.Random, lo: int, hi: int) -> str:
    text = " ".join(vocab.sample(rng, rng.randint(lo, hi)))
    return text[:1].upper() + text[1:]


def _date(rng: random.Random, start: _dt.date, span_days: int) -> str:
    return (start + _dt.timedelta(days=rng.randrange(span_days))).isoformat()


def _fields(kind: str, vocab: Vocabulary, rng: random.Random, day: str) -> dict[str, Any]:
    def para(lo: int = 10, hi: int = 60) -> str:
        return _sentences(vocab, rng, rng.randint(lo, hi))

    def items(lo: int = 1, hi: int = 4, wlo: int = 3, whi: int = 8) -> list[str]:
        return [_phrase(vocab, rng, wlo, whi) for _ in range(rng.randint(lo, hi))]

    if kind == "session-note":
        return {"session_date": day,
                "agenda_items": [{"text": t, "proposed_by": rng.choice(("me", "partner", "both"))} for t in items()],
                "discussed": para(), "what_i_heard": para(5, 30), "reflections": para(),
                "micro_goals": items(0, 3), "mood": rng.randint(1, 5), "energy": rng.randint(1, 5)}
    if kind == "struggle-story":
        return {"situation": para(), "what_happened": para(), "what_i_learned": para(), "next_time": para(5, 30)}
    if kind == "feedback":
        fields: dict[str, Any] = {"from_whom": rng.choice(PARTNER_NAMES), "date": day,
                                  "what_i_heard": para(5, 30), "my_reflection": para(), "action_items": items()}
        if rng.random() < 0.6:
            fields.update(format="sbi", situation=para(5, 30), behaviour=para(5, 30), impact=para(5, 30))
        else:
            fields.update(format="start-stop-continue", start=para(5, 20), stop=para(5, 20), **{"continue": para(5, 20)})
        return fields
    if kind == "boundary-agreement":
        return {"communication_frequency": _phrase(vocab, rng, 2, 6), "contact_methods": items(1, 3, 1, 3),
                "response_time": _phrase(vocab, rng, 2, 5), "off_limits": items(0, 3, 1, 3),
                "confidentiality": para(), "unmet_expectations": para(), "exit_terms": para(),
                "review_date": day, "status": rng.choice(("draft", "agreed"))}
    if kind == "goal":
        return {"why": para(), "success_criteria": para(5, 30), "target_date": day,
                "micro_goals": [{"title": t, "status": rng.choice(("open", "open", "done", "dropped"))}
                                for t in items(1, 6)]}
    if kind == "agenda":
        return {"meeting_date": day, "items": items(1, 6), "questions": items(0, 4)}
    if kind == "reflection":
        return {"prompt": _phrase(vocab, rng, 6, 16) + "?", "deck": rng.choice(("authenticity", "after-feedback",
                                                                               "self-care", "icebreakers")),
                "answer": para()}
    if kind == "gratitude":
        return {"to_whom": rng.choice(PARTNER_NAMES), "what_they_did": para(), "what_it_meant": para()}
    if kind == "resource":
        return {"link": f"https://example.org/{'-'.join(vocab.sample(rng, 3))}", "why_it_helped": para()}
    raise ValueError(kind)


@dataclass(frozen=True)
class RawEntry:
    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: list[str]
    partner: str | None  # a name from PARTNER_NAMES
    protected: bool
    saved_at: str  # ISO timestamp, increasing with the index


def body_words(rng: random.Random) -> int:
    """100 to 2,000 words, log-uniform."""
    return int(round(math.exp(rng.uniform(math.log(BODY_MIN_WORDS), math.log(BODY_MAX_WORDS)))))


def entries(count: int, seed: int = SEED, vocab: Vocabulary | None = None) -> Iterator[RawEntry]:
    """The first ``count`` entries of the deterministic stream (a prefix of any longer stream)."""
    vocab = vocab or Vocabulary.build(seed)
    rng = random.Random(seed * 7 + 3)
    kinds = list(KIND_WEIGHTS)
    kind_cum = list(itertools.accumulate(KIND_WEIGHTS.values()))
    start = _dt.datetime(2020, 1, 6, 8, 0, tzinfo=_dt.UTC)
    moment = start
    for _ in range(count):
        kind = rng.choices(kinds, cum_weights=kind_cum)[0]
        moment += _dt.timedelta(seconds=rng.randint(300, 2 * 3600))
        day = _date(rng, moment.date() - _dt.timedelta(days=14), 28)
        yield RawEntry(
            kind=kind,
            title=_phrase(vocab, rng, 3, 9),
            body=_sentences(vocab, rng, body_words(rng)),
            fields=_fields(kind, vocab, rng, day),
            tags=rng.sample(TAGS, rng.choice((0, 1, 1, 2, 2, 3, 4))),
            partner=rng.choice(PARTNER_NAMES) if rng.random() < 0.7 else None,
            protected=rng.random() < 0.05,
            saved_at=moment.isoformat(timespec="microseconds").replace("+00:00", "Z"),
        )


def edited_body(body: str, rng: random.Random, vocab: Vocabulary) -> str:
    """A realistic edit: a sentence or two added at the end of the body."""
    return body + "\n\n" + _sentences(vocab, rng, rng.randint(10, 40))
