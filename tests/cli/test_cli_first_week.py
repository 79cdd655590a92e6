"""A new user's first commands (issue 17): a missing vault folder is named before anything is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_support import run_cli_inprocess  # noqa: E402

COMMANDS = [
    ["list"], ["show", "abcd"], ["add", "gratitude", "--title", "x"], ["identity"], ["partner", "list"],
    ["inbox"], ["shared-log"], ["settings"], ["check"], ["passwd"], ["remember"], ["forget"], ["backups"],
    ["backup", "copy.mvbackup"], ["card", "export", "card.txt"], ["export", "--preview", "--to", "Sam"],
]


@pytest.mark.parametrize("key_source", ["none", "missing-recovery-file", "missing-passphrase-file"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_missing_vault_is_named_before_any_passphrase_or_key(tmp_path: Path, command: list[str],
                                                                key_source: str) -> None:
    missing = tmp_path / "no-such-vault"
    extra = {"none": [], "missing-recovery-file": ["--recovery-key-file", str(tmp_path / "nope.txt")],
             "missing-passphrase-file": ["--passphrase-file", str(tmp_path / "nope.txt")]}[key_source]
    result = run_cli_inprocess(*extra, *command, vault=missing, passphrase=None)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, (command, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mentorvault: ")
    assert f"There is no vault in '{missing}'" in lines[0]
    assert "mentorvault init" in lines[0]
    assert not missing.exists()  # nothing was made on the way


def test_init_with_a_name_puts_it_on_the_card_and_in_the_settings(tmp_path: Path) -> None:
    from cli_helpers import fails, ok_json

    folder = tmp_path / "vault"
    made = ok_json("init", "--name", "  Alex Moreau ", "--json", vault=folder)
    assert made["name"] == "Alex Moreau"
    settings = {r["name"]: r["value"] for r in ok_json("settings", "--json", vault=folder)}
    assert settings["your_name"] == "Alex Moreau"
    card = tmp_path / "alex.mvcard"
    ok_json("card", "export", str(card), "--json", vault=folder)
    text = card.read_text()
    assert "name: Alex Moreau\n" in text and "MentorVault user" not in text
    # Changed in the settings, the next card carries the new name.
    ok_json("settings", "your_name", "Alex M.", "--json", vault=folder)
    assert ok_json("identity", "--json", vault=folder)["name"] == "Alex M."
    assert "control" in fails("settings", "your_name", "Alex\u202eM", vault=folder)


def test_a_card_without_a_name_is_refused_with_the_way_to_give_one(tmp_path: Path) -> None:
    from cli_helpers import cli, fails, ok_json

    folder = tmp_path / "vault"
    ok_json("init", "--json", vault=folder)
    assert "No name yet" in cli("identity", vault=folder).stdout
    message = fails("card", "export", str(tmp_path / "me.mvcard"), vault=folder)
    assert "--name" in message and "settings your_name" in message
    assert not (tmp_path / "me.mvcard").exists()
    ok_json("card", "export", str(tmp_path / "me.mvcard"), "--name", "Sam", "--json", vault=folder)
    assert "name: Sam\n" in (tmp_path / "me.mvcard").read_text()


def test_init_refuses_a_bad_name_before_making_anything(tmp_path: Path) -> None:
    from cli_helpers import fails

    folder = tmp_path / "vault"
    assert "80" in fails("init", "--name", "x" * 81, vault=folder)
    assert not folder.exists() or not any(folder.iterdir())


def test_list_is_ordered_by_the_date_it_shows(tmp_path: Path) -> None:
    from cli_helpers import cli, ok_json, quick_vault

    folder = quick_vault(tmp_path / "vault")
    for title, day in (("Fourth", "2026-12-04"), ("Second", "2026-12-02"), ("Third", "2026-12-03")):
        ok_json("add", "session-note", "--title", title, "--field", f"session_date={day}", "--json", vault=folder)
    rows = ok_json("list", "--json", vault=folder)
    assert [r["title"] for r in rows] == ["Fourth", "Third", "Second"]
    text = cli("list", vault=folder).stdout.splitlines()
    shown = [line.split()[1] for line in text]
    assert shown == ["2026-12-04", "2026-12-03", "2026-12-02"]
