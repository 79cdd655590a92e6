"""Reading what a partner shared from the command line: ``inbox show``, and ``show`` pointing there."""

from __future__ import annotations

import json
from pathlib import Path

from exchange_support import one_line_error


def test_inbox_show_prints_a_shared_entry_and_show_says_where_to_look(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    note = sam.v.entries.add("session-note", "Thursday session", "We talked about **delegating**.",
                             {"session_date": "2026-03-05", "mood": 4}, ["delegation"], partner="Priya")
    sam.v.consents.grant(note.id, "Priya")
    sam.export(priya, tmp_path / "s1.mvbundle")
    priya.v.exchange.import_bundle(tmp_path / "s1.mvbundle")
    priya.v.inbox.set_note("Sam", note.id, "Ask about the team lead role.")

    r = priya.cli("inbox", "show", note.id[:8], fast=True)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "Thursday session"
    assert "shared by Sam" in lines[2] and "received: " in lines[2]
    assert "  tags: delegation" in lines and "  mood: 4" in lines
    assert "We talked about **delegating**." in lines
    assert lines[-2:] == ["Your private note:", "Ask about the team lead role."]

    shown = json.loads(priya.cli("inbox", "show", note.id, "--from", "Sam", "--json", fast=True).stdout)
    assert shown["id"] == note.id and shown["fields"]["session_date"] == "2026-03-05"

    # `show` is for one's own entries, and says where a shared one is read
    message = one_line_error(priya.cli("show", note.id[:8], fast=True))
    assert "Sam shared with you" in message and f"inbox show {note.id[:8]}" in message
    # an id that is nowhere stays the plain "no entry"
    assert "no entry" in one_line_error(priya.cli("inbox", "show", "0000000", fast=True)).lower()
    assert "no entry" in one_line_error(priya.cli("show", "00000000", fast=True)).lower()
