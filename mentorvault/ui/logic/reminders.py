"""What the window's reminder pump does on the worker: a sync of the exchange folders (receive,
and send to partners whose folder sends when you share), then the reminders due now."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentorvault.exchange.sync import ReceivedBundle
    from mentorvault.vault import Vault
    from mentorvault.vault.reminders import Reminder


@dataclass(frozen=True)
class Tick:
    received: list[ReceivedBundle] = field(default_factory=list)
    reminders: list[Reminder] = field(default_factory=list)
    show_names: bool = False
    folders: list[str] = field(default_factory=list)  # the exchange folders to watch


def tick(vault: Vault, sync: bool = True) -> Tick:
    folders = [f.folder for f in vault.sync.folders()]
    received = vault.sync.run().received if sync and folders else []
    return Tick(received, vault.reminders.take(), vault.reminders.show_names(), folders)
