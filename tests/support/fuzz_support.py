"""Shared by the hypothesis fuzz test and the optional atheris harness: a receiving vault built from the
bundle corpus (tests/exchange/corpus), mutants of its bundles, and the one oracle.

The oracle: importing any input either succeeds (and the inbox then holds exactly what the manifest
says) or raises BundleRejected with one plain sentence and leaves every table of the vault as it was;
nothing else may escape, and no input may take longer than PER_INPUT_SECONDS.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1] / "fuzz"

from mentorvault.domain.entry import validate_content  # noqa: E402
from mentorvault.domain.strictjson import StrictJSONError, dumps_canonical  # noqa: E402
from mentorvault.errors import BundleRejected, InvalidEntry  # noqa: E402
from mentorvault.storage.db import transaction  # noqa: E402
from mentorvault.storage.meta import set_meta  # noqa: E402
from mentorvault.vault import Vault  # noqa: E402

import make_corpus  # noqa: E402
from exchange_support import (  # noqa: E402
    HEADER,
    HEADER_V2,
    SIGNATURE_CONTEXT,
    SIGNATURE_CONTEXT_V2,
    RecordingSecretStore,
    dump_vault,
    encrypt_plaintext,
    plaintext_of,
    seal_part,
    seal_raw,
    signed_message,
    v1_envelope,
)

PER_INPUT_SECONDS = 5.0
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
INDEX = json.loads((make_corpus.CORPUS / "index.json").read_text(encoding="utf-8"))
FOR_PRIYA = [item for item in INDEX if "Priya" in item["recipients"]]
BUNDLES = [(make_corpus.CORPUS / item["file"]).read_bytes() for item in FOR_PRIYA]
MANIFEST_BYTES = [(make_corpus.CORPUS / item["file"].replace(".mvbundle", ".manifest.json")).read_bytes()
                  for item in FOR_PRIYA]
MANIFESTS = [json.loads(raw) for raw in MANIFEST_BYTES]
# Priya's private part of each of those bundles (canonical JSON, padding removed), as she decrypts it.
PART_BYTES = [(make_corpus.CORPUS / item["file"].replace(".mvbundle", ".priya.part.json")).read_bytes().rstrip(b" ")
              for item in FOR_PRIYA]
PARTS = [json.loads(raw) for raw in PART_BYTES]
SAM = make_corpus.identity("Sam")
JORDAN = make_corpus.identity("Jordan")
PRIYA = make_corpus.identity("Priya")
PRIYA_FP = PRIYA.fingerprint.hex()


def corpus_vault(name: str, folder: Path, knows: tuple[str, ...]) -> tuple[Vault, str]:
    """Like ``make_corpus.vault_for`` (fixed test keys, verified cards), but keeps the recovery key."""
    vault, recovery = Vault.create(folder, make_corpus.PASSPHRASE, secret_store=RecordingSecretStore())
    with transaction(vault.conn):
        set_meta(vault.conn, "identity", json.dumps(make_corpus.identity(name).to_json()))
    vault.identity.forget()  # the identity is cached once read
    vault.identity.set_display_name(name)
    for other in knows:
        status = vault.cards.add(other, make_corpus.card_text(other)).to_json()
        vault.cards.verify(other, " ".join(status["words"]))
    return vault, recovery


def open_fast(folder: Path, recovery: str) -> Vault:
    return Vault.open(folder, recovery_key=recovery, secret_store=RecordingSecretStore(), auto_backup=False)


@dataclass
class Receiver:
    """Priya's vault (knows Sam and Jordan, verified), reset to a fresh copy after every accepted input."""

    root: Path
    template: Path = field(init=False)
    recovery: str = field(init=False)
    vault: Vault | None = None
    resets: int = 0
    counter: int = 0

    def __post_init__(self) -> None:
        self.template = self.root / "template"
        v, self.recovery = corpus_vault("Priya", self.template, knows=("Sam", "Jordan"))
        v.lock()
        self.reset()

    def reset(self) -> None:
        if self.vault is not None:
            self.vault.lock()
        work = self.root / "work"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(self.template, work)
        self.vault = open_fast(work, self.recovery)
        self.resets += 1

    def close(self) -> None:
        if self.vault is not None:
            self.vault.lock()
            self.vault = None

    @property
    def recv_seq(self) -> int:
        """The highest sequence number imported from any sender (0: nothing imported)."""
        assert self.vault is not None
        return self.vault.conn.execute("SELECT COALESCE(MAX(last_seq), 0) FROM replay_guard").fetchone()[0]


@dataclass
class Outcome:
    accepted: bool
    message: str
    seconds: float


def check_import(receiver: Receiver, data: bytes) -> Outcome:
    """The oracle. Raises AssertionError (or whatever escaped) when the vault misbehaves."""
    assert receiver.vault is not None
    receiver.counter += 1
    path = receiver.root / f"input-{receiver.counter % 4}.mvb"
    path.write_bytes(data)
    before = dump_vault(receiver.vault)
    started = time.perf_counter()
    try:
        review = receiver.vault.exchange.import_bundle(path)
    except BundleRejected as exc:
        seconds = time.perf_counter() - started
        message = str(exc)
        # one short line, and nothing of the partner's text that could drive a terminal
        assert message and "\n" not in message and len(message) < 400, message[:400]
        assert not CONTROLS.search(message), repr(message[:400])
        assert "Traceback" not in message and not message.startswith("<"), message
        assert dump_vault(receiver.vault) == before, f"a refused bundle changed the vault: {message[:300]}"
        assert seconds < PER_INPUT_SECONDS, f"{seconds:.1f} s for one input"
        return Outcome(False, message, seconds)
    seconds = time.perf_counter() - started
    assert seconds < PER_INPUT_SECONDS, f"{seconds:.1f} s for one input"
    inbox = {e.id: e for e in receiver.vault.inbox.list()}
    for entry_id in review.new + review.updated + review.unchanged:
        e = inbox[entry_id]
        assert validate_content(e.kind, e.title, e.body, e.fields, e.tags).content_hash() == e.content_hash
    for entry_id in review.revoked:
        assert entry_id not in inbox
    assert receiver.vault.shared_log.verify()
    receiver.reset()
    return Outcome(True, "accepted", seconds)


# ---------------------------------------------------------------- mutants


def manifest_text(manifest: Any) -> bytes:
    """The manifest bytes a sender would sign: canonical JSON when it can be written so.

    Values canonical JSON cannot hold (NaN, Infinity, lone surrogates, integers beyond 64 bits,
    very deep nesting) are written the way json.dumps writes them, so they still reach the
    receiver's parser.
    """
    try:
        return dumps_canonical(manifest)
    except (StrictJSONError, TypeError):
        return json.dumps(manifest, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                          allow_nan=True).encode("utf-8", "surrogatepass")


# Changes to the format-3 framing (header line, signature, what is signed) a structural
# mutant may carry; each must be refused, whatever the manifest.
FRAMINGS: dict[str, Any] = {
    "header version 4": lambda raw, signer: plaintext_of(raw, signer.sign(signed_message(raw)),
                                                         b"mentorvault-bundle/4\n"),
    "header version 2": lambda raw, signer: plaintext_of(raw, signer.sign(signed_message(raw, SIGNATURE_CONTEXT_V2)),
                                                         HEADER_V2),
    "header version 03": lambda raw, signer: plaintext_of(raw, signer.sign(signed_message(raw)),
                                                          b"mentorvault-bundle/03\n"),
    "header without newline": lambda raw, signer: plaintext_of(raw, signer.sign(signed_message(raw)), HEADER[:-1]),
    "signature truncated": lambda raw, signer: HEADER + signer.sign(signed_message(raw))[:63] + raw,
    "signature doubled": lambda raw, signer: HEADER + signer.sign(signed_message(raw)) * 2 + raw,
    "signature without prehash": lambda raw, signer: plaintext_of(raw, signer.sign(SIGNATURE_CONTEXT + raw)),
    "signature with v2 context": lambda raw, signer: plaintext_of(
        raw, signer.sign(signed_message(raw, SIGNATURE_CONTEXT_V2))),
    "signature with v1 context": lambda raw, signer: plaintext_of(
        raw, signer.sign(b"mentorvault-bundle-v1\x00" + hashlib.sha256(raw).digest())),
    "version-1 envelope": lambda raw, signer: v1_envelope(raw, signer),
    "manifest with a trailing newline": lambda raw, signer: plaintext_of(
        raw + b"\n", signer.sign(signed_message(raw + b"\n"))),
}


def part_text(part: Any) -> bytes:
    """A private part's bytes: canonical JSON when it can be written so (as :func:`manifest_text`)."""
    return manifest_text(part)


def with_part(manifest: Any, part: Any, original: str | None = None) -> Any:
    """``manifest`` with ``part`` (a JSON value, or bytes taken as they are) sealed to Priya in her slot.

    Only when the slot still holds ``original`` (the corpus's sealed part), or ``original`` is None:
    a mutant that replaced or removed the slot itself keeps its mutation.
    """
    if not isinstance(manifest, dict) or not isinstance(manifest.get("parts"), dict):
        return manifest
    slot = manifest["parts"].get(PRIYA_FP)
    if original is not None and slot != original:
        return manifest
    raw = part if isinstance(part, bytes) else part_text(part)
    manifest["parts"][PRIYA_FP] = seal_part(raw, PRIYA.recipient)
    return manifest


def reseal(manifest: Any, *, raw: bytes | None = None, signer: Any = SAM, framing: str | None = None,
           to_sam: bool = True) -> bytes:
    """Sign (genuinely, with Sam's corpus key) and encrypt to Priya whatever manifest we made.

    ``framing`` names one of :data:`FRAMINGS` to build the plaintext with instead of the valid one.
    """
    if raw is None:
        raw = manifest_text(manifest)
    to = [PRIYA.recipient] + ([signer.recipient] if to_sam else [])
    if framing is None:
        return seal_raw(raw, signer, to, drafts=False)
    return encrypt_plaintext(FRAMINGS[framing](raw, signer), to)


def fresh_sequence(part: dict[str, Any], seq: int) -> None:
    """Keep a mutant from stopping at the replay check: a sequence number above anything imported.

    In format 3 the sequence number is in each recipient's private part (``part["seq"]``).
    """
    if isinstance(part, dict):
        part["seq"] = seq


def fix_part(part: Any, manifest: Any) -> None:
    """Bind a (mutated) part to its (mutated) manifest, so the mutant reaches past that check:
    the manifest's bundle id, Priya as recipient, a consent time for exactly the manifest's entries."""
    if not isinstance(part, dict) or not isinstance(manifest, dict):
        return
    part["bundle_id"] = manifest.get("bundle_id")
    part["recipient"] = PRIYA_FP
    entries = manifest.get("entries")
    if isinstance(entries, list):
        ids = [e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]
        old = part.get("consented") if isinstance(part.get("consented"), dict) else {}
        part["consented"] = {i: old.get(i, "2026-03-14T10:00:00Z") for i in ids}


def fix_hashes(manifest: dict[str, Any]) -> None:
    """Recompute each entry's content hash when its content validates, so the mutant reaches storage."""
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        return
    for e in entries:
        if isinstance(e, dict):
            try:
                e["content_hash"] = validate_content(e.get("kind"), e.get("title"), e.get("body"), e.get("fields"),
                                                     e.get("tags") or []).content_hash()
            except (InvalidEntry, TypeError, AttributeError, ValueError):
                pass


def sign(manifest_bytes: bytes, signer: Any = SAM) -> bytes:
    return signer.sign(signed_message(manifest_bytes))


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="mentorvault-fuzz-"))
