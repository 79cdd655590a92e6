"""The CLI's entry commands in a subprocess: every kind round-trips; bad input gets one clear line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.entry import EntryContent
from mentorvault.domain.kinds import KINDS
from mentorvault.vault import Vault

from cli_helpers import cli, fails, ok_json, quick_vault
from kind_samples import EDITS, SAMPLES, cli_field_args, sample  # noqa: E402
from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return quick_vault(tmp_path / "vault")  # commands unlock with its recovery key (see cli_helpers)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault for the commands that must fail and so change nothing."""
    return quick_vault(tmp_path_factory.mktemp("cli-shared") / "vault")


def _word(kind: str) -> str:
    return "cliword" + kind.replace("-", "")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_round_trips(folder: Path, kind: str) -> None:
    title = f"CLI {kind}"
    body = f"A body with {_word(kind)}.\nSecond line."
    added = ok_json(
        "add",
        kind,
        "--title",
        title,
        "--body",
        body,
        *cli_field_args(sample(kind)),
        "--tag",
        "Work",
        "--tag",
        "#growth",
        "--json",
        vault=folder,
    )
    assert (added["kind"], added["title"], added["body"]) == (kind, title, body)
    assert added["fields"] == SAMPLES[kind]
    assert added["tags"] == ["growth", "work"] and added["rev"] == 1
    assert (
        added["content_hash"]
        == EntryContent(kind, title, body, SAMPLES[kind], ["growth", "work"]).content_hash()
    )
    entry_id = added["id"]

    shown = ok_json("show", entry_id[:8], "--json", vault=folder)
    assert shown == added

    name, value = EDITS[kind]
    edited = ok_json(
        "edit", entry_id, "--title", title + " v2", "--field", f"{name}={value}", "--json", vault=folder
    )
    assert edited["rev"] == 2 and edited["title"] == title + " v2"
    assert edited["fields"] == {**SAMPLES[kind], name: value}
    assert edited["tags"] == ["growth", "work"] and edited["body"] == body  # untouched parts kept

    history = ok_json("history", entry_id, "--json", vault=folder)
    assert [(r["rev"], r["title"]) for r in history] == [(2, title + " v2"), (1, title)]
    assert history[1]["content_hash"] == added["content_hash"]

    restored = ok_json("restore-revision", entry_id, "1", "--json", vault=folder)
    assert restored["rev"] == 3
    assert {k: restored[k] for k in ("title", "body", "fields", "tags", "content_hash")} == {
        k: added[k] for k in ("title", "body", "fields", "tags", "content_hash")
    }


def test_list_search_filters_and_delete(folder: Path) -> None:
    with Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()) as v:
        v.partners.add("Robin")
        ids = {
            kind: v.entries.add(
                kind,
                f"Entry {kind}",
                f"shared {_word(kind)}",
                sample(kind),
                ["even" if i % 2 == 0 else "odd"],
                partner="Robin" if i < 3 else None,
            ).id
            for i, kind in enumerate(sorted(KINDS))
        }

    listed = ok_json("list", "--json", vault=folder)
    assert {(e["id"], e["kind"], e["title"]) for e in listed} == {
        (i, k, f"Entry {k}") for k, i in ids.items()
    }
    hits = ok_json("search", "shared", "--json", vault=folder)
    assert {(h["id"], h["kind"], h["title"]) for h in hits} == {(i, k, f"Entry {k}") for k, i in ids.items()}
    for h in hits:
        assert [h["snippet"][s:e] for s, e in h["highlights"]] == ["shared"]
    one = ok_json("search", _word("goal"), "--json", vault=folder)
    assert [(h["id"], h["kind"], h["title"]) for h in one] == [(ids["goal"], "goal", "Entry goal")]

    assert [e["id"] for e in ok_json("list", "--kind", "feedback", "--json", vault=folder)] == [
        ids["feedback"]
    ]
    kinds = sorted(KINDS)
    assert {e["id"] for e in ok_json("list", "--tag", "odd", "--json", vault=folder)} == {
        ids[k] for i, k in enumerate(kinds) if i % 2
    }
    assert {e["id"] for e in ok_json("list", "--partner", "Robin", "--json", vault=folder)} == {
        ids[k] for k in kinds[:3]
    }
    dated = ok_json("list", "--since", "2026-01-01", "--until", "2026-02-28", "--json", vault=folder)
    assert {e["id"] for e in dated} == {ids["session-note"], ids["feedback"]}
    assert [h["id"] for h in ok_json("search", "shared", "--kind", "agenda", "--json", vault=folder)] == [
        ids["agenda"]
    ]
    assert len(ok_json("list", "--limit", "2", "--json", vault=folder)) == 2

    deleted = ok_json("delete", ids["goal"][:10], "--json", vault=folder)
    assert deleted == {"deleted": ids["goal"]}
    assert ids["goal"] not in {e["id"] for e in ok_json("list", "--json", vault=folder)}
    assert ok_json("search", _word("goal"), "--json", vault=folder) == []
    assert "no entry" in fails("show", ids["goal"], vault=folder)
    assert "no entry" in fails("history", ids["goal"], vault=folder)
    assert "no entry" in fails("delete", ids["goal"], vault=folder)


def test_text_output(folder: Path) -> None:
    added = ok_json(
        "add", "goal", "--title", "Lead a team", *cli_field_args(sample("goal")), "--json", vault=folder
    )
    shown = cli("show", added["id"], vault=folder, recovery=False)  # the passphrase path, for once
    assert shown.returncode == 0
    assert "Lead a team" in shown.stdout and added["id"] in shown.stdout and "Shadow a lead" in shown.stdout
    listed = cli("list", vault=folder)
    assert added["id"][:8] in listed.stdout and "Lead a team" in listed.stdout
    found = cli("search", "shadow", vault=folder)
    assert "[Shadow]" in found.stdout


def test_body_from_file_and_stdin(folder: Path, tmp_path: Path) -> None:
    body_file = tmp_path / "body.md"
    body_file.write_text("From a file.\n\n- with a list\n", encoding="utf-8")
    added = ok_json(
        "add",
        "reflection",
        "--title",
        "T",
        "--body-file",
        str(body_file),
        "--field",
        "prompt=p",
        "--json",
        vault=folder,
    )
    assert added["body"] == "From a file.\n\n- with a list\n"
    piped = ok_json(
        "add",
        "reflection",
        "--title",
        "T",
        "--body-file",
        "-",
        "--field",
        "prompt=p",
        "--json",
        vault=folder,
        input="From stdin\r\nline two",
    )
    assert piped["body"] == "From stdin\nline two"


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["gratitude", "--field", "to_whom=Sam", "--field", "colour=blue"], "'colour'"),
        (["gratitude"], "'to_whom'"),
        (
            [
                "feedback",
                "--field",
                "from_whom=Alex",
                "--field",
                "date=2026-01-01",
                "--field",
                "format=essay",
            ],
            "'format'",
        ),
        (["feedback", "--field", "from_whom=Alex", "--field", "date=2026-02-30"], "'date'"),
        (["session-note", "--field", "session_date=2026-01-01", "--field", "mood=6"], "'mood'"),
        (["session-note", "--field", "session_date=2026-01-01", "--field", "energy=lots"], "'energy'"),
        (["goal", "--field", "progress=101"], "'progress'"),
        (["goal", "--field", 'micro_goals={"title": "x", "status": "finished"}'], "micro_goals[0].status"),
        (["goal", "--field", 'micro_goals={"title": "x", "owner": "me"}'], "owner"),
        (["goal", "--field", "micro_goals={not json"], "'micro_goals'"),
        (["goal", "--field", "progress"], "NAME=VALUE"),
        (["goal", "--field", "progress=1", "--field", "progress=2"], "'progress'"),
        (["novel"], "'novel'"),
        (["gratitude", "--field", "to_whom=Sam", "--tag", "a,b"], "Tag"),
    ],
)
def test_invalid_input_is_one_clear_line(shared: Path, args: list[str], names: str) -> None:
    message = fails("add", args[0], "--title", "T", *args[1:], vault=shared)
    assert names in message
    assert ok_json("list", "--json", vault=shared) == []


def test_invalid_edit_changes_nothing(folder: Path) -> None:
    added = ok_json(
        "add", "session-note", "--title", "T", *cli_field_args(sample("session-note")), "--json", vault=folder
    )
    assert "'mood'" in fails("edit", added["id"], "--field", "mood=0", vault=folder)
    assert "'colour'" in fails("edit", added["id"], "--field", "colour=red", vault=folder)
    assert ok_json("show", added["id"], "--json", vault=folder) == added
    assert "no revision" in fails("restore-revision", added["id"], "7", vault=folder)
    assert "not an entry id" in fails("show", "xyz", vault=folder)
    assert ok_json("list", "--json", vault=folder) == [ok_json("list", "--json", vault=folder)[0]]


@pytest.mark.parametrize(
    "args",
    [
        ["add", "goal"],  # --title is required
        ["add"],
        ["frobnicate"],
        ["restore-revision", "abcdef12", "two"],
        ["list", "--limit", "many"],
        ["add", "goal", "--title", "T", "--body", "x", "--body-file", "y"],
        ["partner", "add", "Kim", "--role", "boss"],
        ["partner"],
        ["show"],
        ["list", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(shared: Path, args: list[str]) -> None:
    fails(*args, code=2, vault=shared)


def test_kinds_lists_every_field() -> None:
    data = ok_json("kinds", "--json")
    assert [k["kind"] for k in data] == list(KINDS)
    for k in data:
        assert [f["name"] for f in k["fields"]] == list(KINDS[k["kind"]].field_names)


def test_malformed_search(shared: Path) -> None:
    for query in ("AND (", "col:x", "NOT"):
        message = fails("search", query, vault=shared)
        assert "search" in message and "damaged" not in message and "fts5" not in message


def test_unclosed_quote_is_a_search_error(shared: Path) -> None:
    message = fails("search", '"unclosed', vault=shared)
    assert "damaged" not in message


def test_partner_commands(folder: Path) -> None:
    added = ok_json(
        "partner",
        "add",
        "Robin",
        "--role",
        "mentor",
        "--mentor-type",
        "coach",
        "--rhythm",
        "14",
        "--json",
        vault=folder,
    )
    assert (added["name"], added["role"], added["mentor_type"], added["rhythm_days"]) == (
        "Robin",
        "mentor",
        "coach",
        14,
    )
    assert "already exists" in fails("partner", "add", "robin", vault=folder)
    assert "no partner" in fails(
        "add", "gratitude", "--title", "T", "--field", "to_whom=x", "--partner", "Kim", vault=folder
    )
    entry = ok_json(
        "add",
        "gratitude",
        "--title",
        "T",
        "--field",
        "to_whom=x",
        "--partner",
        "robin",
        "--json",
        vault=folder,
    )
    assert entry["partner"] == "Robin"
    moved = ok_json("edit", entry["id"], "--partner", "", "--json", vault=folder)
    assert moved["partner"] is None and moved["content_hash"] == entry["content_hash"] and moved["rev"] == 2
    data: Any = ok_json("partner", "list", "--json", vault=folder)
    assert [p["name"] for p in data] == ["Robin"]
    assert json.dumps(data)  # serialisable


def test_reading_commands_do_not_wait_for_the_days_backup(folder: Path) -> None:
    backups = folder / "backups"

    def autos() -> list[str]:
        return sorted(p.name for p in backups.glob("auto-*.mvbackup")) if backups.exists() else []

    for command in (["list"], ["search", "anything"], ["check"], ["inbox"], ["shared-log"], ["identity"]):
        ok_json(*command, "--json", vault=folder)
        assert autos() == [], f"{command[0]} wrote the day's backup"
    added = ok_json("add", "gratitude", "--title", "First change of the day", "--field", "to_whom=Sam", "--json",
                    vault=folder)
    made = autos()
    assert len(made) == 1  # written before the first command that changes the vault
    # It was taken before the change: it holds the vault as the day found it.
    key = (folder.parent / "recovery.key").read_text().strip()
    assert Vault.verify_backup(backups / made[0], recovery_key=key) == 0
    ok_json("show", added["id"], "--json", vault=folder)
    assert autos() == made
