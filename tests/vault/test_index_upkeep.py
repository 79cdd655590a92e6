"""The search index across edits: superseded rows wait in fts_stale, never show as hits,
are purged by tidy_index, at lock and on delete, and rowids never clash."""

from __future__ import annotations

import itertools
import random
import secrets
from typing import Any

import pytest

from mentorvault.errors import DamagedVault
from mentorvault.storage.index import index_problems, merge_index, purge_stale_index, stale_index_rows
from mentorvault.vault import Vault

from sqlcipher_pages import keyed_connection  # noqa: E402
from suite_support import PASSPHRASE, counted_merges  # noqa: E402


def _index_text(vault: Vault) -> str:
    """Every value stored in the FTS5 shadow tables, read through a second connection."""
    key = bytes(vault._key)  # type: ignore[arg-type]
    vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    with keyed_connection(vault.path / "vault.db", key) as conn:
        parts = []
        for table in ("entries_fts_docsize", "entries_fts_data", "entries_fts_idx"):  # contentless since schema 8
            for row in conn.execute(f"SELECT * FROM {table}"):
                parts.extend(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row)
        return "\n".join(parts)


def test_an_edit_is_searchable_at_once_and_the_old_wording_never_a_hit(vault: Vault) -> None:
    old, new = "qx" + secrets.token_hex(5), "zq" + secrets.token_hex(5)
    e = vault.entries.add("goal", "Monday", f"first draft with {old} in it")
    vault.entries.update(e.id, body=f"second draft with {new} in it")
    assert [h.id for h in vault.entries.search(new)] == [e.id]
    assert vault.entries.search(old) == []
    assert stale_index_rows(vault.conn) == 1
    assert index_problems(vault.conn) == []
    # The superseded row is still in the index (the history keeps that text too) ...
    assert old in _index_text(vault)
    # ... until it is purged.
    assert vault.tidy_index(5.0) == 0
    assert old not in _index_text(vault) and new in _index_text(vault)
    assert index_problems(vault.conn) == []
    assert vault.entries.revision(e.id, 1).body.endswith(f"{old} in it")


def test_a_change_that_keeps_the_text_keeps_the_index_row(vault: Vault) -> None:
    e = vault.entries.add("goal", "Tuesday", "unchanged words")
    vault.entries.update(e.id, protected=True)
    assert stale_index_rows(vault.conn) == 0
    assert [h.id for h in vault.entries.search("unchanged")] == [e.id]


def test_delete_purges_every_superseded_row_of_the_entry(vault: Vault) -> None:
    words = ["qv" + secrets.token_hex(5) for _ in range(4)]
    e = vault.entries.add("goal", "Wednesday", words[0])
    keep = vault.entries.add("goal", "Thursday", "keeper text")
    vault.entries.update(keep.id, body="keeper text, edited")
    for w in words[1:]:
        vault.entries.update(e.id, body=w)
    assert stale_index_rows(vault.conn) == 4
    vault.entries.delete(e.id)
    text = _index_text(vault)
    assert not any(w in text for w in words)
    assert stale_index_rows(vault.conn) == 1  # only the other entry's old row is left
    assert index_problems(vault.conn) == []


def test_lock_purges_what_it_can_and_the_next_session_sees_a_clean_index(vault: Vault, secret_store: Any) -> None:
    e = vault.entries.add("goal", "Friday", "one")
    for i in range(5):
        vault.entries.update(e.id, body=f"version {i}")
    folder = vault.path
    vault.lock()
    v = Vault.open(folder, PASSPHRASE, secret_store=secret_store)
    try:
        assert stale_index_rows(v.conn) == 0
        assert [h.id for h in v.entries.search("version")] == [e.id]
        assert v.check() == 1
    finally:
        v.lock()


def test_tidy_index_honours_its_time_budget(vault: Vault) -> None:
    e = vault.entries.add("goal", "Saturday", "start")
    for i in range(6):
        vault.entries.update(e.id, body=f"step {i}")
    # no time: one row, so small budgets still make progress (5 rows left, merging not yet tried)
    assert vault.tidy_index(0.0) == 5 + 1
    assert purge_stale_index(vault.conn, limit=2) == 3
    assert vault.tidy_index(60.0) == 0
    assert index_problems(vault.conn) == []


def test_random_adds_edits_deletes_and_purges_keep_rowids_apart(vault: Vault) -> None:
    rng = random.Random(20261125)
    live: dict[str, str] = {}  # entry id -> its one unique word
    for step in range(160):
        op = rng.random()
        if op < 0.3 or not live:
            word = f"w{step}x{secrets.token_hex(3)}"
            live[vault.entries.add("goal", "t", word).id] = word
        elif op < 0.75:
            entry_id = rng.choice(sorted(live))
            word = f"w{step}y{secrets.token_hex(3)}"
            vault.entries.update(entry_id, body=word)
            live[entry_id] = word
        elif op < 0.9:
            entry_id = rng.choice(sorted(live))
            vault.entries.delete(entry_id)
            del live[entry_id]
        else:
            purge_stale_index(vault.conn, limit=rng.randint(1, 3))
        assert index_problems(vault.conn) == [], step
    for entry_id, word in live.items():
        assert [h.id for h in vault.entries.search(word)] == [entry_id]
    assert vault.check() == len(live)


def test_ranking_is_the_weighted_bm25(vault: Vault) -> None:
    """ORDER BY rank inside FTS5 gives the order of bm25 with the title weighted highest."""
    vault.entries.add("goal", "plain", "listen listen listen to the room")
    titled = vault.entries.add("goal", "listen", "a short note")
    tagged = vault.entries.add("goal", "other", "nothing here", tags=["listen"])
    hits = vault.entries.search("listen")
    expected = [r[0] for r in vault.conn.execute(
        "SELECT e.id FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid WHERE entries_fts MATCH ? "
        "ORDER BY bm25(entries_fts, 8.0, 1.0, 2.0, 4.0)", ('"listen"*',))]
    assert [h.id for h in hits] == expected
    assert hits[0].id == titled.id and tagged.id in expected
    assert all(a.score <= b.score for a, b in itertools.pairwise(hits))


def test_check_reports_an_index_out_of_step(vault: Vault) -> None:
    e = vault.entries.add("goal", "Sunday", "text")
    vault.conn.execute("INSERT INTO fts_stale(rowid, entry_id) VALUES ((SELECT rowid FROM entries WHERE id = ?), ?)",
                       (e.id, e.id))
    assert index_problems(vault.conn) == ["1 superseded index rows that are also current"]
    with pytest.raises(DamagedVault):
        vault.check()


def _segments(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(DISTINCT segid) FROM entries_fts_idx").fetchone()[0])


def test_saves_leave_segment_merging_to_tidy_index(vault: Vault) -> None:
    assert vault.conn.execute("SELECT v FROM entries_fts_config WHERE k = 'automerge'").fetchone()[0] == 0
    ids = [vault.entries.add("goal", f"goal {i}", f"stepx{i}z and more words").id for i in range(12)]
    piled = _segments(vault)
    assert piled >= 10  # one small segment per save, none merged inside a save
    assert vault.tidy_index(60.0) == 0
    assert _segments(vault) < piled // 2
    assert merge_index(vault.conn) is False  # nothing left to merge
    for i, entry_id in enumerate(ids):
        assert [h.id for h in vault.entries.search(f"stepx{i}z")] == [entry_id]
    assert index_problems(vault.conn) == []



def _pile_up(vault: Vault) -> list[str]:
    """A dozen small segments to merge (one per save); returns the entries' ids."""
    return [vault.entries.add("goal", f"goal {i}", f"pilex{i}z and more words").id for i in range(12)]


def test_merge_seconds_bounds_the_merging_not_the_purge(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    _pile_up(vault)
    steps = counted_merges(monkeypatch)
    assert vault.tidy_index(60.0, merge_seconds=0.0) == 1  # one step, which found work: merging goes on
    assert steps == [True]
    assert vault.tidy_index(60.0) == 0
    assert steps[-1] is False and len(steps) >= 2
    e = vault.entries.add("goal", "Saturday", "start")
    for i in range(3):
        vault.entries.update(e.id, body=f"draft {i}")
    assert stale_index_rows(vault.conn) == 3
    vault.tidy_index(60.0, merge_seconds=0.0)
    assert stale_index_rows(vault.conn) == 0  # the purge is never cut short by the bound on merging
    assert index_problems(vault.conn) == []


@pytest.mark.parametrize("merge_seconds", [0.0, None])
def test_a_vault_opened_for_one_command_merges_one_step_at_lock(
        vault: Vault, secret_store: Any, monkeypatch: pytest.MonkeyPatch, merge_seconds: float | None) -> None:
    folder = vault.path
    vault.lock()
    v = Vault.open(folder, PASSPHRASE, secret_store=secret_store, auto_backup=False,
                   lock_merge_seconds=merge_seconds)
    ids = _pile_up(v)
    steps = counted_merges(monkeypatch)
    v.lock()
    if merge_seconds == 0.0:
        assert steps == [True]  # one step; the rest is left to the next commands
    else:
        assert steps[0] is True and steps[-1] is False  # the app's lock merges until tidy (within its budget)
    v = Vault.open(folder, PASSPHRASE, secret_store=secret_store, auto_backup=False)
    try:
        assert [h.id for h in v.entries.search("pilex7z")] == [ids[7]]
        assert index_problems(v.conn) == []
    finally:
        v.lock()
