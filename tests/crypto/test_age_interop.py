"""Bundles against the reference age command-line tool.

Skipped when ``age`` is not installed, unless ``MENTORVAULT_REQUIRE_AGE`` is set,
in which case a missing ``age`` is a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mentorvault.crypto.bundle import open_bundle, seal_bundle, sender_block
from mentorvault.crypto.identity import ContactCard, Identity, verify_signature
from mentorvault.domain.strictjson import dumps_canonical, loads_canonical
from mentorvault.errors import BundleRejected

pytestmark = pytest.mark.age_cli

# Format 2 as docs/bundle-format.md defines it.
HEADER = b"mentorvault-bundle/3\n"
CONTEXT = b"mentorvault-bundle-v3\x00"

ALICE = Identity.generate()
BOB = Identity.generate()
ALICE_CARD = ALICE.card("Alice")
BOB_CARD = BOB.card("Bob")


@pytest.fixture(scope="module")
def age() -> str:
    path = shutil.which("age")
    if path is None:
        if os.environ.get("MENTORVAULT_REQUIRE_AGE"):
            pytest.fail(
                "the age command-line tool is required (MENTORVAULT_REQUIRE_AGE is set) but not installed"
            )
        pytest.skip("the age command-line tool is not installed")
    return path


def _identity_file(tmp_path: Path, identity: Identity) -> Path:
    path = tmp_path / "identity.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(identity.age_secret + "\n")
    assert path.stat().st_mode & 0o777 == 0o600
    return path


def _run(args: list[str], data: bytes) -> bytes:
    result = subprocess.run(args, input=data, capture_output=True, timeout=60, check=True)
    return result.stdout


def _manifest() -> dict[str, object]:
    return {
        "format_version": 1,
        "sender": sender_block(ALICE, "Alice"),
        "recipients": [BOB_CARD.fingerprint.hex()],
        "entries": [{"id": "1", "title": "hello"}],
    }


def _known(fp_hex: str) -> ContactCard | None:
    return ALICE_CARD if fp_hex == ALICE_CARD.fingerprint.hex() else None


def _signed(manifest_bytes: bytes, signer: Identity) -> bytes:
    return signer.sign(CONTEXT + hashlib.sha256(manifest_bytes).digest())


def test_age_cli_decrypts_our_bundle(age: str, tmp_path: Path) -> None:
    sealed = seal_bundle(_manifest(), ALICE, [BOB_CARD])
    bundle_path = tmp_path / "bundle.mvb"
    bundle_path.write_bytes(sealed)
    for who in (BOB, ALICE):
        identity_file = _identity_file(tmp_path, who)
        plaintext = subprocess.run(
            [age, "-d", "-i", str(identity_file), str(bundle_path)],
            capture_output=True,
            timeout=60,
            check=True,
        ).stdout
        identity_file.unlink()
        assert plaintext.startswith(HEADER)
        signature = plaintext[len(HEADER):len(HEADER) + 64]
        manifest_bytes = plaintext[len(HEADER) + 64:]
        assert manifest_bytes == dumps_canonical(_manifest())
        assert loads_canonical(manifest_bytes, max_bytes=len(manifest_bytes)) == _manifest()
        assert verify_signature(ALICE.signing_public, signature, CONTEXT + hashlib.sha256(manifest_bytes).digest())
        assert not verify_signature(ALICE.signing_public, signature, CONTEXT + manifest_bytes)


def test_age_cli_file_with_valid_plaintext_opens(age: str) -> None:
    # Control for the refusals below: a correctly signed version-2 plaintext encrypted by the CLI opens.
    manifest_bytes = dumps_canonical(_manifest())
    data = _run([age, "-r", BOB.recipient], HEADER + _signed(manifest_bytes, ALICE) + manifest_bytes)
    opened = open_bundle(data, BOB, _known)
    assert opened.manifest == _manifest() and opened.manifest_bytes == manifest_bytes


def test_age_cli_file_with_invalid_signature_refused(age: str) -> None:
    manifest_bytes = dumps_canonical(_manifest())
    for signature in (_signed(manifest_bytes, BOB),  # the wrong key
                      ALICE.sign(CONTEXT + manifest_bytes),  # no SHA-256 prehash
                      ALICE.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)):  # what version 1 signed
        data = _run([age, "-r", BOB.recipient], HEADER + signature + manifest_bytes)
        with pytest.raises(BundleRejected, match="signature"):
            open_bundle(data, BOB, _known)


def test_age_cli_file_with_non_canonical_manifest_refused(age: str) -> None:
    manifest_bytes = json.dumps(_manifest(), sort_keys=True).encode()  # spaces after separators
    data = _run([age, "-r", BOB.recipient], HEADER + _signed(manifest_bytes, ALICE) + manifest_bytes)
    with pytest.raises(BundleRejected, match="damaged or has been tampered"):
        open_bundle(data, BOB, _known)


def test_age_cli_file_with_garbage_refused(age: str) -> None:
    data = _run([age, "-r", BOB.recipient], b"\x00" + os.urandom(4095))
    with pytest.raises(BundleRejected, match="not a MentorVault bundle"):
        open_bundle(data, BOB, _known)
    data = _run([age, "-r", BOB.recipient], HEADER + os.urandom(4096))
    with pytest.raises(BundleRejected, match="damaged or has been tampered"):
        open_bundle(data, BOB, _known)
    data = _run([age, "-r", BOB.recipient], b"mentorvault-bundle/4\n" + os.urandom(100))
    with pytest.raises(BundleRejected, match="newer version"):
        open_bundle(data, BOB, _known)
    data = _run([age, "-r", BOB.recipient], b"mentorvault-bundle/2\n" + os.urandom(100))
    with pytest.raises(BundleRejected, match="older version"):  # format 2 is refused, not read
        open_bundle(data, BOB, _known)
    data = _run([age, "-r", BOB.recipient], b'{"format":"mentorvault-bundle","version":1}')
    with pytest.raises(BundleRejected, match="older version"):
        open_bundle(data, BOB, _known)
    armored = _run([age, "-a", "-r", BOB.recipient], HEADER + os.urandom(100))
    with pytest.raises(BundleRejected, match="not a MentorVault bundle"):
        open_bundle(armored, BOB, _known)
