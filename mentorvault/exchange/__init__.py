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

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from mentorvault.domain.consent import ConsentState
from mentorvault.exchange.cards import CardManager
from mentorvault.exchange.consent import ConsentManager
from mentorvault.exchange.export import BUNDLE_SUFFIX, Exporter, topic_pattern
from mentorvault.exchange.identity import DEFAULT_NAME, IdentityManager
from mentorvault.exchange.importer import Importer
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

if TYPE_CHECKING:
    from mentorvault.vault import Vault

CURRENT, CHANGED, REVOKED = ConsentState.CURRENT, ConsentState.CHANGED, ConsentState.REVOKED

__all__ = [
    "AgreementStatus", "BUNDLE_SUFFIX", "CHANGED", "CURRENT", "CardManager", "ConsentInfo", "ConsentManager",
    "ConsentPreview", "ConsentState", "DEFAULT_NAME", "ExchangeManager", "ExportItem", "ExportPreview",
    "FingerprintDisplay", "IdentityManager", "ImportReview", "InboxEntry", "InboxManager", "LogDigest",
    "LogRecord", "PartnerStatus", "PendingRevocation", "REVOKED", "SeenEntry", "SharedLog", "topic_pattern",
]


class ExchangeManager:
    """``vault.exchange``: the export preview, writing a bundle, and reviewing or importing one."""

    def __init__(self, vault: "Vault") -> None:
        self._exporter = Exporter(vault)
        self._importer = Importer(vault)

    def preview_export(self, partners: Sequence[str]) -> ExportPreview:
        return self._exporter.preview(partners)

    def export_bundle(self, partners: Sequence[str], out: Path | str, passphrase: str,
                      confirm_cross: Iterable[str] = ()) -> ExportPreview:
        return self._exporter.export(partners, out, passphrase, confirm_cross)

    def review_import(self, path: Path | str) -> ImportReview:
        return self._importer.review(path)

    def import_bundle(self, path: Path | str) -> ImportReview:
        return self._importer.import_bundle(path)


def attach(vault: "Vault") -> None:
    """Hang the exchange managers off an open vault."""
    vault.identity = IdentityManager(vault)
    vault.cards = CardManager(vault)
    vault.consents = ConsentManager(vault)
    vault.exchange = ExchangeManager(vault)
    vault.inbox = InboxManager(vault)
    vault.shared_log = SharedLog(vault)
