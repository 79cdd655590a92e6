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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

# Bundle format 3, written out here from docs/bundle-format.md rather than imported from
# mentorvault.crypto.bundle, so a change there cannot quietly change what the tests expect.
HEADER = b"mentorvault-bundle/3\n"
SIGNATURE_CONTEXT = b"mentorvault-bundle-v3\x00"
SIGNATURE_BYTES = 64
AGE_MAGIC = b"age-encryption.org/v1\n"
PART_PAD = 1024  # private parts are padded with spaces to a multiple of this
# Format 2, for crafting bundles from a partner who has not upgraded (refused).
HEADER_V2 = b"mentorvault-bundle/2\n"
SIGNATURE_CONTEXT_V2 = b"mentorvault-bundle-v2\x00"
TS = "2026-03-14T10:00:00Z"  # a whole-second UTC time, as bundles write them


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
    def create(cls, name: str, root: Path) -> Party:
        root.mkdir(parents=True, exist_ok=True)
        folder = root / name.lower()
        store = RecordingSecretStore()
        vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=store)
        recovery_file = root / f"{name.lower()}.recovery"
        fd = os.open(recovery_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(recovery + "\n")
        party = cls(name, folder, root / f"{name.lower()}.card", recovery_file, store, vault)
        vault.identity.export_card(party.card_path, name=name)
        return party

    @property
    def v(self) -> Vault:
        assert self._vault is not None, f"{self.name}'s vault is closed"
        return self._vault

    @property
    def identity(self) -> Identity:
        return self.v.identity.get()

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

    def knows(self, other: Party, verify: bool = True) -> dict[str, Any]:
        status = self.v.cards.add(other.name, other.card_path.read_text(encoding="utf-8")).to_json()
        if verify:
            status = self.v.cards.verify(other.name, " ".join(status["words"])).to_json()
        return status

    def export(self, to: Sequence[Party] | Party, out: Path, **kw: Any) -> Any:
        names = [to.name] if isinstance(to, Party) else [p.name for p in to]
        return self.v.exchange.export_bundle(names, out, PASSPHRASE, **kw)

    def dump(self) -> dict[str, Any]:
        return dump_vault(self.v)


def share_entry(party: Party, partner: str, title: str) -> str:
    """A new goal of ``party``'s, consented to ``partner``; its id."""
    entry = party.v.entries.add("goal", title, "body of " + title)
    party.v.consents.grant(entry.id, partner)
    return str(entry.id)


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

    The rollback bookkeeping rows of ``meta`` are left out: each unlock bumps ``generation`` by
    design, and a copy opened at a new place gets its own ``lineage`` (``rollback_key`` is set once).
    """
    conn = vault.conn
    out: dict[str, Any] = {}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "ORDER BY name")]
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        if table == "meta":
            rows = [r for r in rows if r[0] not in ("generation", "lineage", "rollback_key")]
        out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


# ---------------------------------------------------------------- bundles


def signed_message(manifest_bytes: bytes, context: bytes = SIGNATURE_CONTEXT) -> bytes:
    """What a bundle's signature covers: the context string, then SHA-256 of the manifest bytes."""
    return context + hashlib.sha256(manifest_bytes).digest()


def plaintext_of(manifest_bytes: bytes, signature: bytes, header: bytes = HEADER) -> bytes:
    """The bytes age encrypts: header line, 64-byte signature, manifest."""
    return header + signature + manifest_bytes


def split_plaintext(plaintext: bytes, header: bytes = HEADER) -> tuple[bytes, bytes]:
    """(manifest_bytes, signature) of a decrypted bundle, asserting the framing of ``header``'s format."""
    assert plaintext.startswith(header), plaintext[:40]
    assert len(plaintext) > len(header) + SIGNATURE_BYTES
    start = len(header) + SIGNATURE_BYTES
    return plaintext[start:], plaintext[len(header):start]


def open_plaintext(data: bytes, identity: Identity, header: bytes = HEADER) -> tuple[bytes, bytes]:
    """(manifest_bytes, signature) of a sealed bundle, decrypted with ``identity``."""
    return split_plaintext(pyrage.decrypt(data, [identity.age_identity()]), header)


def manifest_of(path: Path | bytes, identity: Identity) -> dict[str, Any]:
    """The signed manifest of a format-3 bundle, as ``identity`` reads it (private parts still sealed)."""
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    manifest_bytes, _sig = open_plaintext(data, identity)
    return json.loads(manifest_bytes)


def encrypt_plaintext(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Age-encrypt any plaintext to ``recipients`` (age1...), as a bundle is."""
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


# ---- private parts


def revocation_id() -> str:
    """A fresh revocation id: 32 lower-case hex digits (128 random bits)."""
    return os.urandom(16).hex()


def pad_part(raw: bytes, size: int | None = None) -> bytes:
    """``raw`` padded with spaces to ``size``, by default to the next multiple of PART_PAD."""
    if size is None:
        size = -(-max(len(raw), 1) // PART_PAD) * PART_PAD
    assert size >= len(raw), (size, len(raw))
    return raw + b" " * (size - len(raw))


def seal_part(part: dict[str, Any] | bytes, recipient: str, *, pad: bool | int = True) -> str:
    """A private part as it travels in ``manifest["parts"]``: age-encrypted to ``recipient`` (age1...)
    alone, as standard base64 text.

    A dict is written as canonical JSON; bytes are sealed as given (so a test can seal what no
    sender would write).  ``pad``: True pads to the next multiple of PART_PAD, an int to that
    length, False not at all.
    """
    raw = dumps_canonical(part) if isinstance(part, dict) else part
    if pad is not False:
        raw = pad_part(raw, None if pad is True else pad)
    return base64.b64encode(encrypt_plaintext(raw, [recipient])).decode("ascii")


def open_part(sealed: str | bytes, identity: Identity) -> bytes:
    """The plaintext of one sealed private part (base64 text or the age file), padding included."""
    blob = base64.b64decode(sealed, validate=True) if isinstance(sealed, str) else sealed
    return pyrage.decrypt(blob, [identity.age_identity()])


def part_of(path: Path | bytes, identity: Identity) -> dict[str, Any]:
    """The private part of a format-3 bundle addressed to ``identity``, decrypted and parsed.

    Asserts the padding is only spaces and the JSON is canonical.
    """
    manifest = manifest_of(path, identity)
    raw = open_part(manifest["parts"][identity.fingerprint.hex()], identity)
    text = raw.rstrip(b" ")
    part = json.loads(text)
    assert dumps_canonical(part) == text, "the private part is not canonical JSON"
    return part


def part_dict(bundle_id: str, recipient_fp: str, seq: int, entries: Sequence[dict[str, Any]] = (), *,
              consented: dict[str, Any] | None = None, revocations: Sequence[Any] = (),
              receipts: Sequence[Any] = (), acceptances: Sequence[dict[str, Any]] = (),
              log: dict[str, Any] | None = None) -> dict[str, Any]:
    """One recipient's private part, valid for a bundle carrying ``entries`` unless told otherwise.

    ``revocations`` may be entry ids, ``{"entry_id"}`` dicts (format 2's shape; ``revoked_at`` is
    dropped) or ``{"id", "entry_id"}`` records; each without an id gets a fresh one.  ``receipts``
    are revocation ids (format 2's ``{"entry_id"}`` receipts name no revocation and are refused
    here: get the ids from the sender's ``vault.consents.pending_revocations(NAME)``).
    """
    records = []
    for r in revocations:
        if isinstance(r, str):
            records.append({"id": revocation_id(), "entry_id": r})
        elif isinstance(r, dict) and "id" not in r:
            records.append({"id": revocation_id(), "entry_id": r["entry_id"]})
        else:
            records.append(r)
    for r in receipts:
        if isinstance(r, dict) and "id" not in r:
            raise TypeError("format 3 receipts are revocation ids (32 hex digits), not {'entry_id': ...}: take them "
                            "from the sender's vault.consents.pending_revocations(NAME)")
    return {
        "bundle_id": bundle_id,
        "recipient": recipient_fp,
        "seq": seq,
        "consented": {e["id"]: TS for e in entries} if consented is None else consented,
        "revocations": records,
        "receipts": [r["id"] if isinstance(r, dict) else r for r in receipts],
        "acceptances": list(acceptances),
        "log": {"count": seq, "head": hashlib.sha256(f"{recipient_fp}/{seq}".encode()).hexdigest()}
        if log is None else log,
    }


# ---- manifests and whole bundles


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
    """An entry as it travels in a format-3 manifest, with its correct content hash unless given."""
    fields = {"why": "It matters to me."} if fields is None else fields
    if content_hash is None:
        content_hash = validate_content(kind, title, body, fields, list(tags)).content_hash()
    return {"id": entry_id or str(uuid.uuid4()), "kind": kind, "title": title, "body": body, "fields": fields,
            "tags": list(tags), "content_hash": content_hash, "written_at": "2026-03-13T20:00:00Z"}


Recipient = Any  # a fingerprint hex string, or an Identity, ContactCard or Party


def _recipient_keys(r: Recipient) -> tuple[str, str | None]:
    """(fingerprint hex, age recipient or None) of a recipient given in any of the accepted forms."""
    if isinstance(r, str):
        return r, None
    if isinstance(r, Party):
        return r.fp, r.card.recipient
    return r.fingerprint.hex(), r.recipient


def manifest_dict(sender: Identity, sender_name: str, recipients: Sequence[Recipient], seq: int,
                  entries: Sequence[dict[str, Any]] = (), *, revocations: Sequence[Any] = (),
                  receipts: Sequence[Any] = (), acceptances: Sequence[dict[str, Any]] = (),
                  **extra: Any) -> dict[str, Any]:
    """A valid format-3 manifest from ``sender`` with sequence number ``seq`` for every recipient.

    A recipient given as an Identity, ContactCard or Party gets its private part sealed to it
    alone; one given as a fingerprint gets a *draft* part (the part's JSON object in place of the
    sealed text), which :func:`seal_raw` seals when it writes the bundle.  ``revocations``,
    ``receipts`` and ``acceptances`` go into every recipient's part (see :func:`part_dict`);
    ``extra`` replaces or adds top-level manifest keys.
    """
    bundle_id = str(uuid.uuid4())
    keys = [_recipient_keys(r) for r in recipients]
    drafts = {fp: part_dict(bundle_id, fp, seq, entries, revocations=revocations, receipts=receipts,
                            acceptances=acceptances) for fp, _age in keys}
    raw = {fp: dumps_canonical(p) for fp, p in drafts.items()}
    size = len(pad_part(max(raw.values(), key=len))) if raw else 0
    parts: dict[str, Any] = {fp: drafts[fp] if age is None else seal_part(raw[fp], age, pad=size)
                             for fp, age in keys}
    manifest: dict[str, Any] = {
        "format_version": 3,
        "bundle_id": bundle_id,
        "created_at": "2026-03-14T09:30:00Z",
        "sender": sender_of(sender, sender_name),
        "recipients": [fp for fp, _age in keys],
        "entries": list(entries),
        "parts": parts,
    }
    manifest.update(extra)
    return manifest


def seal_drafts(manifest: dict[str, Any], recipients: Sequence[str]) -> dict[str, Any]:
    """A copy of ``manifest`` whose draft parts (JSON objects) are padded to one length and sealed to
    ``recipients`` (age1...); sealed parts and anything else are left as they are."""
    parts = manifest.get("parts")
    if not isinstance(parts, dict) or not any(isinstance(p, dict) for p in parts.values()):
        return manifest
    raw = {fp: dumps_canonical(p) for fp, p in parts.items() if isinstance(p, dict)}
    size = len(pad_part(max(raw.values(), key=len)))
    sealed = {fp: base64.b64encode(encrypt_plaintext(pad_part(r, size), recipients)).decode("ascii")
              for fp, r in raw.items()}
    return {**manifest, "parts": {**parts, **sealed}}


def seal_raw(manifest_bytes: bytes, signer: Identity, recipients: Sequence[str], *,
             header: bytes = HEADER, message: bytes | None = None, drafts: bool = True) -> bytes:
    """Sign arbitrary manifest bytes with ``signer`` and age-encrypt to ``recipients`` (age1...).

    Follows docs/bundle-format.md ("Envelope") but checks nothing, so tests can craft
    bundles the vault must refuse even though the signature is genuine.  ``header``
    replaces the header line; ``message`` replaces what is signed (by default
    :func:`signed_message` of the manifest bytes).

    When the bytes are the canonical JSON of a manifest with draft parts (see
    :func:`manifest_dict`) and ``drafts`` is true, the drafts are sealed first, each to every
    recipient but the signer (one recipient, in a bundle from a partner), and the manifest
    written again; any other bytes are signed exactly as given.
    """
    if drafts:
        manifest_bytes = _with_sealed_drafts(manifest_bytes, [r for r in recipients if r != signer.recipient]
                                             or list(recipients))
    signature = signer.sign(signed_message(manifest_bytes) if message is None else message)
    return encrypt_plaintext(plaintext_of(manifest_bytes, signature, header), recipients)


def _with_sealed_drafts(manifest_bytes: bytes, part_recipients: Sequence[str]) -> bytes:
    if b'"parts":{' not in manifest_bytes:
        return manifest_bytes
    try:
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict) or dumps_canonical(manifest) != manifest_bytes:
            return manifest_bytes
    except (ValueError, RecursionError, TypeError):
        return manifest_bytes
    sealed = seal_drafts(manifest, part_recipients)
    return manifest_bytes if sealed is manifest else dumps_canonical(sealed)


def seal_manifest(manifest: dict[str, Any], signer: Identity, recipients: Sequence[str], **framing: Any) -> bytes:
    """:func:`seal_raw` of ``manifest`` written as canonical JSON."""
    return seal_raw(dumps_canonical(manifest), signer, recipients, **framing)


def reseal(data: bytes, reader: Identity, signer: Identity, recipients: Sequence[str], *,
           manifest: Callable[[dict[str, Any]], Any] | None = None,
           part: Callable[[dict[str, Any]], Any] | None = None) -> bytes:
    """A real bundle, decrypted as ``reader``, edited, signed again by ``signer`` and encrypted to
    ``recipients`` (age1...).

    ``part`` edits the reader's private part (a dict; return a replacement dict, or bytes to seal
    as they are, or None to keep the edited dict), which is then sealed to the reader again;
    ``manifest`` then edits the manifest the same way (bytes returned are signed as given).
    """
    manifest_bytes, _sig = open_plaintext(data, reader)
    m = json.loads(manifest_bytes)
    if part is not None:
        fp = reader.fingerprint.hex()
        raw = open_part(m["parts"][fp], reader)
        p = json.loads(raw.rstrip(b" "))
        edited = part(p)
        edited = p if edited is None else edited
        if isinstance(edited, dict):  # the same padded length as before, when it still fits
            pad: bool | int = len(raw) if len(dumps_canonical(edited)) <= len(raw) else True
        else:
            pad = False
        m["parts"][fp] = seal_part(edited, reader.recipient, pad=pad)
    out: Any = m
    if manifest is not None:
        edited_m = manifest(m)
        out = m if edited_m is None else edited_m
    raw_manifest = out if isinstance(out, bytes) else dumps_canonical(out)
    return seal_raw(raw_manifest, signer, recipients, drafts=False)


def v1_envelope(manifest_bytes: bytes, signer: Identity) -> bytes:
    """A genuine version-1 plaintext (the JSON envelope of the first release), signed as it was."""
    return dumps_canonical({
        "format": "mentorvault-bundle",
        "version": 1,
        "manifest": base64.b64encode(manifest_bytes).decode("ascii"),
        "signature": base64.b64encode(signer.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)).decode("ascii"),
    })


def v2_manifest_dict(sender: Identity, sender_name: str, recipients: Sequence[str], seq: int,
                     entries: Sequence[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:
    """A manifest as format 2 wrote it (one list of revocations and receipts, every recipient's sequence
    number readable by all); ``recipients`` are fingerprint hex strings."""
    manifest: dict[str, Any] = {
        "format_version": 1,
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-03-14T09:30:00Z",
        "sender": sender_of(sender, sender_name),
        "recipients": list(recipients),
        "sequences": {fp: seq for fp in recipients},
        "entries": [{**{k: v for k, v in e.items() if k != "written_at"}, "updated_at": e.get(
            "written_at", "2026-03-13T20:00:00Z")} for e in entries],
        "revocations": [],
        "receipts": [],
        "acceptances": [],
    }
    manifest.update(extra)
    return manifest


def seal_v2(manifest: dict[str, Any], signer: Identity, recipients: Sequence[str]) -> bytes:
    """A genuine format-2 bundle: format 2's header line and signature context, nothing else changed."""
    raw = dumps_canonical(manifest)
    return seal_raw(raw, signer, recipients, header=HEADER_V2, message=signed_message(raw, SIGNATURE_CONTEXT_V2),
                    drafts=False)


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
