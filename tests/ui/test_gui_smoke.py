from __future__ import annotations

from typing import Any

from uihelpers import wait_idle


def test_unlock_and_list(unlocked: Any, filled_folder: Any, qtbot: Any, services: Any) -> None:
    w = unlocked(filled_folder)
    assert w.workspace.list_model.rowCount() == 35
    assert w.windowTitle() == "MentorVault"
