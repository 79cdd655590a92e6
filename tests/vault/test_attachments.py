"""vault.attachments on a real SQLCipher vault: stored encrypted in chunks, once per content, streamed,
capped, named safely, pinned by the content hash, recorded by revisions, removed with the entry."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain import attachments as rules
from mentorvault.domain.entry import EntryContent
from mentorvault.errors import (
    AttachmentNotFound,
    AttachmentSourceUnreadable,
    AttachmentTooLarge,
    DamagedVault,
    InvalidAttachmentName,
    OutputExists,
)

from sqlcipher_pages import keyed_connection  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
MARKER = b"ATTACHMENT-MARKER-7f3c1d"


class _Pattern(io.RawIOBase):
    """``size`` bytes of a repeating pattern read in pieces: a large file that never exists whole."""

    def __init__(self, size: int, name: str = "big.bin") -> None:
        self.left = size
        self.name = name
        self.counter = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        n = min(len(buf), self.left)
        block = (self.counter.to_bytes(8, "big") * (n // 8 + 1))[:n]
        buf[:n] = block
        self.left -= n
        self.counter += 1
        return n


def _pattern_sha(size: int) -> str:
    digest, src = hashlib.sha256(), _Pattern(size)
    while chunk := src.read(rules.CHUNK_BYTES):
        digest.update(chunk)
    return digest.hexdigest()


@pytest.fixture
def entry(vault: Any) -> Any:
    return vault.entries.add("reflection", "With files", "See the photo.", {"prompt": "p"})


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_add_list_read_and_save_a_copy(vault: Any, entry: Any, tmp_path: Path) -> None:
    data = PNG + MARKER * 50_000  # about 1.2 MB: several chunks
    info = vault.attachments.add(entry.id, _write(tmp_path, "photo.png", data))
    assert (info.name, info.size, info.sha256, info.type) == (
        "photo.png", len(data), hashlib.sha256(data).hexdigest(), "image/png")
    assert vault.attachments.list(entry.id[:8]) == [info]
    assert b"".join(vault.attachments.chunks(entry.id, "photo.png")) == data
    assert all(len(c) <= rules.CHUNK_BYTES for c in vault.attachments.chunks(entry.id, "PHOTO.png"))
    out = tmp_path / "out" / "copy.png"
    out.parent.mkdir()
    assert vault.attachments.save_copy(entry.id, "photo.png", out) == info
    assert out.read_bytes() == data and (out.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["copy.png"]  # no temporary file left
    got = vault.entries.get(entry.id)
    assert got.attachments == [info] and got.to_json()["attachments"] == [
        {"name": "photo.png", "size": len(data), "sha256": info.sha256, "type": "image/png"}]


def test_the_bytes_are_stored_encrypted_in_chunks(vault: Any, entry: Any, tmp_path: Path) -> None:
    vault.attachments.add(entry.id, _write(tmp_path, "notes.txt", MARKER * 30_000))
    rows = vault.conn.execute("SELECT seq, length(data) FROM attachment_chunks ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == list(range(len(rows))) and len(rows) == 3
    assert all(r[1] == rules.CHUNK_BYTES for r in rows[:-1])
    folder = vault.folder.path
    vault.lock()
    for path in folder.rglob("*"):
        if path.is_file():
            assert MARKER not in path.read_bytes(), path


def test_identical_content_is_stored_once_and_removed_when_unreferenced(vault: Any, entry: Any,
                                                                       tmp_path: Path) -> None:
    other = vault.entries.add("reflection", "Other", "", {"prompt": "q"})
    src = _write(tmp_path, "same.pdf", b"%PDF-1.4 " + MARKER * 1000)
    a = vault.attachments.add(entry.id, src)
    b = vault.attachments.add(other.id, src, name="copy.pdf")
    assert a.sha256 == b.sha256 and b.type == "application/pdf"
    assert vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 1
    vault.entries.delete(entry.id)
    assert vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 1  # other still has it
    vault.entries.delete(other.id)
    assert vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_remove_is_a_revision_and_history_keeps_the_content_until_the_entry_goes(vault: Any, entry: Any,
                                                                                  tmp_path: Path) -> None:
    info = vault.attachments.add(entry.id, _write(tmp_path, "a.txt", b"first"))
    with_file = vault.entries.get(entry.id)
    vault.attachments.remove(entry.id, "A.TXT")
    after = vault.entries.get(entry.id)
    assert after.attachments == [] and after.content_hash == entry.content_hash  # back to the plain hash
    assert [r.note for r in vault.entries.history(entry.id)][:2] == ["removed attachment a.txt", "attached a.txt"]
    assert vault.entries.revision(entry.id, with_file.rev).attachments == {"a.txt": info.sha256}
    restored = vault.entries.restore_revision(entry.id, with_file.rev)
    assert restored.content_hash == with_file.content_hash
    assert b"".join(vault.attachments.chunks(entry.id, "a.txt")) == b"first"
    with pytest.raises(AttachmentNotFound):
        vault.attachments.remove(entry.id, "missing.txt")


def test_the_content_hash_covers_names_and_bytes(vault: Any, entry: Any, tmp_path: Path) -> None:
    plain = entry.content_hash
    one = vault.attachments.add(entry.id, _write(tmp_path, "x.txt", b"one"))
    hashed = vault.entries.get(entry.id).content_hash
    expected = EntryContent("reflection", "With files", "See the photo.", {"prompt": "p"}, [],
                            {"x.txt": one.sha256}).content_hash()
    assert hashed == expected != plain
    vault.attachments.remove(entry.id, "x.txt")
    vault.attachments.add(entry.id, _write(tmp_path, "x.txt", b"two"))
    assert vault.entries.get(entry.id).content_hash not in (plain, hashed)
    # an edit of the text keeps the attachments in the hash
    edited = vault.entries.update(entry.id, body="New body")
    assert edited.attachments and edited.content_hash == EntryContent(
        "reflection", "With files", "New body", {"prompt": "p"}, [],
        {"x.txt": hashlib.sha256(b"two").hexdigest()}).content_hash()


def test_names_are_checked(vault: Any, entry: Any, tmp_path: Path) -> None:
    src = _write(tmp_path, "ok.txt", b"x")
    for bad, reason in [("", "empty"), ("   ", "empty"), ("../etc/passwd", "path_separator"),
                        ("a\\b", "path_separator"), ("a\x00b", "control_character"), ("a\nb", "control_character"),
                        ("a\u202eb", "control_character"), (".hidden", "hidden"), ("..", "hidden"),
                        ("x" * 121, "too_long"), ("é" * 121, "too_long")]:
        with pytest.raises(InvalidAttachmentName) as caught:
            vault.attachments.add(entry.id, src, name=bad)
        assert caught.value.reason == reason, bad
    with pytest.raises(InvalidAttachmentName):
        vault.attachments.add(entry.id, src, media_type="not a type")
    assert vault.attachments.list(entry.id) == []
    assert vault.entries.get(entry.id).rev == entry.rev  # nothing was written


def test_a_name_in_use_gets_a_number_unless_it_is_the_same_file(vault: Any, entry: Any, tmp_path: Path) -> None:
    first = vault.attachments.add(entry.id, _write(tmp_path, "photo.jpg", b"\xff\xd8\xff one"))
    again = vault.attachments.add(entry.id, tmp_path / "photo.jpg")
    assert again == first and vault.entries.get(entry.id).rev == entry.rev + 1  # nothing changed
    second = vault.attachments.add(entry.id, io.BytesIO(b"\xff\xd8\xff two"), name="Photo.JPG")
    third = vault.attachments.add(entry.id, io.BytesIO(b"\xff\xd8\xff three"), name="photo.jpg")
    assert (second.name, third.name) == ("Photo (2).JPG", "photo (3).jpg")
    assert second.type == "image/jpeg"
    assert rules.unique_name("notes", ["notes", "notes (2)"]) == "notes (3)"
    assert rules.unique_name("a (2).txt", ["a (2).txt"]) == "a (3).txt"


def test_a_missing_or_folder_source_is_refused(vault: Any, entry: Any, tmp_path: Path) -> None:
    with pytest.raises(AttachmentSourceUnreadable) as caught:
        vault.attachments.add(entry.id, tmp_path / "nope.txt")
    assert caught.value.reason == "missing"
    with pytest.raises(AttachmentSourceUnreadable) as caught:
        vault.attachments.add(entry.id, tmp_path)
    assert caught.value.reason == "not_a_file"


def test_the_cap_refuses_a_file_and_a_stream_and_keeps_nothing(vault: Any, entry: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(vault.attachments), "limit", 1_000_000)
    big = tmp_path / "big.bin"
    with big.open("wb") as fh:
        fh.truncate(1_000_001)
    with pytest.raises(AttachmentTooLarge) as caught:
        vault.attachments.add(entry.id, big)
    assert (caught.value.size, caught.value.limit) == (1_000_001, 1_000_000)
    assert "1000001 bytes" in str(caught.value)
    with pytest.raises(AttachmentTooLarge):
        vault.attachments.add(entry.id, _Pattern(1_300_000))  # its size is found out while streaming
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 0
    assert vault.entries.get(entry.id).rev == entry.rev
    assert rules.MAX_ATTACHMENT_BYTES >= 200 * 1000 * 1000


def test_save_copy_refuses_to_overwrite_unless_told(vault: Any, entry: Any, tmp_path: Path) -> None:
    vault.attachments.add(entry.id, _write(tmp_path, "a.txt", b"new"))
    out = _write(tmp_path, "existing.txt", b"keep me")
    with pytest.raises(OutputExists):
        vault.attachments.save_copy(entry.id, "a.txt", out)
    assert out.read_bytes() == b"keep me"
    vault.attachments.save_copy(entry.id, "a.txt", out, overwrite=True)
    assert out.read_bytes() == b"new"


def test_damaged_stored_bytes_are_caught_and_no_copy_is_left(vault: Any, entry: Any, tmp_path: Path) -> None:
    vault.attachments.add(entry.id, _write(tmp_path, "a.txt", b"A" * 300_000))
    vault.conn.execute("UPDATE attachment_chunks SET data = zeroblob(length(data)) WHERE seq = 1")
    out = tmp_path / "copy.txt"
    with pytest.raises(DamagedVault) as caught:
        vault.attachments.save_copy(entry.id, "a.txt", out)
    assert caught.value.reason == "attachment"
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []


def test_add_inside_a_callers_transaction_is_all_or_nothing(vault: Any, tmp_path: Path) -> None:
    src = _write(tmp_path, "a.txt", b"in a batch")
    with pytest.raises(RuntimeError):
        with vault.transaction():
            e = vault.entries.add("reflection", "Imported", "", {"prompt": "p"})
            vault.attachments.add(e.id, src)
            raise RuntimeError("a bad file later in the import")
    assert vault.entries.count() == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 0
    with vault.transaction():
        e = vault.entries.add("reflection", "Imported", "", {"prompt": "p"})
        with pytest.raises(InvalidAttachmentName):  # one refused attachment undoes only itself
            vault.attachments.add(e.id, src, name="")
        vault.attachments.add(e.id, src)
    assert [a.name for a in vault.attachments.list(e.id)] == ["a.txt"]


def test_the_migration_adds_its_tables_to_an_existing_vault(vault: Any) -> None:
    from mentorvault.storage import db as dbmod
    from mentorvault.storage.migrations import MIGRATIONS

    assert dbmod.SCHEMA_VERSION == len(MIGRATIONS)
    names = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
    assert {"attachment_blobs", "attachment_chunks", "attachments"} <= names
    assert "attachments" in [r[1] for r in vault.conn.execute("PRAGMA table_info(revisions)")]


def _stream_in_bounded_memory(vault: Any, entry: Any, tmp_path: Path, size: int) -> None:
    tracemalloc.start()
    try:
        info = vault.attachments.add(entry.id, _Pattern(size))
        _, peak_add = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        out = tmp_path / "copy.bin"
        vault.attachments.save_copy(entry.id, info.name, out)
        _, peak_save = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.size == size == out.stat().st_size
    assert info.sha256 == _pattern_sha(size)
    bound = 8 * rules.CHUNK_BYTES  # 2 MiB, whatever the size of the file
    assert peak_add < bound, peak_add
    assert peak_save < bound, peak_save
    with out.open("rb") as fh:
        digest = hashlib.file_digest(fh, "sha256")
    assert digest.hexdigest() == info.sha256


def test_a_large_file_streams_in_bounded_memory(vault: Any, entry: Any, tmp_path: Path) -> None:
    _stream_in_bounded_memory(vault, entry, tmp_path, 6 * 1024 * 1024 + 123)


@pytest.mark.slow
def test_a_50_mb_file_streams_in_bounded_memory(vault: Any, entry: Any, tmp_path: Path) -> None:
    _stream_in_bounded_memory(vault, entry, tmp_path, 50 * 1024 * 1024)


def test_locked_vault_files_hold_no_marker_after_delete(vault: Any, entry: Any, tmp_path: Path) -> None:
    vault.attachments.add(entry.id, _write(tmp_path, "m.bin", MARKER * 2000))
    vault.entries.delete(entry.id)
    folder, key = vault.folder.path, bytes(vault._key)
    vault.lock()
    with keyed_connection(folder / "vault.db", key) as conn:
        assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert os.path.exists(folder / "vault.db")


def test_a_backup_and_its_restore_carry_the_attachments(vault: Any, entry: Any, tmp_path: Path,
                                                        secret_store: Any) -> None:
    from mentorvault.vault import Vault

    from suite_support import PASSPHRASE  # noqa: E402

    data = PNG + MARKER * 10_000
    vault.attachments.add(entry.id, io.BytesIO(data), name="photo.png")
    backup = vault.backups.backup(tmp_path / "b.mvbackup")
    assert MARKER not in backup.read_bytes()
    Vault.restore(backup, tmp_path / "restored", PASSPHRASE)
    restored = Vault.open(tmp_path / "restored", PASSPHRASE, auto_backup=False, secret_store=secret_store)
    try:
        assert b"".join(restored.attachments.chunks(entry.id, "photo.png")) == data
        assert restored.entries.get(entry.id).content_hash == vault.entries.get(entry.id).content_hash
    finally:
        restored.lock()
