"""The CLI's sharing commands: identity and cards, consent, bundles, inbox, the shared log,
agreements, "before we meet" and ending a relationship.  The core returns facts; the words
(and the remedies that name commands) are here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault import errors
from mentorvault.cli_attach import attachment_lines
from mentorvault.exchange import BUNDLE_SUFFIX, ExportPreview, FingerprintDisplay, LogDigest

if TYPE_CHECKING:
    from mentorvault.vault import Vault

EXIT_OK = 0


def plural(n: int, one: str, many: str) -> str:
    """``1 entry``, ``3 entries``: the one plural helper the CLI words counts with."""
    return f"{n} {one if n == 1 else many}"


def remedy(exc: BaseException) -> str | None:
    """What to do next, in the CLI's terms, for errors whose core message names no command."""
    if isinstance(exc, errors.NotVerified):
        return f"Run: mentorvault partner verify '{exc.partner}' --fingerprint 'WORDS'"
    if isinstance(exc, errors.NoCard):
        return f"Run: mentorvault partner add '{exc.partner}' --card FILE"
    if isinstance(exc, errors.CardKeysChanged):
        return f"Then run: mentorvault partner verify '{exc.partner}' --fingerprint 'WORDS'"
    if isinstance(exc, errors.CrossRelationship):
        return "Confirm each with --confirm-cross ID: " + " ".join(i[:8] for i in exc.entry_ids)
    if isinstance(exc, errors.ClosingBundleNeeded):
        return f"Run: mentorvault end '{exc.partner}' --out FILE (or add --keep-shared to end without revoking)."
    if isinstance(exc, errors.NameNeeded):
        return "Give it with --name 'YOUR NAME', or set it once: mentorvault settings your_name 'YOUR NAME'"
    if isinstance(exc, errors.CardFileExists):
        return "Pick another file name, or add --force to replace it."
    if isinstance(exc, errors.SharedLogTampered):
        return "Compare digests with each partner: mentorvault shared-log --to NAME --digest"
    return None


def bundle_path(out: str) -> Path:
    """The bundle file name: a name without an extension gets the one bundles have (.mvbundle);
    an extension the user typed is kept (the window's "All files" opens any name)."""
    path = Path(out).expanduser()
    return path if path.suffix else path.with_name(path.name + BUNDLE_SUFFIX)


def fingerprint_text(fp: FingerprintDisplay) -> str:
    w = fp.words
    return f"{' '.join(w[:3])}  {' '.join(w[3:6])}  {' '.join(w[6:])}\n  digits: {fp.digits}"


def digest_text(d: LogDigest) -> str:
    words = " ".join(d.words)
    if d.direction == "sent":
        return (f"What you sent {d.partner}: {plural(d.bundles, 'bundle', 'bundles')}\n  {words}\n"
                f"Ask {d.partner} to read out theirs: mentorvault inbox --from YOUR-NAME --digest")
    lines = [f"What you received from {d.partner}: {plural(d.bundles, 'bundle', 'bundles')}", f"  {words}"]
    if d.their_digest is not None:
        lines.append(f"{d.partner}'s own record, as signed in their newest bundle: "
                     f"{plural(d.their_bundles or 0, 'bundle', 'bundles')}")
        lines.append("  " + " ".join(d.their_words or []))
        lines.append("They match: you received every bundle they had sent by then." if d.matches_theirs else
                     "They differ: a bundle of theirs did not reach you, or a record was changed. Compare "
                     "the words with them on a call.")
    return "\n".join(lines)


def add_card(args: argparse.Namespace, vault: Vault, card_text: str, emit: Callable[..., None]) -> int:
    status = vault.cards.add(args.name, card_text, role=args.role, mentor_type=args.mentor_type,
                             rhythm_days=args.rhythm)
    assert status.fingerprint is not None
    fp = status.fingerprint
    emit(args, status.to_json(), lambda: "\n".join([
        f"Added {status.name}'s contact card. Fingerprint:",
        "  " + fingerprint_text(fp),
        f"Compare these words with {status.name} in person or on a call, then run:",
        f"  mentorvault partner verify '{status.name}' --fingerprint 'WORDS'",
    ]))
    return EXIT_OK


def preview_text(preview: ExportPreview) -> str:
    n = len(preview.entries)
    lines = [f"To: {', '.join(preview.recipients)}",
             f"{plural(n, 'entry', 'entries')} will leave" + (":" if n else ".")]
    for e in preview.entries:
        flags = []
        if e.cross_relationship:
            flags.append(f"belongs to your relationship with {e.cross_relationship}")
        if e.off_limits:
            flags.append("mentions an off-limits topic: " + ", ".join(e.off_limits))
        lines.append(f"  {e.entry_id[:8]}  {e.kind:<18} {e.title}" + (f"  [{'; '.join(flags)}]" if flags else ""))
    if preview.left_out_changed:
        lines.append(f"{plural(len(preview.left_out_changed), 'entry', 'entries')} left out because "
                     f"{'it' if len(preview.left_out_changed) == 1 else 'they'} changed since you consented:")
        lines += [f"  {e.entry_id[:8]}  {e.title}" for e in preview.left_out_changed]
    if preview.left_out_unconsented:
        lines.append(f"{plural(len(preview.left_out_unconsented), 'entry', 'entries')} linked to "
                     f"{' and '.join(preview.recipients)} stay here: you never consented to share "
                     f"{'it' if len(preview.left_out_unconsented) == 1 else 'them'}:")
        lines += [f"  {e.entry_id[:8]}  {e.title}" for e in preview.left_out_unconsented]
    for name, ids in preview.revocations.items():
        if ids:
            lines.append(f"{plural(len(ids), 'removal request', 'removal requests')} for {name} "
                         "(revoked or deleted entries).")
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace, vault: Vault, names: list[str], passphrase: Callable[[], str],
               emit: Callable[..., None]) -> int:
    preview = vault.exchange.preview_export(names)
    if args.preview:
        emit(args, preview.to_json(), lambda: preview_text(preview))
        return EXIT_OK
    out = bundle_path(args.out)
    preview = vault.exchange.export_bundle(names, out, passphrase(), confirm_cross=args.confirm_cross or [])
    data = {"file": str(out), "to": preview.recipients, "entries": [e.entry_id for e in preview.entries],
            "revocations": preview.revocations, "left_out_changed": [e.entry_id for e in preview.left_out_changed]}
    emit(args, data, lambda: preview_text(preview) + f"\nWrote {out}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, vault: Vault, emit: Callable[..., None]) -> int:
    review = vault.exchange.review_import(args.file) if args.dry_run else vault.exchange.import_bundle(args.file)
    if review.already_imported:
        emit(args, review.to_json(), f"You already imported this bundle from {review.sender}; nothing changed.")
        return EXIT_OK
    verb = "Would import" if args.dry_run else "Imported"
    emit(args, review.to_json(), lambda: "\n".join(filter(None, [
        f"{verb} a bundle from {review.sender}: {len(review.new)} new, {len(review.updated)} updated, "
        f"{len(review.revoked)} removed at {review.sender}'s request.",
        *(f"  new: {review.titles[i]}" for i in review.new),
        *(f"  updated: {review.titles[i]}" for i in review.updated),
        *(f"  removed: {review.titles.get(i, i[:8])}" for i in review.revoked),
        f"{review.sender} confirmed removing {plural(len(review.receipts), 'entry', 'entries')} you revoked."
        if review.receipts else "",
    ])))
    return EXIT_OK


def cmd_inbox(args: argparse.Namespace, vault: Vault, emit: Callable[..., None]) -> int:
    if getattr(args, "inbox_cmd", None) == "show":
        e = vault.inbox.get(args.id, args.from_)
        emit(args, e.to_json(), lambda: inbox_entry_text(e))
        return EXIT_OK
    if args.digest:
        if not args.from_:
            raise errors.MentorVaultError("Name the partner whose bundles you want a digest of (--from NAME).")
        d = vault.inbox.digest(args.from_)
        emit(args, d.to_json(), lambda: digest_text(d))
        return EXIT_OK
    rows = vault.inbox.list(args.from_)
    emit(args, [r.to_json() for r in rows], lambda: "\n".join(
        f"{r.id[:8]}  {r.partner:<14} {r.kind:<18} {r.title}" for r in rows) or "Your inbox is empty.")
    return EXIT_OK


def content_lines(tags: list[str], fields: dict[str, Any], body: str) -> list[str]:
    """An entry's tags, fields and body as the terminal shows them (one's own or a partner's)."""
    lines = [f"  tags: {', '.join(tags)}"] if tags else []
    for name, value in fields.items():
        if isinstance(value, list):
            lines.append(f"  {name}:")
            lines += ["    - " + (", ".join(f"{k}={v}" for k, v in item.items()) if isinstance(item, dict)
                                else str(item)) for item in value]
        else:
            lines.append(f"  {name}: " + str(value).replace("\n", "\n    "))
    if body:
        lines += ["", body]
    return lines


def inbox_entry_text(e: Any) -> str:
    """An entry a partner shared, as the terminal shows it: read-only, with who sent it and when."""
    lines = [e.title, f"  id: {e.id}", f"  kind: {e.kind}   shared by {e.partner}   written: {e.updated_at[:10]}   "
             f"received: {e.received_at[:10]}", *attachment_lines(e.attachments),
             *content_lines(e.tags, e.fields, e.body)]
    if e.private_note:
        lines += ["", "Your private note:", e.private_note]
    return "\n".join(lines)


def cmd_shared_log(args: argparse.Namespace, vault: Vault, emit: Callable[..., None]) -> int:
    if not vault.shared_log.verify():
        raise errors.SharedLogTampered()
    if args.digest:
        if not args.to:
            raise errors.MentorVaultError("Name the partner whose record you want a digest of (--to NAME).")
        d = vault.shared_log.digest(args.to)
        emit(args, d.to_json(), lambda: digest_text(d))
        return EXIT_OK
    rows = vault.shared_log.records(args.to)
    emit(args, [r.to_json() for r in rows], lambda: "\n".join(
        f"{r.at[:16]}  to {', '.join(r.partners)}: {plural(len(r.entries), 'entry', 'entries')}, "
        f"{plural(len(r.revocations), 'removal request', 'removal requests')}  (bundle {r.bundle_id[:8]})"
        + "".join(f"\n    {e['id'][:8]}" for e in r.entries)
        for r in rows) or "Nothing has been shared yet.")
    return EXIT_OK


def cmd_end(args: argparse.Namespace, vault: Vault, passphrase: Callable[[], str], emit: Callable[..., None],
            confirm: Callable[[str], bool]) -> int:
    partner = vault.partners.get(args.name).name
    if not args.yes and not confirm(
            f"End your relationship with {partner}? Everything you shared is revoked, what they shared is "
            "wiped from this vault, and nothing more is sent or accepted."):
        raise errors.MentorVaultError("Nothing was changed. Add --yes to end the relationship without being asked.")
    out = bundle_path(args.out) if args.out else None
    result = vault.end_relationship(args.name, out=out, passphrase=passphrase() if out else None,
                                    revoke_all=not args.keep_shared, gratitude=args.gratitude)
    emit(args, result.to_json(), lambda: "\n".join(filter(None, [
        f"Ended the relationship with {result.partner}: {plural(len(result.revoked), 'consent', 'consents')} "
        f"revoked, {plural(result.wiped, 'shared entry', 'shared entries')} of theirs wiped from this vault, "
        "partner archived.",
        f"Wrote the closing bundle to {result.bundle}. Send it to {result.partner}: their app removes what you "
        "shared when they import it." if result.bundle else "",
    ])))
    return EXIT_OK


def print_card_written(path: str, name: str) -> None:
    print(f"Wrote your contact card for '{name}' to {path}. It holds only public keys.", file=sys.stdout)
