"""Identity, partners' cards, per-entry consent, bundles, the inbox and the records of what was shared.

Each manager hangs off the open vault (``vault.identity``, ``vault.cards``, ``vault.consents``,
``vault.exchange``, ``vault.inbox``, ``vault.shared_log``) and runs on its connection.  The rules
(DESIGN.md, "Trust model"; ``docs/bundle-format.md``):

* nothing is shared by default; consent is per entry and per partner, pinned to the entry's
  content hash at the moment of consent; an entry edited after consent is left out;
* a revocation is a record with its own id that travels in every later bundle reaching that
  partner until their signed receipt names it;
* every bundle is recorded in a keyed chain, and per relationship in a chain both sides can
  compare as words;
* an import is checked completely before anything is stored, and stored in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.domain.consent import ConsentState
from mentorvault.exchange.cards import CardManager
from mentorvault.exchange.consent import ConsentManager
from mentorvault.exchange.identity import DEFAULT_NAME, IdentityManager
from mentorvault.exchange.inbox import InboxManager
from mentorvault.exchange.log import SharedLog
from mentorvault.exchange.models import (
    AgreementStatus,
    ConsentInfo,
    ConsentPreview,
    ExportItem,
    ExportPreview,
    FingerprintDisplay,
    ImportReview,
    InboxEntry,
    LogDigest,
    LogRecord,
    PartnerStatus,
    PendingRevocation,
    SeenEntry,
)
from mentorvault.exchange.sync import SyncManager

if TYPE_CHECKING:
    from mentorvault.exchange.export import Exporter
    from mentorvault.exchange.importer import Importer
    from mentorvault.vault import Vault

BUNDLE_SUFFIX = ".mvbundle"

CURRENT, CHANGED, REVOKED = ConsentState.CURRENT, ConsentState.CHANGED, ConsentState.REVOKED

__all__ = [
    "AgreementStatus", "BUNDLE_SUFFIX", "CHANGED", "CURRENT", "CardManager", "ConsentInfo", "ConsentManager",
    "ConsentPreview", "ConsentState", "DEFAULT_NAME", "ExchangeManager", "ExportItem", "ExportPreview",
    "FingerprintDisplay", "IdentityManager", "ImportReview", "InboxEntry", "InboxManager", "LogDigest",
    "LogRecord", "PartnerStatus", "PendingRevocation", "REVOKED", "SeenEntry", "SharedLog", "SyncManager", "topic_pattern",
]


class ExchangeManager:
    """``vault.exchange``: the export preview, writing a bundle, and reviewing or importing one."""

    def __init__(self, vault: Vault) -> None:
        self._v = vault
        self._exporter: Exporter | None = None
        self._importer: Importer | None = None

    # Writing and reading bundles are loaded at their first use: a window that only shows the
    # entries does not hold them (and the bundle format's modules) in memory.
    @property
    def _export(self) -> Exporter:
        if self._exporter is None:
            from mentorvault.exchange.export import Exporter

            self._exporter = Exporter(self._v)
        return self._exporter

    @property
    def _import(self) -> Importer:
        if self._importer is None:
            from mentorvault.exchange.importer import Importer

            self._importer = Importer(self._v)
        return self._importer

    def preview_export(self, partners: Sequence[str]) -> ExportPreview:
        return self._export.preview(partners)

    def export_bundle(self, partners: Sequence[str], out: Path | str, passphrase: str,
                      confirm_cross: Iterable[str] = ()) -> ExportPreview:
        return self._export.export(partners, out, passphrase, confirm_cross)

    def review_import(self, path: Path | str) -> ImportReview:
        return self._import.review(path)

    def import_bundle(self, path: Path | str) -> ImportReview:
        return self._import.import_bundle(path)


def __getattr__(name: str) -> Any:
    """``topic_pattern`` lives with the export, which is loaded at its first use."""
    if name == "topic_pattern":
        from mentorvault.exchange.export import topic_pattern

        return topic_pattern
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def attach(vault: Vault) -> None:
    """Hang the exchange managers off an open vault."""
    vault.identity = IdentityManager(vault)
    vault.cards = CardManager(vault)
    vault.consents = ConsentManager(vault)
    vault.exchange = ExchangeManager(vault)
    vault.inbox = InboxManager(vault)
    vault.shared_log = SharedLog(vault)
    vault.sync = SyncManager(vault)
