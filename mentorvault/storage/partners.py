"""The ``partners`` table's own columns (the exchange's card columns belong to the exchange code)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from mentorvault.domain.models import Partner
from mentorvault.errors import PartnerExists, PartnerNotFound
from mentorvault.storage.db import Connection, IntegrityError, Row, query

_COLUMNS = "id, name, role, mentor_type, rhythm_days, archived, created_at, updated_at, notes"
EDITABLE = frozenset({"name", "role", "mentor_type", "rhythm_days", "archived", "notes"})


def _partner(row: Row) -> Partner:
    return Partner(id=row["id"], name=row["name"], role=row["role"], mentor_type=row["mentor_type"],
                   rhythm_days=row["rhythm_days"], archived=bool(row["archived"]), created_at=row["created_at"],
                   updated_at=row["updated_at"], notes=row["notes"])


def add_partner(conn: Connection, name: str, role: str | None, mentor_type: str | None,
                rhythm_days: int | None, now: str) -> Partner:
    pid = str(uuid.uuid4())
    try:
        conn.execute(
            "INSERT INTO partners(id, name, role, mentor_type, rhythm_days, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (pid, name, role, mentor_type, rhythm_days, now, now),
        )
    except IntegrityError:
        raise PartnerExists(f"A partner named '{name}' already exists. Pick another name.", partner=name) from None
    return get_partner(conn, pid)


def update_partner(conn: Connection, pid: str, values: Mapping[str, Any], now: str) -> Partner:
    sets = [k for k in values if k in EDITABLE]
    if sets:
        try:
            conn.execute(
                f"UPDATE partners SET {', '.join(f'{k} = ?' for k in sets)}, updated_at = ? WHERE id = ?",
                [values[k] for k in sets] + [now, pid],
            )
        except IntegrityError:
            raise PartnerExists(f"A partner named '{values.get('name')}' already exists. Pick another name.",
                                partner=values.get("name")) from None
    return get_partner(conn, pid)


def get_partner(conn: Connection, pid: str) -> Partner:
    row = query(conn, f"SELECT {_COLUMNS} FROM partners WHERE id = ?", (pid,)).fetchone()
    if not row:
        raise PartnerNotFound(partner_id=pid)
    return _partner(row)


def find_partner(conn: Connection, name_or_id: str) -> Partner:
    row = query(conn, f"SELECT {_COLUMNS} FROM partners WHERE name = ? COLLATE NOCASE OR id = ?",
                (name_or_id, name_or_id)).fetchone()
    if not row:
        raise PartnerNotFound(partner=name_or_id)
    return _partner(row)


def list_partners(conn: Connection, include_archived: bool = True) -> list[Partner]:
    where = "" if include_archived else "WHERE archived = 0"
    return [_partner(r) for r in query(conn, f"SELECT {_COLUMNS} FROM partners {where} ORDER BY name")]
