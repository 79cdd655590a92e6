"""``vault.settings``: the vault's own settings, stored inside it (meta key ``settings``)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from mentorvault.errors import MentorVaultError
from mentorvault.storage import meta
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

DEFAULT_BACKUP_KEEP = 7


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: int = 5
    lock_on_minimise: bool = False
    backup_keep: int = DEFAULT_BACKUP_KEEP
    backup_dir: str = ""


class SettingsManager:
    def __init__(self, vault: "Vault") -> None:
        self._vault = vault

    def get(self) -> Settings:
        raw = meta.get_meta(self._vault.conn, "settings")
        data = json.loads(raw) if raw else {}
        defaults = Settings()
        return Settings(**{k: data.get(k, getattr(defaults, k)) for k in Settings.__dataclass_fields__})

    def update(self, **values: Any) -> Settings:
        current = asdict(self.get())
        for k, v in values.items():
            if k not in current:
                raise MentorVaultError(f"Unknown setting '{k}'.")
            current[k] = v
        new = Settings(**current)
        if not (0 <= new.idle_lock_minutes <= 24 * 60):
            raise MentorVaultError("The idle lock time is between 0 (off) and 1440 minutes.")
        if not (0 <= new.backup_keep <= 365):
            raise MentorVaultError("Keep between 0 (no automatic backups) and 365 backups.")
        conn = self._vault.conn
        with transaction(conn):
            meta.set_meta(conn, "settings", json.dumps(asdict(new)))
        return new
