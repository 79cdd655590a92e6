"""Revision history with preview and restore; full-text search as you type with filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from mentorvault.ui.history import HistoryDialog
from mentorvault.ui.search import SearchModel

from uihelpers import in_vault, wait_idle


def test_revision_history_preview_and_restore(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any,
                                              dialogs: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    first = ws.list_model.summary_at(0)
    ws.open_entry(first.id)
    wait_idle(qtbot, services)
    ws.editor.title_edit.setText("Second title")
    ws.editor.save_now()
    wait_idle(qtbot, services)
    ws.editor.title_edit.setText("Third title")
    ws.editor.save_now()
    wait_idle(qtbot, services)

    seen: dict[str, Any] = {}

    def drive(dialog: Any) -> bool:
        assert isinstance(dialog, HistoryDialog)
        wait_idle(qtbot, services)
        assert dialog.model.rowCount() == 3
        assert not dialog.restore_button.isEnabled()  # the current version is selected first
        dialog.select_revision(1)
        wait_idle(qtbot, services)
        seen["preview"] = dialog.preview.toPlainText()
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        wait_idle(qtbot, services)
        return dialog.result() == dialog.DialogCode.Accepted

    dialogs.on_dialog = drive
    ws.editor.history_button.click()
    assert first.title in seen["preview"]
    assert ws.editor.title_edit.text() == first.title
    entry = in_vault(w, lambda v: v.entries.get(first.id))
    assert entry.title == first.title and entry.rev == 4
    assert [r.note for r in in_vault(w, lambda v: v.entries.history(first.id))][0] == "restored revision 1"
    assert ws.list_model.summary_at(0).title == first.title


def test_search_as_you_type_with_highlights(unlocked: Any, filled_folder: Path, qtbot: Any,
                                            services: Any) -> None:
    w = unlocked(filled_folder)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    ws = w.workspace
    assert ws.search_visible
    panel = ws.search
    qtbot.keyClicks(panel.query, "critiq")  # no Enter: results come as you type
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, services)
    html = panel.model.index(0).data(SearchModel.HtmlRole)
    assert "<b><u>" in html.lower() and "critiq" in html.lower()
    assert "match" in panel.status.text()
    total = panel.model.rowCount()

    # filters: kind
    panel.kind.setCurrentIndex(panel.kind.findData("goal"))
    qtbot.waitUntil(lambda: panel.model.rowCount() < total and panel.model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, services)
    assert {h.kind for h in panel.model.rows} == {"goal"}
    panel.kind.setCurrentIndex(0)
    # partner and tag
    panel.partner.setCurrentIndex(panel.partner.findText("Jordan"))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: services.worker.idle and all(h.partner == "Jordan" for h in panel.model.rows),
                    timeout=5000)
    panel.partner.setCurrentIndex(0)
    panel.tag.setCurrentIndex(panel.tag.findData("critique"))
    qtbot.wait(100)
    wait_idle(qtbot, services)
    ids = {h.id for h in panel.model.rows}
    tagged = {s.id for s in in_vault(w, lambda v: v.entries.list(tag="critique"))}
    assert ids and ids <= tagged
    panel.tag.setCurrentIndex(0)
    # dates: until a day before any entry finds nothing
    from PySide6.QtCore import QDate

    panel.until.setDate(QDate(2026, 1, 1))
    qtbot.wait(100)
    wait_idle(qtbot, services)
    assert panel.model.rowCount() == 0
    assert "Nothing found" in panel.status.text()
    panel.until.setDate(panel.until.minimumDate())

    # choosing a result opens it in the editor
    qtbot.wait(100)
    wait_idle(qtbot, services)
    panel.results.setCurrentIndex(panel.model.index(0))
    wait_idle(qtbot, services)
    assert ws.editor.current_id == panel.model.rows[0].id
    # Escape goes back to the list
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not ws.search_visible


def test_bad_search_is_explained_inline(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any,
                                        dialogs: Any) -> None:
    w = unlocked(filled_folder)
    w.show_search()
    panel = w.workspace.search
    # half-typed queries (an open quote, a trailing AND) still search, never alarm
    for text in ('"critique', "critique AND", "(critique"):
        panel.query.setText(text)
        panel.run()
        wait_idle(qtbot, services)
        assert panel.model.rowCount() > 0, text
    panel.query.setText("nosuchfield:word")
    panel.run()
    wait_idle(qtbot, services)
    assert panel.model.rowCount() == 0
    assert "search" in panel.status.text().lower()
    assert "damaged" not in panel.status.text()
    assert dialogs.messages() == []
