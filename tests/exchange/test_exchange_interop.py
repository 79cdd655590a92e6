"""A vault-exported bundle against the reference ``age`` tool, and ``age``-made files against import."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from exchange_support import HEADER, SIGNATURE_CONTEXT, one_line_error, plain_sentence, signed_message, split_plaintext
from mentorvault.crypto.identity import ContactCard, Identity, verify_signature
from mentorvault.errors import BundleRejected

pytestmark = pytest.mark.age_cli


@pytest.fixture(scope="module")
def age() -> str:
    path = shutil.which("age")
    if path is None:
        if os.environ.get("MENTORVAULT_REQUIRE_AGE"):
            pytest.fail("the age command-line tool is required (MENTORVAULT_REQUIRE_AGE is set) "
                        "but not installed")
        pytest.skip("the age command-line tool is not installed")
    return path


def _secret_file(path: Path, secret: str) -> Path:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secret + "\n")
    assert path.stat().st_mode & 0o777 == 0o600
    return path


def test_age_decrypts_a_vault_bundle_and_the_signature_verifies_with_the_senders_card(
        age: str, pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    entry = sam.v.entries.add("goal", "Interop goal", "Ünïcode body", {"why": "to check"}, ["interop"])
    sam.v.consents.grant(entry.id, "Priya")
    bundle = tmp_path / "b.mvb"
    sam.export(priya, bundle)
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1\n")

    for reader in (priya, sam):  # the sender is a recipient too
        key = _secret_file(tmp_path / f"{reader.name}.key", reader.v.identity.get().age_secret)
        result = subprocess.run([age, "-d", "-i", str(key), str(bundle)], capture_output=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(HEADER)
        manifest_bytes, signature = split_plaintext(result.stdout)
        sams_card = ContactCard.from_text(sam.card_path.read_text())
        assert verify_signature(sams_card.signing_key, signature, signed_message(manifest_bytes))
        assert not verify_signature(priya.card.signing_key, signature, signed_message(manifest_bytes))
        # the context and the SHA-256 prehash are both part of what is signed
        assert not verify_signature(sams_card.signing_key, signature, manifest_bytes)
        assert not verify_signature(sams_card.signing_key, signature, SIGNATURE_CONTEXT + manifest_bytes)
        assert not verify_signature(sams_card.signing_key, signature, hashlib.sha256(manifest_bytes).digest())
        manifest = json.loads(manifest_bytes)
        assert manifest["recipients"] == [priya.fp] and list(manifest["parts"]) == [priya.fp]
        assert [e["title"] for e in manifest["entries"]] == ["Interop goal"]
        assert manifest["entries"][0]["body"] == "Ünïcode body"

        # Priya's private part is a standard age file too, which only her key opens (not even Sam's)
        part_file = tmp_path / f"part-read-by-{reader.name}.age"
        part_file.write_bytes(base64.b64decode(manifest["parts"][priya.fp], validate=True))
        opened = subprocess.run([age, "-d", "-i", str(key), str(part_file)], capture_output=True, timeout=60)
        if reader is sam:
            assert opened.returncode != 0 and opened.stdout == b""
        else:
            assert opened.returncode == 0, opened.stderr
            assert len(opened.stdout) % 1024 == 0
            part = json.loads(opened.stdout)  # JSON, padded with spaces
            assert part["recipient"] == priya.fp and part["bundle_id"] == manifest["bundle_id"]
            assert list(part["consented"]) == [entry.id] and part["seq"] == 1

    # a third key cannot decrypt it
    stranger = _secret_file(tmp_path / "stranger.key", Identity.generate().age_secret)
    other = subprocess.run([age, "-d", "-i", str(stranger), str(bundle)], capture_output=True, timeout=60)
    assert other.returncode != 0 and other.stdout == b""


def test_age_made_files_are_refused_by_import(age: str, pair, tmp_path: Path) -> None:
    priya = pair.priya
    recipient = priya.v.identity.get().recipient
    files, expected = {}, {}
    for name, payload, extra, says in (
            ("garbage", os.urandom(4096), [], "not a MentorVault bundle"),
            ("text", b"hello Priya\n", [], "not a MentorVault bundle"),
            ("version-1 json", b'{"format":"mentorvault-bundle","version":1}', [], "older version"),
            ("version-4 header", b"mentorvault-bundle/4\n" + os.urandom(64) + b"{}", [], "newer version"),
            ("version-2 header", b"mentorvault-bundle/2\n" + os.urandom(64) + b"{}", [], "older version"),
            ("header and signature only", HEADER + os.urandom(64), [], "tampered"),
            ("unsigned manifest", HEADER + bytes(64) + b'{"format_version":3}', [], "tampered"),
            ("armored", os.urandom(64), ["-a"], "not a MentorVault bundle")):
        out = tmp_path / f"{name}.age"
        subprocess.run([age, "-r", recipient, *extra, "-o", str(out)], input=payload, check=True,
                       capture_output=True, timeout=60)
        files[name], expected[name] = out, says
    before = priya.dump()
    for name, path in files.items():
        with pytest.raises(BundleRejected) as exc:
            priya.v.exchange.import_bundle(path)
        plain_sentence(str(exc.value))
        assert expected[name] in str(exc.value), (name, str(exc.value))
    assert priya.dump() == before
    results = priya.cli_many([["import", str(p)] for p in files.values()], subprocess_every=2)
    for r in results:
        plain_sentence(one_line_error(r))
    assert priya.dump() == before
