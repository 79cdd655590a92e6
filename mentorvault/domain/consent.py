"""What a consent is in, one enum for the core, the CLI and the window."""

from __future__ import annotations

from enum import StrEnum


class ConsentState(StrEnum):
    """The state of one entry's consent for one partner.

    The values are what ``--json`` prints; the CLI and the window word them themselves.
    """

    CURRENT = "current"  # consented, and the entry is exactly as it was consented
    CHANGED = "changed since consent"  # consented, but edited since: left out until consented again
    REVOKED = "revoked"  # revoked, or the entry was deleted


def state_of(consent_hash: str, revoked_at: str | None, entry_hash: str | None) -> ConsentState:
    """The state from the pinned hash, the revocation time and the entry's hash now (None: deleted)."""
    if revoked_at is not None or entry_hash is None:
        return ConsentState.REVOKED
    return ConsentState.CURRENT if consent_hash == entry_hash else ConsentState.CHANGED


def to_second(timestamp: str) -> str:
    """``2026-12-04T18:09:25.123456Z`` -> ``2026-12-04T18:09:25Z``: what bundles carry."""
    return timestamp[:19] + "Z"
