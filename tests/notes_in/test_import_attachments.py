"""Imported files become attachments (vault.attachments, streamed into the vault inside the import's
one transaction): Day One's photos (``photos/<md5>.<type>``, referenced as ``dayone-moment://``) and
the images a Markdown folder links; our own export's attachments come back with their SHA-256
checked.  A broken or forged file anywhere leaves the vault as it was, attachments included."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import ImportProblem
from mentorvault.notes_out import write_markdown
from mentorvault.vault.attachments import AttachmentManager

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notes_in"


def _bytes_of(vault: Any, entry_id: str, name: str) -> bytes:
    return b"".join(vault.attachments.chunks(entry_id, name))


def _blobs(vault: Any) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0])


def test_day_one_photos_become_attachments_the_text_links(vault: Any, tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "export.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted((FIXTURES / "dayone").rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(FIXTURES / "dayone").as_posix())
    result = vault.notes_import.run(vault.notes_import.read("dayone", tmp_path / "export.zip"))
    assert (result.imported, result.attachments) == (3, 3)
    by_title = {vault.entries.get(i).title: vault.entries.get(i) for i in result.entry_ids}
    for title in ("Career chat with Ana", "Late thoughts"):
        entry = by_title[title]
        for info in vault.attachments.list(entry.id):
            assert f"![](attachment:{info.name})" in entry.body
            data = (FIXTURES / "dayone" / "photos" / info.name).read_bytes()
            assert _bytes_of(vault, entry.id, info.name) == data
            assert info.name.split(".")[0] == hashlib.md5(data).hexdigest()  # noqa: S324 - Day One's naming
            assert info.type in ("image/jpeg", "image/png")
    assert len(vault.attachments.list(by_title["Late thoughts"].id)) == 2
    chat = by_title["Career chat with Ana"]
    assert chat.created_at == "2024-05-01T22:30:00.000000Z" and chat.updated_at == "2024-05-02T08:00:00.000000Z"


def test_markdown_images_become_attachments(vault: Any) -> None:
    result = vault.notes_import.run(vault.notes_import.read("markdown", FIXTURES / "obsidian"))
    assert result.attachments == 3
    found = {}
    for entry_id in result.entry_ids:
        for info in vault.attachments.list(entry_id):
            found[info.name] = _bytes_of(vault, entry_id, info.name)
    assert found == {
        "whiteboard.png": (FIXTURES / "obsidian" / "attachments" / "whiteboard.png").read_bytes(),
        "diagram.png": (FIXTURES / "obsidian" / "attachments" / "diagram.png").read_bytes(),
        "sketch_1717570000.png": (FIXTURES / "obsidian" / "Logseq" / "assets" / "sketch_1717570000.png").read_bytes(),
    }


def test_names_are_made_usable_and_unique_per_note(vault: Any, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    (folder / "a" / "Photo.png").write_bytes(b"\x89PNG first")
    (folder / "b" / "photo.png").write_bytes(b"\x89PNG second")
    (folder / ".hidden.png").write_bytes(b"\x89PNG hidden")
    (folder / "note.md").write_text("![one](a/Photo.png) ![two](b/photo.png) ![three](.hidden.png) ![again](a/Photo.png)")
    result = vault.notes_import.run(vault.notes_import.read("markdown", folder))
    entry = vault.entries.get(result.entry_ids[0])
    names = sorted(a.name for a in vault.attachments.list(entry.id))
    assert names == ["Photo.png", "_hidden.png", "photo (2).png"]
    assert entry.body == ("![one](attachment:Photo.png) ![two](attachment:photo%20%282%29.png) "
                          "![three](attachment:_hidden.png) ![again](attachment:Photo.png)")
    assert _bytes_of(vault, entry.id, "photo (2).png") == b"\x89PNG second"


@pytest.fixture
def exported(vault: Any, tmp_path: Path) -> Path:
    entry = vault.entries.add("reflection", "With files", "See ![board](attachment:board.png) and "
                              "[notes](attachment:my%20notes.txt)", {"prompt": "P"})
    (tmp_path / "board.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (tmp_path / "my notes.txt").write_text("plain text notes\n")
    vault.attachments.add(entry.id, tmp_path / "board.png")
    vault.attachments.add(entry.id, tmp_path / "my notes.txt")
    vault.entries.add("gratitude", "No files", "", {"to_whom": "Ana"})
    write_markdown(vault, [s.id for s in vault.entries.list()], tmp_path / "export")
    return tmp_path / "export"


def test_our_exports_attachments_round_trip_with_equal_hashes(vault: Any, exported: Path, tmp_path: Path) -> None:
    from mentorvault.vault import Vault

    from suite_support import PASSPHRASE, RecordingSecretStore

    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        result = target.notes_import.run(target.notes_import.read("markdown", exported))
        assert (result.imported, result.attachments) == (2, 2)
        before = {e.content_hash: e for e in (vault.entries.get(s.id) for s in vault.entries.list())}
        after = {e.content_hash: e for e in (target.entries.get(i) for i in result.entry_ids)}
        assert set(after) == set(before)  # the content hash covers the attachments' names and SHA-256s
        for chash, old in before.items():
            new = after[chash]
            assert (new.body, new.created_at, new.updated_at) == (old.body, old.created_at, old.updated_at)
            assert vault.attachments.list(old.id) == target.attachments.list(new.id)
            for info in vault.attachments.list(old.id):
                assert _bytes_of(target, new.id, info.name) == _bytes_of(vault, old.id, info.name)
    finally:
        target.lock()


def test_a_changed_attachment_file_is_refused_and_nothing_stays(vault: Any, exported: Path, tmp_path: Path) -> None:
    from mentorvault.vault import Vault

    from suite_support import PASSPHRASE, RecordingSecretStore

    board = next(exported.glob("*.files/board.png"))
    board.write_bytes(board.read_bytes()[:-1] + b"X")  # same size, other bytes
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        plan = target.notes_import.read("markdown", exported)
        with pytest.raises(ImportProblem) as info:
            target.notes_import.run(plan)
        assert info.value.field("reason") == "attachment_mismatch" and info.value.field("value") == "board.png"
        assert target.entries.count() == 0 and _blobs(target) == 0
    finally:
        target.lock()


def test_a_missing_attachment_file_is_named(vault: Any, exported: Path) -> None:
    next(exported.glob("*.files/board.png")).unlink()
    with pytest.raises(ImportProblem) as info:
        vault.notes_import.read("markdown", exported)
    assert (info.value.field("reason"), info.value.field("value")) == ("missing_attachment", "board.png")


def test_a_photo_over_the_attachment_cap_is_refused_before_writing(vault: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AttachmentManager, "limit", 500)  # the real cap is 256 MiB
    plan = vault.notes_import.read("dayone", FIXTURES / "dayone")
    with pytest.raises(ImportProblem) as info:
        vault.notes_import.preview(plan)
    assert info.value.field("reason") == "too_large" and info.value.field("file").startswith("photos/")
    with pytest.raises(ImportProblem):
        vault.notes_import.run(plan)
    assert vault.entries.count() == 0 and _blobs(vault) == 0


def test_a_forged_photo_in_a_zip_rolls_everything_back(vault: Any, tmp_path: Path) -> None:
    """The archive declares a photo smaller than it is: reading it fails after entries were written;
    the one transaction takes back the entries and every attachment stored before it."""
    source = tmp_path / "dayone"
    shutil.copytree(FIXTURES / "dayone", source)
    journal = json.loads((source / "Journal.json").read_text())
    last = journal["entries"][-1]
    big = bytes(range(256)) * 200
    md5 = hashlib.md5(big).hexdigest()  # noqa: S324 - Day One's naming
    (source / "photos" / f"{md5}.jpeg").write_bytes(big)
    last["photos"].append({"identifier": "FORGED", "md5": md5, "type": "jpeg"})
    (source / "Journal.json").write_text(json.dumps(journal))
    archive = tmp_path / "forged.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        for f in sorted(source.rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(source).as_posix())
    data = bytearray(archive.read_bytes())
    name = f"photos/{md5}.jpeg".encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            if name in data[at:at + 120]:
                data[at + offset:at + offset + 4] = (len(big) // 2).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    archive.write_bytes(bytes(data))
    plan = vault.notes_import.read("dayone", archive)
    with pytest.raises(ImportProblem) as info:
        vault.notes_import.run(plan)
    assert info.value.field("reason") == "size_mismatch" and info.value.field("file").endswith(f"{md5}.jpeg")
    assert vault.entries.count() == 0 and _blobs(vault) == 0
