"""Entry validation and the content hash (the value consent is pinned to)."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.entry import (
    MAX_LIST,
    MAX_TAGS,
    MAX_TITLE,
    EntryContent,
    content_hash,
    entry_date,
    goal_progress,
    searchable_text,
    validate_content,
)
from mentorvault.domain.kinds import DATE, ENUM, INT, ITEMS, KINDS, LIST, LONGTEXT, TEXT, URL, FieldSpec
from mentorvault.errors import InvalidEntry, UnknownKind

TESTS = Path(__file__).resolve().parents[1]
from kind_samples import SAMPLES, sample  # noqa: E402

VECTORS = json.loads((TESTS / "vectors" / "content-hash.json").read_text(encoding="utf-8"))["vectors"]
BY_NAME = {v["name"]: v for v in VECTORS}


# --------------------------------------------------------------------------- samples


def test_samples_cover_every_field_of_every_kind() -> None:
    assert set(SAMPLES) == set(KINDS)
    for name, spec in KINDS.items():
        assert set(SAMPLES[name]) == set(spec.field_names), name
        for fs in spec.fields:
            if fs.type == ITEMS:
                subnames = {s.name for s in fs.subfields}
                assert any(set(item) == subnames for item in SAMPLES[name][fs.name]), (name, fs.name)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_field_of_every_kind_validates_unchanged(kind: str) -> None:
    content = validate_content(kind, "Title", "Body", sample(kind), ["t"])
    assert content.fields == SAMPLES[kind]
    assert content.kind == kind


# --------------------------------------------------------------------------- validation


def _error(kind: str, fields: dict[str, Any], title: str = "T", tags: Any = ()) -> str:
    with pytest.raises(InvalidEntry) as info:
        validate_content(kind, title, "", fields, tags)
    return str(info.value)


def test_unknown_field_is_named() -> None:
    message = _error("gratitude", {"to_whom": "Sam", "colour": "blue"})
    assert "'colour'" in message and "to_whom" in message


def test_unknown_sub_field_is_named_with_its_path() -> None:
    message = _error("goal", {"micro_goals": [{"title": "a"}, {"title": "b", "owner": "me"}]})
    assert "micro_goals[1].owner" in message


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_required_field_is_required(kind: str) -> None:
    for spec in KINDS[kind].fields:
        if not spec.required:
            continue
        missing = sample(kind)
        missing.pop(spec.name)
        if spec.default is not None:  # a required choice with a default is filled in, not refused
            assert validate_content(kind, "T", "", missing).fields[spec.name] == spec.default
            continue
        blanks: list[Any] = [None, ""] + (["   "] if spec.type in (TEXT, URL) else [])
        for fields in [missing] + [{**sample(kind), spec.name: blank} for blank in blanks]:
            message = _error(kind, fields)
            assert f"'{spec.name}'" in message and "required" in message


def test_required_sub_field() -> None:
    assert "micro_goals[0].title" in _error("goal", {"micro_goals": [{"status": "done"}]})


@pytest.mark.parametrize(
    ("kind", "name", "value"),
    [
        ("feedback", "format", "essay"),
        ("feedback", "format", "SBI"),
        ("boundary-agreement", "status", "signed"),
        ("goal", "micro_goals", [{"title": "x", "status": "finished"}]),
        ("session-note", "agenda_items", [{"text": "x", "proposed_by": "them"}]),
    ],
)
def test_bad_enum(kind: str, name: str, value: Any) -> None:
    fields = sample(kind)
    fields[name] = value
    message = _error(kind, fields)
    assert name in message and "must be one of" in message


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-30",
        "2026-13-01",
        "tomorrow",
        "01/02/2026",
        "2026-1-2x",
        20260102,
        dt.datetime(2026, 1, 2, 3, 4),
    ],
)
def test_bad_date(value: Any) -> None:
    fields = sample("feedback")
    fields["date"] = value
    message = _error("feedback", fields)
    assert "'date'" in message and "date like" in message


def test_date_objects_and_padded_text_are_accepted() -> None:
    fields = sample("feedback")
    fields["date"] = dt.date(2026, 2, 3)
    assert validate_content("feedback", "T", "", fields).fields["date"] == "2026-02-03"
    fields["date"] = " 2026-02-03 "
    assert validate_content("feedback", "T", "", fields).fields["date"] == "2026-02-03"


@pytest.mark.parametrize(
    ("kind", "name", "value"),
    [
        ("session-note", "mood", 0),
        ("session-note", "mood", 6),
        ("session-note", "energy", -1),
        ("goal", "progress", 101),
        ("goal", "progress", -1),
        ("goal", "progress", "1000"),
    ],
)
def test_int_out_of_range(kind: str, name: str, value: Any) -> None:
    fields = sample(kind)
    fields[name] = value
    message = _error(kind, fields)
    assert f"'{name}'" in message and "between" in message


@pytest.mark.parametrize("value", [True, 2.5, "three", [3]])
def test_int_must_be_whole_number(value: Any) -> None:
    fields = sample("session-note")
    fields["mood"] = value
    assert "'mood'" in _error("session-note", fields)


def test_int_bounds_are_inclusive() -> None:
    for mood in (1, 5, "5"):
        fields = sample("session-note")
        fields["mood"] = mood
        assert validate_content("session-note", "T", "", fields).fields["mood"] == int(mood)


def test_unknown_kind() -> None:
    with pytest.raises(UnknownKind) as info:
        validate_content("novel", "T")
    assert isinstance(info.value, InvalidEntry)
    assert "'novel'" in str(info.value) and "session-note" in str(info.value)


@pytest.mark.parametrize(
    ("title", "fields", "expect"),
    [
        ("", {}, "title"),
        ("   ", {}, "title"),
        ("x" * (MAX_TITLE + 1), {}, "title"),
        ("two\nlines", {}, "title"),
        ("nul\x00here", {}, "title"),
        ("ok", {"to_whom": "two\nlines"}, "to_whom"),
        ("ok", {"to_whom": 5}, "to_whom"),
        ("ok", {"to_whom": "x" * 2001}, "to_whom"),
    ],
)
def test_text_rules(title: str, fields: dict[str, Any], expect: str) -> None:
    fields = {"to_whom": "Sam", **fields}
    assert expect in _error("gratitude", fields, title=title)


def test_list_rules() -> None:
    assert "items[1]" in _error("agenda", {"meeting_date": "2026-01-01", "items": ["a", "b\nc"]})
    assert "too many" in _error("agenda", {"meeting_date": "2026-01-01", "items": ["a"] * (MAX_LIST + 1)})
    assert "'items'" in _error("agenda", {"meeting_date": "2026-01-01", "items": {"a": 1}})
    clean = validate_content("agenda", "T", "", {"meeting_date": "2026-01-01", "items": [" a ", "", "b"]})
    assert clean.fields["items"] == ["a", "b"]
    assert validate_content("agenda", "T", "", {"meeting_date": "2026-01-01", "items": "one"}).fields[
        "items"
    ] == ["one"]


@pytest.mark.parametrize("tag", ["a,b", "tab\there", "bell\x07", "x" * 61])
def test_bad_tags(tag: str) -> None:
    assert "Tag" in _error("gratitude", {"to_whom": "Sam"}, tags=[tag])


def test_too_many_tags() -> None:
    assert str(MAX_TAGS) in _error(
        "gratitude", {"to_whom": "Sam"}, tags=[f"t{i}" for i in range(MAX_TAGS + 1)]
    )


def test_fields_must_be_a_mapping() -> None:
    with pytest.raises(InvalidEntry):
        validate_content("gratitude", "T", "", [("to_whom", "Sam")])  # type: ignore[arg-type]


def test_entry_date_comes_from_the_kinds_date_field() -> None:
    for kind, spec in KINDS.items():
        content = validate_content(kind, "T", "", sample(kind))
        expected = SAMPLES[kind][spec.date_field] if spec.date_field else None
        assert entry_date(content) == expected


def test_goal_progress() -> None:
    assert goal_progress({"progress": 40, "micro_goals": []}) == 40
    steps = [
        {"title": "a", "status": "done"},
        {"title": "b", "status": "open"},
        {"title": "c", "status": "dropped"},
    ]
    assert goal_progress({"micro_goals": steps}) == 50
    assert goal_progress({}) == 0


def test_searchable_text_walks_nested_values() -> None:
    text = searchable_text(SAMPLES["goal"])
    for piece in ("Shadow a lead", "Run a retro", "I want to lead a team.", "2026-12-31"):
        assert piece in text


# --------------------------------------------------------------------------- content hash: vectors


def test_vectors_cover_every_kind() -> None:
    assert {v["input"]["kind"] for v in VECTORS} == set(KINDS)
    assert len({v["name"] for v in VECTORS}) == len(VECTORS)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_known_answer_vectors(vector: dict[str, Any]) -> None:
    i = vector["input"]
    content = validate_content(i["kind"], i["title"], i["body"], i["fields"], i["tags"])
    assert content.canonical_bytes() == vector["canonical"].encode("utf-8")
    assert hashlib.sha256(vector["canonical"].encode("utf-8")).hexdigest() == vector["sha256"]
    assert content.content_hash() == vector["sha256"]
    assert content_hash(i["kind"], i["title"], i["body"], i["fields"], i["tags"]) == vector["sha256"]


def test_documented_canonical_form_by_hand() -> None:
    # Written out from docs/content-hash.md, not from the code.
    expected = '{"body":"","fields":{"prompt":"What surprised you?"},"kind":"reflection","tags":[],"title":"A question","v":1}'
    assert BY_NAME["minimal"]["canonical"] == expected
    assert BY_NAME["minimal"]["sha256"] == hashlib.sha256(expected.encode()).hexdigest()
    # Non-ASCII stays UTF-8 (no \\u escapes); quotes, backslashes and tabs are JSON-escaped.
    canon = BY_NAME["unicode-escapes"]["canonical"]
    assert "\u00abQuote\u00bb \u2014 \U0001f331" in canon and "\\u" not in canon
    assert '\\"no\\" \\\\ then left.\\t' in canon


@pytest.mark.parametrize(
    ("a", "b"),
    [("nfc", "nfd"), ("lf", "crlf"), ("tags-clean", "tags-messy"), ("defaults-explicit", "defaults-implied")],
)
def test_equivalent_vectors_hash_alike(a: str, b: str) -> None:
    assert BY_NAME[a]["input"] != BY_NAME[b]["input"]
    assert BY_NAME[a]["sha256"] == BY_NAME[b]["sha256"]


def test_vector_hashes_are_distinct_otherwise() -> None:
    groups = {
        frozenset(p)
        for p in [
            ("nfc", "nfd"),
            ("lf", "crlf"),
            ("tags-clean", "tags-messy"),
            ("defaults-explicit", "defaults-implied"),
        ]
    }
    same = {name for g in groups for name in g}
    rest = [v["sha256"] for v in VECTORS if v["name"] not in same]
    assert len(set(rest)) == len(rest)


def test_doc_names_the_same_form() -> None:
    doc = (TESTS.parent / "docs" / "content-hash.md").read_text(encoding="utf-8")
    assert BY_NAME["minimal"]["canonical"] in doc
    assert BY_NAME["minimal"]["sha256"] in doc


# --------------------------------------------------------------------------- content hash: properties


def _hash(
    kind: str, fields: dict[str, Any], title: str = "Title", body: str = "Body", tags: Any = ("a", "b")
) -> str:
    return validate_content(kind, title, body, fields, list(tags)).content_hash()


def _reversed(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reversed(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed(v) for v in value]
    return value


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_hash_ignores_dict_order(kind: str) -> None:
    fields = sample(kind)
    flipped = _reversed(fields)
    if len(fields) > 1:
        assert list(flipped) != list(fields)
    assert _hash(kind, flipped) == _hash(kind, fields)


def test_hash_ignores_tag_order_case_duplicates_and_hash_sign() -> None:
    base = _hash("gratitude", {"to_whom": "Sam"}, tags=["growth", "work"])
    for tags in (
        ["work", "growth"],
        ["WORK", "Growth"],
        ["work", "work", "growth"],
        ["#work", " growth "],
        ["growth", "work", "", "#"],
    ):
        assert _hash("gratitude", {"to_whom": "Sam"}, tags=tags) == base, tags
    assert _hash("gratitude", {"to_whom": "Sam"}, tags=["growth"]) != base
    assert _hash("gratitude", {"to_whom": "Sam"}, tags=["growth", "work", "more"]) != base


def _other_value(spec: FieldSpec, value: Any) -> Any:
    if spec.type in (TEXT, URL, LONGTEXT):
        return value + "!"
    if spec.type == DATE:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
    if spec.type == ENUM:
        return next(c for c in spec.choices if c != value)
    if spec.type == INT:
        return value + 1 if value + 1 <= (spec.maximum or 10**9) else value - 1
    if spec.type == LIST:
        return value + ["one more"]
    if spec.type == ITEMS:
        changed = copy.deepcopy(value)
        first = spec.subfields[0].name
        changed[0][first] = changed[0][first] + "!"
        return changed
    raise AssertionError(spec.type)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_hash_changes_when_any_content_changes(kind: str) -> None:
    fields = sample(kind)
    base = _hash(kind, fields)
    seen = {base}
    for spec in KINDS[kind].fields:
        changed = sample(kind)
        changed[spec.name] = _other_value(spec, fields[spec.name])
        h = _hash(kind, changed)
        assert h not in seen, spec.name
        seen.add(h)
        if not spec.required and spec.default is None:  # an empty choice with a default takes the default
            dropped = sample(kind)
            dropped.pop(spec.name)
            h = _hash(kind, dropped)
            assert h not in seen, f"removing {spec.name}"
            seen.add(h)
    for h in (
        _hash(kind, fields, title="Title!"),
        _hash(kind, fields, body="Body "),
        _hash(kind, fields, body="Body\n"),
        _hash(kind, fields, tags=["a", "b", "c"]),
    ):
        assert h not in seen
        seen.add(h)


def test_hash_covers_the_kind() -> None:
    a = EntryContent("reflection", "T", "", {"prompt": "p"}, [])
    b = EntryContent("resource", "T", "", {"prompt": "p"}, [])
    assert a.content_hash() != b.content_hash()


def test_hash_is_nfc_and_newline_normalised_everywhere() -> None:
    nfc = {"to_whom": "Zo\u00eb", "what_they_did": "Caf\u00e9\nline", "what_it_meant": "a\nb"}
    nfd = {"to_whom": "Zoe\u0308", "what_they_did": "Cafe\u0301\r\nline", "what_it_meant": "a\rb"}
    assert _hash("gratitude", nfc, title="Th\u00e9", body="x\ny", tags=["\u00e9t\u00e9"]) == _hash(
        "gratitude", nfd, title="The\u0301", body="x\r\ny", tags=["e\u0301te\u0301"]
    )
    list_nfc = {"meeting_date": "2026-01-01", "items": ["caf\u00e9"]}
    list_nfd = {"meeting_date": "2026-01-01", "items": ["cafe\u0301"]}
    assert _hash("agenda", list_nfc) == _hash("agenda", list_nfd)
    goal_nfc = {"micro_goals": [{"title": "R\u00e9sum\u00e9"}]}
    goal_nfd = {"micro_goals": [{"title": "Re\u0301sume\u0301"}]}
    assert _hash("goal", goal_nfc) == _hash("goal", goal_nfd)
    # But a real difference in letters is a different hash.
    assert _hash("agenda", list_nfc) != _hash("agenda", {"meeting_date": "2026-01-01", "items": ["cafe"]})


def test_hash_covers_only_content_keys() -> None:
    canonical = json.loads(validate_content("goal", "T", "B", sample("goal"), ["x"]).canonical_bytes())
    assert set(canonical) == {"v", "kind", "title", "body", "fields", "tags"}
    assert canonical["v"] == 1


def test_hash_refuses_non_finite_numbers() -> None:
    with pytest.raises(ValueError):
        EntryContent("goal", "T", "", {"progress": float("nan")}, []).content_hash()
