"""Key slots: the vault's random data key, wrapped once per way of unlocking.

The key-slot file (``keyslots.json``) holds no plaintext of the user's: a format
version, the vault id and a list of slots.  Each slot wraps the 256-bit data key
with ChaCha20-Poly1305 under a key derived from one secret:

* ``passphrase``: Argon2id with the parameters stored in the slot;
* ``recovery``: HKDF-SHA256 over a random 256-bit recovery key;
* ``device``: HKDF-SHA256 over a random secret kept in the OS keyring.

The associated data binds the vault id, the slot id, the slot type and the KDF
parameters, so a slot copied from another vault, or with edited parameters,
does not unwrap.  Parameters read from disk are capped before any derivation.

Every field of every slot is checked when the file is read.  A slot that fails a
check is set aside with a :class:`SlotNote` (what is wrong with it) and the others
still work.  Slots written by this version carry an id derived from their own
fields and the vault id (a version-8 UUID), so the file itself tells a slot whose
settings, salt or nonce were edited, or that comes from another vault, from a
wrong passphrase.  Passphrase slots are tried cheapest first, within a total
budget of work, so expensive tampered slots cannot multiply the cost of unlocking.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import DamagedKeySlots, WrongPassphrase, WrongRecoveryKey

FORMAT = "mentorvault-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
MAX_SLOT_FILE = 64 * 1024

# Argon2id: the target, the floor (RFC 9106's second recommendation) and the caps.
# The caps are what calibration can produce: 256 MiB, 4 lanes, and at most 10 iterations
# (the count calibration picks for half a second where one pass over 256 MiB takes 50 ms,
# faster than any machine measured; a 2-core Xeon under load takes 440 ms).
TARGET_MEMORY_KIB = 256 * 1024
TARGET_LANES = 4
TARGET_SECONDS = 0.5
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_MEMORY_KIB = TARGET_MEMORY_KIB
MAX_ITERATIONS = 10
MAX_LANES = TARGET_LANES
# Unlocking with a passphrase derives at most this much in all (KiB x passes): twice the
# dearest slot the caps allow, whatever number of passphrase slots the file holds.
MAX_TOTAL_WORK = 2 * MAX_MEMORY_KIB * MAX_ITERATIONS
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_SLOTS = 16


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> JSONObject:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @property
    def work(self) -> int:
        """What one derivation costs, in KiB times passes (lanes run on one core here)."""
        return self.memory_kib * self.iterations

    @classmethod
    def from_json(cls, data: Any) -> Argon2Params:
        if not isinstance(data, dict) or set(data) != {"memory_kib", "iterations", "lanes"}:
            raise DamagedKeySlots()
        values = []
        for key in ("memory_kib", "iterations", "lanes"):
            v = data[key]
            if not isinstance(v, int) or isinstance(v, bool):
                raise DamagedKeySlots()
            values.append(v)
        params = cls(*values)
        params.check()
        return params

    def check(self) -> None:
        """Refuse parameters that would be too weak, or would hang or exhaust memory."""
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise DamagedKeySlots(
                "The vault's key file asks for an unreasonable amount of memory to unlock; it has been "
                "tampered with or damaged. Nothing was changed.", reason="memory",
            )
        if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS) or not (1 <= self.lanes <= MAX_LANES):
            raise DamagedKeySlots(
                "The vault's key file has unreasonable unlock settings; it has been tampered with or "
                "damaged. Nothing was changed.", reason="settings",
            )
        if self.memory_kib < 8 * self.lanes:
            raise DamagedKeySlots()


MINIMUM_PARAMS = Argon2Params(MIN_MEMORY_KIB, MIN_ITERATIONS, 4)


def argon2id(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    params.check()
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def testing_kdf_profile() -> bool:
    """Whether the test suites' quick Argon2id parameters are switched on (see :func:`calibrate`)."""
    return os.environ.get("MENTORVAULT_KDF_PROFILE") == "minimum" and os.environ.get("MENTORVAULT_TESTING") == "1"


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Pick iterations so one derivation at 256 MiB takes about ``target_seconds`` here.

    A testing switch: ``MENTORVAULT_KDF_PROFILE=minimum`` together with ``MENTORVAULT_TESTING=1``
    selects RFC 9106's second recommendation (64 MiB, t=3, p=4) instead, so a test suite
    that creates thousands of slots stays fast.  Without ``MENTORVAULT_TESTING=1`` the app
    ignores it: a variable left in a user's environment never weakens what ``passwd`` writes.
    """
    if testing_kdf_profile():
        return MINIMUM_PARAMS
    probe = Argon2Params(TARGET_MEMORY_KIB, MIN_ITERATIONS, TARGET_LANES)
    start = time.perf_counter()
    argon2id(b"calibration", b"\x00" * 16, probe)
    per_iteration = (time.perf_counter() - start) / MIN_ITERATIONS
    iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS, round(target_seconds / max(per_iteration, 1e-6))))
    return Argon2Params(TARGET_MEMORY_KIB, iterations, TARGET_LANES)


def derive_key(secret: bytes, purpose: str, salt: bytes | None = None) -> bytes:
    """HKDF-SHA256 with an explicit purpose string per use."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose.encode()).derive(secret)


# ---------------------------------------------------------------- recovery key

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_CROCKFORD)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
RECOVERY_GROUP = 4


def _recovery_check(key: bytes) -> bytes:
    return hashlib.sha256(b"mentorvault-recovery-check" + key).digest()[:3]


def new_recovery_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """32 bytes plus a 3-byte check, in Crockford base32, as 14 groups of 4 characters."""
    data = key + _recovery_check(key)
    number = int.from_bytes(data, "big")  # 280 bits = 56 characters of 5 bits
    chars = []
    for _ in range(56):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(c for c in text.upper() if not c.isspace() and c != "-")
    if len(cleaned) != 56 or any(c not in _DECODE for c in cleaned):
        raise WrongRecoveryKey(
            "That does not look like a recovery key: it has 14 groups of 4 letters and digits. Check it and try again.", reason="not_a_key"
        )
    number = 0
    for c in cleaned:
        number = (number << 5) | _DECODE[c]
    data = number.to_bytes(35, "big")
    key, check = data[:32], data[32:]
    if _recovery_check(key) != check:
        raise WrongRecoveryKey("That recovery key has a typing mistake in it. Check each group and try again.",
                               reason="typo")
    return key


# ---------------------------------------------------------------- slots


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


SLOT_TYPES = ("passphrase", "recovery", "device")
# A slot's problem -> the ``reason`` of the DamagedKeySlots that says no slot of its type could be used.
SLOT_REASONS = {
    "memory": "memory",
    "settings": "settings",
    "changed": "slot_changed",
    "foreign": "slot_foreign",
    "malformed": "slot_malformed",
    "missing_slot": "slot_missing_slot",
}


class SlotProblem(Exception):
    """Why one slot cannot be used (kept inside this module: the file reports a SlotNote)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class SlotNote:
    """A slot set aside when the key file was read, and why.

    ``problem`` is one of ``malformed`` (a field is missing, of the wrong type or size),
    ``memory`` or ``settings`` (KDF settings out of range), ``changed`` (its salt,
    nonce, settings, type or id were edited), ``foreign`` (it was made for another
    vault), or ``over_budget`` (not tried: the passphrase slots before it used up the
    work allowed for one unlock).
    """

    index: int
    type: str  # passphrase | recovery | device | unknown
    problem: str


def _fail(problem: str = "malformed") -> SlotProblem:
    return SlotProblem(problem)


def _slot_field(data: Any, length: int) -> bytes:
    if not isinstance(data, str):
        raise _fail()
    try:
        raw = base64.b64decode(data, validate=True)
    except ValueError:
        raise _fail() from None
    if len(raw) != length:
        raise _fail()
    return raw


_V8_VERSION = 8


def _content_digest(slot_type: str, salt: bytes, params: Argon2Params | None, nonce: bytes) -> bytes:
    body = json.dumps({"type": slot_type, "salt": _b64(salt), "nonce": _b64(nonce),
                       "kdf": params.to_json() if params else None}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(b"mentorvault-slot-content/v1\x00" + body.encode()).digest()[:8]


def _vault_digest(vault_id: str, content: bytes) -> bytes:
    return hashlib.sha256(b"mentorvault-slot-vault/v1\x00" + vault_id.encode() + content).digest()[:8]


def slot_id_for(vault_id: str, slot_type: str, salt: bytes, params: Argon2Params | None, nonce: bytes) -> str:
    """A slot's id as this version writes it: a version-8 UUID from its fields and the vault id.

    Not a secret and not a MAC (anyone can compute it): it lets the file itself tell an
    edited slot, or one made for another vault, from a wrong passphrase.
    """
    content = _content_digest(slot_type, salt, params, nonce)
    raw = bytearray(content + _vault_digest(vault_id, content))
    raw[6] = (raw[6] & 0x0F) | (_V8_VERSION << 4)
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def _check_slot_id(slot: Slot, vault_id: str) -> None:
    """Raise SlotProblem('changed' or 'foreign') when a derived id does not match the slot."""
    parsed = uuid.UUID(slot.id)
    if parsed.version != _V8_VERSION:
        return  # written before ids were derived: the file cannot tell, the AEAD still does
    expected = uuid.UUID(slot_id_for(vault_id, slot.type, slot.salt, slot.params, slot.nonce))
    if parsed == expected:
        return
    mask = bytes([0xFF] * 6 + [0x0F] + [0xFF])
    same_content = all(a & m == b & m for a, b, m in zip(parsed.bytes[:8], expected.bytes[:8], mask, strict=True))
    raise _fail("foreign" if same_content else "changed")


@dataclass
class Slot:
    id: str
    type: str  # passphrase | recovery | device
    nonce: bytes
    wrapped: bytes
    salt: bytes = b""
    params: Argon2Params | None = None
    created_at: str = ""
    position: int = field(default=-1, compare=False)  # its place in the file as read (for notes)

    def to_json(self) -> JSONObject:
        out: JSONObject = {
            "id": self.id,
            "type": self.type,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "salt": _b64(self.salt),
            "created_at": self.created_at,
        }
        if self.params is not None:
            out["kdf"] = {"name": "argon2id", **self.params.to_json()}
        return out

    @classmethod
    def from_json(cls, data: Any, vault_id: str | None = None) -> Slot:
        """One slot, every field checked; SlotProblem says what is wrong with it."""
        if not isinstance(data, dict):
            raise _fail()
        kind = data.get("type")
        expected = {"id", "type", "nonce", "wrapped", "salt", "created_at"}
        if kind == "passphrase":
            expected.add("kdf")
        if kind not in SLOT_TYPES or set(data) != expected:
            raise _fail()
        slot_id, created_at = data["id"], data["created_at"]
        if not isinstance(slot_id, str) or not isinstance(created_at, str) or len(created_at) > 64:
            raise _fail()
        try:
            if str(uuid.UUID(slot_id)) != slot_id:
                raise _fail()
        except (ValueError, TypeError):
            raise _fail() from None
        slot = cls(
            id=slot_id,
            type=kind,
            nonce=_slot_field(data["nonce"], NONCE_BYTES),
            wrapped=_slot_field(data["wrapped"], KEY_BYTES + 16),
            salt=_slot_field(data["salt"], SALT_BYTES),
            params=None,
            created_at=created_at,
        )
        if kind == "passphrase":
            kdf = dict(data["kdf"]) if isinstance(data["kdf"], dict) else None
            if kdf is None or kdf.pop("name", None) != "argon2id":
                raise _fail()
            try:
                slot.params = Argon2Params.from_json(kdf)
            except DamagedKeySlots as exc:
                raise _fail(str(exc.field("reason") or "malformed")) from None
        if vault_id is not None:
            _check_slot_id(slot, vault_id)
        return slot

    def associated_data(self, vault_id: str) -> bytes:
        ad = {
            "format": FORMAT,
            "vault_id": vault_id,
            "slot_id": self.id,
            "type": self.type,
            "salt": _b64(self.salt),
            "kdf": self.params.to_json() if self.params else None,
        }
        return json.dumps(ad, sort_keys=True, separators=(",", ":")).encode()


def _slot_key(slot: Slot, secret: bytes) -> bytes:
    if slot.type == "passphrase":
        assert slot.params is not None
        return argon2id(secret, slot.salt, slot.params)
    return derive_key(secret, f"mentorvault/keyslot/{slot.type}/v1", slot.salt)


def make_slot(
    vault_id: str,
    slot_type: str,
    secret: bytes,
    data_key: bytes,
    params: Argon2Params | None = None,
    created_at: str = "",
) -> Slot:
    slot = Slot(
        id="",
        type=slot_type,
        nonce=secrets.token_bytes(NONCE_BYTES),
        wrapped=b"",
        salt=secrets.token_bytes(SALT_BYTES),
        params=params if slot_type == "passphrase" else None,
        created_at=created_at,
    )
    if slot_type == "passphrase" and slot.params is None:
        slot.params = calibrate()
    slot.id = slot_id_for(vault_id, slot_type, slot.salt, slot.params, slot.nonce)
    key = _slot_key(slot, secret)
    slot.wrapped = ChaCha20Poly1305(key).encrypt(slot.nonce, data_key, slot.associated_data(vault_id))
    return slot


def try_unwrap(slot: Slot, vault_id: str, secret: bytes) -> bytes | None:
    key = _slot_key(slot, secret)
    try:
        return ChaCha20Poly1305(key).decrypt(slot.nonce, slot.wrapped, slot.associated_data(vault_id))
    except InvalidTag:
        return None


@dataclass
class KeySlotFile:
    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    # The first 16 bytes of vault.db (SQLCipher's per-file salt, not secret): tells a key
    # file that belongs to another vault apart from a damaged database.
    database_salt: str | None = None
    # Slots set aside when the file was read: why, and their JSON as it was (kept on a rewrite
    # unless a new slot of the same type replaces them).
    notes: list[SlotNote] = field(default_factory=list)
    unusable: list[tuple[SlotNote, Any]] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots] + [raw for _note, raw in self.unusable],
        }
        if self.database_salt is not None:
            data["database_salt"] = self.database_salt
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

    def replace_type(self, slot_type: str, new: Slot | None) -> None:
        """Drop every slot of ``slot_type`` (usable or set aside) and add ``new`` if given."""
        self.slots = [s for s in self.slots if s.type != slot_type] + ([new] if new is not None else [])
        self.unusable = [(n, raw) for n, raw in self.unusable if n.type != slot_type]
        self.notes = [n for n in self.notes if n.type != slot_type]

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        if len(raw) > MAX_SLOT_FILE:
            raise DamagedKeySlots()
        try:
            data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise DamagedKeySlots() from None
        required = {"format", "version", "vault_id", "slots"}
        if not isinstance(data, dict) or not (required <= set(data) <= required | {"database_salt"}):
            raise DamagedKeySlots()
        salt = data.get("database_salt")
        if salt is not None and (not isinstance(salt, str) or not re.fullmatch(r"[0-9a-f]{32}", salt)):
            raise DamagedKeySlots()
        if data["format"] != FORMAT:
            raise DamagedKeySlots()
        if data["version"] != FORMAT_VERSION:
            raise DamagedKeySlots(
                "This vault was made by a newer version of MentorVault. Nothing was changed. Update MentorVault "
                "to open it.", reason="newer_version",
            )
        try:
            vault_id = str(uuid.UUID(data["vault_id"]))
        except (ValueError, TypeError, AttributeError):
            raise DamagedKeySlots() from None
        if not isinstance(data["slots"], list) or not (1 <= len(data["slots"]) <= MAX_SLOTS):
            raise DamagedKeySlots()
        out = cls(vault_id, [], salt)
        for index, item in enumerate(data["slots"]):
            try:
                slot = Slot.from_json(item, vault_id)
                slot.position = index
                out.slots.append(slot)
            except SlotProblem as exc:
                kind = item.get("type") if isinstance(item, dict) else None
                note = SlotNote(index, kind if kind in SLOT_TYPES else "unknown", exc.problem)
                out.notes.append(note)
                out.unusable.append((note, item))
        return out

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_SLOT_FILE + 1)
        except FileNotFoundError:
            raise DamagedKeySlots("The vault's key file is missing. Nothing was changed.",
            reason="missing") from None
        return cls.from_bytes(raw)

    def of_type(self, slot_type: str) -> list[Slot]:
        return [s for s in self.slots if s.type == slot_type]

    def notes_of(self, slot_type: str) -> list[SlotNote]:
        return [n for n in self.notes if n.type == slot_type]

    def _no_usable_slot(self, slot_type: str) -> DamagedKeySlots:
        """Why no slot of ``slot_type`` could be tried, as the facts the front ends word."""
        notes = self.notes_of(slot_type)
        problem = notes[0].problem if notes else "missing_slot"
        messages = {
            "memory": "The vault's key file asks for an unreasonable amount of memory to unlock; it has been "
                      "tampered with or damaged. Nothing was changed.",
            "settings": "The vault's key file has unreasonable unlock settings; it has been tampered with or "
                        "damaged. Nothing was changed.",
            "changed": f"The {slot_type} slot in the vault's key file was changed outside MentorVault, so it "
                       "cannot unlock the vault. Nothing was changed.",
            "foreign": f"The {slot_type} slot in the vault's key file belongs to another vault. Nothing was "
                       "changed.",
            "malformed": f"The {slot_type} slot in the vault's key file is damaged. Nothing was changed.",
            "missing_slot": f"The vault's key file has no {slot_type} slot: it was removed outside MentorVault. "
                            "Nothing was changed.",
        }
        reason = SLOT_REASONS.get(problem, "slot_malformed")
        return DamagedKeySlots(messages.get(problem, messages["malformed"]), reason=reason, slot_type=slot_type,
                               problem=problem, slot_notes=list(self.notes))

    def passphrase_order(self) -> list[Slot]:
        """The passphrase slots to try, cheapest first, within MAX_TOTAL_WORK in all.

        Slots beyond the budget get an ``over_budget`` note and are not derived with.
        """
        chosen: list[Slot] = []
        spent = 0
        for slot in sorted(self.of_type("passphrase"), key=lambda s: s.params.work if s.params else 0):
            assert slot.params is not None
            if chosen and spent + slot.params.work > MAX_TOTAL_WORK:
                self.notes.append(SlotNote(slot.position, "passphrase", "over_budget"))
                continue
            chosen.append(slot)
            spent += slot.params.work
        return chosen

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        secret = passphrase.encode("utf-8")
        candidates = self.passphrase_order()
        if not candidates:
            raise self._no_usable_slot("passphrase")
        for slot in candidates:
            key = try_unwrap(slot, self.vault_id, secret)
            if key is not None:
                return key
        raise WrongPassphrase(slot_notes=list(self.notes))

    def unwrap_with_recovery(self, recovery_key: bytes) -> bytes:
        candidates = self.of_type("recovery")
        if not candidates:
            raise self._no_usable_slot("recovery")
        for slot in candidates:
            key = try_unwrap(slot, self.vault_id, recovery_key)
            if key is not None:
                return key
        raise WrongRecoveryKey(slot_notes=list(self.notes))

    def unwrap_with_device(self, secret: bytes) -> bytes | None:
        for slot in self.of_type("device"):
            key = try_unwrap(slot, self.vault_id, secret)
            if key is not None:
                return key
        return None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError("duplicate key")
        out[k] = v
    return out


def _no_constant(name: str) -> Any:
    raise ValueError("non-finite number")
