"""A vault of 50,000 entries opens with one page of the list and grows as it scrolls."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from mentorvault.domain.entry import validate_content
from mentorvault.storage.db import transaction
from mentorvault.storage.entries import insert_entry
from mentorvault.ui.entrylist import PAGE_SIZE
from mentorvault.vault import Vault, iso, utc_now

from uihelpers import PASSPHRASE, wait_idle

N = 50_000


def _big_vault(folder: Path, keyring: Any) -> None:
    v, _ = Vault.create(folder, PASSPHRASE, secret_store=keyring)
    templates = [
        validate_content("session-note", "Weekly session", "We talked about critique formats.",
                         {"session_date": "2026-03-14", "discussed": "Openers"}, ["critique"]),
        validate_content("gratitude", "Thanks", "It helped.", {"to_whom": "Priya"}, ["thanks"]),
        validate_content("reflection", "A prompt", "", {"prompt": "What surprised you?", "answer": "Calm"}, []),
    ]
    start = utc_now()
    with transaction(v.conn):
        for i in range(N):
            insert_entry(v.conn, templates[i % 3], None, False, iso(start))
    v.lock()


def test_fifty_thousand_entries_open_lazily(unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any,
                                            services: Any) -> None:
    folder = tmp_path / "big"
    _big_vault(folder, keyring)
    started = time.monotonic()
    w = unlocked(folder)
    model = w.workspace.list_model
    assert model.total == N
    assert model.rowCount() == PAGE_SIZE  # one page, not 50,000 rows
    assert model.fetch_calls == 1
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10000)
    # scrolling to the bottom of the view asks for the next page by itself
    view = w.workspace.list_view
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 3 * PAGE_SIZE, timeout=10000)
    wait_idle(qtbot, services)
    assert model.rowCount() < N
    assert len({model.summary_at(i).id for i in range(model.rowCount())}) == model.rowCount()
    assert w.workspace.view_count.text().startswith("50,000")
    assert time.monotonic() - started < 60
    # opening an entry far down still works
    last = model.summary_at(model.rowCount() - 1)
    w.workspace.open_entry(last.id)
    wait_idle(qtbot, services)
    assert w.workspace.editor.current_id == last.id
