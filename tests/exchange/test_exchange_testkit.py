"""Every C2SP CCTV age test vector, fed to a vault's bundle import (facade for all, CLI for a sample).

Each vector is tried twice: with the vault's own identity (so most stop at decryption), and
with the vector's own X25519 identity installed as the vault's identity, so the vault gets as
far as the vector allows (success vectors decrypt, then fail as "not a MentorVault bundle").
Either way: refused with a plain sentence, and nothing stored.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentorvault.crypto.identity import Identity
from mentorvault.errors import BundleRejected, IdentityError
from mentorvault.storage import meta
from mentorvault.storage.db import transaction

from exchange_support import Party, one_line_error, plain_sentence

TESTKIT = Path(os.environ.get("MENTORVAULT_AGE_TESTKIT")
               or Path(__file__).resolve().parents[3] / "shared" / "age-testkit")
if not TESTKIT.is_dir():
    pytest.skip(f"age test vectors not found at {TESTKIT}", allow_module_level=True)


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    identities: tuple[str, ...]
    age: bytes


def load(path: Path) -> Vector:
    header, sep, body = path.read_bytes().partition(b"\n\n")
    assert sep, path.name
    fields: dict[str, list[str]] = {}
    for line in header.decode("utf-8").split("\n"):
        key, colon, value = line.partition(": ")
        assert colon, (path.name, line)
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(path.name, fields["expect"][0], tuple(fields.get("identity", [])), body)


VECTORS = {p.name: load(p) for p in sorted(TESTKIT.iterdir()) if p.is_file() and p.name != "README.md"}
# one of each family, plus a success vector and a compressed one
CLI_SAMPLE = ["armor_garbage_encoded", "armor_crlf", "empty", "header_crlf", "hmac_bad", "hybrid", "scrypt",
              "stanza_bad_start", "stream_bad_tag", "version_unsupported", "x25519", "x25519_identity"]
FIXED_SIGNING_KEY = bytes(range(32))


def vector_identity(v: Vector) -> Identity | None:
    for secret in v.identities:
        if secret.startswith("AGE-SECRET-KEY-1"):
            try:
                return Identity(secret, FIXED_SIGNING_KEY)
            except IdentityError:
                continue
    return None


def test_the_vector_set_is_the_documented_one() -> None:
    assert len(VECTORS) == 143
    assert sum(v.expect == "success" for v in VECTORS.values()) == 26
    assert set(CLI_SAMPLE) <= set(VECTORS), set(CLI_SAMPLE) - set(VECTORS)


@pytest.fixture(scope="module")
def priya(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Party]:
    party = Party.create("Priya", tmp_path_factory.mktemp("testkit"))
    try:
        yield party
    finally:
        party.close()


class use_identity:
    """Install another identity as the vault's own for the duration (restored afterwards)."""

    def __init__(self, party: Party, identity: Identity | None) -> None:
        self.party, self.identity = party, identity

    def __enter__(self) -> None:
        self.saved = meta.get_meta(self.party.v.conn, "identity")
        if self.identity is not None:
            with transaction(self.party.v.conn):
                meta.set_meta(self.party.v.conn, "identity", json.dumps(self.identity.to_json()))
            self.party.v.identity.forget()  # the vault caches its identity once read
            assert self.party.v.identity.get().recipient == self.identity.recipient

    def __exit__(self, *exc: object) -> None:
        with transaction(self.party.v.conn):
            meta.set_meta(self.party.v.conn, "identity", self.saved or "")
        self.party.v.identity.forget()


@pytest.mark.parametrize("name", list(VECTORS))
def test_vector_is_refused_by_import(priya: Party, tmp_path: Path, name: str) -> None:
    v = VECTORS[name]
    path = tmp_path / f"{name}.age"
    path.write_bytes(v.age)
    for identity in (None, vector_identity(v)):
        with use_identity(priya, identity):
            before = priya.dump()
            with pytest.raises(BundleRejected) as exc:
                priya.v.exchange.import_bundle(path)
            plain_sentence(str(exc.value))
            assert priya.dump() == before
        if identity is not None and v.expect == "success":
            # it decrypted with the vector's key; what came out is not a MentorVault bundle plaintext
            assert "could not be decrypted" not in str(exc.value), str(exc.value)
        if identity is None and vector_identity(v) is None:
            break


def test_a_sample_of_vectors_is_refused_by_the_cli(priya: Party, tmp_path: Path) -> None:
    problems = []
    for name in CLI_SAMPLE:
        v = VECTORS[name]
        path = tmp_path / f"{name}.age"
        path.write_bytes(v.age)
        with use_identity(priya, vector_identity(v)):
            before = priya.dump()
            result = priya.cli("import", str(path), fast=True)
            try:
                plain_sentence(one_line_error(result))
                assert result.stdout == ""
                assert priya.dump() == before
            except AssertionError as exc:
                problems.append(f"{name}: {exc}")
    assert not problems, "\n".join(problems)
