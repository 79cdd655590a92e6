"""Importing real exports into a real vault: Day One, jrnl and an Obsidian/Logseq folder.

Fixtures (tests/fixtures/notes_in/):

- ``jrnl/journal.json`` was written by the real jrnl 4.6 (``jrnl/make_journal.sh`` does it again):
  ``python -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl==4.6``, then with a
  private ``HOME`` and ``XDG_CONFIG_HOME`` (a jrnl.yaml whose one journal is a plain text file,
  ``encrypt: false``) and ``TZ=Europe/Berlin``, four entries piped to ``jrnl`` on stdin
  (``printf '2024-02-03 18:05 *: Feedback from the team lead. ...' | jrnl``: the ``*`` stars
  it; ``#tags`` and ``@ana`` in the text), then ``jrnl --export json > journal.json``.
- ``dayone/`` is a Day One JSON export built to its documented structure by
  ``tests/fixtures/notes_in/make_fixtures.py``: ``Journal.json`` and ``Work.json`` (two journals,
  ``{"metadata": {"version": "1.0"}, "entries": [...]}``, entries with ``uuid``, ``creationDate``
  in UTC, ``timeZone``, ``text`` with ``![](dayone-moment://IDENTIFIER)``, ``tags``, ``starred``,
  ``photos`` of ``{identifier, md5, type}``) and ``photos/<md5>.<type>``, real JPEG and PNG files
  named by the MD5 of their bytes; one photo reference has no file (not downloaded), as Day One
  exports do.  The tests zip the folder the way Day One ships it.
- ``obsidian/`` is a notes folder as Obsidian and Logseq keep it (the same script): a hidden
  ``.obsidian/``, daily notes with ``#tags`` and ``![[embeds]]``, notes with YAML front matter and
  relative image links, one with our own ``kind`` and ``fields``, a Logseq journal
  (``journals/2024_06_05.md``, ``#[[multi word]]`` tags, ``../assets/`` images) and page
  (``title::``/``tags::`` properties).
"""

from __future__ import annotations

import datetime as _dt
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import ImportCancelled, InvalidEntry, PartnerNotFound
from mentorvault.notes_in import STARRED_TAG, Choices
from mentorvault.storage import origins

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notes_in"


def zipped(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(folder).as_posix())
    return out


def by_title(vault: Any) -> dict[str, Any]:
    return {s.title: vault.entries.get(s.id) for s in vault.entries.list()}


def test_jrnl_export_keeps_titles_bodies_dates_tags_and_stars(vault: Any) -> None:
    plan = vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json")
    result = vault.notes_import.run(plan, Choices(tag="from-jrnl"))
    assert (result.imported, result.skipped, result.attachments) == (4, 0, 0)
    entries = by_title(vault)
    starred = entries["Feedback from the team lead. She said my design reviews are thorough but slow."]
    assert starred.kind == "reflection"
    assert starred.body == "I want to try time-boxing them to 30 minutes. #feedback #reviews"
    assert starred.tags == ["feedback", "from-jrnl", "reviews", STARRED_TAG]
    # jrnl keeps local times: read in this computer's time zone.
    local = _dt.datetime(2024, 2, 3, 18, 5).astimezone()
    assert starred.created_at == local.astimezone(_dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    assert starred.entry_date == "2024-02-03"
    assert starred.fields == {"prompt": starred.title}  # a reflection's required prompt takes the title
    first = entries["First week as a mentee."]
    assert first.tags == ["ana", "career", "from-jrnl"]  # jrnl's @name counts as a tag, as jrnl counts it
    assert STARRED_TAG not in first.tags
    assert "Über alles" in entries["Grateful for Ana's patience."].body


def test_the_same_import_again_adds_nothing(vault: Any) -> None:
    plan = vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json")
    vault.notes_import.run(plan)
    again = vault.notes_import.run(vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json"))
    assert (again.imported, again.skipped) == (0, 4)
    assert vault.entries.count() == 4
    preview = vault.notes_import.preview(plan)
    assert (preview.new, preview.skipped, preview.first_titles) == (0, 4, [])


def test_deleting_an_imported_entry_forgets_its_origin(vault: Any) -> None:
    plan = vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json")
    first = vault.notes_import.run(plan).entry_ids[0]
    assert origins.origin_of(vault.conn, first) is not None
    vault.entries.delete(first)
    assert origins.origin_of(vault.conn, first) is None  # no trace of the deleted note stays
    assert vault.notes_import.run(plan).imported == 1


def test_identical_notes_within_one_export_arrive_once(vault: Any, tmp_path: Path) -> None:
    text = (FIXTURES / "jrnl" / "journal.json").read_text()
    doubled = text.replace('"entries": [', '"entries": [\n    {"title": "Twice", "body": "", "date": "2024-01-01", '
                                          '"time": "10:00", "tags": [], "starred": false},\n    {"title": "Twice", '
                                          '"body": "", "date": "2024-01-01", "time": "10:00", "tags": [], '
                                          '"starred": false},', 1)
    (tmp_path / "j.json").write_text(doubled)
    result = vault.notes_import.run(vault.notes_import.read("jrnl", tmp_path / "j.json"))
    assert (result.imported, result.skipped) == (5, 1)


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
def test_day_one_export_keeps_time_zones_tags_stars_and_photo_links(vault: Any, tmp_path: Path, as_zip: bool) -> None:
    source = zipped(FIXTURES / "dayone", tmp_path / "export.zip") if as_zip else FIXTURES / "dayone"
    plan = vault.notes_import.read("dayone", source)
    preview = vault.notes_import.preview(plan, Choices(kind="session-note"))
    assert (preview.new, preview.skipped, preview.attachments) == (3, 0, 3)
    assert (preview.first_day, preview.last_day) == ("2024-05-01", "2024-05-06")
    result = vault.notes_import.run(plan, Choices(kind="session-note"))
    assert result.imported == 3
    entries = by_title(vault)
    chat = entries["Career chat with Ana"]
    assert chat.kind == "session-note"
    # 22:30 UTC is 18:30 in New York: the entry's day is May 1 there.
    assert chat.fields["session_date"] == "2024-05-01" == chat.entry_date
    assert chat.created_at == "2024-05-01T22:30:00.000000Z"
    assert chat.updated_at == "2024-05-02T08:00:00.000000Z"
    assert chat.tags == ["career", "mentoring", STARRED_TAG]
    assert "![](attachment:7aa4cc0bf5914bdba9c7fbe1a3490214.jpeg)" in chat.body
    assert "dayone-moment" not in chat.body and not chat.body.startswith("# Career")
    late = entries["Late thoughts"]
    # 03:30 UTC on May 2 is 20:30 on May 1 in Los Angeles.
    assert late.fields["session_date"] == "2024-05-01"
    assert "![](attachment:465284b87b7441f678fb0c57624f0041.png)" in late.body
    assert "dayone-moment://C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0C0" in late.body  # no file: the reference stays
    assert entries["Stand-up was short today."].tags == ["work"]


def test_markdown_folder_as_obsidian_and_logseq_keep_it(vault: Any) -> None:
    vault.partners.add("Ana")
    plan = vault.notes_import.read("markdown", FIXTURES / "obsidian")
    result = vault.notes_import.run(plan, Choices(partner="Ana"))
    assert result.imported == 5 and result.attachments == 3  # .obsidian/ is hidden and skipped
    entries = by_title(vault)
    assert set(entries) == {"2024-06-03", "My mentoring plan", "Thank you, Ana", "2024_06_05", "Reading list"}
    daily = entries["2024-06-03"]
    assert daily.tags == ["mentoring", "retro"]  # "#not-a-tag" inside code is not one
    assert "![](attachment:whiteboard.png)" in daily.body and daily.partner == "Ana"
    plan_entry = entries["My mentoring plan"]
    assert plan_entry.tags == ["growth", "plan"]
    assert plan_entry.created_at == "2024-06-04T17:45:00.000000Z" and plan_entry.entry_date == "2024-06-04"
    assert "![The plan as a diagram](attachment:diagram.png)" in plan_entry.body
    thanks = entries["Thank you, Ana"]
    assert thanks.kind == "gratitude"  # the front matter's own kind and fields win over the chosen kind
    assert thanks.fields == {"to_whom": "Ana", "what_they_did": "Stayed late to review my talk."}
    logseq = entries["2024_06_05"]
    assert logseq.tags == ["deep work", "feedback"] and logseq.entry_date == "2024-06-05"
    assert "![sketch](attachment:sketch_1717570000.png)" in logseq.body
    reading = entries["Reading list"]
    assert reading.tags == ["books", "to read"] and not reading.body.startswith("title::")


def test_an_unknown_partner_or_kind_is_refused_before_anything_is_written(vault: Any) -> None:
    plan = vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json")
    with pytest.raises(PartnerNotFound):
        vault.notes_import.run(plan, Choices(partner="Nobody"))
    with pytest.raises(InvalidEntry):
        vault.notes_import.run(plan, Choices(kind="diary"))
    assert vault.entries.count() == 0


def test_a_failure_while_writing_leaves_the_vault_as_it_was(vault: Any) -> None:
    plan = vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json")

    def fail_at_third(done: int, total: int) -> None:
        if done == 3:
            raise OSError("injected")

    with pytest.raises(OSError):
        vault.notes_import.run(plan, progress=fail_at_third)
    assert vault.entries.count() == 0
    assert origins.known(vault.conn, "jrnl", [n.origin_key for n in plan.notes]) == set()
    assert vault.notes_import.run(plan).imported == 4  # and nothing half-remembered blocks a retry


def test_cancel_leaves_the_vault_as_it_was(vault: Any) -> None:
    plan = vault.notes_import.read("jrnl", FIXTURES / "jrnl" / "journal.json")
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        vault.notes_import.run(plan, progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 2)
    assert seen == [1, 2] and vault.entries.count() == 0


def test_every_kind_can_be_chosen(vault: Any, tmp_path: Path) -> None:
    from mentorvault.domain.kinds import KINDS

    for kind in KINDS:
        folder = tmp_path / kind
        shutil.copytree(FIXTURES / "jrnl", folder)
        text = (folder / "journal.json").read_text().replace("First week", f"First {kind} week")
        (folder / "journal.json").write_text(text)
        result = vault.notes_import.run(vault.notes_import.read("jrnl", folder / "journal.json"), Choices(kind=kind))
        assert result.imported >= 1
    assert {s.kind for s in vault.entries.list()} == set(KINDS)


def test_long_titles_and_odd_tags_are_made_to_fit_without_losing_words(vault: Any, tmp_path: Path) -> None:
    long_title = " ".join(f"word{i}" for i in range(80))  # 500+ characters: more than a title holds
    tags = ["#work, meetings", "#" + "x" * 90, "#ok", "#OK", "#"]
    (tmp_path / "j.json").write_text(json.dumps({"entries": [
        {"title": long_title, "body": "The rest.", "date": "2024-01-01", "time": "10:00", "tags": tags,
         "starred": False}]}))
    result = vault.notes_import.run(vault.notes_import.read("jrnl", tmp_path / "j.json"))
    entry = vault.entries.get(result.entry_ids[0])
    assert entry.title.endswith("…") and len(entry.title) <= 101 and long_title.startswith(entry.title[:-1])
    assert entry.body == long_title + "\n\nThe rest."
    assert entry.tags == ["ok", "work meetings", "x" * 60]


def test_another_apps_kind_property_is_not_ours(vault: Any, tmp_path: Path) -> None:
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "book.md").write_text("---\nkind: book\nfields: {author: Someone}\nauthor: Someone\n---\nGood.\n")
    result = vault.notes_import.run(vault.notes_import.read("markdown", tmp_path / "n"), Choices(kind="resource"))
    entry = vault.entries.get(result.entry_ids[0])
    assert (entry.kind, entry.title, entry.fields) == ("resource", "book", {"link": "book"})


def test_front_matter_escapes_of_a_character_beyond_u_ffff_are_joined_and_a_lone_one_refused() -> None:
    """PyYAML writes U+10000 and above as an escaped surrogate pair and reads each half back alone
    (found by tests/notes_in/test_readers_fuzz.py: the pair reached the canonical JSON)."""
    from mentorvault.errors import ImportProblem
    from mentorvault.notes_in.frontmatter import split

    front, body = split('---\ntitle: "\\ud83c\\udf31 seedling"\ntags: ["\\U0001F331"]\n---\ntext\n', "a.md")
    assert front == {"title": "\U0001F331 seedling", "tags": ["\U0001F331"]} and body == "text\n"
    with pytest.raises(ImportProblem) as caught:
        split('---\ntitle: "\\ud83c alone"\n---\n', "b.md")
    assert caught.value.field("reason") == "not_utf8" and caught.value.field("file") == "b.md"
