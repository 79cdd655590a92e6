"""Export reads its entries in one query and import stores them in batches; the bundle and
the stored rows are exactly what reading and storing entry by entry gives."""

from __future__ import annotations

import json
from pathlib import Path

from mentorvault.domain.entry import validate_content

from exchange_support import manifest_of, part_of


def _as_get_entry_gives(vault, entry_id: str) -> dict:
    e = vault.entries.get(entry_id)
    return {"id": e.id, "kind": e.kind, "title": e.title, "body": e.body, "fields": e.fields, "tags": e.tags,
            "content_hash": e.content_hash, "written_at": e.updated_at[:19] + "Z"}


def _entries(sam) -> list:
    v = sam.v
    return [
        v.entries.add("goal", "Ünïcode — “quoted” goal", "Body with \"quotes\", \\ and\ttabs\nand lines\x7f.",
                    {"why": "Confidence ✓", "micro_goals": [{"title": "Ask once", "status": "done"},
                                                           {"title": "Ask twice"}]},
                    ["zeta", "alpha", "Mixed Case", "émoji"], partner="Priya"),
        v.entries.add("agenda", "Next meeting", fields={"meeting_date": "2026-03-20", "items": ["Feedback", "Plans"]}),
        v.entries.add("reflection", "No tags, empty body", fields={"prompt": "What went well?"}),
        v.entries.add("session-note", "Jordan's session", "Private to Jordan.", {"session_date": "2026-03-02"},
                    ["jordan"], partner="Jordan"),
        v.entries.add("struggle-story", "Changed after consent", "Old text.", {"situation": "Stuck"}, ["x"]),
        v.entries.add("gratitude", "Revoked later", "Thanks.", {"to_whom": "Priya", "what_it_meant": "A lot"}),
    ]


def test_export_manifest_is_what_get_entry_reads(trio, tmp_path: Path) -> None:
    sam, priya, jordan = trio.sam, trio.priya, trio.jordan
    entries = _entries(sam)
    for e in entries:
        for name in ("Priya", "Jordan"):
            sam.v.consents.grant(e.id, name)
    cross = [entries[0].id, entries[3].id]
    sam.export(priya, tmp_path / "first.mvb", confirm_cross=cross)  # makes the revocation travel later
    sam.v.entries.update(entries[4].id, body="New text.")
    sam.v.consents.revoke(entries[5].id, "Priya")
    sam.v.entries.update(entries[1].id, tags=["later", "added"])
    sam.v.consents.grant(entries[1].id, "Priya")
    sam.v.consents.grant(entries[1].id, "Jordan")

    preview = sam.v.exchange.preview_export(["Priya"])
    sam.export(priya, tmp_path / "single.mvb", confirm_cross=cross)
    manifest = manifest_of(tmp_path / "single.mvb", priya.identity)
    assert [e["id"] for e in manifest["entries"]] == [i.entry_id for i in preview.entries]
    assert manifest["entries"] == [_as_get_entry_gives(sam.v, i.entry_id) for i in preview.entries]
    assert {e.id for e in entries} - {e["id"] for e in manifest["entries"]} == {entries[4].id, entries[5].id}
    pending = sam.v.consents.pending_revocations("Priya")
    assert [r.entry_id for r in pending] == [entries[5].id]
    assert part_of(tmp_path / "single.mvb", priya.identity)["revocations"] == [
        {"id": pending[0].id, "entry_id": entries[5].id}]

    pod_preview = sam.v.exchange.preview_export(["Priya", "Jordan"])
    sam.export([priya, jordan], tmp_path / "pod.mvb", confirm_cross=cross)
    pod = manifest_of(tmp_path / "pod.mvb", jordan.identity)
    assert pod["entries"] == [_as_get_entry_gives(sam.v, i.entry_id) for i in pod_preview.entries]
    # the revocation still pending for Priya travels in her part of the pod bundle, not in Jordan's
    assert part_of(tmp_path / "pod.mvb", priya.identity)["revocations"] == [
        {"id": pending[0].id, "entry_id": entries[5].id}]
    jordans = part_of(tmp_path / "pod.mvb", jordan.identity)
    assert jordans["revocations"] == jordans["receipts"] == jordans["acceptances"] == []


def compact(value: object) -> str:
    """The inbox keeps fields and tags as compact JSON text, non-ASCII written as itself."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_import_stores_each_entry_as_sent(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    entries = _entries_for_pair(sam)
    for e in entries:
        sam.v.consents.grant(e.id, "Priya")
    sam.export(priya, tmp_path / "b.mvb")
    manifest = manifest_of(tmp_path / "b.mvb", priya.identity)
    review = priya.v.exchange.import_bundle(tmp_path / "b.mvb")
    assert sorted(review.new) == sorted(e.id for e in entries)
    rows = {r[0]: r[1:] for r in priya.v.conn.execute(
        "SELECT entry_id, kind, title, body, fields, tags, content_hash, updated_at, bundle_id FROM inbox")}
    for sent in manifest["entries"]:
        content = validate_content(sent["kind"], sent["title"], sent["body"], sent["fields"], sent["tags"])
        assert rows[sent["id"]] == (content.kind, content.title, content.body,
                                    compact(content.fields), compact(content.tags),
                                    content.content_hash(), sent["written_at"], manifest["bundle_id"])
        assert sent["content_hash"] == content.content_hash()
    log = priya.v.conn.execute("SELECT entries FROM shared_log WHERE direction = 'in'").fetchone()
    assert json.loads(log[0]) == [{"id": e["id"], "content_hash": e["content_hash"]} for e in manifest["entries"]]
    assert priya.v.shared_log.verify()

    # The next bundle updates one, leaves the others unchanged, and revokes one.
    sam.v.entries.update(entries[0].id, body="Edited.")
    sam.v.consents.grant(entries[0].id, "Priya")
    sam.v.consents.revoke(entries[2].id, "Priya")
    sam.export(priya, tmp_path / "c.mvb", confirm_cross=[entries[0].id])
    review = priya.v.exchange.import_bundle(tmp_path / "c.mvb")
    assert review.updated == [entries[0].id] and review.revoked == [entries[2].id]
    assert sorted(review.unchanged) == sorted(e.id for e in entries if e.id not in (entries[0].id, entries[2].id))
    body = priya.v.conn.execute("SELECT body FROM inbox WHERE entry_id = ?", (entries[0].id,)).fetchone()[0]
    assert body == "Edited."
    assert priya.v.conn.execute("SELECT 1 FROM inbox WHERE entry_id = ?", (entries[2].id,)).fetchone() is None
    assert priya.v.shared_log.verify() and sam.v.shared_log.verify()


def _entries_for_pair(sam) -> list:
    v = sam.v
    return [
        v.entries.add("goal", "Ünïcode — “quoted” goal", "Body with \"quotes\", \\ and\ttabs\nand lines\x7f.",
                    {"why": "Confidence ✓", "micro_goals": [{"title": "Ask once", "status": "done"}]},
                    ["zeta", "alpha", "émoji"], partner="Priya"),
        v.entries.add("agenda", "Next meeting", fields={"meeting_date": "2026-03-20", "items": ["Feedback"]}),
        v.entries.add("reflection", "Plain ASCII", "Nothing special.", {"prompt": "Why?"}),
    ]


def test_topic_pattern_matches_exactly_where_word_boundaries_do() -> None:
    import random
    import re

    from mentorvault.exchange import topic_pattern as _topic_pattern

    rng = random.Random(2026)
    alphabet = "ab1_ -#.\n\té߇İ"
    for _ in range(100_000):
        topic = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5))).strip().lower()
        if not topic:
            continue
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(15))).lower()
        expected = re.search(r"\b" + re.escape(topic) + r"\b", text) is not None
        assert (_topic_pattern(topic).search(text) is not None) == expected, (topic, text)
        assert not expected or topic in text


def test_off_limits_flags_with_many_topics(pair, tmp_path: Path) -> None:
    import re

    sam, priya = pair.sam, pair.priya
    topics = ["salary", "family matters", "c++", "#health", "the", "x-ray", "naïve", "1:1", "a.b", "end."]
    priya.v.entries.add("boundary-agreement", "Our boundaries", fields={"off_limits": topics}, partner="Sam")
    agreement = priya.v.entries.list(kind="boundary-agreement")[0]
    priya.v.consents.grant(agreement.id, "Sam")
    priya.export(sam, tmp_path / "agreement.mvb", confirm_cross=[agreement.id])
    sam.v.exchange.import_bundle(tmp_path / "agreement.mvb")
    texts = ["The Salary talk", "family matters, and c++ code", "my #health; an X-ray", "Naïve 1:1 at a.b",
             "the end.", "salaryman", "cpp", "health", "xray", "theend"]
    entries = [sam.v.entries.add("reflection", f"Entry {i}", body, {"prompt": "?"}) for i, body in enumerate(texts)]
    for e in entries:
        sam.v.consents.grant(e.id, "Priya")
    flags = {i.entry_id: i.off_limits for i in sam.v.exchange.preview_export(["Priya"]).entries}
    for e in entries:
        text = f"{e.title}\n{e.body}\n?".lower()
        want = [t for t in sorted(topics) if re.search(r"\b" + re.escape(t.lower()) + r"\b", text)]
        assert flags[e.id] == want, e.body
    assert any(flags.values()) and not all(flags.values())


def test_a_bundle_still_growing_after_its_size_was_seen_is_read_as_before(pair, tmp_path: Path,
                                                                          monkeypatch) -> None:
    """The reader asks for the size it saw plus one byte, then reads on up to the cap, so it
    gets what one read of cap + 1 bytes got: all of a file that grew, and a refusal past the cap (160 MiB)."""
    import os

    import pytest

    from mentorvault.crypto.bundle import MAX_BUNDLE_BYTES
    from mentorvault.errors import BundleRejected

    sam, priya = pair.sam, pair.priya
    entry = sam.v.entries.add("goal", "Shared", "x" * 50_000)
    sam.v.consents.grant(entry.id, "Priya")
    bundle = tmp_path / "b.mvb"
    sam.export(priya, bundle)
    huge = tmp_path / "huge.mvb"
    with open(huge, "wb") as fh:
        fh.write(bundle.read_bytes())
        fh.truncate(MAX_BUNDLE_BYTES + 1)
    reported: dict[Path, int] = {}
    real_stat = Path.stat

    def stat(self: Path, **kw):  # the size as it was a moment before the read
        st = real_stat(self, **kw)
        if self in reported:
            fields = list(st)[:10]
            fields[6] = reported[self]
            return os.stat_result(fields)
        return st

    monkeypatch.setattr(Path, "stat", stat)
    for size in (0, 1, real_stat(bundle).st_size // 2, real_stat(bundle).st_size - 1):
        reported[bundle] = size
        assert priya.v.exchange.review_import(bundle).new == [entry.id]
    reported[huge] = 10
    with pytest.raises(BundleRejected, match="160 MiB"):
        priya.v.exchange.review_import(huge)
