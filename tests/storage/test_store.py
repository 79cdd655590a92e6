"""Entries through the facade: every kind, revisions, deletion that leaves no trace, search, pragmas."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import re
import secrets
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.entry import EntryContent, searchable_text, validate_content
from mentorvault.domain.kinds import KINDS
from mentorvault.errors import (
    BadSearchQuery,
    EntryNotFound,
    InvalidEntry,
    PartnerNotFound,
    RevisionNotFound,
    UnknownKind,
)
from mentorvault.storage.db import transaction
from mentorvault.storage.entries import insert_entry
from mentorvault.vault import Vault

from kind_samples import EDITS, SAMPLES, sample  # noqa: E402
from sqlcipher_pages import all_rows, decrypted_pages  # noqa: E402
from suite_support import PASSPHRASE  # noqa: E402


def _word(kind: str) -> str:
    return "uniq" + kind.replace("-", "")


def _recomputed_hash(entry: Any) -> str:
    return EntryContent(entry.kind, entry.title, entry.body, entry.fields, entry.tags).content_hash()


# --------------------------------------------------------------------------- every kind


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_round_trip_of_every_kind(vault: Vault, kind: str) -> None:
    vault.partners.add("Robin", "mentor", "coach", 14)
    fields = sample(kind)
    title = f"{KINDS[kind].label} title"
    body = f"Body with {_word(kind)} in it.\n\nSecond *paragraph*."
    entry = vault.entries.add(kind, title, body, fields, ["Growth", "#work"], partner="robin")

    assert entry.kind == kind and entry.title == title and entry.body == body
    assert entry.fields == SAMPLES[kind]
    assert entry.tags == ["growth", "work"]
    assert entry.partner == "Robin" and entry.rev == 1 and not entry.protected
    assert (
        entry.content_hash
        == validate_content(kind, title, body, SAMPLES[kind], ["growth", "work"]).content_hash()
    )
    assert entry.content_hash == _recomputed_hash(entry)
    date_field = KINDS[kind].date_field
    assert entry.entry_date == (SAMPLES[kind][date_field] if date_field else entry.created_at[:10])
    assert vault.entries.get(entry.id) == entry
    assert vault.entries.get(entry.id[:8]) == entry

    listed = vault.entries.list()
    assert [(s.id, s.kind, s.title) for s in listed] == [(entry.id, kind, title)]
    assert vault.entries.count(kind=kind) == 1
    hits = vault.entries.search(_word(kind))
    assert [(h.id, h.kind, h.title) for h in hits] == [(entry.id, kind, title)]
    # every text in the fields, list items and sub-fields included, is searchable
    for leaf in searchable_text(SAMPLES[kind]).split("\n"):
        words = re.findall(r"[A-Za-z]{4,}", leaf)
        if words:
            assert entry.id in [h.id for h in vault.entries.search(words[-1])], leaf

    name, value = EDITS[kind]
    edited = vault.entries.update(entry.id, fields={name: value}, merge_fields=True, title=title + " (edited)")
    assert edited.rev == 2 and edited.fields[name] == value and edited.title == title + " (edited)"
    assert {k: v for k, v in edited.fields.items() if k != name} == {
        k: v for k, v in SAMPLES[kind].items() if k != name
    }
    assert edited.content_hash != entry.content_hash and edited.content_hash == _recomputed_hash(edited)
    assert edited.created_at == entry.created_at

    history = vault.entries.history(entry.id)
    assert [r.rev for r in history] == [2, 1]
    assert [r.content_hash for r in history] == [edited.content_hash, entry.content_hash]
    old = vault.entries.revision(entry.id, 1)
    assert (old.title, old.body, old.fields, old.tags) == (title, body, SAMPLES[kind], ["growth", "work"])

    restored = vault.entries.restore_revision(entry.id, 1)
    assert restored.rev == 3
    assert (restored.title, restored.body, restored.fields, restored.tags) == (
        title,
        body,
        SAMPLES[kind],
        ["growth", "work"],
    )
    assert restored.content_hash == entry.content_hash
    assert [r.rev for r in vault.entries.history(entry.id)] == [3, 2, 1]
    assert vault.entries.history(entry.id)[0].note == "restored revision 1"

    vault.entries.delete(entry.id)
    with pytest.raises(EntryNotFound):
        vault.entries.get(entry.id)
    assert vault.entries.list() == [] and vault.entries.search(_word(kind)) == []


def test_all_kinds_coexist(vault: Vault) -> None:
    ids = {kind: vault.entries.add(kind, f"t {kind}", "common words", sample(kind)).id for kind in KINDS}
    assert vault.entries.count() == len(KINDS)
    for kind, entry_id in ids.items():
        assert [s.id for s in vault.entries.list(kind=kind)] == [entry_id]
    assert {h.id for h in vault.entries.search("common")} == set(ids.values())
    assert [k.name for k in vault.kinds()] == list(KINDS)


def test_invalid_content_is_refused_through_the_facade(vault: Vault) -> None:
    cases = [
        (("gratitude", "T", "", {"to_whom": "Sam", "shoe_size": 42}), "shoe_size"),
        (("gratitude", "T", "", {}), "to_whom"),
        (("feedback", "T", "", {**sample("feedback"), "format": "essay"}), "format"),
        (("feedback", "T", "", {**sample("feedback"), "date": "2026-02-30"}), "date"),
        (("session-note", "T", "", {**sample("session-note"), "mood": 9}), "mood"),
        (("goal", "", "", {}), "title"),
    ]
    for args, name in cases:
        with pytest.raises(InvalidEntry) as info:
            vault.entries.add(*args)
        assert name in str(info.value)
    with pytest.raises(UnknownKind):
        vault.entries.add("novel", "T")
    with pytest.raises(PartnerNotFound):
        vault.entries.add("gratitude", "T", "", {"to_whom": "Sam"}, partner="nobody")
    assert vault.entries.count() == 0
    assert vault.conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0


def test_invalid_update_changes_nothing(vault: Vault) -> None:
    entry = vault.entries.add("session-note", "T", "b", sample("session-note"))
    with pytest.raises(InvalidEntry, match="mood"):
        vault.entries.update(entry.id, fields={"mood": 7}, merge_fields=True)
    with pytest.raises(InvalidEntry, match="colour"):
        vault.entries.update(entry.id, fields={"colour": "red"})
    assert vault.entries.get(entry.id) == entry
    assert len(vault.entries.history(entry.id)) == 1


# --------------------------------------------------------------------------- revisions


def test_every_save_keeps_a_revision_and_unchanged_saves_add_none(vault: Vault) -> None:
    entry = vault.entries.add("reflection", "Prompted", "v1", {"prompt": "Why?"}, ["a"])
    again = vault.entries.update(
        entry.id, title="Prompted", body="v1", fields={"prompt": "Why?"}, tags=["A", "#a"]
    )
    assert again == entry  # same content: no revision, not even a new timestamp
    again = vault.entries.update(entry.id, body="v1".replace("\n", "\r\n"))
    assert again.rev == 1 and again.updated_at == entry.updated_at
    for i in range(2, 6):
        e = vault.entries.update(entry.id, body=f"v{i}")
        assert e.rev == i
        assert vault.entries.update(entry.id, body=f"v{i}").rev == i
    history = vault.entries.history(entry.id)
    assert [r.rev for r in history] == [5, 4, 3, 2, 1]
    for r in history:
        assert vault.entries.revision(entry.id, r.rev).body == f"v{r.rev}"
        assert vault.entries.revision(entry.id, r.rev).content_hash() == r.content_hash
    assert history[-1].note == "created"


def test_restore_creates_a_new_revision_with_the_old_content(vault: Vault) -> None:
    entry = vault.entries.add(
        "gratitude", "Thanks", "first", {"to_whom": "Sam", "what_they_did": "helped"}, ["x"]
    )
    vault.entries.update(entry.id, title="Thanks!", body="second", fields={"to_whom": "Kim"}, tags=["y"])
    restored = vault.entries.restore_revision(entry.id, 1)
    assert (restored.title, restored.body, restored.fields, restored.tags) == (
        "Thanks",
        "first",
        {"to_whom": "Sam", "what_they_did": "helped"},
        ["x"],
    )
    assert restored.rev == 3 and restored.content_hash == entry.content_hash
    assert vault.entries.revision(entry.id, 2).body == "second"  # history is never rewritten
    assert [h.id for h in vault.entries.search("first")] == [entry.id] and vault.entries.search("second") == []
    assert [s.id for s in vault.entries.list(tag="x")] == [entry.id] and vault.entries.list(tag="y") == []
    with pytest.raises(RevisionNotFound):
        vault.entries.restore_revision(entry.id, 9)
    with pytest.raises(RevisionNotFound):
        vault.entries.revision(entry.id, 0)


def test_hash_ignores_partner_timestamps_and_revisions(vault_dir: Path, secret_store: Any) -> None:
    moments = iter(dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=h) for h in range(100))
    v, _ = Vault.create(vault_dir, PASSPHRASE, clock=lambda: next(moments), secret_store=secret_store)
    try:
        v.partners.add("Robin")
        a = v.entries.add("resource", "Book", "why", {"link": "https://x.org"}, ["b", "a"])
        b = v.entries.add("resource", "Book", "why", {"link": "https://x.org"}, ["a", "b"], partner="Robin")
        assert a.created_at != b.created_at and a.id != b.id
        assert a.content_hash == b.content_hash
        moved = v.entries.update(a.id, partner="Robin")
        assert moved.rev == 2 and moved.partner == "Robin" and moved.content_hash == a.content_hash
        protected = v.entries.update(a.id, protected=True)
        assert protected.rev == 3 and protected.content_hash == a.content_hash
        changed = v.entries.update(a.id, body="why not")
        assert changed.content_hash != a.content_hash
    finally:
        v.lock()


def test_unique_id_prefixes(vault: Vault) -> None:
    e = vault.entries.add("reflection", "T", "", {"prompt": "p"})
    assert vault.entries.resolve_id(e.id[:6]) == e.id
    assert vault.entries.resolve_id(e.id.upper()) == e.id
    for bad in (e.id[:5], "zzzzzz", "' OR 1=1 --", ""):
        with pytest.raises(EntryNotFound):
            vault.entries.get(bad)
    with pytest.raises(EntryNotFound):
        vault.entries.get("00000000-0000-4000-8000-000000000000")
    content = validate_content("reflection", "T", "", {"prompt": "p"})
    with transaction(vault.conn):
        for tail in ("0000-4000-8000-000000000000", "1111-4000-8000-000000000000"):
            insert_entry(
                vault.conn, content, None, False, "2026-01-01T00:00:00Z", entry_id="abcdef00-" + tail
            )
    with pytest.raises(EntryNotFound, match="More than one"):
        vault.entries.get("abcdef")
    assert vault.entries.get("abcdef00-0").id == "abcdef00-0000-4000-8000-000000000000"


def test_list_shows_tags(vault: Vault) -> None:
    vault.entries.add("reflection", "T", "", {"prompt": "p"}, ["alpha", "beta"])
    assert vault.entries.list()[0].tags == ["alpha", "beta"]


# --------------------------------------------------------------------------- delete leaves no trace


def _plant_and_delete(vault: Vault, gone: str, kept: str) -> None:
    for i in range(25):  # enough rows to spread the tables over many pages
        vault.entries.add(
            "struggle-story",
            f"filler {i}",
            "lorem ipsum dolor sit amet " * 40,
            {"situation": "filler situation"},
            ["filler"],
        )
    doomed = vault.entries.add(
        "goal",
        f"{gone}title",
        f"{gone}body text",
        {"why": f"{gone}why", "micro_goals": [{"title": f"{gone}step", "status": "open"}]},
        [f"{gone}tag"],
    )
    vault.entries.update(doomed.id, body=f"{gone}second version")
    vault.entries.add("goal", f"{kept}title", f"{kept}body", {"why": f"{kept}why"}, [f"{kept}tag"])
    vault.entries.delete(doomed.id)
    rowid_gone = vault.conn.execute("SELECT count(*) FROM entries WHERE id = ?", (doomed.id,)).fetchone()[0]
    assert rowid_gone == 0
    for table, column in (("revisions", "entry_id"), ("entry_tags", "entry_id")):
        assert (
            vault.conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (doomed.id,)).fetchone()[0]
            == 0
        )
    assert vault.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0] == vault.entries.count()
    assert vault.entries.search(gone) == [] and vault.entries.search(f"{gone}step") == []
    assert [t for t, _ in vault.entries.tags()] == ["filler", f"{kept}tag"]


def _traces(vault_dir: Path, key: bytes, word: str) -> dict[str, bool]:
    needle = word.encode()
    pages = b"".join(decrypted_pages(vault_dir / "vault.db", key))
    files = b"".join(p.read_bytes() for p in vault_dir.iterdir() if p.name.startswith("vault.db"))
    return {
        "rows": needle in all_rows(vault_dir / "vault.db", key),
        "pages": needle in pages,
        "file": needle in files,
    }


def test_delete_leaves_no_trace_in_rows_pages_or_file(vault: Vault) -> None:
    # Words that share no prefix with any other word, so the FTS index stores them whole.
    gone, kept = "qj" + secrets.token_hex(6), "vz" + secrets.token_hex(6)
    key = bytes(vault._key)  # type: ignore[arg-type]
    _plant_and_delete(vault, gone, kept)
    vault.lock()
    assert _traces(vault.path, key, kept) == {
        "rows": True,
        "pages": True,
        "file": False,
    }  # the scan sees content
    assert _traces(vault.path, key, gone) == {"rows": False, "pages": False, "file": False}


def _packed_chunks(vault: Vault, entry_id: str) -> list[bytes]:
    """16-byte pieces of every packed (Zstandard) value stored for the entry, past the frame headers."""
    blobs = [r[0] for r in vault.conn.execute(
        "SELECT body FROM entries WHERE id = ?1 UNION ALL SELECT fields FROM entries WHERE id = ?1 "
        "UNION ALL SELECT body FROM revisions WHERE entry_id = ?1 UNION ALL SELECT fields FROM revisions "
        "WHERE entry_id = ?1", (entry_id,)) if isinstance(r[0], bytes)]
    return [blob[i:i + 16] for blob in blobs for i in range(16, len(blob) - 16, 16)]


def test_delete_leaves_no_packed_text_in_pages_or_file(vault: Vault) -> None:
    """Entry text is stored compressed (schema 8), so a scan for a deleted word would pass whatever
    happened to the bytes: the compressed bytes of every version of the deleted entry must go too."""
    rng = random.Random(5)
    words = ["".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(3, 9))) for _ in range(400)]
    key = bytes(vault._key)  # type: ignore[arg-type]
    for i in range(10):
        vault.entries.add("struggle-story", f"filler {i}", "lorem ipsum dolor sit amet " * 40, {"situation": "x"})

    def text(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n))

    doomed = vault.entries.add("struggle-story", "doomed", text(600), {"situation": text(80)}, ["gone"])
    vault.entries.update(doomed.id, body=text(600))
    vault.entries.update(doomed.id, body=text(600), fields={"situation": text(80)})
    chunks = _packed_chunks(vault, doomed.id)
    assert len(chunks) > 100  # three bodies and two fields texts, all packed
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = b"".join(decrypted_pages(vault.path / "vault.db", key))
    assert all(chunk in pages for chunk in chunks)  # the scan sees packed text
    vault.entries.delete(doomed.id)
    vault.lock()
    pages = b"".join(decrypted_pages(vault.path / "vault.db", key))
    files = b"".join(p.read_bytes() for p in vault.path.iterdir() if p.name.startswith("vault.db"))
    assert [c for c in chunks if c in pages] == []
    assert [c for c in chunks if c in files] == []


def test_the_scan_would_see_fts_leftovers(vault: Vault) -> None:
    """Control: with FTS5 secure-delete switched off, the same scan finds the deleted word."""
    gone, kept = "qj" + secrets.token_hex(6), "vz" + secrets.token_hex(6)
    key = bytes(vault._key)  # type: ignore[arg-type]
    vault.conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('secure-delete', 0)")
    _plant_and_delete(vault, gone, kept)
    vault.lock()
    assert _traces(vault.path, key, gone)["rows"]


def test_everyday_edits_and_deletes_keep_check_passing(vault: Vault) -> None:
    rng = random.Random(1)
    mine: list[str] = []
    for i in range(1, 60):
        body = "lorem ipsum dolor " * rng.randint(1, 600) + f"w{i}"
        mine.append(vault.entries.add("goal", f"G {i}", body, {"why": f"because w{i}"}, ["crash"]).id)
        if rng.random() < 0.3:
            vault.entries.update(rng.choice(mine), body=body + " edited", tags=["crash", "edited"])
        elif rng.random() < 0.2 and len(mine) > 1:
            vault.entries.delete(mine.pop(0))
    assert vault.check() == len(mine)


def test_delete_missing_entry(vault: Vault) -> None:
    with pytest.raises(EntryNotFound):
        vault.entries.delete("00000000-0000-4000-8000-000000000000")


# --------------------------------------------------------------------------- search


@pytest.fixture
def searchable(vault: Vault) -> dict[str, Any]:
    vault.partners.add("Robin")
    vault.partners.add("Kim")
    ids = {
        # body mentions the word three times: a plain count would put this first
        "body": vault.entries.add(
            "struggle-story",
            "A hard week",
            "negotiation, negotiation and more negotiation",
            {"situation": "Budget talks"},
            ["work"],
            partner="Robin",
        ).id,
        "title": vault.entries.add(
            "reflection",
            "Negotiation lessons",
            "Short body.",
            {"prompt": "What went well?"},
            ["work", "growth"],
            partner="Kim",
        ).id,
        "field": vault.entries.add(
            "feedback",
            "Retro feedback",
            "",
            {
                "from_whom": "Alex",
                "date": "2026-02-03",
                "format": "sbi",
                "impact": "The negotiation stalled.",
            },
            ["growth"],
            partner="Robin",
        ).id,
        "session": vault.entries.add(
            "session-note",
            "Spring session",
            "We practised negotiating salaries.",
            {"session_date": "2026-03-10"},
            ["career"],
            partner="Kim",
        ).id,
        "cafe": vault.entries.add("gratitude", "Café chat", "Thanks for the café tips.", {"to_whom": "Sam"}).id,
    }
    return ids


def test_prefix_search(vault: Vault, searchable: dict[str, Any]) -> None:
    found = {h.id for h in vault.entries.search("negot")}
    assert found == {searchable["body"], searchable["title"], searchable["field"], searchable["session"]}
    assert {h.id for h in vault.entries.search("negotiati")} == found
    assert vault.entries.search("gotiation") == []  # prefixes only, not infixes
    assert {h.id for h in vault.entries.search("negot salar")} == {searchable["session"]}  # words are ANDed
    assert {h.id for h in vault.entries.search("NEGOT budget")} == {searchable["body"]}
    assert {h.id for h in vault.entries.search("cafe")} == {searchable["cafe"]}  # diacritics folded


def test_title_match_ranks_above_body_match(vault: Vault, searchable: dict[str, Any]) -> None:
    hits = vault.entries.search("negotiation")
    assert hits[0].id == searchable["title"]
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    assert {h.id for h in hits[1:]} == {searchable["body"], searchable["field"]}  # not "negotiating"


def test_snippets_highlight_the_matched_words(vault: Vault, searchable: dict[str, Any]) -> None:
    hits = {h.id: h for h in vault.entries.search("negot")}
    for entry_id, hit in hits.items():
        assert hit.highlights, entry_id
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)
            assert hit.snippet[start:end].lower().startswith("negot")
        assert "\x02" not in hit.snippet and "\x03" not in hit.snippet
    body_hit = hits[searchable["body"]]
    assert [body_hit.snippet[s:e] for s, e in body_hit.highlights] == ["negotiation"] * 3
    assert hits[searchable["field"]].snippet[slice(*hits[searchable["field"]].highlights[0])] == "negotiation"
    assert (
        hits[searchable["session"]].snippet[slice(*hits[searchable["session"]].highlights[0])]
        == "negotiating"
    )


def test_search_and_list_filters(vault: Vault, searchable: dict[str, Any]) -> None:
    s = searchable

    def ids(**kw: Any) -> set[str]:
        found = {h.id for h in vault.entries.search("negot", **kw)}
        listed = {e.id for e in vault.entries.list(**kw)} & {s["body"], s["title"], s["field"], s["session"]}
        assert found == listed, kw
        assert vault.entries.count(**kw) == len({e.id for e in vault.entries.list(**kw)})
        return found

    assert ids(kind="reflection") == {s["title"]}
    assert ids(tag="work") == {s["body"], s["title"]}
    assert ids(tag="#Growth") == {s["title"], s["field"]}
    assert ids(partner="robin") == {s["body"], s["field"]}
    assert ids(partner="Kim", tag="growth") == {s["title"]}
    assert ids(since="2026-02-03", until="2026-03-10") == {s["field"], s["session"]}
    assert ids(since="2026-02-04", until="2026-03-09") == set()
    assert ids(until="2026-02-03") == {s["field"]}
    with pytest.raises(UnknownKind):
        vault.entries.search("negot", kind="novel")
    with pytest.raises(PartnerNotFound):
        vault.entries.search("negot", partner="nobody")


def test_list_order_limit_and_offset(vault: Vault) -> None:
    ids = [vault.entries.add("reflection", f"T{i}", "", {"prompt": "p"}).id for i in range(5)]
    vault.entries.update(ids[0], body="touched")
    listed = [e.id for e in vault.entries.list()]
    assert listed[0] == ids[0] and set(listed) == set(ids)
    assert [e.id for e in vault.entries.list(limit=2)] == listed[:2]
    assert [e.id for e in vault.entries.list(limit=2, offset=2)] == listed[2:4]


@pytest.mark.parametrize("query", ["AND (", "col:x", "title:", "NOT", "a OR", "(", "NEAR(a b", "a AND AND b"])
def test_malformed_queries_are_bad_search_queries(
    vault: Vault, searchable: dict[str, Any], query: str
) -> None:
    with pytest.raises(BadSearchQuery) as info:
        vault.entries.search(query)
    message = str(info.value)
    assert "search" in message and "fts5" not in message.lower() and "sql" not in message.lower()


@pytest.mark.parametrize("query", ["", "   ", "!!!", "x" * 501])
def test_empty_or_huge_queries(vault: Vault, query: str) -> None:
    with pytest.raises(BadSearchQuery):
        vault.entries.search(query)


@pytest.mark.parametrize("query", ['"unclosed', "*foo", "NEAR(a, b)"])
def test_malformed_queries_never_claim_damage(vault: Vault, query: str) -> None:
    with pytest.raises(BadSearchQuery):
        vault.entries.search(query)


def test_advanced_syntax_is_passed_through(vault: Vault, searchable: dict[str, Any]) -> None:
    s = searchable
    assert {h.id for h in vault.entries.search('"more negotiation"')} == {s["body"]}
    assert {h.id for h in vault.entries.search("negotiation NOT budget")} == {s["title"], s["field"]}
    assert {h.id for h in vault.entries.search("title:negotiation")} == {s["title"]}
    assert {h.id for h in vault.entries.search("salar* OR budget")} == {s["session"], s["body"]}


# --------------------------------------------------------------------------- pragmas


def test_secure_pragmas(vault: Vault) -> None:
    c = vault.conn
    assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert c.execute("SELECT v FROM entries_fts_config WHERE k = 'secure-delete'").fetchone()[0] == 1
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert str(c.execute("PRAGMA cipher_log_level").fetchone()[0]).upper() == "NONE"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA cipher").fetchone()[0] == "AES-256-CBC"
    assert c.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"


def test_pragmas_hold_after_reopening(vault: Vault, secret_store: Any) -> None:
    folder = vault.path
    vault.lock()
    v = Vault.open(folder, PASSPHRASE, secret_store=secret_store)
    try:
        c = v.conn
        assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert c.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert c.execute("SELECT v FROM entries_fts_config WHERE k = 'secure-delete'").fetchone()[0] == 1
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert str(c.execute("PRAGMA cipher_log_level").fetchone()[0]).upper() == "NONE"
    finally:
        v.lock()


def test_database_file_is_encrypted(vault: Vault) -> None:
    vault.entries.add("reflection", "plaintextprobe", "plaintextprobe", {"prompt": "plaintextprobe"})
    folder = vault.path
    vault.lock()
    raw = (folder / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"plaintextprobe" not in raw
    assert hashlib.sha256(raw).hexdigest()  # non-empty
    assert len(raw) % 4096 == 0


def test_summaries_without_tags_are_the_same_rows_with_no_tags(vault: Vault) -> None:
    """The list window asks for no tags (it shows none); everything else, order included, is unchanged."""
    for i in range(12):
        vault.entries.add("reflection", f"Entry {i}", "Body text", {"prompt": "p"},
                        tags=[f"t{i % 3}", "shared"] if i % 2 else [])
    full = vault.entries.list(limit=8, offset=2)
    bare = vault.entries.list(limit=8, offset=2, with_tags=False)
    assert any(s.tags for s in full)
    assert [s.tags for s in bare] == [[]] * len(full)
    assert [dataclasses.replace(s, tags=[]) for s in full] == bare
    filtered = vault.entries.list(tag="shared", with_tags=False)
    assert sorted(s.title for s in filtered) == sorted(s.title for s in vault.entries.list(tag="shared"))
    assert len(filtered) == 6


def test_pages_after_an_entry_are_the_offset_pages(vault: Vault) -> None:
    """The list reads each next page as "the rows after this entry"; it must be exactly the OFFSET page,
    with filters, and with many entries changed at the same instant (ties broken by id)."""
    for i in range(40):
        kind = "goal" if i % 3 else "reflection"
        vault.entries.add(kind, f"Entry {i}", "Body", {"prompt": "Why?"} if kind == "reflection" else None,
                        tags=["even"] if i % 2 == 0 else [])
    # Ten entries share one timestamp and five more another: the order within them is by id.
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM entries ORDER BY rowid")]
    with transaction(vault.conn):
        vault.conn.executemany("UPDATE entries SET updated_at = ? WHERE id = ?",
                               [("2026-05-01T10:00:00.000000Z", i) for i in ids[5:15]]
                               + [("2026-05-02T10:00:00.000000Z", i) for i in ids[20:25]])
    for filters in ({}, {"kind": "goal"}, {"tag": "even"}):
        everything = vault.entries.list(**filters)
        assert len(everything) > 7
        for size in (1, 3, 7):
            for offset in range(1, len(everything)):
                after = everything[offset - 1].id
                keyset = vault.entries.list(limit=size, offset=offset, after_id=after, **filters)
                assert keyset == vault.entries.list(limit=size, offset=offset, **filters), (filters, size, offset)
        last = everything[-1].id
        assert vault.entries.list(limit=5, offset=len(everything), after_id=last, **filters) == []
    # The entry a page was to follow is gone: the offset is used instead.
    listed = vault.entries.list()
    vault.entries.delete(listed[9].id)
    assert vault.entries.list(limit=4, offset=9, after_id=listed[9].id) == vault.entries.list(limit=4, offset=9)


def test_a_page_after_an_entry_is_found_through_the_index(vault: Vault) -> None:
    """No step over the earlier rows: the plan seeks into the list's index at the anchor."""
    entry = vault.entries.add("goal", "Anchor")
    sql_seen: list[str] = []
    vault.conn.set_trace_callback(sql_seen.append)
    try:
        vault.entries.list(limit=10, offset=1, after_id=entry.id, with_tags=False)
    finally:
        vault.conn.set_trace_callback(None)
    statement = next(s for s in sql_seen if s.startswith("SELECT e.id"))
    plan = " ".join(str(row[-1]) for row in vault.conn.execute("EXPLAIN QUERY PLAN " + statement))
    # The list is ordered by the date each entry shows (issue 17 #7): its index on entry_date.
    assert "entries_date (entry_date<?)" in plan, plan
    assert "OFFSET 0" in statement


def test_list_is_ordered_by_the_date_it_shows(vault: Vault) -> None:
    """Newest first by each entry's own date (the one `list` and the window show), not by when it was
    written or changed (issue 17 #7): notes of 12-04, 12-02 and 12-03 list as 12-04, 12-03, 12-02."""
    def note(title: str, day: str) -> str:
        return vault.entries.add("session-note", title, "", {"session_date": day}).id

    dec4 = note("Fourth", "2026-12-04")
    dec2 = note("Second", "2026-12-02")
    dec3 = note("Third", "2026-12-03")
    resource = vault.entries.add("resource", "No date of its own", "", {"link": "https://example.org"})
    today = resource.entry_date
    assert today is not None
    rows = vault.entries.list()
    shown = [r.entry_date for r in rows]
    assert shown == sorted(shown, reverse=True)
    assert [r.id for r in rows if r.id != resource.id] == [dec4, dec3, dec2]
    # Editing an old note keeps it at its date; within one date, the last changed comes first.
    vault.entries.update(dec2, title="Second, edited")
    assert [r.id for r in vault.entries.list(kind="session-note")] == [dec4, dec3, dec2]
    same_day = note("Also the third", "2026-12-03")
    assert [r.id for r in vault.entries.list(kind="session-note")] == [dec4, same_day, dec3, dec2]
    vault.entries.update(dec3, title="Third, edited")
    assert [r.id for r in vault.entries.list(kind="session-note")] == [dec4, dec3, same_day, dec2]
