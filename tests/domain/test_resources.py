"""Shipped resources: prompt decks, icons and the demo vault."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from mentorvault import resources
from mentorvault.domain.entry import validate_content
from mentorvault.domain.kinds import KINDS, MENTOR_TYPES, PARTNER_ROLES
from mentorvault.resources import Deck, Prompt, ResourceError

REQUIRED_DECKS = {"icebreakers", "authenticity", "after-feedback", "perspective-challenges", "self-care"}
KIND_ICONS = [
    "session-note", "struggle-story", "feedback", "boundary-agreement", "goal",
    "agenda", "reflection", "gratitude", "resource",
]
UI_ICONS = [
    "all-entries", "inbox", "partner", "tag", "lock", "search", "new-entry", "settings",
    "history", "share", "shield", "backup", "prompt", "check", "warning",
]
ALL_ICONS = KIND_ICONS + UI_ICONS + ["mentorvault"]
DEMO_TODAY = dt.date(2026, 11, 25)
SVG_NS = "{http://www.w3.org/2000/svg}"


# --- prompt decks -----------------------------------------------------------


def test_required_decks_present() -> None:
    decks = resources.load_decks()
    ids = {d.id for d in decks}
    assert len(decks) >= 5
    assert REQUIRED_DECKS <= ids


def test_each_deck_is_well_formed() -> None:
    for d in resources.load_decks():
        assert isinstance(d, Deck)
        assert d.title.strip() and d.description.strip()
        assert len(d.prompts) >= 15, d.id
        for p in d.prompts:
            assert isinstance(p, Prompt)
            assert p.deck_id == d.id
            assert p.text.strip() == p.text and p.text
            assert len(p.text) < 200, p.id
            assert "\n" not in p.text


def test_prompt_ids_and_texts_unique_across_decks() -> None:
    prompts = [p for d in resources.load_decks() for p in d.prompts]
    ids = Counter(p.id for p in prompts)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(" ".join(p.text.casefold().split()) for p in prompts)
    assert [t for t, n in texts.items() if n > 1] == []


def test_deck_files_match_their_ids() -> None:
    folder = resources.resources_dir() / "prompts"
    for path in folder.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["id"] == path.stem


def test_deck_lookup() -> None:
    d = resources.deck("icebreakers")
    assert d.id == "icebreakers"
    assert resources.deck("icebreakers") is d  # cached
    with pytest.raises(ResourceError):
        resources.deck("no-such-deck")
    p = d.prompts[0]
    assert resources.find_prompt(p.id) == p


def test_random_prompt_is_deterministic_with_a_seed() -> None:
    a = [resources.random_prompt("self-care", random.Random(42)).id for _ in range(5)]
    b = [resources.random_prompt("self-care", random.Random(42)).id for _ in range(5)]
    assert a == b
    rng1, rng2 = random.Random(7), random.Random(7)
    seq1 = [resources.random_prompt("authenticity", rng1).id for _ in range(10)]
    seq2 = [resources.random_prompt("authenticity", rng2).id for _ in range(10)]
    assert seq1 == seq2
    assert all(pid in {p.id for p in resources.deck("authenticity").prompts} for pid in seq1)


def test_random_prompt_respects_exclude() -> None:
    d = resources.deck("icebreakers")
    keep = d.prompts[3]
    exclude = {p.id for p in d.prompts if p.id != keep.id}
    rng = random.Random(1)
    for _ in range(20):
        assert resources.random_prompt("icebreakers", rng, exclude=exclude) == keep
    half = {p.id for p in d.prompts[: len(d.prompts) // 2]}
    for seed in range(50):
        assert resources.random_prompt("icebreakers", random.Random(seed), exclude=half).id not in half


def test_random_prompt_with_everything_excluded_starts_over() -> None:
    d = resources.deck("gratitude")
    everything = {p.id for p in d.prompts}
    assert resources.random_prompt("gratitude", random.Random(3), exclude=everything) in d.prompts


def _write_deck(folder: Path, data: object, name: str = "x.json") -> None:
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "x", "title": "X", "description": "d", "prompts": []},
        {"id": "x", "title": "X", "description": "d", "prompts": [{"id": "x-1", "text": ""}]},
        {"id": "x", "title": "X", "description": "d", "prompts": [{"id": "x-1", "text": "a" * 201}]},
        {"id": "x", "title": "X", "description": "d", "prompts": [{"id": "x-1", "text": "two\nlines"}]},
        {"id": "x", "title": "X", "description": "d",
         "prompts": [{"id": "x-1", "text": "Same?"}, {"id": "x-2", "text": "same?"}]},
        {"id": "x", "title": "X", "description": "d",
         "prompts": [{"id": "x-1", "text": "One?"}, {"id": "x-1", "text": "Two?"}]},
        {"id": "y", "title": "X", "description": "d", "prompts": [{"id": "x-1", "text": "Mismatched file?"}]},
        {"id": "x", "title": "", "description": "d", "prompts": [{"id": "x-1", "text": "No title?"}]},
    ],
)
def test_bad_decks_are_rejected(tmp_path: Path, bad: object) -> None:
    _write_deck(tmp_path, bad)
    with pytest.raises(ResourceError):
        resources.load_decks_from(tmp_path)


def test_duplicate_keys_and_nan_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(
        '{"id": "x", "id": "x", "title": "X", "description": "d", "prompts": [{"id": "x-1", "text": "Hi?"}]}'
    )
    with pytest.raises(ResourceError):
        resources.load_decks_from(tmp_path)
    (tmp_path / "x.json").write_text('{"id": NaN}')
    with pytest.raises(ResourceError):
        resources.load_decks_from(tmp_path)


# --- icons ------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_ICONS)
def test_icon_exists_and_is_safe_svg(name: str) -> None:
    path = resources.icon_path(name)
    assert path.is_file() and path.name == f"{name}.svg"
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag in ("svg", f"{SVG_NS}svg")
    lowered = text.lower()
    assert "<script" not in lowered
    assert 'href="http' not in lowered and "href='http" not in lowered
    assert "<text" not in lowered
    assert "currentcolor" not in lowered  # QIcon cannot resolve it
    size = "64" if name == "mentorvault" else "24"
    assert root.get("viewBox") == f"0 0 {size} {size}"
    if name != "mentorvault":
        assert "#5b6770" in lowered
        assert 'stroke-width="1.75"' in text


def test_every_kind_names_an_existing_icon() -> None:
    for spec in KINDS.values():
        assert resources.icon_path(spec.icon or spec.name).is_file()


def test_icon_path_rejects_bad_names() -> None:
    for bad in ("../pyproject", "nope", "Lock", ""):
        with pytest.raises(ResourceError):
            resources.icon_path(bad)


# --- demo vault -------------------------------------------------------------


def test_demo_partners() -> None:
    data = resources.demo_data()
    names = [p["name"] for p in data["partners"]]
    assert names == ["Priya", "Jordan"]
    for p in data["partners"]:
        assert p["role"] in PARTNER_ROLES
        assert p["mentor_type"] in MENTOR_TYPES
        assert isinstance(p["rhythm_days"], int) and p["rhythm_days"] > 0


def test_demo_every_kind_at_least_three_times() -> None:
    kinds = Counter(e["kind"] for e in resources.demo_data()["entries"])
    for kind in KINDS:
        assert kinds[kind] >= 3, kind
    assert sum(kinds.values()) >= 27


def test_demo_entries_validate_and_reference_known_partners() -> None:
    data = resources.demo_data()
    names = {p["name"] for p in data["partners"]}
    for e in data["entries"]:
        validate_content(e["kind"], e["title"], e["body"], e["fields"], e["tags"])
        assert e["partner"] is None or e["partner"] in names
        assert e["body"].strip(), e["title"]


def test_demo_dates_fall_in_the_last_three_months() -> None:
    start = DEMO_TODAY - dt.timedelta(days=92)
    for e in resources.demo_data()["entries"]:
        created = dt.date.fromisoformat(e["created"])
        assert start <= created <= DEMO_TODAY, e["title"]


def test_demo_has_an_overdue_boundary_agreement() -> None:
    overdue = [
        e for e in resources.demo_data()["entries"]
        if e["kind"] == "boundary-agreement"
        and e["fields"].get("review_date")
        and dt.date.fromisoformat(e["fields"]["review_date"]) < DEMO_TODAY
    ]
    assert overdue


def test_demo_has_goals_with_done_and_open_steps() -> None:
    goals = [e for e in resources.demo_data()["entries"] if e["kind"] == "goal"]
    mixed = [
        g for g in goals
        if {"done", "open"} <= {s.get("status", "open") for s in g["fields"].get("micro_goals", [])}
    ]
    assert mixed
    for g in goals:
        for step in g["fields"].get("micro_goals", []):
            if step.get("status") == "done":
                assert step.get("completed"), step["title"]


def test_demo_session_note_has_agenda_from_both_sides_and_mirroring() -> None:
    notes = [e for e in resources.demo_data()["entries"] if e["kind"] == "session-note"]
    good = [
        n for n in notes
        if {"me", "partner"} <= {i.get("proposed_by") for i in n["fields"].get("agenda_items", [])}
        and n["fields"].get("what_i_heard")
    ]
    assert good


def test_demo_feedback_in_both_formats() -> None:
    formats = {e["fields"]["format"] for e in resources.demo_data()["entries"] if e["kind"] == "feedback"}
    assert formats == {"sbi", "start-stop-continue"}


def test_demo_reflections_quote_real_prompts() -> None:
    texts = {p.text: d.id for d in resources.load_decks() for p in d.prompts}
    for e in resources.demo_data()["entries"]:
        if e["kind"] == "reflection":
            assert texts.get(e["fields"]["prompt"]) == e["fields"]["deck"], e["title"]


def test_demo_data_is_a_fresh_copy() -> None:
    a = resources.demo_data()
    a["entries"].clear()
    assert resources.demo_data()["entries"]


def test_resources_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"


# --- prompt decks in other languages ------------------------------------------

TRANSLATED = ("de", "es")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_deck_and_prompt_is_translated(lang: str) -> None:
    english = resources.load_decks()
    translated = resources.load_decks(lang)
    assert [d.id for d in translated] == [d.id for d in english]
    for en, tr in zip(english, translated, strict=True):
        assert (tr.title, tr.description) != (en.title, en.description)
        assert [p.id for p in tr.prompts] == [p.id for p in en.prompts]
        same = [p.id for p, q in zip(en.prompts, tr.prompts, strict=True) if p.text == q.text]
        assert not same, f"{lang}/{en.id}.json leaves these prompts in English: {same}"
        assert all(p.deck_id == en.id for p in tr.prompts)
    folder = resources.resources_dir() / "prompts" / lang
    assert sorted(p.name for p in folder.glob("*.json")) == sorted(f"{d.id}.json" for d in english)


def test_a_prompt_keeps_its_id_across_languages() -> None:
    """A prompt seen in one language is not offered again in another (the editor remembers ids)."""
    p = resources.random_prompt("icebreakers", random.Random(3), language="de")
    assert resources.find_prompt(p.id, "de") == p and resources.find_prompt(p.id).id == p.id
    assert resources.find_prompt(p.id).text != p.text
    assert resources.deck("icebreakers", "es").title != resources.deck("icebreakers").title


def test_an_untranslated_language_or_prompt_falls_back_to_english(tmp_path: Path) -> None:
    english = resources.load_decks()
    assert resources.load_decks("fr") == english  # no folder: English
    assert resources.load_decks("../de") == english  # not a language code: never a path
    deck = english[0]
    folder = tmp_path / "xx"
    folder.mkdir()
    partial = {"id": deck.id, "title": "Titel", "description": "Beschreibung",
               "prompts": [{"id": deck.prompts[0].id, "text": "Nur die erste Frage ist übersetzt."}]}
    (folder / f"{deck.id}.json").write_text(json.dumps(partial), encoding="utf-8")
    decks = resources.translate_decks(english, folder)
    first = decks[0]
    assert (first.title, first.prompts[0].text) == ("Titel", "Nur die erste Frage ist übersetzt.")
    assert first.prompts[1:] == deck.prompts[1:]
    assert decks[1:] == english[1:]


@pytest.mark.parametrize("bad", [
    {"id": "no-such-deck", "title": "T", "description": "D", "prompts": [{"id": "x-01", "text": "Frage?"}]},
    "unknown prompt",
])
def test_a_damaged_translation_is_refused(tmp_path: Path, bad: object) -> None:
    english = resources.load_decks()
    deck = english[0]
    data = bad if isinstance(bad, dict) else {
        "id": deck.id, "title": "T", "description": "D", "prompts": [{"id": "zz-99", "text": "Frage?"}]}
    name = f"{data['id']}.json"
    (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResourceError):
        resources.translate_decks(english, tmp_path)
