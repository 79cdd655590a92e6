"""What the windows share: the worker, the dialog service, preferences and the knobs tests turn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mentorvault.ui.dialogs import DialogService
from mentorvault.ui.errors import ErrorReporter
from mentorvault.ui.prefs import Prefs
from mentorvault.ui.worker import Worker

if TYPE_CHECKING:
    import datetime as _dt

    from mentorvault.devicekeys import SecretStore


def utc_now() -> _dt.datetime:
    """The same clock as ``mentorvault.vault.utc_now``, without importing the vault before the first window."""
    import datetime as _dt

    return _dt.datetime.now(_dt.UTC)


@dataclass
class Services:
    worker: Worker
    dialogs: DialogService
    prefs: Prefs
    secret_store: SecretStore | None = None  # None: the system keyring
    clock: Callable[[], _dt.datetime] = utc_now
    idle_ms: int | None = None  # overrides the vault's idle-lock minutes (tests use ~200 ms)
    autosave_ms: int = 1200
    search_delay_ms: int = 200
    protection_seconds: float = 300.0
    watch_session_bus: bool = True
    reporter: ErrorReporter = field(init=False)

    def __post_init__(self) -> None:
        self.reporter = ErrorReporter(self.dialogs)

    def today(self) -> _dt.date:
        return self.clock().astimezone().date()
