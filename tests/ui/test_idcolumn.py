"""IdColumn behaves exactly like a list of ids under the model's operations, in 16 bytes a UUID."""

from __future__ import annotations

import random
import uuid

import pytest

from mentorvault.ui.logic.idcolumn import IdColumn


def _ops(rng: random.Random, col: IdColumn, ref: list[str], make: callable) -> None:  # type: ignore[valid-type]
    for _ in range(400):
        op = rng.random()
        if op < 0.3 or not ref:
            ids = [make() for _ in range(rng.randint(1, 5))]
            col.extend(ids)
            ref.extend(ids)
        elif op < 0.45:
            row, new = rng.randint(-len(ref), len(ref)), make()
            col.insert(row, new)
            ref.insert(row, new)
        elif op < 0.6:
            row = rng.randrange(len(ref))
            col.insert(0, col.pop(row))
            ref.insert(0, ref.pop(row))
        elif op < 0.7:
            row = rng.randrange(-len(ref), len(ref))
            del col[row]
            del ref[row]
        elif op < 0.85:
            target = rng.choice(ref)
            assert col.index(target) == ref.index(target)
            assert target in col
        else:
            a, b = sorted(rng.randint(-len(ref), len(ref)) for _ in range(2))
            assert col[a:b] == ref[a:b] and col[-3:] == ref[-3:]
        assert len(col) == len(ref)
    assert col == ref and list(col) == ref
    assert [col[i] for i in range(len(ref))] == ref and col[-1] == ref[-1]


def test_packed_column_matches_a_list() -> None:
    rng = random.Random(7)
    col, ref = IdColumn(), []
    _ops(rng, col, ref, lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    assert col.packed
    assert len(col._buf) == 16 * len(ref)


def test_an_id_that_is_not_a_uuid_turns_it_into_a_plain_list() -> None:
    rng = random.Random(8)
    first = [str(uuid.uuid4()) for _ in range(5)]
    col, ref = IdColumn(first), list(first)
    for odd in ("not-a-uuid", "6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}"):
        col.append(odd)
        ref.append(odd)
        assert not col.packed and col == ref
    _ops(rng, col, ref, lambda: str(uuid.uuid4()) if rng.random() < 0.8 else f"id-{rng.random()}")


def test_missing_ids_and_rows() -> None:
    col = IdColumn([str(uuid.uuid4())])
    with pytest.raises(ValueError):
        col.index(str(uuid.uuid4()))
    with pytest.raises(ValueError):
        col.index("nothing like a uuid")
    with pytest.raises(IndexError):
        col[1]
    assert "nothing like a uuid" not in col


def test_index_only_matches_whole_records() -> None:
    """A UUID's bytes that straddle two records are not a match."""
    a, b = uuid.UUID(int=0x11 * (2 ** 120)), uuid.UUID(bytes=bytes(range(16)))
    straddle = uuid.UUID(bytes=a.bytes[8:] + b.bytes[:8])
    col = IdColumn([str(a), str(b), str(straddle)])
    assert col.index(str(straddle)) == 2


def test_a_page_of_ids_that_only_looks_like_uuids_back_to_back_stays_as_it_was() -> None:
    """A page is packed in one match over the joined ids; ids of other lengths whose joined text
    reads as UUIDs (35 + 37 characters) must not be re-cut into different ids."""
    a, b = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))
    tricky = [a[:-1], a[-1] + b]  # 35 and 37 characters, joined: exactly a + b
    col = IdColumn(tricky)
    assert list(col) == tricky and not col.packed
    upper = [a.upper(), b]
    assert list(IdColumn(upper)) == upper
    plain = IdColumn([a, b])
    assert plain.packed and list(plain) == [a, b]
