"""File > Import notes… in the real window: the dialog reads a real export on the worker, previews
it, imports with the chosen kind, partner and tag; a hostile export shows its one sentence and
cannot be imported; Cancel during a large import leaves the vault as it was.  Fixtures:
tests/notes_in/test_import_formats.py says how each was made."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from mentorvault.ui import language
from mentorvault.ui.logic import notes_import as logic
from mentorvault.ui.notes_import import ImportNotesDialog

from uihelpers import in_vault, wait_idle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notes_in"


@pytest.fixture
def english() -> Any:
    """The English catalogue, as the app loads it: its plural forms ("1 note", "3 notes")."""
    language.install("en")
    yield
    language.uninstall()


def _drive(dialogs: Any, handler: Any) -> None:
    def on_dialog(dialog: Any) -> bool:
        return bool(handler(dialog)) if isinstance(dialog, ImportNotesDialog) else False

    dialogs.on_dialog = on_dialog


def test_import_a_day_one_export_from_the_file_menu(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any,
                                                    dialogs: Any, english: Any) -> None:
    w = unlocked(vault_folder)
    in_vault(w, lambda v: v.partners.add("Ana"))
    dialogs.paths = [FIXTURES / "dayone"]
    seen: dict[str, Any] = {}

    def handle(d: ImportNotesDialog) -> bool:
        assert d.summary.text() == "Choose an export to see what it holds."
        assert not d.import_button.isEnabled()
        qtbot.waitUntil(lambda: d.partner_box.count() == 2)
        d.folder_button.click()
        qtbot.waitUntil(lambda: d.checked is not None, timeout=10000)
        seen["summary"], seen["titles"] = d.summary.text(), d.titles.text()
        assert d.import_button.isEnabled() and d.problem.text() == ""
        d.kind_box.setCurrentIndex(d.kind_box.findData("session-note"))
        d.partner_box.setCurrentIndex(d.partner_box.findData("Ana"))
        d.tag_edit.setText("dayone")
        qtbot.waitUntil(lambda: d.checked is not None and d.checked.request.tag == "dayone", timeout=10000)
        d.import_button.click()
        qtbot.waitUntil(lambda: d.result_ is not None, timeout=20000)
        return d.result() == 1

    _drive(dialogs, handle)
    assert w.window_actions.notes_import_action.isEnabled()
    w.window_actions.notes_import_action.trigger()
    wait_idle(qtbot, services)
    assert seen["summary"].splitlines() == [
        "3 new notes will arrive.", seen["summary"].splitlines()[1], "With 3 attached files."]
    assert seen["summary"].splitlines()[1].startswith("Written from ")
    assert seen["titles"] == "First: Career chat with Ana, Late thoughts and Stand-up was short today."
    assert dialogs.messages("info")[-1][1:] == ("Notes imported", "Imported 3 entries.")
    entries = in_vault(w, lambda v: v.entries.list(kind="session-note"))
    assert len(entries) == 3 and {e.partner for e in entries} == {"Ana"}
    assert all("dayone" in e.tags for e in entries)
    qtbot.waitUntil(lambda: w.workspace.list_model.total == 3, timeout=10000)


def test_a_hostile_export_shows_its_sentence_and_cannot_be_imported(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                                    services: Any, dialogs: Any,
                                                                    tmp_path: Path) -> None:
    w = unlocked(vault_folder)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "bomb.md").write_text("---\na: &a [x, x]\nb: [*a, *a]\n---\n")
    seen: dict[str, str] = {}

    def handle(d: ImportNotesDialog) -> bool:
        d.format_box.setCurrentIndex(d.format_box.findData("markdown"))
        assert not d.file_button.isVisibleTo(d) and d.folder_button.isVisibleTo(d)
        d.path_edit.setText(str(notes))
        qtbot.waitUntil(lambda: d.checked is not None, timeout=10000)
        seen["problem"] = d.problem.text()
        assert not d.import_button.isEnabled()
        d.import_button.click()  # disabled: nothing happens
        return False

    _drive(dialogs, handle)
    w.window_actions.notes_import_action.trigger()
    wait_idle(qtbot, services)
    assert seen["problem"] == ("The front matter of bomb.md uses YAML aliases, which an import refuses; nothing "
                               "was imported.")
    assert in_vault(w, lambda v: v.entries.count()) == 0


def test_cancel_during_a_large_import_leaves_the_vault_as_it_was(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                                 services: Any, dialogs: Any, tmp_path: Path) -> None:
    w = unlocked(vault_folder)
    many = [{"title": f"Note {i}", "body": "text", "date": "2024-01-01", "time": f"{i // 60 % 24:02d}:{i % 60:02d}",
             "tags": [], "starred": False} for i in range(logic.LARGE_IMPORT * 4)]
    (tmp_path / "big.json").write_text(json.dumps({"tags": {}, "entries": many}))
    release = threading.Event()

    def handle(d: ImportNotesDialog) -> bool:
        d.format_box.setCurrentIndex(d.format_box.findData("jrnl"))
        d.path_edit.setText(str(tmp_path / "big.json"))
        qtbot.waitUntil(lambda: d.checked is not None and d.checked.can_import, timeout=10000)
        services.worker.submit(lambda: release.wait(20))  # the worker is busy: the import waits behind it
        d.import_button.click()
        assert d.job is not None and d.progress.isVisibleTo(d) and not d.kind_box.isEnabled()
        d.cancel_button.click()  # cancels the import, not the dialog
        assert d.summary.text() == "Cancelling…"
        release.set()
        qtbot.waitUntil(lambda: d.job is None, timeout=20000)
        qtbot.waitUntil(lambda: d.checked is not None, timeout=10000)
        assert d.notice.text() == "The import was cancelled; nothing was imported." and d.problem.text() == ""
        assert d.kind_box.isEnabled() and d.import_button.isEnabled()  # ready to try again
        return False

    _drive(dialogs, handle)
    w.window_actions.notes_import_action.trigger()
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.entries.count()) == 0
    assert not dialogs.messages("info")


def test_the_logic_without_a_window(vault: Any) -> None:
    request = logic.ImportRequest("jrnl", str(FIXTURES / "jrnl" / "journal.json"), tag="bad,tag")
    assert logic.check(vault, request).problem is not None  # a tag with a comma is refused before reading
    checked = logic.check(vault, logic.ImportRequest("jrnl", str(FIXTURES / "jrnl" / "journal.json")))
    assert checked.can_import and checked.preview is not None and checked.preview.new == 4
    job = logic.ImportJob(checked)
    assert not job.large
    result = job.run(vault)
    assert result.imported == 4 and job.done == 4
    again = logic.check(vault, checked.request)
    assert not again.can_import and again.preview is not None and again.preview.skipped == 4
    assert logic.check(vault, logic.ImportRequest("markdown", "/no/such/folder")).problem is not None
