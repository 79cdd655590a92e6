"""Hostile or broken exports: each gets one ImportProblem naming the file and the reason, and
the vault stays as it was (the readers touch no database; a problem found while writing rolls
the one transaction back: tests/notes_in/test_import_formats.py)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mentorvault import notes_in
from mentorvault.errors import ImportProblem
from mentorvault.notes_in import safety

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notes_in"


def refused(fmt: str, path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as info:
        notes_in.read(fmt, path)
    exc = info.value
    assert exc.field("reason") in ImportProblem.reasons
    assert str(exc).startswith(f"'{exc.field('file')}': ") and str(exc).endswith("Nothing was imported.")
    assert "\n" not in str(exc)
    return exc


def journal(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"metadata": {"version": "1.0"}, "entries": entries}


def day_one_entry(uuid: str = "A" * 32, **over: Any) -> dict[str, Any]:
    entry = {"uuid": uuid, "creationDate": "2024-05-01T10:00:00Z", "timeZone": "Europe/Paris", "text": "Hi",
             "tags": [], "starred": False}
    entry.update(over)
    return entry


def make_zip(path: Path, members: dict[str, bytes], *, level: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", level) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=level)
    return path


# ------------------------------------------------------------------ archives


def test_a_zip_bomb_is_refused_from_its_expansion_ratio(tmp_path: Path) -> None:
    bomb = make_zip(tmp_path / "bomb.zip", {"Journal.json": json.dumps(journal([])).encode(),
                                            "photos/aaaa.jpeg": bytes(40 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000  # 40 MiB of zeros in a small file
    exc = refused("dayone", bomb)
    assert (exc.field("reason"), exc.field("file")) == ("zip_bomb", "bomb.zip/photos/aaaa.jpeg")


def test_the_total_declared_size_of_an_archive_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_ARCHIVE_BYTES", 10_000)  # the real cap is 4 GiB: too big for a test
    members = {"Journal.json": json.dumps(journal([])).encode()}
    members.update({f"photos/{i:032x}.jpeg": os.urandom(4000) for i in range(3)})
    exc = refused("dayone", make_zip(tmp_path / "big.zip", members, level=zipfile.ZIP_STORED))
    assert exc.field("reason") == "too_large" and exc.field("limit") == 10_000


def _patch_sizes(path: Path, name: bytes, real: int, fake: int) -> None:
    """Make the archive's headers (local and central) declare ``fake`` bytes for a member holding ``real``."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            if name in data[at:at + 80]:
                data[at + offset:at + offset + 4] = fake.to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def test_declared_sizes_are_not_trusted_bytes_are_counted(tmp_path: Path) -> None:
    text = json.dumps(journal([day_one_entry(text="x" * 5000)])).encode()
    lying = make_zip(tmp_path / "lying.zip", {"Journal.json": text}, level=zipfile.ZIP_STORED)
    _patch_sizes(lying, b"Journal.json", len(text), 100)  # says 100 bytes, holds 5 KB
    exc = refused("dayone", lying)
    assert exc.field("reason") in {"size_mismatch", "not_a_zip", "bad_json"}
    assert exc.field("file") in {"lying.zip/Journal.json", "lying.zip"}


def test_counted_reading_refuses_more_bytes_than_declared() -> None:
    import io

    counted = safety._Counted(io.BytesIO(b"x" * 50), 10, "a.zip/m")
    with pytest.raises(ImportProblem) as info:
        io.BufferedReader(counted).read()
    assert info.value.field("reason") == "size_mismatch"


@pytest.mark.parametrize("name", ["../escape.json", "/etc/evil.json", "photos/../../up.jpeg", "C:/win.json"])
def test_paths_outside_the_archive_are_refused(tmp_path: Path, name: str) -> None:
    archive = make_zip(tmp_path / "paths.zip", {"Journal.json": json.dumps(journal([])).encode(), name: b"x"})
    assert refused("dayone", archive).field("reason") == "unsafe_path"


def test_a_symlink_inside_an_archive_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Journal.json", json.dumps(journal([])))
        link = zipfile.ZipInfo("photos/" + "b" * 32 + ".jpeg")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(link, "/etc/passwd")
    exc = refused("dayone", path)
    assert exc.field("reason") == "symlink" and exc.field("file").endswith(".jpeg")


def test_a_file_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    (tmp_path / "export.zip").write_bytes(b"PK\x03\x04 but nothing after")
    assert refused("dayone", tmp_path / "export.zip").field("reason") == "not_a_zip"


# ------------------------------------------------------------------ folders and links


def test_symlinks_in_a_folder_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ok.md").write_text("fine")
    secret = tmp_path / "secret.txt"
    secret.write_text("not yours")
    (folder / "sneaky.md").symlink_to(secret)
    exc = refused("markdown", folder)
    assert (exc.field("reason"), exc.field("file")) == ("symlink", str(folder / "sneaky.md"))


def test_a_symlinked_photo_in_a_day_one_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "dayone"
    shutil.copytree(FIXTURES / "dayone", folder)
    photo = next((folder / "photos").iterdir())
    photo.unlink()
    photo.symlink_to("/etc/hostname")
    assert refused("dayone", folder).field("reason") == "symlink"


def test_the_path_given_may_not_be_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "j.json").symlink_to(FIXTURES / "jrnl" / "journal.json")
    assert refused("jrnl", tmp_path / "j.json").field("reason") == "symlink"


@pytest.mark.parametrize("target", ["../../outside.png", "/etc/hostname", "..%2F..%2Foutside.png",
                                    "file:///etc/hostname"])
def test_image_links_leaving_the_folder_are_refused(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "notes" / "inner"
    folder.mkdir(parents=True)
    (tmp_path / "outside.png").write_bytes(b"\x89PNG")
    (folder / "note.md").write_text(f"Look: ![x]({target})\n")
    exc = refused("markdown", folder)
    assert (exc.field("reason"), exc.field("file")) == ("unsafe_path", "note.md")


def test_an_obsidian_embed_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (tmp_path / "outside.png").write_bytes(b"\x89PNG")
    (folder / "note.md").write_text("![[../outside.png]]\n")
    assert refused("markdown", folder).field("reason") == "unsafe_path"


# ------------------------------------------------------------------ contents


def test_enormous_json_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:  # sparse: no disk is used, the size is what counts
        fh.truncate(safety.MAX_JSON_BYTES + 1)
    exc = refused("jrnl", huge)
    assert (exc.field("reason"), exc.field("limit")) == ("too_large", safety.MAX_JSON_BYTES)


def test_an_enormous_markdown_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "n").mkdir()
    with (tmp_path / "n" / "big.md").open("wb") as fh:
        fh.truncate(safety.MAX_NOTE_BYTES + 1)
    assert refused("markdown", tmp_path / "n").field("reason") == "too_large"


def test_invalid_utf8_is_refused(tmp_path: Path) -> None:
    (tmp_path / "j.json").write_bytes(b'{"entries": [{"title": "caf\xe9"}]}')
    assert refused("jrnl", tmp_path / "j.json").field("reason") == "not_utf8"
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "a.md").write_bytes(b"fine\n")
    (tmp_path / "n" / "b.md").write_bytes(b"\xff\xfe broken")
    exc = refused("markdown", tmp_path / "n")
    assert (exc.field("reason"), exc.field("file")) == ("not_utf8", "b.md")


def test_broken_json_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "j.json").write_text('{\n  "entries": [\n    {"title": "a",,}\n  ]\n}')
    exc = refused("jrnl", tmp_path / "j.json")
    assert (exc.field("reason"), exc.field("line")) == ("bad_json", 3)


def test_deeply_nested_json_is_refused_not_crashed(tmp_path: Path) -> None:
    (tmp_path / "j.json").write_text("[" * 200_000 + "]" * 200_000)
    assert refused("jrnl", tmp_path / "j.json").field("reason") in {"bad_json", "not_a_journal"}


@pytest.mark.parametrize("content", ['{"entries": {}}', '[1, 2]', '{"entries": [1]}',
                                     '{"entries": [{"title": 5, "date": "2024-01-01"}]}'])
def test_json_of_the_wrong_shape_is_refused(tmp_path: Path, content: str) -> None:
    (tmp_path / "j.json").write_text(content)
    assert refused("jrnl", tmp_path / "j.json").field("reason") == "not_a_journal"


@pytest.mark.parametrize(("date", "time"), [("2024-02-30", "10:00"), ("2024-13-01", "10:00"), ("2024-01-01", "25:61"),
                                            ("0000-01-01", "00:00"), ("yesterday", "")])
def test_impossible_jrnl_dates_are_refused(tmp_path: Path, date: str, time: str) -> None:
    (tmp_path / "j.json").write_text(json.dumps({"entries": [{"title": "t", "body": "", "date": date, "time": time,
                                                              "tags": [], "starred": False}]}))
    exc = refused("jrnl", tmp_path / "j.json")
    assert exc.field("reason") == "bad_date" and date[:4] in str(exc)


@pytest.mark.parametrize(("over", "reason"), [
    ({"creationDate": "2024-02-30T10:00:00Z"}, "bad_date"),
    ({"creationDate": 1714557600}, "bad_date"),
    ({"creationDate": "9999-12-31T23:59:59-14:00"}, "bad_date"),
    ({"creationDate": "0001-01-01T00:00:00+14:00"}, "bad_date"),
    ({"creationDate": "2024-05-01T10:00:00Z", "timeZone": "Pacific/Kiritimati", "modifiedDate": "9999-12-31"},
     "bad_date"),
    ({"timeZone": "Mars/Olympus_Mons"}, "bad_time_zone"),
    ({"timeZone": "../../etc/passwd"}, "bad_time_zone"),
    ({"photos": 5}, "not_a_journal"),
    ({"photos": "photo"}, "not_a_journal"),
    ({"uuid": 5}, "not_a_journal"),
    ({"tags": "one"}, "not_a_journal"),
])
def test_impossible_day_one_dates_and_zones_are_refused(tmp_path: Path, over: dict[str, Any], reason: str) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "Journal.json").write_text(json.dumps(journal([day_one_entry(**over)])))
    assert refused("dayone", tmp_path / "d").field("reason") == reason


def test_duplicate_day_one_ids_are_refused(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "Journal.json").write_text(json.dumps(journal([day_one_entry("B" * 32)])))
    (tmp_path / "d" / "Travel.json").write_text(json.dumps(journal([day_one_entry("B" * 32, text="other")])))
    exc = refused("dayone", tmp_path / "d")
    assert (exc.field("reason"), exc.field("file"), exc.field("value")) == ("duplicate_id", "Travel.json", "B" * 32)


def test_duplicate_ids_in_our_own_markdown_are_refused(tmp_path: Path) -> None:
    (tmp_path / "n").mkdir()
    head = "---\nmentorvault: 1\nid: {}\nkind: reflection\ntitle: T\ncreated: '2024-01-01T00:00:00Z'\n" \
           "fields:\n  prompt: P\n---\n"
    (tmp_path / "n" / "a.md").write_text(head.format("c" * 32))
    (tmp_path / "n" / "b.md").write_text(head.format("c" * 32))
    assert refused("markdown", tmp_path / "n").field("reason") == "duplicate_id"


BILLION_LAUGHS = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
tags: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---
boom
"""


@pytest.mark.parametrize(("front", "reason"), [
    (BILLION_LAUGHS, "yaml_aliases"),
    ("---\n- just\n- a list\n---\nbody\n", "bad_front_matter"),
    ("---\nplain text\n---\nbody\n", "bad_front_matter"),
    ("---\ntitle: [unclosed\n---\nbody\n", "bad_front_matter"),
    ("---\n!!python/object/apply:os.system ['true']\n---\n", "bad_front_matter"),
    ("---\n1: numeric key\n---\n", "bad_front_matter"),
    ("---\ntags: {a: 1}\n---\n", "bad_front_matter"),
    ("---\nmentorvault: 2\nid: x\n---\n", "newer_format"),
    ("---\nmentorvault: 1\nid: x\nkind: goal\ntitle: t\ncreated: '2024-01-01'\nattachments: 5\n---\n",
     "bad_front_matter"),
    ("---\ndate: 2024-02-30\n---\n", "bad_date"),
    ("---\nkind: [a, list]\nfields: [1]\n---\n", None),
    ("---\nkind: {a: b}\n---\n", None),
])
def test_hostile_front_matter_is_refused(tmp_path: Path, front: str, reason: str | None) -> None:
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "note.md").write_text(front)
    if reason is None:  # another app's odd "kind": not ours, so the note takes the kind chosen
        assert notes_in.read("markdown", tmp_path / "n").notes[0].kind is None
        return
    exc = refused("markdown", tmp_path / "n")
    assert (exc.field("reason"), exc.field("file")) == (reason, "note.md")


def test_a_field_that_does_not_fit_its_kind_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "a.md").write_text("fine")
    (tmp_path / "n" / "z.md").write_text("---\nkind: goal\nfields:\n  progress: 900\n---\n")
    plan = notes_in.read("markdown", tmp_path / "n")
    with pytest.raises(ImportProblem) as info:
        notes_in.content_of(plan.notes[1], notes_in.Choices())
    assert (info.value.field("reason"), info.value.field("file")) == ("invalid_entry", "z.md")
    assert "progress" in str(info.value)


@pytest.mark.parametrize(("fmt", "make", "reason"), [
    ("jrnl", lambda p: p.mkdir(), "not_a_file"),
    ("markdown", lambda p: p.write_text("x"), "not_a_folder"),
    ("jrnl", lambda p: None, "no_file"),
    ("markdown", lambda p: p.mkdir(), "nothing_found"),
    ("dayone", lambda p: p.mkdir(), "nothing_found"),
])
def test_the_wrong_kind_of_path_is_named(tmp_path: Path, fmt: str, make: Any, reason: str) -> None:
    path = tmp_path / "given"
    make(path)
    assert refused(fmt, path).field("reason") == reason


def test_the_text_of_one_import_is_capped_as_a_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_TEXT_TOTAL", 3000)  # the real cap is 256 MiB
    (tmp_path / "n").mkdir()
    for i in range(4):
        (tmp_path / "n" / f"{i}.md").write_text("x" * 1000)  # each under the per-file cap
    exc = refused("markdown", tmp_path / "n")
    assert (exc.field("reason"), exc.field("limit")) == ("too_large", 3000)
    (tmp_path / "d").mkdir()
    for name in ("A.json", "B.json"):
        (tmp_path / "d" / name).write_text(json.dumps(journal([day_one_entry(name[0] * 32, text="y" * 2000)])))
    assert refused("dayone", tmp_path / "d").field("reason") == "too_large"


def test_a_partner_name_that_cannot_be_one_names_the_file(vault: Any, tmp_path: Path) -> None:
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "a.md").write_text("---\nmentorvault: 1\nid: abc\nkind: reflection\ntitle: T\n"
                                         "created: '2024-01-01T00:00:00Z'\npartner: \"Bad\\u202eName\"\n"
                                         "fields:\n  prompt: P\n---\n")
    plan = notes_in.read("markdown", tmp_path / "n")
    with pytest.raises(ImportProblem) as info:
        vault.notes_import.run(plan)
    assert (info.value.field("reason"), info.value.field("file")) == ("invalid_entry", "a.md")
    assert vault.entries.count() == 0 and vault.partners.list() == []
