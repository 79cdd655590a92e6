"""The partner view's exchange folder: choose it, "Send to NAME" (same preview and passphrase, no file
dialog), "send when I share", clearing it, and "Send by email" (the mail command built)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog
from test_exchange_gui import _pair

from mentorvault.ui.exchange_dialogs import ExportPreviewDialog
from mentorvault.ui.logic.exchange import email_command
from mentorvault.ui.sidebar import Target

from uihelpers import PASSPHRASE, in_vault, wait_idle


def _partner_page(qtbot: Any, services: Any, ws: Any, name: str) -> None:
    p = next(p for p in ws.partners if p.name == name)
    ws.sidebar.choose(Target("entries", partner_id=p.id))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: ws.banner.info is not None and ws.banner.info.partner.id == p.id, timeout=10000)


def test_folder_send_to_and_send_on_share_in_the_partner_view(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    e = sam.entries.add("reflection", "Goes to the folder", "x", {"prompt": "What did I learn?"}, partner="Priya")
    sam.consents.grant(e.id, "Priya")
    sam.lock()
    priya.lock()
    shared = tmp_path / "Sync"
    shared.mkdir()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    banner = ws.banner
    assert banner.folder_notice.label.text().startswith("No exchange folder yet")
    assert banner.send_button.isHidden() and banner.send_on_share.isHidden()

    dialogs.paths.append(shared)
    banner.folder_button.click()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: banner.info.exchange_folder is not None, timeout=10000)
    assert str(shared) in banner.folder_notice.label.text()
    assert not banner.send_button.isHidden() and banner.send_button.text() == "Send to Priya"

    seen: dict[str, Any] = {}

    def preview(d: ExportPreviewDialog) -> bool:
        seen["entries"] = [e.title for e in d.preview.entries]
        seen["chooser"] = d.choose_button.isVisible()
        seen["button"] = d.export_button.text()
        d.passphrase.setText(PASSPHRASE)
        return True

    dialogs.on_dialog = lambda d: preview(d) if isinstance(d, ExportPreviewDialog) else False
    banner.send_button.click()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(dialogs.messages("info")), timeout=10000)
    assert seen == {"entries": ["Goes to the folder"], "chooser": False, "button": "Send to Priya"}
    (name,) = [n for n in os.listdir(shared) if n.endswith(".mvbundle")]
    assert dialogs.messages("info")[-1][1] == "Sent"

    # Send when I share: on, then a new share goes to the folder by itself.
    banner.send_on_share.setChecked(True)
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: in_vault(w, lambda v: v.sync.folder("Priya").send_on_share), timeout=10000)
    in_vault(w, lambda v: v.consents.grant(v.entries.add("goal", "Shared later").id, "Priya"))
    # The newer bundle goes beside the older one: Sam's files stay until Priya's bundles acknowledge them.
    qtbot.waitUntil(lambda: len([n for n in os.listdir(shared) if n.endswith(".mvbundle")]) == 2, timeout=10000)
    assert name in os.listdir(shared)

    banner.clear_folder_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: banner.info.exchange_folder is None, timeout=10000)
    assert banner.send_button.isHidden()
    assert not any(c[0] == "error" for c in dialogs.calls)


def test_send_by_email_builds_the_xdg_email_command(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any,
        monkeypatch: Any) -> None:
    assert email_command(Path("/tmp/a b.mvbundle"), "MentorVault bundle for Priya") == [
        "xdg-email", "--utf8", "--subject", "MentorVault bundle for Priya", "--attach", "/tmp/a b.mvbundle"]
    sam, priya = _pair(tmp_path, keyring)
    sam.consents.grant(sam.entries.add("goal", "By mail").id, "Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    started: list[tuple[str, list[str]]] = []
    from PySide6.QtCore import QProcess

    # The mail program itself is not started here (it would open a window on the desktop).
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or True)
    out = tmp_path / "for-priya.mvbundle"

    def preview(d: QDialog) -> bool:
        assert isinstance(d, ExportPreviewDialog)
        dialogs.paths.append(out)
        d.choose_button.click()
        d.passphrase.setText(PASSPHRASE)
        return True

    dialogs.on_dialog = preview
    ws.banner.email_action.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(started), timeout=10000)
    assert out.is_file()
    assert started == [("xdg-email", ["--utf8", "--subject", "MentorVault bundle for Priya", "--attach", str(out)])]


def test_add_to_calendar_writes_the_ics_and_asks_about_the_agenda(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    import icalendar

    sam, priya = _pair(tmp_path, keyring)
    sam.partners.update("Priya", rhythm_days=7)
    sam.entries.add("agenda", "Next", fields={"meeting_date": "2099-01-01", "items": ["AGENDA-MARKER"]},
                    partner="Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    out = tmp_path / "priya.ics"
    for include in (False, True):
        dialogs.paths.append(out)
        dialogs.confirm_answer = include
        ws.banner.calendar_action.trigger()
        wait_idle(qtbot, services)
        qtbot.waitUntil(lambda: dialogs.messages("info") and dialogs.messages("info")[-1][1] == "Calendar file saved",
                        timeout=10000)
        (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert event.decoded("dtstart") == __import__("datetime").date(2099, 1, 1)
        assert ("AGENDA-MARKER" in str(event.get("description", ""))) is include
        dialogs.calls.clear()
