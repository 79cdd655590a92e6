"""The shared log: every export recorded, and any edit to the hash chain detected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from exchange_support import World, make_world, manifest_of, one_line_error, part_of

COLUMNS = ("seq", "at", "bundle_id", "direction", "partners", "partner_ids", "entries", "revocations", "prev_hash",
           "hash")


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, dict[str, Path]]]:
    """Sam after three exports (to Priya, a pod, to Priya with a revocation) and one import."""
    root = tmp_path_factory.mktemp("log")
    world = make_world(root / "world", with_jordan=True)
    sam, priya, jordan = world.sam, world.priya, world.jordan
    assert jordan is not None
    a = sam.v.entries.add("goal", "Goal A")
    b = sam.v.entries.add("reflection", "Reflection B", fields={"prompt": "What surprised you?"})
    for e in (a, b):
        sam.v.consents.grant(e.id, "Priya")
    sam.v.consents.grant(a.id, "Jordan")
    files = {"b1": root / "b1.mvb", "pod": root / "pod.mvb", "b3": root / "b3.mvb",
             "in": root / "from-priya.mvb"}
    sam.export(priya, files["b1"])
    sam.export([priya, jordan], files["pod"])
    sam.v.consents.revoke(b.id, "Priya")
    sam.export(priya, files["b3"])
    p = priya.v.entries.add("agenda", "Priya's agenda", fields={"meeting_date": "2026-03-20"})
    priya.v.consents.grant(p.id, "Sam")
    priya.export(sam, files["in"])
    sam.v.exchange.import_bundle(files["in"])
    yield world, files
    world.close()


def test_every_export_is_recorded(logged) -> None:
    world, files = logged
    sam, priya, jordan = world.sam, world.priya, world.jordan
    log = sam.v.shared_log.records()
    assert [r.partners for r in log] == [["Priya"], ["Priya", "Jordan"], ["Priya"]]
    assert all(r.direction == "out" for r in log)
    for record, name in zip(log, ("b1", "pod", "b3")):
        manifest = manifest_of(files[name], priya.identity)
        assert record.bundle_id == manifest["bundle_id"]
        assert record.at[:19] + "Z" == manifest["created_at"]  # the bundle says it to the second
        assert record.entries == [{"id": e["id"], "content_hash": e["content_hash"]}
                                  for e in manifest["entries"]]
        assert record.revocations == [r["entry_id"] for r in part_of(files[name], priya.identity)["revocations"]]
    assert len(log[0].entries) == 2 and len(log[1].entries) == 1 and len(log[2].revocations) == 1
    assert [r.bundle_id for r in sam.v.shared_log.records("Jordan")] == [log[1].bundle_id]
    assert sam.v.shared_log.verify()
    # the import was logged too (direction 'in'), inside the same chain
    assert sam.v.conn.execute("SELECT count(*) FROM shared_log WHERE direction = 'in'").fetchone()[0] == 1
    assert jordan is not None and jordan.v.shared_log.verify()

    r = sam.cli("shared-log", "--json", fast=True)
    assert r.returncode == 0, r.stderr
    assert [rec["bundle_id"] for rec in json.loads(r.stdout)] == [rec.bundle_id for rec in log]


def _tampered(column: str, value: Any) -> Any:
    if column == "seq":
        return value + 100
    if column == "direction":
        return "in" if value == "out" else "out"
    if column in ("partners", "partner_ids", "revocations"):
        return json.dumps(json.loads(value) + ["0" * 64])
    if column == "entries":
        entries = json.loads(value)
        if entries:
            entries[0]["content_hash"] = "f" * 64
            return json.dumps(entries)
        return json.dumps([{"id": "00000000-0000-4000-8000-000000000000", "content_hash": "0" * 64}])
    if column == "at":
        return value[:-2] + ("1Z" if value[-2] != "1" else "2Z")
    if column == "bundle_id":
        return "00000000-0000-4000-8000-000000000000"
    return ("0" if value[0] != "0" else "1") + value[1:]  # prev_hash, hash


def test_editing_any_column_of_any_row_is_detected(logged) -> None:
    world, _files = logged
    conn = world.sam.v.conn
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM shared_log ORDER BY seq").fetchall()
    assert len(rows) == 4
    undetected = []
    for row in rows:
        seq = row[0]
        for col, value in zip(COLUMNS, row):
            new = _tampered(col, value)
            assert new != value
            where_seq = seq if col != "seq" else new
            conn.execute(f"UPDATE shared_log SET {col} = ? WHERE seq = ?", (new, seq))
            try:
                if world.sam.v.shared_log.verify():
                    undetected.append(f"row {seq}, column {col}")
            finally:
                conn.execute(f"UPDATE shared_log SET {col} = ? WHERE seq = ?", (value, where_seq))
            assert world.sam.v.shared_log.verify()
    assert not undetected, undetected


def test_the_cli_refuses_to_show_an_edited_log(logged) -> None:
    world, _files = logged
    sam = world.sam
    conn = sam.v.conn
    original = conn.execute("SELECT entries FROM shared_log WHERE seq = 1").fetchone()[0]
    conn.execute("UPDATE shared_log SET entries = '[]' WHERE seq = 1")
    try:
        results = sam.cli_many([["shared-log"], ["shared-log", "--json"], ["shared-log", "--to", "Priya"]],
                               subprocess_every=2)
        for r in results:
            assert "edited" in one_line_error(r)
            assert r.stdout == ""
    finally:
        sam.v.conn.execute("UPDATE shared_log SET entries = ? WHERE seq = 1", (original,))
    assert sam.v.shared_log.verify()


@pytest.mark.parametrize("which", ["first", "middle"])
def test_deleting_a_row_is_detected(logged, which: str) -> None:
    world, _files = logged
    conn = world.sam.v.conn
    seq = {"first": 1, "middle": 2}[which]
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM shared_log WHERE seq = ?", (seq,)).fetchone()
    conn.execute("DELETE FROM shared_log WHERE seq = ?", (seq,))
    try:
        assert world.sam.v.shared_log.verify() is False
        assert "edited" in one_line_error(world.sam.cli("shared-log", fast=True))
    finally:
        world.sam.v.conn.execute(
            f"INSERT INTO shared_log({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", row)
    assert world.sam.v.shared_log.verify()


def test_deleting_the_newest_row_is_detected(tmp_path: Path) -> None:
    world = make_world(tmp_path / "w", with_jordan=False)
    try:
        sam = world.sam
        entry = sam.v.entries.add("goal", "Shared twice")
        sam.v.consents.grant(entry.id, "Priya")
        sam.export(world.priya, tmp_path / "b1.mvb")
        sam.export(world.priya, tmp_path / "b2.mvb")
        sam.v.conn.execute("DELETE FROM shared_log WHERE seq = (SELECT max(seq) FROM shared_log)")
        assert sam.v.shared_log.verify() is False
    finally:
        world.close()
