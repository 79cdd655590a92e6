"""The C2SP CCTV age test vectors against pyrage and against bundle import.

The vectors live outside the repository (``../shared/age-testkit``, or the folder
named by ``MENTORVAULT_AGE_TESTKIT``); this module is skipped when they are absent.
Passphrase (scrypt) decryption is never attempted: a hostile work factor can hang it.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from mentorvault.crypto.bundle import open_bundle
from mentorvault.crypto.identity import ContactCard, Identity
from mentorvault.errors import BundleRejected

TESTKIT = Path(
    os.environ.get("MENTORVAULT_AGE_TESTKIT")
    or Path(__file__).resolve().parents[3] / "shared" / "age-testkit"
)
if not TESTKIT.is_dir():
    pytest.skip(f"age test vectors not found at {TESTKIT}", allow_module_level=True)

X25519_PREFIX = "AGE-SECRET-KEY-1"
HYBRID_PREFIX = "AGE-SECRET-KEY-PQ-1"
# Documented rage deviations (testkit README; rage's own testkit exempts them too).
RAGE_EXEMPT = {"armor_whitespace_outside", "stanza_missing_body", "stanza_missing_final_line"}


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: tuple[str, ...]
    passphrase: bool
    age: bytes

    @property
    def x25519(self) -> list[str]:
        return [i for i in self.identities if i.startswith(X25519_PREFIX)]

    @property
    def hybrid(self) -> bool:
        return any(i.startswith(HYBRID_PREFIX) for i in self.identities)


def load_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    header, sep, body = raw.partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the header"
    fields: dict[str, list[str]] = {}
    for line in header.decode("utf-8").split("\n"):
        key, colon, value = line.partition(": ")
        assert colon, f"{path.name}: bad header line {line!r}"
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        name=path.name,
        expect=fields["expect"][0],
        payload=fields.get("payload", [None])[0],
        identities=tuple(fields.get("identity", [])),
        passphrase="passphrase" in fields,
        age=body,
    )


VECTORS = [load_vector(p) for p in sorted(TESTKIT.iterdir()) if p.is_file() and p.name != "README.md"]
NAMES = [v.name for v in VECTORS]
BY_NAME = {v.name: v for v in VECTORS}


def test_vector_set_is_substantial() -> None:
    """Guards against a parsing slip that would make every check below vacuous."""
    success = [v for v in VECTORS if v.expect == "success" and v.x25519 and not v.hybrid and not v.passphrase]
    failure = [v for v in VECTORS if v.expect != "success" and v.x25519]
    assert len(VECTORS) >= 100
    assert len(success) >= 15 and len(failure) >= 60
    assert {v.expect for v in VECTORS} >= {"success", "header failure", "payload failure", "armor failure"}


@pytest.mark.parametrize("name", NAMES)
def test_pyrage_agrees_with_vector(name: str) -> None:
    vector = BY_NAME[name]
    if not vector.x25519:
        pytest.skip("no X25519 identity (passphrase or hybrid only)")
    if vector.hybrid and vector.expect == "success":
        pytest.skip("hybrid (post-quantum) identities are not supported by pyrage")
    if vector.expect == "success" and vector.passphrase:
        pytest.skip("passphrase vectors are not decrypted")
    if name in RAGE_EXEMPT:
        pytest.skip("documented rage deviation")
    identities = [pyrage.x25519.Identity.from_str(i) for i in vector.x25519]
    if vector.expect == "success":
        plaintext = pyrage.decrypt(vector.age, identities)
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload
    else:
        with pytest.raises(pyrage.DecryptError):
            pyrage.decrypt(vector.age, identities)


def _nobody(fp_hex: str) -> ContactCard | None:
    return None


@pytest.mark.parametrize("name", NAMES)
def test_bundle_import_refuses_vector(name: str) -> None:
    vector = BY_NAME[name]
    identities = [Identity.generate()]
    identities += [Identity(secret, Identity.generate().signing_private) for secret in vector.x25519]
    for me in identities:
        with pytest.raises(BundleRejected):
            open_bundle(vector.age, me, _nobody)
