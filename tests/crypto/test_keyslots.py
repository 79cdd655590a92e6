"""Key slots: Argon2id parameters and caps, the recovery-key format, slot binding, the slot file."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import secrets
import time
import uuid
from typing import Any

import pytest

from mentorvault.cli import describe
from mentorvault.crypto import keyslots as ks
from mentorvault.errors import DamagedKeySlots, WrongPassphrase, WrongRecoveryKey

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_KEY = bytes(range(32))
VAULT_ID = str(uuid.UUID(int=1))
PASSPHRASE = b"correct horse battery staple"


@pytest.fixture(scope="module")
def slot_file() -> ks.KeySlotFile:
    recovery = bytes(range(100, 132))
    return ks.KeySlotFile(
        VAULT_ID,
        [
            ks.make_slot(
                VAULT_ID, "passphrase", PASSPHRASE, DATA_KEY, ks.MINIMUM_PARAMS, "2026-01-01T00:00:00Z"
            ),
            ks.make_slot(VAULT_ID, "recovery", recovery, DATA_KEY, None, "2026-01-01T00:00:00Z"),
            ks.make_slot(VAULT_ID, "device", b"d" * 32, DATA_KEY, None, "2026-01-01T00:00:00Z"),
        ],
    )


def _json(slot_file: ks.KeySlotFile) -> dict[str, Any]:
    return json.loads(slot_file.to_bytes())


def _load(data: Any) -> ks.KeySlotFile:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return ks.KeySlotFile.from_bytes(raw)


# --------------------------------------------------------------------------- recovery key


def _reference_format(key: bytes) -> str:
    """Independent re-implementation of the documented format: Crockford base32 of key + 3-byte check."""
    check = hashlib.sha256(b"mentorvault-recovery-check" + key).digest()[:3]
    number = int.from_bytes(key + check, "big")
    text = "".join(CROCKFORD[(number >> (5 * (55 - i))) & 31] for i in range(56))
    return "-".join(text[i : i + 4] for i in range(0, 56, 4))


@pytest.mark.parametrize("key", [bytes(32), b"\xff" * 32, DATA_KEY, secrets.token_bytes(32)])
def test_recovery_key_format_known_answer(key: bytes) -> None:
    text = ks.format_recovery_key(key)
    assert text == _reference_format(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 and set(g) <= set(CROCKFORD) for g in groups)
    assert ks.parse_recovery_key(text) == key


def test_recovery_key_of_zero_bytes() -> None:
    assert ks.format_recovery_key(bytes(32)).startswith("0000-0000-0000")


def test_recovery_key_parsing_is_forgiving_about_layout_and_look_alikes() -> None:
    key = secrets.token_bytes(32)
    text = ks.format_recovery_key(key)
    variants = [
        text.lower(),
        text.replace("-", ""),
        text.replace("-", " "),
        f"  {text}\n",
        text.replace("0", "O").replace("1", "I"),
        text.replace("1", "l"),
    ]
    for variant in variants:
        assert ks.parse_recovery_key(variant) == key


def test_new_recovery_keys_are_random() -> None:
    keys = {ks.new_recovery_key() for _ in range(20)}
    assert len(keys) == 20 and all(len(k) == 32 for k in keys)


def test_every_single_typo_is_caught_by_the_checksum() -> None:
    key = secrets.token_bytes(32)
    chars = list(ks.format_recovery_key(key).replace("-", ""))
    for pos in range(len(chars)):
        typo = chars.copy()
        typo[pos] = CROCKFORD[(CROCKFORD.index(chars[pos]) + 1 + pos % 30) % 32]
        with pytest.raises(WrongRecoveryKey, match="typing mistake"):
            ks.parse_recovery_key("".join(typo))


def test_swapped_neighbours_are_caught() -> None:
    key = secrets.token_bytes(32)
    chars = list(ks.format_recovery_key(key).replace("-", ""))
    swaps = 0
    for pos in range(len(chars) - 1):
        if chars[pos] == chars[pos + 1]:
            continue
        typo = chars.copy()
        typo[pos], typo[pos + 1] = typo[pos + 1], typo[pos]
        with pytest.raises(WrongRecoveryKey):
            ks.parse_recovery_key("".join(typo))
        swaps += 1
    assert swaps > 40


@pytest.mark.parametrize(
    "text", ["", "ABCD", "0000-" * 13 + "000", "0000-" * 14 + "0000", "U" * 56, "!" * 56, "0" * 55 + "\u0661"]
)
def test_malformed_recovery_keys(text: str) -> None:
    with pytest.raises(WrongRecoveryKey, match="does not look like a recovery key"):
        ks.parse_recovery_key(text)


# --------------------------------------------------------------------------- Argon2 parameters


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [
        (64 * 1024 * 1024, 3, 4),  # 64 GiB
        (ks.MAX_MEMORY_KIB + 1, 3, 4),
        (ks.MIN_MEMORY_KIB - 1, 3, 4),
        (0, 3, 4),
        (-1, 3, 4),
        (65536, 10**6, 4),
        (65536, ks.MAX_ITERATIONS + 1, 4),
        (65536, 2, 4),
        (65536, 0, 4),
        (65536, 3, 0),
        (65536, 3, -4),
        (65536, 3, ks.MAX_LANES + 1),
        (2**64, 2**64, 2**32),
    ],
)
def test_unreasonable_parameters_are_refused_without_deriving(
    memory: int, iterations: int, lanes: int
) -> None:
    params = ks.Argon2Params(memory, iterations, lanes)
    start = time.perf_counter()
    with pytest.raises(DamagedKeySlots) as info:
        ks.argon2id(b"secret", b"s" * 16, params)
    with pytest.raises(DamagedKeySlots):
        ks.Argon2Params.from_json(params.to_json())
    assert time.perf_counter() - start < 1
    assert "Restore" in describe(info.value)  # the CLI words the remedy (the core says what happened)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"memory_kib": 65536, "iterations": 3},
        {"memory_kib": 65536, "iterations": 3, "lanes": 4, "x": 1},
        {"memory_kib": 65536.0, "iterations": 3, "lanes": 4},
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": True, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": None},
    ],
)
def test_parameter_json_must_be_exact(data: Any) -> None:
    with pytest.raises(DamagedKeySlots):
        ks.Argon2Params.from_json(data)


def test_bounds_are_inclusive() -> None:
    for params in (
        ks.Argon2Params(ks.MIN_MEMORY_KIB, ks.MIN_ITERATIONS, 1),
        ks.Argon2Params(ks.MAX_MEMORY_KIB, ks.MAX_ITERATIONS, ks.MAX_LANES),
    ):
        params.check()
        assert ks.Argon2Params.from_json(params.to_json()) == params


def test_minimum_profile_is_rfc9106_second_recommendation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORVAULT_KDF_PROFILE", "minimum")
    assert ks.calibrate() == ks.Argon2Params(64 * 1024, 3, 4)


def test_calibration_targets_256_mib_and_stays_in_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MENTORVAULT_KDF_PROFILE", raising=False)
    calls: list[ks.Argon2Params] = []
    clock = [0.0]
    per_call = [0.0]  # the seconds each fake derivation takes, set by the loop below

    def fake_argon2id(secret: bytes, salt: bytes, params: ks.Argon2Params) -> bytes:
        calls.append(params)
        clock[0] += per_call[0]
        return b"k" * 32

    monkeypatch.setattr(ks, "argon2id", fake_argon2id)
    monkeypatch.setattr(ks.time, "perf_counter", lambda: clock[0])
    for seconds, expected in ((0.3, 5), (30.0, ks.MIN_ITERATIONS), (0.0001, ks.MAX_ITERATIONS)):
        per_call[0] = seconds
        params = ks.calibrate(0.5)
        assert params == ks.Argon2Params(256 * 1024, expected, 4)
        params.check()
    assert all(c.memory_kib == 256 * 1024 for c in calls)


def test_argon2id_depends_on_secret_salt_and_parameters() -> None:
    p = ks.MINIMUM_PARAMS
    base = ks.argon2id(b"secret", b"s" * 16, p)
    assert len(base) == 32 and base == ks.argon2id(b"secret", b"s" * 16, p)
    others = {
        ks.argon2id(b"secreT", b"s" * 16, p),
        ks.argon2id(b"secret", b"t" * 16, p),
        ks.argon2id(b"secret", b"s" * 16, ks.Argon2Params(p.memory_kib, p.iterations + 1, p.lanes)),
        ks.argon2id(b"secret", b"s" * 16, ks.Argon2Params(p.memory_kib, p.iterations, p.lanes - 1)),
    }
    assert base not in others and len(others) == 4


def _hkdf_sha256(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    prk = hmac.new(salt or bytes(32), secret, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def test_derive_key_is_hkdf_sha256_with_the_purpose_as_info() -> None:
    secret, salt = b"x" * 32, b"y" * 16
    assert ks.derive_key(secret, "mentorvault/test/v1", salt) == _hkdf_sha256(
        secret, salt, b"mentorvault/test/v1"
    )
    assert ks.derive_key(secret, "mentorvault/test/v1") == _hkdf_sha256(secret, None, b"mentorvault/test/v1")
    assert ks.derive_key(secret, "a", salt) != ks.derive_key(secret, "b", salt)


# --------------------------------------------------------------------------- slots


def test_each_slot_type_unwraps_with_its_secret_only(slot_file: ks.KeySlotFile) -> None:
    assert slot_file.unwrap_with_passphrase(PASSPHRASE.decode()) == DATA_KEY
    assert slot_file.unwrap_with_recovery(bytes(range(100, 132))) == DATA_KEY
    assert slot_file.unwrap_with_device(b"d" * 32) == DATA_KEY
    with pytest.raises(WrongPassphrase):
        slot_file.unwrap_with_passphrase("correct horse battery stapler")
    with pytest.raises(WrongRecoveryKey):
        slot_file.unwrap_with_recovery(bytes(range(101, 133)))
    assert slot_file.unwrap_with_device(b"e" * 32) is None
    # A secret of one type does not open a slot of another type.
    with pytest.raises(WrongRecoveryKey):
        slot_file.unwrap_with_recovery(b"d" * 32)
    assert slot_file.unwrap_with_device(bytes(range(100, 132))) is None


def test_wrapping_is_randomised(slot_file: ks.KeySlotFile) -> None:
    again = ks.make_slot(VAULT_ID, "recovery", bytes(range(100, 132)), DATA_KEY)
    first = slot_file.of_type("recovery")[0]
    assert again.nonce != first.nonce and again.salt != first.salt and again.wrapped != first.wrapped
    assert ks.try_unwrap(again, VAULT_ID, bytes(range(100, 132))) == DATA_KEY


def test_passphrase_slot_without_params_is_calibrated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORVAULT_KDF_PROFILE", "minimum")
    slot = ks.make_slot(VAULT_ID, "passphrase", PASSPHRASE, DATA_KEY)
    assert slot.params == ks.MINIMUM_PARAMS
    assert ks.make_slot(VAULT_ID, "recovery", b"r" * 32, DATA_KEY, ks.MINIMUM_PARAMS).params is None


def test_slot_is_bound_to_the_vault_id(slot_file: ks.KeySlotFile) -> None:
    other_id = str(uuid.uuid4())
    for slot in slot_file.slots:
        secret = {"passphrase": PASSPHRASE, "recovery": bytes(range(100, 132)), "device": b"d" * 32}[
            slot.type
        ]
        assert ks.try_unwrap(slot, VAULT_ID, secret) == DATA_KEY
        assert ks.try_unwrap(slot, other_id, secret) is None
    data = _json(slot_file)
    data["vault_id"] = other_id
    moved = _load(data)
    # The slots' derived ids name the vault they were made for: the file says they belong elsewhere.
    with pytest.raises(DamagedKeySlots) as info:
        moved.unwrap_with_passphrase(PASSPHRASE.decode())
    assert info.value.field("problem") == "foreign"


@pytest.mark.parametrize("field", ["id", "type", "salt", "nonce", "wrapped"])
def test_edited_slot_does_not_unwrap(slot_file: ks.KeySlotFile, field: str) -> None:
    slot = copy.deepcopy(slot_file.of_type("recovery")[0])
    if field == "id":
        slot.id = str(uuid.uuid4())
    elif field == "type":
        slot.type = "device"
    else:
        raw = bytearray(getattr(slot, field))
        raw[0] ^= 1
        setattr(slot, field, bytes(raw))
    assert ks.try_unwrap(slot, VAULT_ID, bytes(range(100, 132))) is None


def test_edited_params_within_bounds_do_not_unwrap(slot_file: ks.KeySlotFile) -> None:
    data = _json(slot_file)
    passphrase_slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    passphrase_slot["kdf"]["iterations"] = ks.MIN_ITERATIONS + 1
    # The slot's derived id no longer matches its settings: the file says it was changed,
    # and no derivation runs with the edited settings.
    with pytest.raises(DamagedKeySlots) as info:
        _load(data).unwrap_with_passphrase(PASSPHRASE.decode())
    assert info.value.field("problem") == "changed"


# --------------------------------------------------------------------------- the slot file


def test_slot_file_is_the_documented_json(slot_file: ks.KeySlotFile) -> None:
    raw = slot_file.to_bytes()
    data = json.loads(raw)
    assert data == json.loads(ks.KeySlotFile.from_bytes(raw).to_bytes())
    assert set(data) == {"format", "version", "vault_id", "slots"}
    assert data["format"] == "mentorvault-keyslots" and data["version"] == 1 and data["vault_id"] == VAULT_ID
    for slot in data["slots"]:
        base = {"id", "type", "nonce", "wrapped", "salt", "created_at"}
        assert set(slot) == (base | {"kdf"} if slot["type"] == "passphrase" else base)
        assert len(base64.b64decode(slot["nonce"])) == 12
        assert len(base64.b64decode(slot["wrapped"])) == 48
        assert len(base64.b64decode(slot["salt"])) == 16
        uuid.UUID(slot["id"])
        if slot["type"] == "passphrase":
            assert slot["kdf"] == {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}


def test_slot_file_holds_no_secret(slot_file: ks.KeySlotFile) -> None:
    raw = slot_file.to_bytes()
    recovery = bytes(range(100, 132))
    forms = []
    for secret in (DATA_KEY, recovery, b"d" * 32, PASSPHRASE):
        forms += [
            secret,
            secret.hex().encode(),
            base64.b64encode(secret),
            base64.b64encode(secret).rstrip(b"="),
        ]
    forms.append(ks.format_recovery_key(recovery).encode())
    for form in forms:
        assert form not in raw


def _mutations() -> list[tuple[str, Any]]:
    """(name, bytes or a function editing the file's text)."""
    return [
        ("not json", b"{not json"),
        ("empty", b""),
        ("zeros", b"\x00" * 900),
        ("not utf-8", b"\xff\xfe{}"),
        ("too big", b" " * (ks.MAX_SLOT_FILE + 1)),
        ("a list", b"[]"),
        ("deep", b"[" * 30_000 + b"]" * 30_000),
        (
            "duplicate key",
            (
                lambda t: t.replace(
                    '"format": "mentorvault-keyslots"', '"format": "mentorvault-keyslots", "format": "x"'
                )
            ),
        ),
        ("NaN", lambda t: t.replace('"version": 1', '"version": NaN')),
        ("other format", lambda t: t.replace('"mentorvault-keyslots"', '"other"')),
        ("bad vault id", lambda t: t.replace(VAULT_ID, "not-a-uuid")),
        ("extra key", lambda t: t.replace('"version": 1', '"version": 1, "extra": 0')),
        ("unknown slot type", lambda t: t.replace('"type": "device"', '"type": "fido"')),
        ("short nonce", lambda t: _edit_slot(t, "recovery", "nonce", base64.b64encode(b"n" * 11).decode())),
        (
            "long wrapped",
            lambda t: _edit_slot(t, "recovery", "wrapped", base64.b64encode(b"w" * 49).decode()),
        ),
        ("bad base64", lambda t: _edit_slot(t, "recovery", "salt", "***")),
        ("number id", lambda t: _edit_slot(t, "recovery", "id", 5)),
        ("no kdf", lambda t: _edit_slot(t, "passphrase", "kdf", None, drop=True)),
        (
            "other kdf",
            (
                lambda t: _edit_slot(
                    t,
                    "passphrase",
                    "kdf",
                    {"name": "scrypt", "memory_kib": 65536, "iterations": 3, "lanes": 4},
                )
            ),
        ),
        ("no slots", lambda t: _set(t, "slots", [])),
        ("17 slots", lambda t: _set(t, "slots", json.loads(t)["slots"] * 6)),
    ]


def _edit_slot(text: str, slot_type: str, key: str, value: Any, drop: bool = False) -> str:
    data = json.loads(text)
    slot = next(s for s in data["slots"] if s["type"] == slot_type)
    if drop:
        slot.pop(key)
    else:
        slot[key] = value
    return json.dumps(data)


def _set(text: str, key: str, value: Any) -> str:
    data = json.loads(text)
    data[key] = value
    return json.dumps(data)


# Damage inside one slot: the file is read, that slot is set aside with a note, the others still work.
SLOT_LEVEL = {"unknown slot type": "device", "short nonce": "recovery", "long wrapped": "recovery",
              "bad base64": "recovery", "number id": "recovery", "no kdf": "passphrase", "other kdf": "passphrase"}


@pytest.mark.parametrize(("name", "mutation"), _mutations(), ids=[m[0] for m in _mutations()])
def test_damaged_slot_files_are_refused_quickly(slot_file: ks.KeySlotFile, name: str, mutation: Any) -> None:
    raw = mutation if isinstance(mutation, bytes) else mutation(slot_file.to_bytes().decode()).encode()
    assert raw != slot_file.to_bytes()
    start = time.perf_counter()
    if name not in SLOT_LEVEL:
        with pytest.raises(DamagedKeySlots):
            ks.KeySlotFile.from_bytes(raw)
        assert time.perf_counter() - start < 1
        return
    damaged = SLOT_LEVEL[name]
    read = ks.KeySlotFile.from_bytes(raw)
    assert [(n.type, n.problem) for n in read.notes] == [
        ("unknown" if name == "unknown slot type" else damaged, "malformed")]
    assert damaged not in {s.type for s in read.slots}
    if damaged == "recovery":
        with pytest.raises(DamagedKeySlots):
            read.unwrap_with_recovery(bytes(range(100, 132)))
    elif damaged == "passphrase":
        with pytest.raises(DamagedKeySlots):
            read.unwrap_with_passphrase(PASSPHRASE.decode())
    assert time.perf_counter() - start < 1
    if damaged != "recovery":
        assert read.unwrap_with_recovery(bytes(range(100, 132))) == DATA_KEY
    if damaged != "passphrase":
        assert read.unwrap_with_passphrase(PASSPHRASE.decode()) == DATA_KEY
    # A rewrite keeps the set-aside slot as it was (nothing is silently dropped).
    assert len(json.loads(read.to_bytes())["slots"]) == 3


@pytest.mark.parametrize("salt", ["AB" * 16, "ab" * 15, "ab" * 17, 5, "zz" * 16])
def test_database_salt_must_be_32_lower_hex_digits(slot_file: ks.KeySlotFile, salt: Any) -> None:
    with pytest.raises(DamagedKeySlots):
        _load({**_json(slot_file), "database_salt": salt})


def test_database_salt_is_optional_and_kept(slot_file: ks.KeySlotFile) -> None:
    assert "database_salt" not in _json(slot_file)
    loaded = _load({**_json(slot_file), "database_salt": "0f" * 16})
    assert loaded.database_salt == "0f" * 16
    assert json.loads(loaded.to_bytes())["database_salt"] == "0f" * 16


def test_newer_version_says_so(slot_file: ks.KeySlotFile) -> None:
    raw = slot_file.to_bytes().replace(b'"version": 1', b'"version": 2')
    with pytest.raises(DamagedKeySlots, match="newer version"):
        ks.KeySlotFile.from_bytes(raw)


def test_missing_slot_file(tmp_path: Any) -> None:
    with pytest.raises(DamagedKeySlots, match="missing"):
        ks.KeySlotFile.load(tmp_path / "keyslots.json")


FIELD_DAMAGE: list[tuple[str, Any]] = [
    ("salt", ""), ("salt", base64.b64encode(b"abcd").decode()), ("salt", base64.b64encode(b"s" * 15).decode()),
    ("salt", base64.b64encode(b"s" * 17).decode()), ("salt", None), ("nonce", ""),
    ("nonce", base64.b64encode(b"n" * 24).decode()), ("wrapped", ""), ("wrapped", base64.b64encode(b"w" * 47).decode()),
    ("id", "not-a-uuid"), ("id", ""), ("id", str(uuid.uuid4()).upper()), ("created_at", 5), ("created_at", "x" * 65),
]


@pytest.mark.parametrize("slot_type", ["passphrase", "recovery", "device"])
@pytest.mark.parametrize(("field", "value"), FIELD_DAMAGE, ids=[f"{f}={str(v)[:12]}" for f, v in FIELD_DAMAGE])
def test_every_field_of_every_slot_is_checked_when_read(slot_file: ks.KeySlotFile, slot_type: str, field: str,
                                                        value: Any) -> None:
    data = _json(slot_file)
    next(s for s in data["slots"] if s["type"] == slot_type)[field] = value
    read = _load(data)  # never a ValueError from deep inside a KDF later
    assert [(n.type, n.problem) for n in read.notes] == [(slot_type, "malformed")]
    if slot_type != "passphrase":
        assert read.unwrap_with_passphrase(PASSPHRASE.decode()) == DATA_KEY
    else:
        with pytest.raises(DamagedKeySlots):
            read.unwrap_with_passphrase(PASSPHRASE.decode())
    if slot_type != "recovery":
        assert read.unwrap_with_recovery(bytes(range(100, 132))) == DATA_KEY


@pytest.mark.parametrize("field", ["salt", "nonce", "kdf"])
def test_an_edited_slot_says_changed_and_a_moved_one_says_foreign(slot_file: ks.KeySlotFile, field: str) -> None:
    data = _json(slot_file)
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    if field == "kdf":
        slot["kdf"]["iterations"] += 1
    else:
        raw = bytearray(base64.b64decode(slot[field]))
        raw[0] ^= 1
        slot[field] = base64.b64encode(bytes(raw)).decode()
    start = time.perf_counter()
    with pytest.raises(DamagedKeySlots) as info:
        _load(data).unwrap_with_passphrase(PASSPHRASE.decode())
    assert info.value.field("problem") == "changed" and time.perf_counter() - start < 1  # nothing derived
    other = ks.KeySlotFile(str(uuid.uuid4()), [ks.make_slot(str(uuid.uuid4()), "passphrase", PASSPHRASE, DATA_KEY,
                                                           ks.MINIMUM_PARAMS)])
    data = _json(slot_file)
    data["slots"] = [s for s in data["slots"] if s["type"] != "passphrase"] + [other.slots[0].to_json()]
    with pytest.raises(DamagedKeySlots) as info:
        _load(data).unwrap_with_passphrase(PASSPHRASE.decode())
    assert info.value.field("problem") == "foreign"


def test_caps_are_what_calibration_can_produce() -> None:
    assert ks.MAX_MEMORY_KIB == ks.TARGET_MEMORY_KIB and ks.MAX_LANES == ks.TARGET_LANES
    assert ks.MAX_ITERATIONS <= 10
    assert ks.MAX_TOTAL_WORK == 2 * ks.Argon2Params(ks.MAX_MEMORY_KIB, ks.MAX_ITERATIONS, ks.MAX_LANES).work
