"""Taking notes out in the window: File > Export notes..., Print (Ctrl+P), the session pack from "Before we
meet" and the end-of-cycle summary from the end-relationship dialog. Real vaults, the real window, PDFs
read back with poppler's pdftotext."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

from test_exchange_gui import _dispatch, _open, _pair, _partner_page, _priya_shares

from mentorvault.ui.exchange_dialogs import EndRelationshipDialog
from mentorvault.ui.notes_out_dialog import ExportNotesDialog
from mentorvault.ui.prep import PrepDialog
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())  # "ﬀ" ligatures back to letters


def _filled(tmp_path: Path, keyring: Any) -> dict[str, Any]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, secret_store=keyring)
    vault.partners.add("Ana")
    made = {
        "goal": vault.entries.add("goal", "Lead a project", "Why it matters.", {"target_date": "2026-06-01"},
                                  partner="Ana"),
        "agenda": vault.entries.add("agenda", "March agenda", "", {"meeting_date": "2026-03-20",
                                                                   "items": ["Promotion"]}, partner="Ana"),
        "private": vault.entries.add("reflection", "Private thought", "", {"prompt": "p"}),
    }
    vault.lock()
    return made


def test_export_dialog_warns_before_writing_and_exports_the_list_shown(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    made = _filled(tmp_path, keyring)
    w = unlocked(tmp_path / "vault")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Ana")
    out = tmp_path / "out" / "notes"
    (tmp_path / "out").mkdir()
    seen: dict[str, Any] = {}

    def export(d: ExportNotesDialog) -> bool:
        seen["scopes"] = [b.text() for b in d.scopes.buttons()]
        seen["default"] = d.path_edit.text()
        d.formats.button(1).setChecked(True)  # Markdown
        d.scopes.button(1).setChecked(True)  # the entries in the list now: Ana's
        d.path_edit.setText(str(out))
        seen["warning"] = d.warning.label.text()
        seen["enabled"] = d.export_button.isEnabled()
        assert not out.exists()  # nothing written while the dialog is open
        return True

    _dispatch(dialogs, ExportNotesDialog=export)
    assert w.window_actions.export_action.isEnabled()
    w.window_actions.export_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(dialogs.messages("info")), timeout=10000)
    assert seen["scopes"][0] == "All entries (3)" and "(2)" in seen["scopes"][1]
    assert seen["default"].endswith(".pdf")
    assert seen["warning"].startswith("Not encrypted") and str(out) in seen["warning"] and seen["enabled"]
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 and all(made[k].id[:8] in " ".join(files) for k in ("goal", "agenda"))
    assert str(out) in dialogs.messages("info")[-1][2] and "not encrypted" in dialogs.messages("info")[-1][2]


def test_export_dialog_refuses_a_folder_that_is_not_empty_and_writes_json_and_pdf(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    made = _filled(tmp_path, keyring)
    w = unlocked(tmp_path / "vault")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("mine")
    targets = [tmp_path / "n.json", tmp_path / "n.pdf"]
    seen: list[str] = []

    def export(d: ExportNotesDialog) -> bool:
        d.formats.button(1).setChecked(True)
        d.path_edit.setText(str(busy))
        seen.append(d.problem.text())
        assert d.warning.label.text().startswith("Not encrypted")
        assert not d.export_button.isEnabled()
        target = targets.pop(0)
        d.formats.button(2 if target.suffix == ".json" else 0).setChecked(True)
        d.path_edit.setText(str(target))
        assert d.export_button.isEnabled()
        return True

    _dispatch(dialogs, ExportNotesDialog=export)
    for _ in range(2):
        before = len(dialogs.messages("info"))
        w.window_actions.export_action.trigger()
        wait_idle(qtbot, services)
        qtbot.waitUntil(lambda before=before: len(dialogs.messages("info")) > before, timeout=10000)
    assert "not empty" in seen[0]
    assert (busy / "x").read_text() == "mine" and sorted(p.name for p in busy.iterdir()) == ["x"]
    data = json.loads((tmp_path / "n.json").read_text())
    assert data["count"] == 3 and {e["id"] for e in data["entries"]} == {e.id for e in made.values()}
    text = _pdf_text(tmp_path / "n.pdf")
    assert "MentorVault notes" in text and "Lead a project" in text and "Private thought" in text


def test_hidden_protected_entries_stay_out_of_the_export(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, secret_store=keyring)
    vault.entries.add("reflection", "Open thought", "", {"prompt": "p"})
    secret = vault.entries.add("reflection", "Guarded thought", "", {"prompt": "p"}, protected=True)
    vault.lock()
    w = unlocked(tmp_path / "vault")
    out = tmp_path / "n.json"
    seen: dict[str, Any] = {}

    def export(d: ExportNotesDialog) -> bool:
        seen["text"] = " ".join(label.text() for label in d.findChildren(type(d.warning.label)))
        seen["all"] = d.scopes.button(0).text()
        d.formats.button(2).setChecked(True)
        d.path_edit.setText(str(out))
        return True

    _dispatch(dialogs, ExportNotesDialog=export)
    w.window_actions.export_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(out.exists, timeout=10000)
    assert seen["all"] == "All entries (1)" and "protected entries stay out" in seen["text"]
    assert [e["title"] for e in json.loads(out.read_text())["entries"]] == ["Open thought"]
    assert secret.id not in out.read_text()


def test_print_the_open_entry_with_ctrl_p(unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any,
                                           dialogs: Any) -> None:
    made = _filled(tmp_path, keyring)
    w = unlocked(tmp_path / "vault")
    assert w.window_actions.print_action.shortcut().toString() == "Ctrl+P"
    w.window_actions.print_action.trigger()
    wait_idle(qtbot, services)
    assert dialogs.messages("info")[-1][2] == "Open an entry first, then print it."
    _open(qtbot, services, w.workspace, made["agenda"].id)
    w.window_actions.print_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(dialogs.printed), timeout=10000)
    assert "March agenda" in dialogs.printed[-1] and "Promotion" in dialogs.printed[-1]
    assert "Lead a project" not in dialogs.printed[-1]


def test_session_pack_in_one_click_from_before_we_meet(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    sam.exchange.import_bundle(_priya_shares(priya, tmp_path))
    sam.entries.add("agenda", "My agenda for Priya", "", {"meeting_date": "2026-03-12", "items": ["Ask about it"]},
                    partner="Priya")
    sam.entries.add("goal", "Help with the portfolio", "", {"micro_goals": [{"title": "Send examples",
                                                                              "status": "open"}]}, partner="Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    out = tmp_path / "pack.pdf"
    dialogs.paths.append(out)

    def prep(d: PrepDialog) -> bool:
        d.pack_button.click()  # the worker is still delivering the prep: wait for the file, not for idle
        qtbot.waitUntil(out.exists, timeout=15000)
        return False

    _dispatch(dialogs, PrepDialog=prep)
    ws.banner.prep_button.click()
    wait_idle(qtbot, services)
    confirm = [c for c in dialogs.calls if c[0] == "confirm"][-1]
    assert "not encrypted" in confirm[2] and str(out) in confirm[2]
    text = _pdf_text(out)
    for needle in ("Session pack: Priya", "My agenda for Priya", "Ask about it", "Agenda for Thursday",
                   "Portfolio review", "Help with the portfolio", "Send examples", "Imposter feelings"):
        assert needle in text, needle
    assert "https://example.com" in text or "x" in text  # the image stayed a link; nothing was loaded
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pack")] == []


def test_end_of_cycle_summary_offered_when_a_relationship_ends(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    sam.entries.add("session-note", "Kick-off", "", {"session_date": "2026-01-10"}, partner="Priya")
    sam.entries.add("goal", "Set up the pairing", "", {"micro_goals": [
        {"title": "Agree a rhythm", "status": "done", "completed": "2026-01-12"}]}, partner="Priya")
    sam.entries.add("feedback", "Priya on my questions", "", {"from_whom": "Priya", "date": "2026-02-01",
                                                               "format": "sbi", "impact": "Felt heard"},
                    partner="Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    out = tmp_path / "summary.pdf"
    dialogs.paths.append(out)

    def end(d: EndRelationshipDialog) -> bool:
        d.summary_button.click()
        qtbot.waitUntil(out.exists, timeout=15000)
        return False  # then the user changes their mind: nothing ends

    _dispatch(dialogs, EndRelationshipDialog=end)
    ws.partner_flow.exchange_action("end", "Priya")
    wait_idle(qtbot, services)
    text = _pdf_text(out)
    for needle in ("End-of-cycle summary: Priya", "Goals reached", "Set up the pairing", "Agree a rhythm",
                   "Feedback received", "Felt heard", "1 session", "Kick-off"):
        assert needle in text, needle
    # The same from the partner page's More menu
    out2 = tmp_path / "summary2.pdf"
    dialogs.paths.append(out2)
    ws.banner.summary_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(out2.exists, timeout=15000)
    assert "Set up the pairing" in _pdf_text(out2)


def test_an_empty_vault_has_nothing_to_export(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any,
                                              dialogs: Any) -> None:
    w = unlocked(vault_folder)
    seen: dict[str, Any] = {}

    def export(d: ExportNotesDialog) -> bool:
        seen["enabled"] = d.export_button.isEnabled()
        seen["problem"] = d.problem.text()
        seen["scopes"] = [b.isEnabled() for b in d.scopes.buttons()]
        return False

    _dispatch(dialogs, ExportNotesDialog=export)
    w.window_actions.export_action.trigger()
    wait_idle(qtbot, services)
    assert seen == {"enabled": False, "problem": "There are no entries to export yet.", "scopes": [True, False, False]}


def test_an_existing_file_is_replaced_only_when_chosen_in_the_file_dialog(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    _filled(tmp_path, keyring)
    w = unlocked(tmp_path / "vault")
    old = tmp_path / "old.json"
    old.write_text("the user's file")
    seen: dict[str, Any] = {}

    def export(d: ExportNotesDialog) -> bool:
        d.formats.button(2).setChecked(True)
        d.path_edit.setText(str(old))  # typed: refused, with words
        seen["typed"] = (d.export_button.isEnabled(), d.problem.text())
        dialogs.paths.append(old)  # chosen in the save dialog, which asked about replacing it
        d.choose_button.click()
        seen["chosen"] = (d.export_button.isEnabled(), d.problem.text())
        return True

    _dispatch(dialogs, ExportNotesDialog=export)
    w.window_actions.export_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: old.read_text() != "the user's file", timeout=10000)
    assert seen["typed"][0] is False and "already exists" in seen["typed"][1]
    assert seen["chosen"] == (True, "")
    assert json.loads(old.read_text())["count"] == 3
