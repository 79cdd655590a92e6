"""Helpers for the consent-protocol tests (issue 13): the facade adapter, the CLI runner, format-3 bundles.

Every call of the Python facade made by test_protocol_cli.py and test_protocol_stateful.py
goes through the small functions under "facade adapter" below: the facade's entry points
are being renamed (``vault.add_entry`` -> ``vault.entries.add``, ``vault.grant_consent``
-> ``vault.consents.grant`` ...), and each function tries the new name first, so a rename
is one line here, not a hunt through the tests.

Format-3 bundles are opened here from docs/bundle-format.md's description, not with
mentorvault.crypto.bundle, so a change there cannot quietly change what the tests expect:
``age( b"mentorvault-bundle/3\\n" || 64-byte Ed25519 signature || canonical manifest JSON )``,
where each recipient's private part is an age file (base64 text inside the manifest)
encrypted to that recipient alone.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import subprocess
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from mentorvault.crypto.identity import Identity
from mentorvault.domain.strictjson import dumps_canonical

from exchange_support import PASSPHRASE, Party, run_cli_inprocess

HEADER_V3 = b"mentorvault-bundle/3\n"
SIGNATURE_BYTES = 64
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = "-----BEGIN AGE ENCRYPTED FILE-----"
WHOLE_SECOND = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
LOOKS_LIKE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
REPLAY_SENTENCE = "it is a replay or an old copy. Nothing was changed."
OLDER_FORMAT_SENTENCE = ("This bundle was made by an older version of MentorVault. Ask your partner to update "
                         "MentorVault and export it again.")
ENTRY_KEYS = {"id", "kind", "title", "body", "fields", "tags", "content_hash", "written_at"}


# ---------------------------------------------------------------- facade adapter


def _new(obj: Any, manager: str, method: str) -> Callable[..., Any] | None:
    """``obj.<manager>.<method>`` when the renamed facade has it, else None."""
    return getattr(getattr(obj, manager, None), method, None)


def add_entry(v: Any, kind: str, title: str, body: str = "", fields: dict[str, Any] | None = None) -> Any:
    fn = _new(v, "entries", "add") or v.add_entry
    return fn(kind, title, body, fields)


def update_entry(v: Any, entry_id: str, **changes: Any) -> Any:
    fn = _new(v, "entries", "update") or v.update_entry
    return fn(entry_id, **changes)


def delete_entry(v: Any, entry_id: str) -> None:
    fn = _new(v, "entries", "delete") or v.delete_entry
    fn(entry_id)


def grant(v: Any, entry_id: str, partner: str, expected_hash: str | None = None) -> Any:
    fn = _new(v, "consents", "grant") or v.grant_consent
    return fn(entry_id, partner, expected_hash=expected_hash)


def revoke(v: Any, entry_id: str, partner: str) -> Any:
    fn = _new(v, "consents", "revoke") or v.revoke_consent
    return fn(entry_id, partner)


def consents(v: Any, partner: str | None = None, entry_id: str | None = None) -> list[Any]:
    fn = _new(v, "consents", "list")
    if fn is not None:
        return list(fn(partner=partner, entry_id=entry_id))
    return list(v.consents(partner, entry_id=entry_id))


def removal_confirmed(v: Any, entry_id: str, partner: str) -> bool:
    """Does the sender's vault report the partner's removal of ``entry_id`` as confirmed?"""
    return any(c.removed_by_partner_at is not None for c in consents(v, partner, entry_id))


def export(v: Any, names: Sequence[str], out: Path) -> Any:
    fn = _new(v, "exchange", "export_bundle") or v.export_bundle
    return fn(list(names), out, PASSPHRASE)


def preview(v: Any, names: Sequence[str]) -> Any:
    fn = _new(v, "exchange", "preview_export") or v.preview_export
    return fn(list(names))


def import_bundle(v: Any, path: Path) -> Any:
    fn = _new(v, "exchange", "import_bundle") or v.import_bundle
    return fn(path)


def inbox(v: Any, partner: str) -> dict[str, str]:
    """What ``v`` holds from ``partner``: entry id -> content hash."""
    fn = _new(v, "inbox", "list")
    rows = fn(partner) if fn is not None else v.inbox(partner)
    return {e.id: e.content_hash for e in rows}


def verify_shared_log(v: Any) -> bool:
    fn = _new(v, "shared_log", "verify") or v.verify_shared_log
    return bool(fn())


def what_partner_has_seen(v: Any, partner: str) -> list[Any]:
    fn = _new(v, "shared_log", "what_partner_has_seen") or v.what_partner_has_seen
    return list(fn(partner))


def add_card(v: Any, name: str, card_text: str) -> Any:
    fn = _new(v, "cards", "add") or v.add_partner_card
    return fn(name, card_text)


def verify_card(v: Any, name: str, words: str) -> Any:
    fn = _new(v, "cards", "verify") or v.verify_partner
    return fn(name, words)


def card_words(card_text: str) -> str:
    from mentorvault.crypto.fingerprint import fingerprint_words
    from mentorvault.crypto.identity import ContactCard

    return " ".join(fingerprint_words(ContactCard.from_text(card_text).fingerprint))


# ---------------------------------------------------------------- the CLI


@dataclass
class Cli:
    """Runs ``mentorvault`` for one party: a real subprocess, or ``cli.run`` in this process.

    ``subprocess_only`` forces every call through a real subprocess; otherwise ``sub=False``
    calls run in-process (the same argv through the same ``cli.run``, without ~0.5 s of
    interpreter start-up), for the many-order loops.
    """

    party: Party
    subprocess_only: bool = True

    def run(self, *args: str, sub: bool = True) -> subprocess.CompletedProcess[str]:
        if sub or self.subprocess_only:
            result = self.party.cli(*args, fast=True)
        else:
            with self.party.closed():
                result = run_cli_inprocess("--recovery-key-file", str(self.party.recovery_file), *args,
                                           vault=self.party.folder)
        assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
        return result

    def ok(self, *args: str, sub: bool = True) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, sub=sub)
        assert result.returncode == 0, (args, result.returncode, result.stdout, result.stderr)
        return result

    def json(self, *args: str, sub: bool = True) -> Any:
        return json.loads(self.ok(*args, "--json", sub=sub).stdout)


def consent_row(cli: Cli, partner: str, entry_id: str, sub: bool = True) -> dict[str, Any]:
    rows = [c for c in cli.json("consent", "list", "--to", partner, sub=sub) if c["entry_id"] == entry_id]
    assert len(rows) == 1, rows
    return rows[0]


def held(cli: Cli, sender: str, sub: bool = True) -> dict[str, str]:
    """``inbox --from SENDER --json`` as entry id -> content hash."""
    return {e["id"]: e["content_hash"] for e in cli.json("inbox", "--from", sender, sub=sub)}


# ---------------------------------------------------------------- format-3 bundles


@dataclass
class View:
    """What one recipient can read of a format-3 bundle."""

    manifest: dict[str, Any]  # the signed manifest, private parts still sealed
    parts: list[Any]  # the private parts this identity can decrypt (JSON values)
    sealed: list[bytes]  # every sealed private part (age files), readable or not

    def text(self) -> str:
        """Everything readable, as one string: the manifest without sealed parts, and my parts."""
        return json.dumps({"manifest": strip_sealed(self.manifest), "parts": self.parts}, sort_keys=True)


def plaintext_v3(data: bytes, identity: Identity) -> tuple[bytes, bytes]:
    """(manifest bytes, signature) of a format-3 bundle, asserting its framing."""
    plaintext = pyrage.decrypt(data, [identity.age_identity()])
    assert plaintext.startswith(HEADER_V3), plaintext[:40]
    start = len(HEADER_V3) + SIGNATURE_BYTES
    assert len(plaintext) > start
    return plaintext[start:], plaintext[len(HEADER_V3):start]


def _as_age(value: str) -> bytes | None:
    if value.startswith(AGE_ARMOR):
        return value.encode("ascii")
    if len(value) < 64:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if raw.startswith(AGE_MAGIC) else None


def _walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


def sealed_parts(manifest: Any) -> list[bytes]:
    return [blob for s in _walk(manifest) if isinstance(s, str) and (blob := _as_age(s)) is not None]


def strip_sealed(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip_sealed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_sealed(v) for v in value]
    if isinstance(value, str) and _as_age(value) is not None:
        return "<sealed>"
    return value


def part_plaintext(blob: bytes, identity: Identity) -> bytes | None:
    """A sealed part's plaintext, padding included; None if it is not for ``identity``."""
    try:
        return bytes(pyrage.decrypt(blob, [identity.age_identity()]))
    except Exception:  # noqa: BLE001 -- pyrage.DecryptError: not for this identity
        return None


def try_open_part(blob: bytes, identity: Identity) -> Any | None:
    plain = part_plaintext(blob, identity)
    if plain is None:
        return None
    text = plain.decode("utf-8").rstrip(" ")
    try:
        return json.loads(text)
    except ValueError:
        return text


def view(path: Path | bytes, identity: Identity) -> View:
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    manifest_bytes, _signature = plaintext_v3(data, identity)
    manifest = json.loads(manifest_bytes)
    assert dumps_canonical(manifest) == manifest_bytes, "the manifest is not canonical JSON"
    blobs = sealed_parts(manifest)
    parts = [p for p in (try_open_part(b, identity) for b in blobs) if p is not None]
    return View(manifest, parts, blobs)


def bundle_entries(v: View) -> list[dict[str, Any]]:
    entries = v.manifest.get("entries")
    assert isinstance(entries, list), sorted(v.manifest)
    return entries


def timestamps(value: Any) -> list[str]:
    return [s for s in _walk(value) if isinstance(s, str) and LOOKS_LIKE_TIME.match(s)]


def keys_named(value: Any, fragment: str) -> list[str]:
    return [k for node in _walk(value) if isinstance(node, dict) for k in node if fragment in k.lower()]
