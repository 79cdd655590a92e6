"""``vault.settings``: the vault's own settings, stored inside it (meta key ``settings``).

What each setting is (type, default, range) is declared once in ``domain/settings.py``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from mentorvault.domain.settings import SETTINGS, Settings, spec
from mentorvault.storage import meta
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault


class SettingsManager:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self) -> Settings:
        raw = meta.get_meta(self._vault.conn, "settings")
        data = json.loads(raw) if raw else {}
        return Settings(**{s.name: data.get(s.name, s.default) for s in SETTINGS})

    def update(self, **values: Any) -> Settings:
        """Change some settings; each value is checked against the registry before anything is stored."""
        checked = {name: spec(name).check(value) for name, value in values.items()}
        if checked.get("your_name"):
            from mentorvault.crypto.identity import check_name

            checked["your_name"] = checked["your_name"].strip()
            check_name(checked["your_name"])  # it goes on the contact card as it is
        new = replace(self.get(), **checked)
        conn = self._vault.conn
        with transaction(conn):
            meta.set_meta(conn, "settings", json.dumps(new.to_json()))
        return new
