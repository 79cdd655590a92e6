"""``vault.identity``: this vault's own keys, display name and contact card."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.crypto.fingerprint import fingerprint_digits, fingerprint_words
from mentorvault.crypto.identity import ContactCard, Identity
from mentorvault.errors import CardFileExists, NameNeeded
from mentorvault.exchange import _core
from mentorvault.exchange.models import FingerprintDisplay
from mentorvault.storage import meta
from mentorvault.storage.atomic import write_atomic
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.vault import Vault

DEFAULT_NAME = "MentorVault user"


def fingerprint_display(fp: bytes) -> FingerprintDisplay:
    return FingerprintDisplay(fp.hex(), fingerprint_words(fp), fingerprint_digits(fp))


class IdentityManager:
    def __init__(self, vault: Vault) -> None:
        self._v = vault
        self._cached: Identity | None = None

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def get(self) -> Identity:
        """This vault's identity, made on first use."""
        if self._cached is not None:
            return self._cached
        raw = meta.get_meta(self._conn, "identity")
        if not raw:
            ident = Identity.generate()
            with transaction(self._conn):
                if meta.get_meta(self._conn, "identity") is None:
                    meta.set_meta(self._conn, "identity", json.dumps(ident.to_json()))
            raw = meta.get_meta(self._conn, "identity") or "{}"
        self._cached = Identity.from_json(json.loads(raw))
        return self._cached

    def forget(self) -> None:
        """Drop the cached keys (at lock)."""
        self._cached = None

    def name(self) -> str | None:
        """The owner's name (the ``your_name`` setting; older vaults kept it in meta), or None."""
        return _core.your_name(self._v) or meta.get_meta(self._conn, "display_name") or None

    def display_name(self) -> str:
        """The name bundles carry: the owner's name, or a neutral one when none was given."""
        return self.name() or DEFAULT_NAME

    def has_name(self) -> bool:
        return self.name() is not None

    def set_display_name(self, name: str) -> None:
        """Set the owner's name (checked as a card's name; stored in the vault's settings)."""
        _core.set_your_name(self._v, name.strip())

    def card(self, name: str | None = None) -> ContactCard:
        """My contact card; ``name`` is set as the owner's name first.  NameNeeded when there is none."""
        if name:
            self.set_display_name(name)
        chosen = self.name()
        if chosen is None:
            raise NameNeeded()
        return self.get().card(chosen)

    def fingerprint(self, fp: bytes | None = None) -> FingerprintDisplay:
        return fingerprint_display(fp or self.get().fingerprint)

    def export_card(self, path: Path | str, name: str | None = None, *, overwrite: bool = True) -> ContactCard:
        target = Path(path).expanduser()
        if not overwrite and target.exists():
            raise CardFileExists(path=str(target))
        card = self.card(name)
        write_atomic(target, card.to_text().encode("utf-8"), mode=0o644)
        return card
