"""Helpers for the vault-level exchange tests: parties with real vaults, dumps, crafted bundles.

Test modules import this by name (pytest puts ``tests/support`` on ``sys.path``);
fixtures built from it live in ``tests/exchange/conftest.py``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import traceback
import uuid
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

import pyrage

from mentorvault.crypto.identity import ContactCard, Identity
from mentorvault.domain.entry import validate_content
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.vault import Vault


from suite_support import _root_conftest  # noqa: E402 -- tests/conftest.py, loaded once under its own name

_root = _root_conftest()
PASSPHRASE: str = _root.PASSPHRASE
RecordingSecretStore = _root.RecordingSecretStore
run_cli = _root.run_cli
REPO: Path = _root.REPO

# Bundle format 2, written out here from docs/bundle-format.md rather than imported from
# mentorvault.crypto.bundle, so a change there cannot quietly change what the tests expect.
HEADER = b"mentorvault-bundle/2\n"
SIGNATURE_CONTEXT = b"mentorvault-bundle-v2\x00"
SIGNATURE_BYTES = 64
AGE_MAGIC = b"age-encryption.org/v1\n"


# ---------------------------------------------------------------- parties


def run_cli_inprocess(*args: str, vault: Path, passphrase: str | None = PASSPHRASE
                      ) -> subprocess.CompletedProcess[str]:
    """``mentorvault.cli.run`` in this process, for the many-case loops (a subprocess costs ~0.5 s).

    Whatever escapes ``run`` is turned into a "Traceback" on stderr, so the usual
    one-line-error assertion catches it.  A sample of each loop also runs as a real
    subprocess (:func:`run_cli`).
    """
    from mentorvault import cli

    out, err = io.StringIO(), io.StringIO()
    saved = os.environ.get("MENTORVAULT_PASSPHRASE")
    if passphrase is None:
        os.environ.pop("MENTORVAULT_PASSPHRASE", None)
    else:
        os.environ["MENTORVAULT_PASSPHRASE"] = passphrase
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code: Any = cli.run(["--vault", str(vault), *args])
            except SystemExit as exc:
                code = exc.code
            except BaseException:  # noqa: BLE001 -- reported as the traceback a user would see
                err.write("Traceback (most recent call last):\n" + traceback.format_exc())
                code = 99
    finally:
        if saved is None:
            os.environ.pop("MENTORVAULT_PASSPHRASE", None)
        else:
            os.environ["MENTORVAULT_PASSPHRASE"] = saved
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


@dataclass
class Party:
    """One person with a real vault on disk (open unless inside :meth:`closed`).

    Re-opening after a CLI run uses the recovery key (HKDF, instant) rather than the
    passphrase (Argon2id, ~0.2 s here); unlocking is not what these tests are about.
    """

    name: str
    folder: Path
    card_path: Path
    recovery_file: Path
    secret_store: Any = field(default_factory=RecordingSecretStore)
    _vault: Vault | None = None

    @classmethod
    def create(cls, name: str, root: Path) -> "Party":
        root.mkdir(parents=True, exist_ok=True)
        folder = root / name.lower()
        store = RecordingSecretStore()
        vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=store)
        recovery_file = root / f"{name.lower()}.recovery"
        fd = os.open(recovery_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(recovery + "\n")
        party = cls(name, folder, root / f"{name.lower()}.card", recovery_file, store, vault)
        vault.export_card(party.card_path, name=name)
        return party

    @property
    def v(self) -> Vault:
        assert self._vault is not None, f"{self.name}'s vault is closed"
        return self._vault

    @property
    def identity(self) -> Identity:
        return self.v.identity()

    @property
    def card(self) -> ContactCard:
        return ContactCard.from_text(self.card_path.read_text(encoding="utf-8"))

    @property
    def fp(self) -> str:
        return self.card.fingerprint.hex()

    def close(self) -> None:
        if self._vault is not None:
            self._vault.lock()
            self._vault = None

    def open(self) -> None:
        if self._vault is None:
            self._vault = Vault.open(self.folder, recovery_key=self.recovery_file.read_text().strip(),
                                     secret_store=self.secret_store, auto_backup=False)

    @contextmanager
    def closed(self) -> Iterator[None]:
        self.close()
        try:
            yield
        finally:
            self.open()

    def _argv(self, args: Sequence[str], fast: bool) -> list[str]:
        return (["--recovery-key-file", str(self.recovery_file)] if fast else []) + list(args)

    def cli(self, *args: str, passphrase: str | None = PASSPHRASE, fast: bool = False
            ) -> subprocess.CompletedProcess[str]:
        """Run the real CLI (a subprocess) on this vault; the vault is closed meanwhile.

        ``fast`` unlocks with the recovery key file instead of the passphrase.
        """
        with self.closed():
            return run_cli(*self._argv(args, fast), vault=self.folder, passphrase=passphrase)

    def cli_many(self, argvs: Sequence[Sequence[str]], *, subprocess_every: int = 0
                 ) -> list[subprocess.CompletedProcess[str]]:
        """Run many CLI commands with the vault closed once; in-process, except every
        ``subprocess_every``-th one (and the first), which runs as a real subprocess."""
        results = []
        with self.closed():
            for i, args in enumerate(argvs):
                argv = self._argv(args, fast=True)
                if subprocess_every and i % subprocess_every == 0:
                    results.append(run_cli(*argv, vault=self.folder))
                else:
                    results.append(run_cli_inprocess(*argv, vault=self.folder))
        return results

    def knows(self, other: "Party", verify: bool = True) -> dict[str, Any]:
        status = self.v.add_partner_card(other.name, other.card_path.read_text(encoding="utf-8"))
        if verify:
            status = self.v.verify_partner(other.name, " ".join(status["words"]))
        return status

    def export(self, to: Sequence["Party"] | "Party", out: Path, **kw: Any) -> Any:
        names = [to.name] if isinstance(to, Party) else [p.name for p in to]
        return self.v.export_bundle(names, out, PASSPHRASE, **kw)

    def dump(self) -> dict[str, Any]:
        return dump_vault(self.v)


def link(a: Party, b: Party) -> None:
    """Exchange cards both ways and verify both fingerprints."""
    a.knows(b)
    b.knows(a)


@dataclass
class World:
    root: Path
    sam: Party
    priya: Party
    jordan: Party | None = None

    def parties(self) -> list[Party]:
        return [p for p in (self.sam, self.priya, self.jordan) if p is not None]

    def close(self) -> None:
        for p in self.parties():
            p.close()


def make_world(root: Path, with_jordan: bool) -> World:
    """Sam and Priya, cards exchanged and verified; with Jordan, who knows only Sam."""
    world = World(root, Party.create("Sam", root), Party.create("Priya", root))
    link(world.sam, world.priya)
    if with_jordan:
        world.jordan = Party.create("Jordan", root)
        link(world.sam, world.jordan)
    return world


def copy_world(template: World, root: Path) -> World:
    """Fresh copies of a (closed) template world's vaults under ``root``, opened.

    The copies share the template's keys and vault ids; for tests that need many
    fresh worlds (the stateful model) without paying Argon2id three times each.
    """
    assert all(p._vault is None for p in template.parties()), "close the template first"
    shutil.copytree(template.root, root)

    def clone(p: Party | None) -> Party | None:
        if p is None:
            return None
        rel = lambda path: root / path.relative_to(template.root)  # noqa: E731
        party = Party(p.name, rel(p.folder), rel(p.card_path), rel(p.recovery_file))
        party.open()
        return party

    sam, priya = clone(template.sam), clone(template.priya)
    assert sam is not None and priya is not None
    return World(root, sam, priya, clone(template.jordan))


def dump_vault(vault: Vault) -> dict[str, Any]:
    """Every row of every table (FTS shadow tables included), for byte-for-byte comparison.

    The ``generation`` meta row is left out: each unlock bumps it by design.
    """
    conn = vault.conn
    out: dict[str, Any] = {}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "ORDER BY name")]
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        if table == "meta":
            rows = [r for r in rows if r[0] != "generation"]
        out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


# ---------------------------------------------------------------- bundles


def signed_message(manifest_bytes: bytes) -> bytes:
    """What a bundle's signature covers: the context string, then SHA-256 of the manifest bytes."""
    return SIGNATURE_CONTEXT + hashlib.sha256(manifest_bytes).digest()


def plaintext_of(manifest_bytes: bytes, signature: bytes, header: bytes = HEADER) -> bytes:
    """The bytes age encrypts: header line, 64-byte signature, manifest."""
    return header + signature + manifest_bytes


def split_plaintext(plaintext: bytes) -> tuple[bytes, bytes]:
    """(manifest_bytes, signature) of a decrypted bundle, asserting the version-2 framing."""
    assert plaintext.startswith(HEADER), plaintext[:40]
    assert len(plaintext) > len(HEADER) + SIGNATURE_BYTES
    start = len(HEADER) + SIGNATURE_BYTES
    return plaintext[start:], plaintext[len(HEADER):start]


def open_plaintext(data: bytes, identity: Identity) -> tuple[bytes, bytes]:
    """(manifest_bytes, signature) of a sealed bundle, decrypted with ``identity``."""
    return split_plaintext(pyrage.decrypt(data, [identity.age_identity()]))


def manifest_of(path: Path | bytes, identity: Identity) -> dict[str, Any]:
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    manifest_bytes, _sig = open_plaintext(data, identity)
    return json.loads(manifest_bytes)


def encrypt_plaintext(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Age-encrypt any plaintext to ``recipients`` (age1...), as a bundle is."""
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def seal_raw(manifest_bytes: bytes, signer: Identity, recipients: Sequence[str], *,
             header: bytes = HEADER, message: bytes | None = None) -> bytes:
    """Sign arbitrary manifest bytes with ``signer`` and age-encrypt to ``recipients`` (age1...).

    Follows docs/bundle-format.md ("Envelope") but checks nothing, so tests can craft
    bundles the vault must refuse even though the signature is genuine.  ``header``
    replaces the header line; ``message`` replaces what is signed (by default
    :func:`signed_message` of the manifest bytes).
    """
    signature = signer.sign(signed_message(manifest_bytes) if message is None else message)
    return encrypt_plaintext(plaintext_of(manifest_bytes, signature, header), recipients)


def v1_envelope(manifest_bytes: bytes, signer: Identity) -> bytes:
    """A genuine version-1 plaintext (the JSON envelope of the first release), signed as it was."""
    return dumps_canonical({
        "format": "mentorvault-bundle",
        "version": 1,
        "manifest": base64.b64encode(manifest_bytes).decode("ascii"),
        "signature": base64.b64encode(signer.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)).decode("ascii"),
    })


def sender_of(identity: Identity, name: str) -> dict[str, str]:
    return {
        "name": name,
        "fingerprint": identity.fingerprint.hex(),
        "recipient": identity.recipient,
        "signing_key": base64.b64encode(identity.signing_public).decode("ascii"),
    }


def wire_entry(kind: str = "goal", title: str = "A shared goal", body: str = "Some *Markdown*.",
               fields: dict[str, Any] | None = None, tags: Sequence[str] = ("growth",),
               entry_id: str | None = None, content_hash: str | None = None) -> dict[str, Any]:
    """An entry as it travels in a manifest, with its correct content hash unless given."""
    fields = {"why": "It matters to me."} if fields is None else fields
    if content_hash is None:
        content_hash = validate_content(kind, title, body, fields, list(tags)).content_hash()
    return {"id": entry_id or str(uuid.uuid4()), "kind": kind, "title": title, "body": body, "fields": fields,
            "tags": list(tags), "content_hash": content_hash, "updated_at": "2026-03-13T20:00:00Z"}


def manifest_dict(sender: Identity, sender_name: str, recipients: Sequence[str], seq: int,
                  entries: Sequence[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:
    """A version-1 manifest; ``recipients`` are fingerprint hex strings."""
    manifest: dict[str, Any] = {
        "format_version": 1,
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-03-14T09:30:00Z",
        "sender": sender_of(sender, sender_name),
        "recipients": list(recipients),
        "sequences": {fp: seq for fp in recipients},
        "entries": list(entries),
        "revocations": [],
        "receipts": [],
        "acceptances": [],
    }
    manifest.update(extra)
    return manifest


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """Assert the CLI failed the way users are promised: exit 1, one stderr line, no traceback."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mentorvault: "), lines[0]
    return lines[0].removeprefix("mentorvault: ")


def plain_sentence(message: str) -> None:
    """A user-facing refusal: one line, a short plain sentence or two, no programmer output."""
    assert message and "\n" not in message, repr(message)
    assert (message[0].isupper() or message[0] in "'\"") and message.rstrip().endswith("."), message
    assert len(message) < 300, message
    for marker in ("Traceback", "Error(", "Exception", "errno", "{", "<"):
        assert marker not in message, message
    assert not re.search(r"(?<!\w)b['\"]", message), message  # no bytes repr
