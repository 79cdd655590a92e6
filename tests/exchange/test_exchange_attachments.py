"""A shared entry's attachments: pinned by consent, carried in the bundle (format 4), checked on import,
shown read-only in the partner's inbox, removed there when revoked; caps enforced with words."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.consent import ConsentState
from mentorvault.errors import AttachmentNotFound, BundleRejected, BundleTooLarge, OutputExists
from mentorvault.exchange import manifest as manifest_mod

from exchange_support import PASSPHRASE, World, manifest_of, reseal

PHOTO = b"\x89PNG\r\n\x1a\n" + b"shared-photo-bytes" * 1000
NOTES = b"%PDF-1.4 notes" * 500


def _shared(world: World, tmp_path: Path) -> tuple[Any, Path]:
    """Sam's goal with a photo and a PDF, consented to Priya and exported."""
    sam = world.sam.v
    entry = sam.entries.add("goal", "Speak at the meetup", "Practice first.", {"why": "Confidence."})
    (tmp_path / "photo.png").write_bytes(PHOTO)
    sam.attachments.add(entry.id, tmp_path / "photo.png")
    sam.attachments.add(entry.id, __import__("io").BytesIO(NOTES), name="notes.pdf")
    entry = sam.entries.get(entry.id)
    sam.consents.grant(entry.id, "Priya")
    out = tmp_path / "to-priya.mvbundle"
    world.sam.export(world.priya, out)
    return entry, out


def test_attachments_travel_and_arrive_read_only(pair: World, tmp_path: Path) -> None:
    entry, bundle = _shared(pair, tmp_path)
    m = manifest_of(bundle, pair.priya.identity)
    assert m["format_version"] == manifest_mod.ATTACHMENTS_VERSION
    [item] = m["entries"]
    assert [(a["name"], a["type"], a["size"]) for a in item["attachments"]] == [
        ("notes.pdf", "application/pdf", len(NOTES)), ("photo.png", "image/png", len(PHOTO))]
    pair.priya.v.exchange.import_bundle(bundle)
    got = pair.priya.v.inbox.get(entry.id)
    assert got.content_hash == entry.content_hash
    assert [(a.name, a.sha256) for a in got.attachments] == [
        ("notes.pdf", hashlib.sha256(NOTES).hexdigest()), ("photo.png", hashlib.sha256(PHOTO).hexdigest())]
    assert got.to_json()["attachments"][1]["type"] == "image/png"
    assert b"".join(pair.priya.v.inbox.attachment_chunks(entry.id[:8], "photo.png")) == PHOTO
    out = tmp_path / "copy.pdf"
    pair.priya.v.inbox.save_attachment_copy(entry.id, "notes.pdf", out)
    assert out.read_bytes() == NOTES
    with pytest.raises(OutputExists):
        pair.priya.v.inbox.save_attachment_copy(entry.id, "notes.pdf", out)
    with pytest.raises(AttachmentNotFound):
        pair.priya.v.inbox.attachment(entry.id, "other.txt")
    # read-only: Priya's own managers do not reach it
    assert not hasattr(pair.priya.v.inbox, "add_attachment")


def test_a_changed_attachment_is_changed_since_consent_and_stays_home(pair: World, tmp_path: Path) -> None:
    entry, _bundle = _shared(pair, tmp_path)
    sam = pair.sam.v
    sam.attachments.remove(entry.id, "notes.pdf")
    sam.attachments.add(entry.id, __import__("io").BytesIO(NOTES + b"!"), name="notes.pdf")
    [c] = sam.consents.list("Priya")
    assert c.state == ConsentState.CHANGED
    preview = sam.exchange.preview_export(["Priya"])
    assert [i.entry_id for i in preview.left_out_changed] == [entry.id] and preview.entries == []


def test_entries_without_attachments_keep_format_3(pair: World, tmp_path: Path) -> None:
    sam = pair.sam.v
    entry = sam.entries.add("goal", "Plain", "", {"why": "w"})
    sam.consents.grant(entry.id, "Priya")
    out = tmp_path / "plain.mvbundle"
    pair.sam.export(pair.priya, out)
    m = manifest_of(out, pair.priya.identity)
    assert m["format_version"] == 3 and "attachments" not in m["entries"][0]


def _tampered(pair: World, bundle: Path, tmp_path: Path, edit: Any) -> Path:
    """Sam's real bundle with its manifest edited and signed again by Sam: only the import's own checks
    stand between it and Priya's vault."""
    def change(m: dict[str, Any]) -> None:
        edit(m["entries"][0]["attachments"])

    data = reseal(bundle.read_bytes(), pair.priya.identity, pair.sam.identity, [pair.priya.card.recipient],
                  manifest=change)
    out = tmp_path / "tampered.mvbundle"
    out.write_bytes(data)
    return out


def _flip_byte(files: list[dict[str, Any]]) -> None:
    raw = bytearray(base64.b64decode(files[1]["data"]))
    raw[20] ^= 1
    files[1]["data"] = base64.b64encode(bytes(raw)).decode()


def _other_hash(files: list[dict[str, Any]]) -> None:
    files[1]["sha256"] = hashlib.sha256(b"something else").hexdigest()


def _other_bytes_and_hash(files: list[dict[str, Any]]) -> None:  # consistent, but not what the entry hash pins
    files[1]["data"] = base64.b64encode(b"\x89PNG\r\n\x1a\nswapped").decode()
    files[1]["size"] = 16
    files[1]["sha256"] = hashlib.sha256(b"\x89PNG\r\n\x1a\nswapped").hexdigest()


def _bad_name(files: list[dict[str, Any]]) -> None:
    files[1]["name"] = "../../.bashrc"


def _twice(files: list[dict[str, Any]]) -> None:
    files.append(dict(files[1], name="PHOTO.png"))


def _short(files: list[dict[str, Any]]) -> None:
    files[1]["size"] = files[1]["size"] - 1


@pytest.mark.parametrize("edit", [_flip_byte, _other_hash, _other_bytes_and_hash, _bad_name, _twice, _short],
                         ids=lambda f: f.__name__.strip("_"))
def test_tampered_attachments_are_refused_and_nothing_is_stored(pair: World, tmp_path: Path, edit: Any) -> None:
    entry, bundle = _shared(pair, tmp_path)
    bad = _tampered(pair, bundle, tmp_path, edit)
    with pytest.raises(BundleRejected) as caught:
        pair.priya.v.exchange.import_bundle(bad)
    assert caught.value.reason == "tampered"
    assert "nothing was stored" in str(caught.value)
    assert pair.priya.v.inbox.list() == []
    assert pair.priya.v.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 0
    pair.priya.v.exchange.import_bundle(bundle)  # the genuine one still imports
    assert len(pair.priya.v.inbox.get(entry.id).attachments) == 2


def test_attachments_in_a_format_3_manifest_are_refused(pair: World, tmp_path: Path) -> None:
    _entry, bundle = _shared(pair, tmp_path)
    data = reseal(bundle.read_bytes(), pair.priya.identity, pair.sam.identity, [pair.priya.card.recipient],
                  manifest=lambda m: m.update(format_version=3))
    (tmp_path / "v3.mvbundle").write_bytes(data)
    with pytest.raises(BundleRejected) as caught:
        pair.priya.v.exchange.import_bundle(tmp_path / "v3.mvbundle")
    assert caught.value.reason == "tampered"


def test_the_bundle_caps_are_enforced_with_words(pair: World, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _entry, bundle = _shared(pair, tmp_path)
    # the receiving side: more attachment bytes than a bundle may carry
    monkeypatch.setattr(manifest_mod, "MAX_SHARED_ATTACHMENT_BYTES", len(PHOTO))
    with pytest.raises(BundleRejected) as caught:
        pair.priya.v.exchange.import_bundle(bundle)
    assert caught.value.reason == "attachments_too_large" and "nothing was stored" in str(caught.value)
    assert pair.priya.v.inbox.list() == []
    # the sending side refuses to write one
    from mentorvault.exchange import export as export_mod

    monkeypatch.setattr(export_mod, "MAX_SHARED_ATTACHMENT_BYTES", len(PHOTO))
    out = tmp_path / "too-big.mvbundle"
    with pytest.raises(BundleTooLarge) as too_big:
        pair.sam.export(pair.priya, out)
    assert too_big.value.reason == "attachments" and "nothing was written" in str(too_big.value)
    assert not out.exists()


def test_the_documented_caps_fit_together() -> None:
    from mentorvault.crypto import bundle as bundle_mod

    b64 = 4 * -(-manifest_mod.MAX_SHARED_ATTACHMENT_BYTES // 3)
    assert b64 + 60 * 1024 * 1024 < bundle_mod.MAX_MANIFEST_BYTES < bundle_mod.MAX_BUNDLE_BYTES
    doc = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    assert f"{bundle_mod.MAX_BUNDLE_BYTES // 2**20} MiB" in doc
    assert f"{manifest_mod.MAX_SHARED_ATTACHMENT_BYTES // 2**20} MiB" in doc


def test_revoking_removes_the_attachments_on_the_partners_side(pair: World, tmp_path: Path) -> None:
    entry, bundle = _shared(pair, tmp_path)
    pair.priya.v.exchange.import_bundle(bundle)
    assert pair.priya.v.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] > 0
    pair.sam.v.consents.revoke(entry.id, "Priya")
    second = tmp_path / "revoke.mvbundle"
    pair.sam.export(pair.priya, second)
    pair.priya.v.exchange.import_bundle(second)
    assert pair.priya.v.inbox.list() == []
    conn = pair.priya.v.conn
    assert conn.execute("SELECT count(*) FROM inbox_attachments").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_the_cli_shows_and_saves_a_received_attachment(pair: World, tmp_path: Path) -> None:
    entry, bundle = _shared(pair, tmp_path)
    pair.priya.v.exchange.import_bundle(bundle)
    with pair.priya.closed():
        shown = pair.priya.cli("inbox", "show", entry.id[:8])
        assert shown.returncode == 0, shown.stderr
        assert "photo.png" in shown.stdout and "notes.pdf" in shown.stdout
        out = tmp_path / "from-sam.png"
        saved = pair.priya.cli("attachment", entry.id[:8], "photo.png", "--out", str(out))
        assert saved.returncode == 0, saved.stderr
        assert "NOT encrypted" in saved.stderr and out.read_bytes() == PHOTO
    assert PASSPHRASE


def test_the_consent_preview_names_the_files_that_would_travel(pair: World, tmp_path: Path) -> None:
    entry, _bundle = _shared(pair, tmp_path)
    preview = pair.sam.v.consents.preview(entry.id)
    assert [(a.name, a.size) for a in preview.attachments] == [("notes.pdf", len(NOTES)), ("photo.png", len(PHOTO))]
    assert preview.content_hash == entry.content_hash
