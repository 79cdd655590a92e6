"""The window purges an edit's superseded search-index rows once saving pauses, a slice at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mentorvault.storage.index import stale_index_rows
from mentorvault.ui.session import Session
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle


def _session(folder: Path, services: Any, keyring: Any, monkeypatch: Any) -> tuple[Session, Vault]:
    monkeypatch.setattr(Session, "UPKEEP_AFTER_UNLOCK_MS", 60_000)
    monkeypatch.setattr(Session, "UPKEEP_AFTER_SAVE_MS", 50)
    monkeypatch.setattr(Session, "UPKEEP_NEXT_SLICE_MS", 20)
    monkeypatch.setattr(Session, "UPKEEP_SLICE_SECONDS", 0.0)  # one row per slice
    vault = Vault.open(folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    return Session(vault, folder, services.worker, services.reporter, vault.settings.get()), vault


def _stale(session: Session, vault: Vault) -> int:
    return session.worker.run_blocking(lambda: stale_index_rows(vault.conn))


def test_saves_then_a_pause_purge_every_superseded_row(filled_folder: Path, services: Any, keyring: Any,
                                                       qtbot: Any, monkeypatch: Any) -> None:
    session, vault = _session(filled_folder, services, keyring, monkeypatch)
    entry_id = session.worker.run_blocking(lambda: vault.entries.list(limit=1)[0].id)
    purges: list[int] = []
    original = Vault.tidy_index

    def counting(self: Vault, seconds: float = 0.5) -> int:
        remaining = original(self, seconds)
        purges.append(remaining)
        return remaining

    monkeypatch.setattr(Vault, "tidy_index", counting)
    for i in range(4):
        entry = session.worker.run_blocking(lambda i=i: vault.entries.update(entry_id, body=f"qzxdraft number {i}"))
        session.notify_saved(entry)
    assert _stale(session, vault) == 4
    qtbot.waitUntil(lambda: _stale(session, vault) == 0, timeout=10_000)
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(purges) and purges[-1] == 0, timeout=10_000)  # then segments are merged
    wait_idle(qtbot, services)
    assert purges[:4] == [4, 3, 2, 1]  # one row per slice (plus one: merging still to do)
    assert purges[-1] == 0 and not session._upkeep_timer.isActive()  # tidy: it stops asking
    assert session.worker.run_blocking(lambda: [h.id for h in vault.entries.search("qzxdraft")]) == [entry_id]
    session.close()
    wait_idle(qtbot, services)


def test_no_purge_while_the_worker_is_busy_and_none_after_lock(filled_folder: Path, services: Any, keyring: Any,
                                                               qtbot: Any, monkeypatch: Any) -> None:
    session, vault = _session(filled_folder, services, keyring, monkeypatch)
    entry_id = session.worker.run_blocking(lambda: vault.entries.list(limit=1)[0].id)
    entry = session.worker.run_blocking(lambda: vault.entries.update(entry_id, body="edited once"))
    monkeypatch.setattr(type(services.worker), "idle", property(lambda self: False))
    session.notify_saved(entry)
    qtbot.wait(300)
    assert _stale(session, vault) == 1  # the user is busy: the purge waits
    monkeypatch.undo()
    session.close()
    wait_idle(qtbot, services)
    assert not session._upkeep_timer.isActive()
