"""The entry list keeps every row's place but only a few pages of summaries, and reads a page again when it is needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.kinds import kind_spec
from mentorvault.ui.entrylist import EntryListModel, EntryListView
from mentorvault.ui.session import Session
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle

PAGE = 5


@pytest.fixture
def listing(filled_folder: Path, services: Any, keyring: Any, qtbot: Any) -> Iterator[tuple[Any, Any, Any]]:
    vault = Vault.open(filled_folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    session = Session(vault, filled_folder, services.worker, services.reporter, vault.settings.get())
    model = EntryListModel(page_size=PAGE, keep_pages=2)
    model.set_session(session)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.reload()
    yield model, session, vault
    session.close()
    wait_idle(qtbot, services)


def _scroll_all(model: Any, qtbot: Any, services: Any) -> None:
    while model.canFetchMore():
        model.fetchMore()
        wait_idle(qtbot, services)


def test_only_recent_pages_are_held(listing: Any, qtbot: Any, services: Any) -> None:
    model, session, vault = listing
    first_ids = [model.summary_at(i).id for i in range(PAGE)]
    _scroll_all(model, qtbot, services)
    expected = [s.id for s in session.worker.run_blocking(lambda: vault.entries.list())]
    assert model.rowCount() == model.total == len(expected) > 4 * PAGE
    assert model.cached_rows <= 2 * PAGE
    assert model.summary_at(0) is None  # let go: the first page was painted longest ago
    assert [model.index(i).data(EntryListModel.IdRole) for i in range(model.rowCount())
            if model.summary_at(i) is not None] == expected[-model.cached_rows:]
    # painting the top again reads its page again, in place
    calls = model.fetch_calls
    assert model.index(0).data() == ""  # an empty row until the page is back
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        pass
    assert [model.summary_at(i).id for i in range(PAGE)] == first_ids
    assert model.fetch_calls == calls + 1
    assert model.cached_rows <= 2 * PAGE


def test_edits_keep_places_when_summaries_were_let_go(listing: Any, qtbot: Any, services: Any) -> None:
    model, session, vault = listing
    _scroll_all(model, qtbot, services)
    last = model.rowCount() - 1
    first_id = model.index(0).data(EntryListModel.IdRole)  # starts the first page's read
    wait_idle(qtbot, services)
    assert first_id is None and model.summary_at(0) is not None  # noqa: PT018 - placeholder, then the row
    # an entry whose summary was let go is edited to the newest date: it moves to the top, nothing is
    # duplicated (the list is ordered by the date it shows, issue 17 #7)
    def dated(entry_id: str) -> bool:
        return kind_spec(session.worker.run_blocking(lambda: vault.entries.get(entry_id)).kind).date_field is not None

    middle = next(r for r in range(PAGE * 2, model.rowCount()) if dated(model._ids[r]))
    middle_id = model._ids[middle]
    assert model.summary_at(middle) is None
    old = session.worker.run_blocking(lambda: vault.entries.get(middle_id))
    newest = {**old.fields, kind_spec(old.kind).date_field: "2099-01-01"}
    entry = session.worker.run_blocking(lambda: vault.entries.update(middle_id, title="Moved up", fields=newest))
    model.entry_saved(entry)
    assert model.rowCount() == last + 1 and model.row_of(middle_id) == 0
    assert model.index(0).data() == "Moved up"
    # a page read again after the move lands where the vault now has it
    model._cache.clear()
    model.index(PAGE * 3).data()
    wait_idle(qtbot, services)
    expected = [s.id for s in session.worker.run_blocking(lambda: vault.entries.list())]
    assert [model.summary_at(i).id for i in range(PAGE * 3, PAGE * 4)] == expected[PAGE * 3:PAGE * 4]
    assert model._ids == expected
    # deleting one far down still removes its row
    gone = model._ids[-1]
    session.worker.run_blocking(lambda: vault.entries.delete(gone))
    model.entry_deleted(gone)
    assert model.row_of(gone) == -1 and model.rowCount() == model.total == len(expected) - 1


def test_choosing_a_row_being_read_opens_it_when_it_arrives(listing: Any, qtbot: Any, services: Any) -> None:
    model, session, vault = listing
    view = EntryListView(model)
    qtbot.addWidget(view)
    _scroll_all(model, qtbot, services)
    chosen: list[str] = []
    view.entryChosen.connect(lambda eid, _p: chosen.append(eid))
    assert model.summary_at(1) is None
    view.setCurrentIndex(model.index(1))
    assert chosen == []
    qtbot.waitUntil(lambda: chosen == [model._ids[1]], timeout=10000)
