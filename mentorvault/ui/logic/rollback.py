"""The rollback warning's answer and the key file's notes: the window's calls and read models for them.

``acknowledge_rollback`` runs on the worker.  The facts come from ``vault.rollback`` and
``vault.keys.slot_notes``; the words are the window's (``ui/workspace_notices.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentorvault.vault import Vault
    from mentorvault.vault.rollback import Choice, RollbackAcknowledged


def acknowledge_rollback(vault: Vault, choice: Choice) -> RollbackAcknowledged:
    """The user's answer to the rollback warning: ``restored`` (on purpose) or ``replaced`` (not me)."""
    return vault.rollback.acknowledge(choice)


__all__ = ["acknowledge_rollback"]
