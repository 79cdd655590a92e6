"""Privacy: nothing of the user's in titles, settings, recent lists or logs; protected entries; the demo."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest

from mentorvault import resources
from mentorvault.domain.kinds import KINDS
from mentorvault.ui.app import make_excepthook
from mentorvault.ui.sidebar import Target
from mentorvault.ui.workspace import PassphrasePrompt
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle


def _content_words() -> set[str]:
    data = resources.demo_data()
    words = {e["title"] for e in data["entries"]}
    words |= {p["name"] for p in data["partners"]}
    words |= {t for e in data["entries"] for t in e.get("tags", []) if len(t) > 4}
    return words


def test_settings_files_and_titles_carry_no_content(unlocked: Any, filled_folder: Path, qtbot: Any,
                                                    services: Any, isolated_config: Path, prefs_path: Path) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    titles = {w.windowTitle()}
    for i in range(5):
        ws.open_entry(ws.list_model.summary_at(i).id)
        wait_idle(qtbot, services)
        titles.add(w.windowTitle())
    w.show_search()
    ws.search.query.setText("critique")
    ws.search.run()
    wait_idle(qtbot, services)
    for target in ws.sidebar.targets():
        if target.view != "add-partner":
            ws.sidebar.choose(target)
            wait_idle(qtbot, services)
            titles.add(w.windowTitle())
    w.lock()
    titles.add(w.windowTitle())
    w.close()
    services.prefs.sync()
    assert titles <= {"MentorVault", "MentorVault — Locked"}
    stored = ""
    for path in [prefs_path, *isolated_config.rglob("*")]:
        if path.is_file():
            stored += path.read_text(errors="replace")
    assert str(filled_folder) in stored  # the folder path is remembered: that is allowed
    leaked = [word for word in _content_words() if word in stored]
    assert leaked == []
    keys = set(services.prefs.settings.allKeys())
    assert keys <= {"vault/last_folder", "vault/recent_folders", "view/theme", "view/show_preview",
                    "window/geometry", "window/main_splitter", "window/browse_splitter"}


def test_excepthook_logs_type_and_place_but_no_content(dialogs: Any, caplog: pytest.LogCaptureFixture) -> None:
    hook = make_excepthook(dialogs)
    try:
        raise ValueError("My secret entry title")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    logger = logging.getLogger("mentorvault.ui")
    logger.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.INFO, logger="mentorvault.ui"):
            hook(exc_type, exc, tb)  # type: ignore[arg-type]
    finally:
        logger.removeHandler(caplog.handler)
    text = caplog.text
    assert "ValueError" in text and "test_gui_privacy.py" in text
    assert "secret" not in text
    kind, title, message = dialogs.messages()[0]
    assert kind == "error" and "Sorry" in message and "secret" not in message
    assert "Traceback" not in message


def test_unexpected_error_in_a_vault_call_is_an_apology(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                        services: Any, dialogs: Any,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    w = unlocked(vault_folder)
    logger = logging.getLogger("mentorvault.ui")
    logger.addHandler(caplog.handler)
    try:
        w.session.call(lambda v: (_ for _ in ()).throw(KeyError("Private words")))
        wait_idle(qtbot, services)
    finally:
        logger.removeHandler(caplog.handler)
    kind, title, message = dialogs.messages()[0]
    assert "Sorry" in message and "Private" not in message
    assert "KeyError" in caplog.text and "Private" not in caplog.text


def _protected_vault(folder: Path, keyring: Any) -> str:
    v, _ = Vault.create(folder, PASSPHRASE, secret_store=keyring)
    v.entries.add("struggle-story", "Open title", fields={"situation": "Ordinary"})
    e = v.entries.add("struggle-story", "Hidden title", "zanzibar body",
                    fields={"situation": "A zanzibar moment"}, protected=True)
    v.lock()
    return e.id


def test_protected_entries_hidden_until_passphrase(unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any,
                                                   services: Any, dialogs: Any) -> None:
    services.protection_seconds = 1.0
    hidden_id = _protected_vault(tmp_path / "v", keyring)
    w = unlocked(tmp_path / "v")
    ws = w.workspace
    model = ws.list_model
    row = model.row_of(hidden_id)
    index = model.index(row)
    assert index.data() == "Protected entry"
    assert "zanzibar" not in (index.data(model.SnippetRole) or "")
    # search finds it, but shows neither title nor snippet
    w.show_search()
    ws.search.query.setText("zanzibar")
    ws.search.run()
    wait_idle(qtbot, services)
    assert ws.search.model.rowCount() == 1
    html = ws.search.model.index(0).data(ws.search.model.HtmlRole)
    assert "Hidden title" not in html and "zanzibar" not in html
    # opening it shows the protected page, not the content
    ws.open_entry(hidden_id, True)
    wait_idle(qtbot, services)
    assert ws.editor.pages.currentIndex() == ws.editor.PAGE_HIDDEN
    assert ws.editor.title_edit.text() == ""
    # a wrong passphrase keeps it hidden
    dialogs.on_dialog = lambda d: (d.field.setText("wrong"), True)[1]
    ws.editor.show_protected_button.click()
    wait_idle(qtbot, services)
    assert dialogs.messages("warn")
    assert index.data() == "Protected entry"
    # the right one shows it for a while
    dialogs.on_dialog = lambda d: (isinstance(d, PassphrasePrompt) and d.field.setText(PASSPHRASE), True)[1]
    ws.editor.show_protected_button.click()
    wait_idle(qtbot, services)
    assert model.index(model.row_of(hidden_id)).data() == "Hidden title"
    qtbot.waitUntil(lambda: ws.editor.title_edit.text() == "Hidden title", timeout=5000)
    assert ws.protected_notice.isVisible()
    assert "zanzibar" in ws.search.model.index(0).data(ws.search.model.HtmlRole)
    # ...and hides it again when the time is up
    qtbot.waitUntil(lambda: ws.editor.pages.currentIndex() == ws.editor.PAGE_HIDDEN, timeout=5000)
    assert model.index(model.row_of(hidden_id)).data() == "Protected entry"
    assert ws.editor.title_edit.text() == ""
    assert not ws.protected_notice.isVisible()


def test_mark_an_entry_protected(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    first = ws.list_model.summary_at(0)
    ws.open_entry(first.id)
    wait_idle(qtbot, services)
    ws.editor.protected_box.setChecked(True)
    ws.editor.save_now()
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.entries.get(first.id)).protected
    assert ws.list_model.index(0).data() == "Protected entry"


def test_demo_vault(make_window: Any, qtbot: Any, services: Any) -> None:
    w = make_window()
    w.welcome.demo_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=30000)
    wait_idle(qtbot, services)
    ws = w.workspace
    assert w.windowTitle() == "MentorVault — Demo"
    assert ws.demo_banner.isVisible() and w.demo.passphrase in ws.demo_banner.label.text()
    kinds = {s.kind for s in in_vault(w, lambda v: v.entries.list())}
    assert kinds == set(KINDS)
    assert services.prefs.last_folder is None  # a throwaway vault is not remembered
    root = w.demo.root
    # locking shows the passphrase on the unlock view
    w.lock()
    assert w.demo.passphrase in w.unlock_view.demo_notice.label.text()
    w.unlock_view.passphrase.setText(w.demo.passphrase)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=30000)
    wait_idle(qtbot, services)
    w.close()
    w.shutdown()
    assert not root.exists()


def test_sidebar_lists_every_kind_partner_and_tag(unlocked: Any, filled_folder: Path, services: Any) -> None:
    w = unlocked(filled_folder)
    targets = w.workspace.sidebar.targets()
    views = {t.view for t in targets}
    assert {"entries", "goals", "reflect", "inbox", "add-partner"} <= views
    assert {t.kind for t in targets if t.kind} == set(KINDS)
    assert len([t for t in targets if t.partner_id]) == 2
    assert any(t.tag == "critique" for t in targets)
    w.workspace.sidebar.choose(Target("inbox"))
    assert w.workspace.pages.currentWidget() is w.workspace.inbox
