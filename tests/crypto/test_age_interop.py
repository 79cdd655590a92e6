"""Bundles against the reference age command-line tool.

Skipped when ``age`` is not installed, unless ``MENTORVAULT_REQUIRE_AGE`` is set,
in which case a missing ``age`` is a failure.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mentorvault.crypto.bundle import open_bundle, seal_bundle, sender_block
from mentorvault.crypto.identity import ContactCard, Identity, verify_signature
from mentorvault.domain.strictjson import dumps_canonical, loads_strict
from mentorvault.errors import BundleRejected

pytestmark = pytest.mark.age_cli

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
        envelope = loads_strict(plaintext, max_bytes=len(plaintext), max_depth=1)
        assert set(envelope) == {"format", "version", "manifest", "signature"}
        assert envelope["format"] == "mentorvault-bundle" and envelope["version"] == 1
        manifest_bytes = base64.b64decode(envelope["manifest"], validate=True)
        assert manifest_bytes == dumps_canonical(_manifest())
        signature = base64.b64decode(envelope["signature"], validate=True)
        assert verify_signature(
            ALICE.signing_public, signature, b"mentorvault-bundle-v1\x00" + manifest_bytes
        )


def test_age_cli_file_with_valid_envelope_opens(age: str) -> None:
    # Control for the two refusals below: a correctly signed envelope encrypted by the CLI opens.
    manifest_bytes = dumps_canonical(_manifest())
    envelope = {
        "format": "mentorvault-bundle",
        "version": 1,
        "manifest": base64.b64encode(manifest_bytes).decode(),
        "signature": base64.b64encode(ALICE.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)).decode(),
    }
    data = _run([age, "-r", BOB.recipient], dumps_canonical(envelope))
    assert open_bundle(data, BOB, _known).manifest == _manifest()


def test_age_cli_file_with_invalid_signature_refused(age: str) -> None:
    manifest_bytes = dumps_canonical(_manifest())
    envelope = {
        "format": "mentorvault-bundle",
        "version": 1,
        "manifest": base64.b64encode(manifest_bytes).decode(),
        "signature": base64.b64encode(BOB.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)).decode(),
    }
    data = _run([age, "-r", BOB.recipient], dumps_canonical(envelope))
    with pytest.raises(BundleRejected, match="signature"):
        open_bundle(data, BOB, _known)


def test_age_cli_file_with_garbage_refused(age: str) -> None:
    data = _run([age, "-r", BOB.recipient], os.urandom(4096))
    with pytest.raises(BundleRejected, match="damaged or has been tampered"):
        open_bundle(data, BOB, _known)
    armored = _run([age, "-a", "-r", BOB.recipient], b'{"format":"mentorvault-bundle"}')
    with pytest.raises(BundleRejected, match="not a MentorVault bundle"):
        open_bundle(armored, BOB, _known)
