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
TARGET_MEMORY_KIB = 256 * 1024
TARGET_LANES = 4
TARGET_SECONDS = 0.5
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> JSONObject:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

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
    iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS // 2, round(target_seconds / max(per_iteration, 1e-6))))
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
            "That does not look like a recovery key: it has 14 groups of 4 letters and digits. Check it and try again."
        )
    number = 0
    for c in cleaned:
        number = (number << 5) | _DECODE[c]
    data = number.to_bytes(35, "big")
    key, check = data[:32], data[32:]
    if _recovery_check(key) != check:
        raise WrongRecoveryKey("That recovery key has a typing mistake in it. Check each group and try again.")
    return key


# ---------------------------------------------------------------- slots


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DamagedKeySlots()
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise DamagedKeySlots() from None
    if length is not None and len(raw) != length:
        raise DamagedKeySlots()
    return raw


@dataclass
class Slot:
    id: str
    type: str  # passphrase | recovery | device
    nonce: bytes
    wrapped: bytes
    salt: bytes = b""
    params: Argon2Params | None = None
    created_at: str = ""

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
    def from_json(cls, data: Any) -> Slot:
        if not isinstance(data, dict):
            raise DamagedKeySlots()
        kind = data.get("type")
        expected = {"id", "type", "nonce", "wrapped", "salt", "created_at"}
        if kind == "passphrase":
            expected.add("kdf")
        if kind not in ("passphrase", "recovery", "device") or set(data) != expected:
            raise DamagedKeySlots()
        params = None
        if kind == "passphrase":
            kdf = dict(data["kdf"]) if isinstance(data["kdf"], dict) else None
            if kdf is None or kdf.pop("name", None) != "argon2id":
                raise DamagedKeySlots()
            params = Argon2Params.from_json(kdf)
        if not isinstance(data["id"], str) or not isinstance(data["created_at"], str):
            raise DamagedKeySlots()
        return cls(
            id=data["id"],
            type=kind,
            nonce=_unb64(data["nonce"], 12),
            wrapped=_unb64(data["wrapped"], KEY_BYTES + 16),
            salt=_unb64(data["salt"]),
            params=params,
            created_at=data["created_at"],
        )

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
        id=str(uuid.uuid4()),
        type=slot_type,
        nonce=secrets.token_bytes(12),
        wrapped=b"",
        salt=secrets.token_bytes(16),
        params=params if slot_type == "passphrase" else None,
        created_at=created_at,
    )
    if slot_type == "passphrase" and slot.params is None:
        slot.params = calibrate()
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

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.database_salt is not None:
            data["database_salt"] = self.database_salt
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

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
        if not isinstance(data["slots"], list) or not (1 <= len(data["slots"]) <= 16):
            raise DamagedKeySlots()
        return cls(vault_id, [Slot.from_json(s) for s in data["slots"]], salt)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_SLOT_FILE + 1)
        except FileNotFoundError:
            raise DamagedKeySlots("The vault's key file is missing. Nothing was changed.", reason="missing") from None
        return cls.from_bytes(raw)

    def of_type(self, slot_type: str) -> list[Slot]:
        return [s for s in self.slots if s.type == slot_type]

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        secret = passphrase.encode("utf-8")
        for slot in self.of_type("passphrase"):
            key = try_unwrap(slot, self.vault_id, secret)
            if key is not None:
                return key
        raise WrongPassphrase()

    def unwrap_with_recovery(self, recovery_key: bytes) -> bytes:
        for slot in self.of_type("recovery"):
            key = try_unwrap(slot, self.vault_id, recovery_key)
            if key is not None:
                return key
        raise WrongRecoveryKey()

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
