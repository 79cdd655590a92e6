"""The demo vault: a throwaway vault in a temporary folder, filled with the shipped sample entries."""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorvault import resources
from mentorvault.devicekeys import SecretStore
from mentorvault.errors import KeyringUnavailable
from mentorvault.vault import Vault, utc_now

# Shown on screen next to the demo: it protects nothing real.
DEMO_PASSPHRASE = "demo garden lantern practice"


class NoKeyring:
    """The demo never touches the real keyring."""

    def get(self, vault_id: str) -> bytes | None:
        return None

    def set(self, vault_id: str, secret: bytes) -> None:
        raise KeyringUnavailable("The demo vault cannot be remembered on this device; it is deleted when you quit.")

    def delete(self, vault_id: str) -> None:
        return None


@dataclass
class BackdateClock:
    """A clock the builder can pin to each sample entry's 'created' day; otherwise the real time."""

    pinned: _dt.datetime | None = None
    real: Any = field(default=utc_now)

    def __call__(self) -> _dt.datetime:
        return self.pinned or self.real()


@dataclass
class DemoVault:
    vault: Vault
    folder: Path
    root: Path  # the temporary directory to remove on exit
    passphrase: str = DEMO_PASSPHRASE

    def discard(self) -> None:
        if self.vault.is_open:
            self.vault.lock()
        shutil.rmtree(self.root, ignore_errors=True)


def build_demo_vault(parent: Path | None = None, secret_store: SecretStore | None = None) -> DemoVault:
    """Create and fill a demo vault; the caller discards it on exit."""
    data = resources.demo_data()
    root = Path(tempfile.mkdtemp(prefix="mentorvault-demo-", dir=parent))
    folder = root / "demo-vault"
    clock = BackdateClock()
    try:
        vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, clock=clock, secret_store=secret_store or NoKeyring())
        fill(vault, data, clock)
        vault.settings.update(backup_keep=0)  # nothing real to protect; no backup files
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return DemoVault(vault, folder, root)


def fill(vault: Vault, data: dict[str, Any], clock: BackdateClock | None = None) -> int:
    for p in data.get("partners", []):
        vault.partners.add(p["name"], p.get("role"), p.get("mentor_type"), p.get("rhythm_days"))
    count = 0
    for e in sorted(data.get("entries", []), key=lambda e: e.get("created", "")):
        if clock is not None and e.get("created"):
            day = _dt.date.fromisoformat(e["created"])
            clock.pinned = _dt.datetime(day.year, day.month, day.day, 18, 0, tzinfo=_dt.UTC) + _dt.timedelta(
                minutes=count)
        vault.entries.add(e["kind"], e["title"], e.get("body", ""), e.get("fields") or {}, e.get("tags") or [],
                        e.get("partner"), protected=bool(e.get("protected", False)))
        count += 1
    if clock is not None:
        clock.pinned = None
    return count
