"""Command-line front end in the style of restic and borg.

Exit status: 0 success, 1 an error the user can act on, 2 bad usage.
Errors are one line on stderr; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from mentorvault import __version__, cli_attach, cli_insights, cli_notes_in, cli_sync
from mentorvault import cli_notes_out as notes_out_cli
from mentorvault import cli_sharing as sharing
from mentorvault import errors as E
from mentorvault.domain.kinds import ITEMS, KINDS, LIST, MENTOR_TYPES, PARTNER_ROLES, kind_spec
from mentorvault.domain.models import UpgradeProgress
from mentorvault.domain.settings import SETTINGS
from mentorvault.domain.settings import spec as setting_spec
from mentorvault.errors import EntryNotFound, InvalidEntry, MentorVaultError, WrongPassphrase
from mentorvault.storage.db import DatabaseError, translate_error
from mentorvault.vault import Vault, default_vault_dir

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"mentorvault: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


# ---------------------------------------------------------------- output helpers


# Controls a terminal would act on: C0 but newline and tab, DEL, C1, and bidi overrides/isolates.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Text from the vault or a partner, shown on a terminal: controls become visible escapes."""
    return _TERMINAL_CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _emit(args: argparse.Namespace, data: Any, text: Callable[[], str] | str) -> None:
    if getattr(args, "json", False):
        out = json.dumps(data, ensure_ascii=False, indent=2)
        # JSON escapes C0 already; C1 and bidi controls would reach the terminal raw.
        print(_TERMINAL_CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", out))
    else:
        out = text() if callable(text) else text
        if out:
            print(safe_text(out))


def _entry_text(e: Any) -> str:
    lines = [f"{e.title}", f"  id: {e.id}", f"  kind: {e.kind}   revision: {e.rev}   updated: {e.updated_at}"]
    if e.partner:
        lines.append(f"  partner: {e.partner}")
    return "\n".join(lines + cli_attach.attachment_lines(e.attachments) + sharing.content_lines(e.tags, e.fields, e.body))


def _summary_line(s: Any) -> str:
    date = (s.entry_date or s.updated_at[:10])
    partner = f"  [{s.partner}]" if s.partner else ""
    return f"{s.id[:8]}  {date}  {s.kind:<18} {s.title}{partner}"


# ---------------------------------------------------------------- errors, in the CLI's terms


def remedy(exc: MentorVaultError) -> str:
    """What to do next, in the CLI's own terms: the core's error says what happened, in fields."""
    if isinstance(exc, E.VaultNotFound):
        return "Create one with 'mentorvault init', or pick another folder with --vault."
    if isinstance(exc, E.EntryNotFound):
        if exc.field("reason") == "not_in_inbox":
            return "Use 'mentorvault inbox' to see what partners shared with you."
        return "" if exc.field("reason") == "ambiguous" else "Use 'mentorvault list' to see ids."
    if isinstance(exc, E.UnknownSetting):
        return "Run 'mentorvault settings' to list them."
    if isinstance(exc, E.RevisionNotFound):
        return "Use 'mentorvault history ID' to see them."
    if isinstance(exc, E.PartnerNotFound):
        if exc.field("partner"):
            return "Add one with 'mentorvault partner add' or check the spelling."
        return "Use 'mentorvault partner list' to see them."
    if isinstance(exc, E.DamagedKeySlots) and exc.field("slot_type") == "passphrase":
        return ("Unlock with your recovery key instead ('mentorvault --recovery-key-file FILE ...'), then set a new "
                "passphrase with 'mentorvault --recovery-key-file FILE passwd'; that replaces the bad slot.")
    if isinstance(exc, E.DamagedKeySlots) and exc.field("slot_type") == "recovery":
        return ("Unlock with your passphrase instead. The recovery slot cannot be repaired in place: restore a "
                "backup into a new folder ('mentorvault --vault NEW_FOLDER restore FILE') to get a working one.")
    if isinstance(exc, E.BadBackup) and exc.field("in_backup"):
        other = "--recovery-key-file FILE" if exc.field("slot_type") == "passphrase" else "the passphrase"
        return f"Try the backup's other way of unlocking ({other}), or another backup file."
    if isinstance(exc, E.NoRollbackPending) and not exc.field("read_only"):
        return "Nothing to answer; 'mentorvault rollback' shows the state."
    if (isinstance(exc, (E.DamagedVault, E.DamagedKeySlots)) and not exc.field("backup_refused")
            and not isinstance(exc, E.SharedLogTampered)):
        backups, where = exc.field("backups"), exc.field("backups_dir")
        if backups:
            return (f"The newest automatic backup is '{backups[0]}' ({len(backups)} in "
                    f"'{where}'); restore it into a new folder with "
                    f"'mentorvault --vault NEW_FOLDER restore {backups[0]}'.")
        if where is not None:
            return (f"There are no automatic backups in '{where}'; restore a backup file "
                    "you made with 'mentorvault --vault NEW_FOLDER restore FILE'.")
        return "Restore it from a backup (mentorvault restore)."
    if isinstance(exc, E.ExchangeFolderError) and exc.field("reason") == "none_set":
        return f"Set one: mentorvault partner edit '{exc.field('partner')}' --exchange-folder DIR"
    return sharing.remedy(exc) or notes_out_cli.remedy(exc) or cli_attach.remedy(exc) or ""


def describe(exc: MentorVaultError) -> str:
    """The error's own sentence and, where the CLI has one, its remedy."""
    return " ".join(part for part in (str(exc).rstrip(), remedy(exc)) if part)


# ---------------------------------------------------------------- secrets


def _read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            value = fh.read()
    except OSError as exc:
        raise MentorVaultError(f"Could not read the {what} file '{path}': {exc.strerror}.") from None
    value = value.rstrip("\r\n")
    if not value:
        raise MentorVaultError(f"The {what} file '{path}' is empty.")
    return value


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get("MENTORVAULT_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise WrongPassphrase(
            "No passphrase given. Set MENTORVAULT_PASSPHRASE, use --passphrase-file, or run in a terminal."
        )
    return getpass.getpass(prompt)


def _new_passphrase(args: argparse.Namespace) -> str:
    env = os.environ.get("MENTORVAULT_NEW_PASSPHRASE")
    if env:
        return env
    if getattr(args, "new_passphrase_file", None):
        return _read_secret_file(args.new_passphrase_file, "new passphrase")
    if not sys.stdin.isatty():
        raise MentorVaultError("No new passphrase given. Set MENTORVAULT_NEW_PASSPHRASE or run in a terminal.")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat it: ") != first:
        raise MentorVaultError("The two passphrases differ. Nothing was changed; try again.")
    return first


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def _open(args: argparse.Namespace, *, reading: bool = False) -> Vault:
    """Unlock for one command.  The day's automatic backup is written before the first command
    that can change the vault; commands that only read (``reading``) do not wait for it."""
    vault = _open_vault(args, auto_backup=not reading)
    notice = vault.rollback.notice
    if notice is not None and getattr(args, "func", None) is not cmd_rollback:
        print(f"mentorvault: warning: {rollback_text(notice)} Until you answer, every command says this again: "
              "'mentorvault rollback accept' if you put back an older copy on purpose, 'mentorvault rollback "
              "report' if you did not.", file=sys.stderr)
    for note in vault.keys.slot_notes:
        print(f"mentorvault: note: {slot_note_text(note)}", file=sys.stderr)
    return vault


def _require_vault(folder: Path) -> None:
    """Raise VaultNotFound (worded by ``remedy``) when ``folder`` holds no vault."""
    if not Vault.exists(folder) and not (folder / "keyslots.json").exists():
        Vault.open(folder)  # raises VaultNotFound with the folder in its fields


_ROLLBACK_KINDS = {
    "older": "this vault is older than the copy this computer last opened in this folder (generation {found}, "
             "expected {expected} or later): entries written since may be missing.",
    "replaced": "this folder holds another copy of this vault than the one this computer last opened here "
                "(a restored backup or a copy moved over it): entries written since may be missing.",
    "unverified": "this computer's record for this vault folder was not written for this copy: the vault may have "
                  "been put back to a copy from before this version of MentorVault, or the record was edited.",
}


def rollback_text(notice: Any) -> str:
    return _ROLLBACK_KINDS[notice.kind].format(found=notice.found_generation, expected=notice.expected_generation)


_SLOT_PROBLEMS = {
    "malformed": "is damaged",
    "memory": "asks for an unreasonable amount of memory",
    "settings": "has unreasonable unlock settings",
    "changed": "was changed outside MentorVault",
    "foreign": "belongs to another vault",
    "over_budget": "was not tried: the passphrase slots before it used up the work one unlock may take",
}


def slot_note_text(note: Any) -> str:
    what = "a slot" if note.type == "unknown" else f"a {note.type} slot"
    return (f"the key file has {what} that {_SLOT_PROBLEMS.get(note.problem, 'is damaged')}; it was set aside "
            "and the other slots were used.")


class UpgradeBar:
    """The progress of a vault upgrade at unlock, on stderr: a bar redrawn in place on a terminal
    (once the upgrade has taken half a second), a line at each quarter otherwise (once it has taken
    two seconds); nothing for a quick upgrade."""

    TTY_AFTER, LINES_AFTER = 0.5, 2.0

    def __init__(self, stream: Any = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.started: float | None = None
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.drawn = False
        self.quarter = -1

    def __call__(self, p: UpgradeProgress) -> None:
        now = self.clock()
        if self.started is None:
            self.started = now
        if now - self.started < (self.TTY_AFTER if self.tty else self.LINES_AFTER):
            return
        if p.step == "compacting":
            text = "Upgrading the vault's storage: giving the freed space back to the disk..."
        else:
            share = p.done / p.total if p.total else 1.0
            if not self.tty:
                quarter = int(share * 4)
                if quarter == self.quarter:
                    return
                self.quarter = quarter
            filled = int(share * 30)
            text = (f"Upgrading the vault's storage: [{'#' * filled}{'.' * (30 - filled)}] "
                    f"{p.done:,} of {p.total:,} entries")
        if self.tty:
            self.stream.write("\r\x1b[2K" + text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn and self.tty:
            self.stream.write("\n")
            self.stream.flush()


# Index merging at the end of each command: one step (about 10 to 50 ms at 50,000 entries). The app's
# lock may merge for half a second, but every command ends in a lock: a large merge would add that to
# each command, searches included, until it was done.
MERGE_SECONDS_PER_COMMAND = 0.0


def _open_vault(args: argparse.Namespace, auto_backup: bool = True) -> Vault:
    folder = _vault_dir(args)
    _require_vault(folder)  # before any passphrase prompt or key file is read
    bar = UpgradeBar()
    merge = MERGE_SECONDS_PER_COMMAND
    try:
        if args.recovery_key_file:
            return Vault.open(folder, recovery_key=_read_secret_file(args.recovery_key_file, "recovery key"),
                              auto_backup=auto_backup, progress=bar,
                              lock_merge_seconds=merge)
        if getattr(args, "device", False):
            return Vault.open(folder, use_device=True, auto_backup=auto_backup, progress=bar,
                              lock_merge_seconds=merge)
        return Vault.open(folder, _passphrase(args), auto_backup=auto_backup, progress=bar,
                          lock_merge_seconds=merge)
    finally:
        bar.finish()


# ---------------------------------------------------------------- field parsing


def _parse_fields(kind: str, pairs: Sequence[str]) -> dict[str, Any]:
    spec = kind_spec(kind)
    fields: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise InvalidEntry(f"--field takes NAME=VALUE, not '{pair[:40]}'.", reason="field_syntax")
        name, value = pair.split("=", 1)
        name = name.strip().replace("-", "_")
        fs = spec.field(name)
        if fs is None:
            raise InvalidEntry(f"Unknown field '{name}' for {kind}. Known fields: {', '.join(spec.field_names)}.", reason="unknown_field", field=name)
        if fs.type in (LIST, ITEMS):
            if value.lstrip().startswith("[") or value.lstrip().startswith("{"):
                try:
                    parsed = json.loads(value)
                except ValueError:
                    raise InvalidEntry(f"Field '{name}' has JSON that does not parse.",
                                       reason="bad_json", field=name) from None
                items = parsed if isinstance(parsed, list) else [parsed]
            else:
                items = [value]
            fields.setdefault(name, []).extend(items)
        else:
            if name in fields:
                raise InvalidEntry(f"Field '{name}' is given twice.", reason="given_twice", field=name)
            fields[name] = value
    return fields


def _body(args: argparse.Namespace) -> str | None:
    if args.body is not None and args.body_file is not None:
        raise UsageError("Give either --body or --body-file, not both.")
    if args.body_file is not None:
        if args.body_file == "-":
            return sys.stdin.read()
        try:
            with open(args.body_file, encoding="utf-8") as fh:
                return fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise MentorVaultError(f"Could not read the body file '{args.body_file}': {exc}.") from None
    return str(args.body) if args.body is not None else None


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    folder = _vault_dir(args)
    if Vault.exists(folder):
        raise MentorVaultError(f"A vault already exists in '{folder}'.")
    passphrase = os.environ.get("MENTORVAULT_PASSPHRASE") or (
        _read_secret_file(args.passphrase_file, "passphrase") if args.passphrase_file else None
    )
    if passphrase is None:
        if not sys.stdin.isatty():
            raise MentorVaultError("No passphrase given. Set MENTORVAULT_PASSPHRASE, use --passphrase-file, "
                                   "or run in a terminal.")
        passphrase = getpass.getpass("Choose a passphrase: ")
        if getpass.getpass("Repeat it: ") != passphrase:
            raise MentorVaultError("The two passphrases differ. Nothing was created; try again.")
    if args.name is None and sys.stdin.isatty():
        args.name = input("Your name, as partners will see it on your contact card (Enter to skip): ")
    from mentorvault.domain.passphrase import assess

    strength = assess(passphrase)
    vault, recovery = Vault.create(folder, passphrase, your_name=args.name)
    vault.lock()
    warnings = [] if strength.score >= 3 else list(strength.warnings)
    _emit(args, {"vault": str(folder), "recovery_key": recovery, "warnings": warnings,
                 "name": args.name.strip() if args.name and args.name.strip() else None}, lambda: "\n".join([
        f"Created a vault in {folder}" + (f" for {args.name.strip()}." if args.name and args.name.strip() else "."),
        *(f"Warning: {w}" for w in warnings),
        "",
        "Your recovery key (shown only this once; write it down and keep it somewhere safe):",
        "",
        f"    {recovery}",
        "",
        "It unlocks the vault if you forget your passphrase.",
    ]))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    kind = kind_spec(args.kind).name
    fields = _parse_fields(kind, args.field or [])
    with _open(args) as vault:
        entry = vault.entries.add(kind, args.title or "", _body(args) or "", fields, args.tag or [], args.partner,
                                protected=bool(args.protected))
        _emit(args, entry.to_json(), f"Added {entry.kind} {entry.id}")
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        current = vault.entries.get(args.id)
        fields = _parse_fields(current.kind, args.field or []) if args.field else None
        changes: dict[str, Any] = {}
        if args.partner is not None:
            changes["partner"] = args.partner or None
        if args.protected is not None:
            changes["protected"] = args.protected
        entry = vault.entries.update(
            current.id, title=args.title, body=_body(args), fields=fields,
            tags=args.tag if args.tag is not None else None, merge_fields=True, **changes,
        )
        _emit(args, entry.to_json(), f"Saved {entry.id} (revision {entry.rev})")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        try:
            entry = vault.entries.get(args.id)
        except EntryNotFound as not_mine:
            try:
                shared = vault.inbox.get(args.id)
            except EntryNotFound:
                raise not_mine from None
            raise MentorVaultError(f"That is an entry {shared.partner} shared with you, not one of yours. Read it "
                                   f"with: mentorvault inbox show {shared.id[:8]}") from None
        _emit(args, entry.to_json(), lambda: _entry_text(entry))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        rows = vault.entries.list(kind=args.kind, tag=args.tag, partner=args.partner, since=args.since,
                                  until=args.until, limit=args.limit)
        _emit(args, [r.to_json() for r in rows],
              lambda: "\n".join(_summary_line(r) for r in rows) or "No entries yet.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        hits = vault.entries.search(args.query, kind=args.kind, tag=args.tag, partner=args.partner, since=args.since,
                            until=args.until, limit=args.limit)

        def text() -> str:
            if not hits:
                return "Nothing found."
            out = []
            for h in hits:
                snippet = h.snippet
                for start, end in reversed(h.highlights):
                    snippet = snippet[:start] + "[" + snippet[start:end] + "]" + snippet[end:]
                out.append(f"{h.id[:8]}  {h.kind:<18} {h.title}\n          {' '.join(snippet.split())}")
            return "\n".join(out)

        _emit(args, [h.to_json() for h in hits], text)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        entry_id = vault.entries.resolve_id(args.id)
        vault.entries.delete(entry_id)
        backups = len(vault.backups.all_backups())
        _emit(args, {"deleted": entry_id}, lambda: " ".join([
            f"Deleted {entry_id} and its history from the vault.",
            _still_in_backups(backups, vault.settings.get().backup_keep),
        ]))
    return EXIT_OK


def _still_in_backups(count: int, keep: int) -> str:
    """What a deletion leaves in the backups, and how to drop them."""
    if not count:
        return "No backup of this vault holds it."
    held = "The backup made before still holds it" if count == 1 else \
        f"The {count} backups made before still hold it"
    rotation = f" until newer ones replace it (the newest {keep} are kept)" if keep > 0 else ""
    return (f"{held}{rotation}, and so do backup files you wrote elsewhere. To drop the backups now, run "
            "'mentorvault backup --prune' (one fresh backup replaces them).")


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        revs = vault.entries.history(args.id)
        _emit(args, [r.to_json() for r in revs], lambda: "\n".join(
            f"{r.rev:>4}  {r.saved_at}  {r.content_hash[:12]}  {r.title}" + (f"  ({r.note})" if r.note else "")
            for r in revs))
    return EXIT_OK


def cmd_restore_revision(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        entry = vault.entries.restore_revision(args.id, args.rev)
        _emit(args, entry.to_json(), f"Restored revision {args.rev} of {entry.id} as revision {entry.rev}.")
    return EXIT_OK


def cmd_kinds(args: argparse.Namespace) -> int:
    data = [
        {
            "kind": k.name, "label": k.label, "description": k.description,
            "fields": [
                {"name": f.name, "type": f.type, "label": f.label, "required": f.required,
                 **({"choices": list(f.choices)} if f.choices else {}),
                 **({"subfields": [s.name for s in f.subfields]} if f.subfields else {})}
                for f in k.fields
            ],
        }
        for k in KINDS.values()
    ]

    def text() -> str:
        out = []
        for k in KINDS.values():
            out.append(f"{k.name}: {k.description}")
            for f in k.fields:
                extra = f" ({'|'.join(f.choices)})" if f.choices else ""
                req = " required" if f.required else ""
                out.append(f"    {f.name:<26} {f.type}{extra}{req}")
        return "\n".join(out)

    _emit(args, data, text)
    return EXIT_OK


def cmd_partner(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        if args.partner_cmd == "add":
            if getattr(args, "card", None):
                return _partner_add_card(args, vault)
            p = vault.partners.add(args.name, args.role, args.mentor_type, args.rhythm)
            _emit(args, p.to_json(), f"Added partner {p.name}.")
        elif args.partner_cmd == "edit":
            values = {k: v for k, v in (("name", args.new_name), ("role", args.role),
                                        ("mentor_type", args.mentor_type), ("rhythm_days", args.rhythm))
                      if v is not None}
            p = vault.partners.update(args.name, **values)
            folder = cli_sync.edit_folder(args, vault, p.name) if cli_sync.folder_options_given(args) else ""
            _emit(args, {**p.to_json(), "exchange_folder": _folder_json(vault, p.name)},
                  f"Saved partner {p.name}." + (f"\n{folder}" if folder else ""))
        elif args.partner_cmd == "verify":
            verified = vault.cards.verify(args.name, args.fingerprint)
            _emit(args, verified.to_json(), f"The fingerprint matches. {verified.name} is now verified.")
        elif args.partner_cmd == "show":
            p = vault.partners.get(args.name)
            status = {**p.to_json(), **vault.cards.status(p.name).to_json(),
                      "next_meeting": vault.partners.next_meeting(p.name),
                      "exchange_folder": _folder_json(vault, p.name)}
            _emit(args, status, lambda: "\n".join(filter(None, [
                f"{p.name}  ({p.role or 'partner'}{', ' + p.mentor_type if p.mentor_type else ''})",
                f"  next meeting due: {status['next_meeting']}" if status["next_meeting"] else "",
                ("  verified on " + str(status["verified_at"])[:10]) if status["verified"]
                else ("  card not verified yet" if status["has_card"] else "  no contact card yet"),
                ("  fingerprint: " + _fingerprint_text(status)) if status["has_card"] else "",
                "  a NEW card with other keys is waiting for verification" if status["pending_card"] else "",
                "  relationship ended: nothing is sent or accepted" if p.archived else "",
                cli_sync.folder_line(vault.sync.folder(p.name)),
            ])))
        else:
            partners = vault.partners.list()
            _emit(args, [p.to_json() for p in partners], lambda: "\n".join(
                f"{p.name:<24} {p.role or '-':<8} {p.mentor_type or '-':<11} "
                + (f"every {p.rhythm_days} days" if p.rhythm_days else "") + ("  (ended)" if p.archived else "")
                for p in partners) or "No partners yet.")
    return EXIT_OK


def _folder_json(vault: Vault, name: str) -> Any:
    info = vault.sync.folder(name)
    return None if info is None else {"folder": info.folder, "send_on_share": info.send_on_share}


def cmd_calendar(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        return cli_sync.cmd_calendar(args, vault, _emit)


def cmd_sync(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        return cli_sync.cmd_sync(args, vault, lambda: _passphrase(args, "Confirm sending with your passphrase: "),
                                 _emit)


def _read_text_file(path: str, what: str, limit: int = 64 * 1024) -> str:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise MentorVaultError(f"Could not read the {what} '{path}': {exc.strerror}.") from None
    if len(raw) > limit:
        raise MentorVaultError(f"The {what} '{path}' is too large.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise MentorVaultError(f"The {what} '{path}' is not a text file.") from None


def _fingerprint_text(info: dict[str, Any]) -> str:
    words = info.get("words") or []
    return f"{' '.join(words[:3])}  {' '.join(words[3:6])}  {' '.join(words[6:])}\n  digits: {info.get('digits', '')}"


def _partner_add_card(args: argparse.Namespace, vault: Vault) -> int:
    return sharing.add_card(args, vault, _read_text_file(args.card, "contact card"), _emit)


def cmd_passwd(args: argparse.Namespace) -> int:
    if args.replace_backups and not args.rekey:
        raise UsageError("--replace-backups goes with --rekey (or use 'mentorvault backup --prune').")
    with _open(args) as vault:
        new = _new_passphrase(args)
        if not args.rekey:
            vault.keys.change_passphrase(new)
            _emit(args, {"changed": True},
                  "Passphrase changed. Your recovery key still works. The vault's key is the same: backups made "
                  "before, and copies of the old key file, still open with the old passphrase, and with them "
                  "this vault. If someone may know the old passphrase, run 'mentorvault passwd --rekey'.")
            return EXIT_OK
        recovery = (_read_secret_file(args.recovery_key_file, "recovery key") if args.recovery_key_file else None)
        result = vault.keys.rekey(new, recovery_key=recovery, replace_backups=args.replace_backups,
                                  progress=None if args.json else _RekeyProgressPrinter())
        _emit(args, _rekey_json(result), lambda: _rekey_text(result))
    return EXIT_OK


class _RekeyProgressPrinter:
    """Prints a re-key's progress on stderr: every 10 % while the database is re-encrypted."""

    def __init__(self) -> None:
        self.shown = -1
        self.tty = sys.stderr.isatty()

    def __call__(self, p: Any) -> None:
        if p.step != "copying" or not p.total:
            return
        percent = 100 * p.done // p.total // 10 * 10
        if percent == self.shown:
            return
        self.shown = percent
        line = f"Re-encrypting the vault: {percent}% ({p.done:,} of {p.total:,} pages)"
        if self.tty:
            print(f"\r{line}", end="\n" if percent == 100 else "", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


def _rekey_json(result: Any) -> dict[str, Any]:
    replaced = result.replaced
    return {
        "changed": True, "rekeyed": True, "recovery_key": result.recovery_key, "device": result.device,
        "pages": result.pages, "seconds": round(result.seconds, 2),
        "old_backups": [str(p) for p in result.old_backups],
        "replaced": None if replaced is None else {"fresh": str(replaced.fresh),
                                                   "removed": [str(p) for p in replaced.removed]},
    }


def _rekey_text(result: Any) -> str:
    lines = ["Re-keyed the vault: a new key encrypts it now and your new passphrase unlocks it. The old "
             "passphrase, and any copy of the old key file, no longer open this vault."]
    if result.device == "kept":
        lines.append("This device still remembers the vault.")
    elif result.device == "dropped":
        lines.append("The keyring could not be reached, so this device no longer remembers the vault; "
                     "run 'mentorvault remember' to set that up again.")
    if result.replaced is not None:
        removed = len(result.replaced.removed)
        lines.append(f"Your backups were replaced by one fresh backup, {result.replaced.fresh} ({removed} older "
                     f"backup{'s' if removed != 1 else ''} removed). Backup files you wrote elsewhere are not "
                     "touched: they still open with the old passphrase.")
    elif result.old_backups:
        count = len(result.old_backups)
        lines.append(f"{count} backup{'s' if count != 1 else ''} made before still open{'s' if count == 1 else ''} "
                     "with the old passphrase (and the old recovery key) and show only what the vault held when "
                     "they were made. To replace them with one fresh backup, run 'mentorvault backup --prune'.")
    if result.recovery_key is None:
        lines.append("Your recovery key still works.")
    else:
        lines += ["", "Your new recovery key (the old one no longer opens this vault; shown only this once; "
                  "write it down and keep it somewhere safe):", "", f"    {result.recovery_key}", ""]
    return "\n".join(lines)


def cmd_remember(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        vault.keys.remember_device()
        _emit(args, {"remembered": True},
              "This device now remembers the vault's key in the system keyring. Anyone who can use this "
              "account can open the vault with 'mentorvault --device'. Undo with 'mentorvault forget'.")
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        done = vault.keys.forget_device()
        data: dict[str, Any] = {"remembered": False}
        if not done.keyring_cleared:
            data.update(keyring_cleared=False, slot_removed=done.slot_removed)
        if done.keyring_cleared:
            text = ("This device no longer remembers the vault." if done.slot_removed else
                    "This device did not remember the vault; nothing is stored for it in the keyring.")
        else:
            text = (("The vault's key file no longer has this device's slot, so the secret kept for it unlocks "
                     "nothing. " if done.slot_removed else "This device has no slot in the vault's key file. ")
                    + "The system keyring could not be reached, so that secret is still stored there: run "
                    "'mentorvault forget' again when the keyring is available to delete it.")
        _emit(args, data, text)
    return EXIT_OK


def cmd_rollback(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        notice = vault.rollback.notice
        if args.answer is None:
            status: dict[str, Any] = {"suspected": notice is not None, "kind": notice.kind if notice else None}
            _emit(args, status, f"Warning: {rollback_text(notice)}" if notice else
                  "No rollback warning for this vault on this computer.")
            return EXIT_OK
        done = vault.rollback.acknowledge("restored" if args.answer == "accept" else "replaced")
        backups = [str(p) for p in done.backups]
        data = {"acknowledged": done.choice, "backups": backups}
        if done.choice == "restored":
            text = ("Noted: this older copy is now the vault this computer expects here. The copy it replaced "
                    "would now be reported as a rollback.")
        else:
            newest = f" The newest automatic backup is '{backups[0]}'." if backups else ""
            text = ("Noted; the warning is cleared and this copy is now the one this computer expects here. What "
                    "to do: check which entries are missing ('mentorvault list'); compare with your backups "
                    f"('mentorvault backups', 'mentorvault verify-backup FILE') and restore the newest good one "
                    f"into a new folder ('mentorvault --vault NEW_FOLDER restore FILE').{newest} Someone who could "
                    "replace the folder may also know or have copied your key file: change your passphrase "
                    "('mentorvault passwd', with a re-key where available) and keep the recovery key safe.")
        _emit(args, data, text)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    if args.prune == (args.file is not None):
        raise UsageError("Give a FILE to write a backup to, or --prune to replace the vault's backups with one "
                         "fresh backup.")
    if args.prune:
        return _prune_backups(args)
    with _open(args) as vault:
        target = vault.backups.backup(args.file)
        count = vault.entries.count()
        _emit(args, {"backup": str(target), "entries": count},
              f"Wrote an encrypted backup of {count} entries to {target}. It opens with your passphrase or "
              "recovery key.")
    return EXIT_OK


def _prune_backups(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        done = vault.backups.replace_all()
        count = vault.entries.count()
        removed = len(done.removed)
        _emit(args, {"backup": str(done.fresh), "entries": count, "removed": [str(p) for p in done.removed]},
              f"Wrote one fresh backup of {count} entries to {done.fresh} and removed {removed} older "
              f"backup{'s' if removed != 1 else ''}. Deleted entries and an old passphrase are now only in "
              "backup files you wrote elsewhere, if any.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    folder = _vault_dir(args)
    if args.recovery_key_file:
        count = Vault.restore(args.file, folder,
                              recovery_key=_read_secret_file(args.recovery_key_file, "recovery key"))
    else:
        count = Vault.restore(args.file, folder, _passphrase(args))
    _emit(args, {"vault": str(folder), "entries": count}, f"Restored {count} entries into {folder}.")
    return EXIT_OK


def cmd_verify_backup(args: argparse.Namespace) -> int:
    if args.recovery_key_file:
        count = Vault.verify_backup(args.file,
                                    recovery_key=_read_secret_file(args.recovery_key_file, "recovery key"))
    else:
        count = Vault.verify_backup(args.file, _passphrase(args))
    _emit(args, {"ok": True, "entries": count}, f"The backup is intact and holds {count} entries.")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    folder = _vault_dir(args)
    found = Vault.find_backups(folder)
    if not found:
        _require_vault(folder)
    _emit(args, [{"file": str(p), "bytes": p.stat().st_size} for p in found], lambda: "\n".join(
        str(p) for p in found) or f"No automatic backups in '{folder / 'backups'}'.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        count = vault.check()
        _emit(args, {"ok": True, "entries": count}, f"The vault is intact and holds {count} entries.")
    return EXIT_OK


def _setting_text(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value) if value != "" else "(empty)"


def cmd_settings(args: argparse.Namespace) -> int:
    """List every setting, read one, or change one (checked against the registry before unlocking)."""
    chosen = setting_spec(args.name) if args.name is not None else None
    new_value = chosen.parse(args.value) if chosen is not None and args.value is not None else None
    with _open(args, reading=new_value is None) as vault:
        if chosen is not None and new_value is not None:
            current = vault.settings.update(**{chosen.name: new_value})
        else:
            current = vault.settings.get()
    values = current.to_json()
    if chosen is not None:
        _emit(args, {"name": chosen.name, "value": values[chosen.name]},
              f"{chosen.name} = {_setting_text(values[chosen.name])}")
        return EXIT_OK
    rows = [{"name": s.name, "value": values[s.name], "default": s.default, "type": s.type.__name__,
             "minimum": s.minimum, "maximum": s.maximum, "help": s.help} for s in SETTINGS]
    _emit(args, rows, lambda: "\n".join(f"{r['name']} = {_setting_text(r['value'])}\n  {r['help']}" for r in rows))
    return EXIT_OK


def cmd_identity(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        info = {"name": vault.identity.display_name(), "recipient": vault.identity.get().recipient,
                **vault.identity.fingerprint().to_json()}
        named = vault.identity.has_name()
        _emit(args, info, lambda: (f"{info['name']}" if named else
                                   "No name yet (set it: mentorvault settings your_name 'YOUR NAME')")
              + f"\n  fingerprint: {_fingerprint_text(info)}")
    return EXIT_OK


def cmd_card(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        card = vault.identity.export_card(args.file, args.name, overwrite=args.force)
        _emit(args, {"file": args.file, "name": card.name, **vault.identity.fingerprint().to_json()},
              f"Wrote your contact card for '{card.name}' to {args.file}. It holds only public keys.")
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(question + " [y/N] ").strip().lower() in ("y", "yes")


def cmd_consent(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        if args.consent_cmd == "grant":
            preview = vault.consents.preview(args.id)
            if not args.yes:
                print(_entry_text(vault.entries.get(preview.id)), file=sys.stderr)
                if not _confirm(f"Share exactly this with {vault.partners.get(args.to).name}?"):
                    raise MentorVaultError("Nothing was shared. Review the entry and add --yes to consent.")
            info = vault.consents.grant(preview.id, args.to, expected_hash=preview.content_hash)
            _emit(args, info.to_json(), f"{info.partner} may now receive this entry as it is now "
                                        f"({info.content_hash[:12]}). If you edit it, you will be asked again.")
        elif args.consent_cmd == "revoke":
            info = vault.consents.revoke(args.id, args.to)
            _emit(args, info.to_json(), f"Consent revoked. Your next bundle to {info.partner} asks their app to "
                                        "remove its copy; a copy they already opened cannot be taken back.")
        else:
            rows = vault.consents.list(args.to)
            _emit(args, [c.to_json() for c in rows], lambda: "\n".join(
                f"{c.entry_id[:8]}  {c.partner:<16} {c.state:<22} {c.title or '(deleted)'}"
                + (f"  removed by partner on {c.removed_by_partner_at[:10]}" if c.removed_by_partner_at else "")
                for c in rows) or "Nothing is shared.")
    return EXIT_OK


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()]


def cmd_export(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        if not args.preview and not args.out:
            raise UsageError("export needs --out FILE (or --preview to only look).")
        return sharing.cmd_export(args, vault, _names(args.to),
                                  lambda: _passphrase(args, "Confirm with your passphrase: "), _emit)


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        return sharing.cmd_import(args, vault, _emit)


def cmd_import_from(args: argparse.Namespace) -> int:
    return cli_notes_in.cmd_import_from(args, lambda: _open(args), _emit)


def cmd_inbox(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        return sharing.cmd_inbox(args, vault, _emit)


def cmd_shared_log(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        return sharing.cmd_shared_log(args, vault, _emit)


def cmd_agreement(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        if args.agreement_cmd == "accept":
            vault.inbox.accept_agreement(args.from_, args.id)
            _emit(args, {"accepted": args.id}, "Accepted. Your acceptance travels in your next bundle to them.")
        else:
            status = vault.inbox.agreement_status(args.id)
            _emit(args, status.to_json(), "Agreed by both on " + str(status.accepted_at or "")[:10]
                  if status.agreed_by_both else "Not yet agreed by both (or changed since).")
    return EXIT_OK


def cmd_prep(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        prep = vault.meeting_prep(args.name)
        _emit(args, prep.to_json(), lambda: "\n".join(filter(None, [
            f"Before you meet {prep.partner}" + (f" (due {prep.next_meeting})" if prep.next_meeting else ""),
            *(f"  their agenda: {e.title}" for e in prep.their_agenda),
            *(f"  session note: {e.title}" for e in prep.session_notes),
            *(f"  struggle: {e.title}" for e in prep.struggles),
            *(f"  feedback: {e.title}" for e in prep.feedback),
            *(f"  goal: {e.title}" for e in prep.goals),
            f"  my agenda: {prep.my_agenda.title}" if prep.my_agenda else "  no agenda of yours yet",
        ])))
    return EXIT_OK


def cmd_insights(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        return cli_insights.cmd_insights(args, vault, _emit)


def cmd_end(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        return sharing.cmd_end(args, vault, lambda: _passphrase(args, "Confirm with your passphrase: "), _emit,
                               _confirm)


def cmd_export_to(args: argparse.Namespace) -> int:
    with _open(args, reading=True) as vault:
        return notes_out_cli.export_to(args, vault, _emit)


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from mentorvault.ui.app import run_gui
    except ImportError as exc:
        raise MentorVaultError(f"The desktop app could not start: {exc}. Run 'make run' to install it.") from None
    return run_gui(vault_dir=_vault_dir(args) if args.vault else None, demo=getattr(args, "demo", False),
                   exit_after_ms=getattr(args, "exit_after_ms", None))


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")

    p = _Parser(prog="mentorvault", description="Private, encrypted reflective practice for mentoring.")
    p.add_argument("--version", action="version", version=f"MentorVault {__version__}")
    p.add_argument("--vault", metavar="DIR", default=os.environ.get("MENTORVAULT_VAULT"),
                   help="vault folder (default: MENTORVAULT_VAULT or the app-data folder)")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.add_argument("--recovery-key-file", metavar="FILE", help="unlock with the recovery key in FILE")
    p.add_argument("--device", action="store_true", help="unlock with the key remembered on this device")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, parents=[common], help=help_, description=help_)
        sp.set_defaults(func=func)
        return sp

    init = add("init", cmd_init, "create a new vault and print its recovery key")
    init.add_argument("--name", help="your name, as partners see it on your contact card "
                                     "(asked at a terminal when not given; change it later with 'settings your_name')")

    def entry_options(sp: argparse.ArgumentParser, edit: bool) -> None:
        sp.add_argument("--title", required=not edit)
        sp.add_argument("--body")
        sp.add_argument("--body-file", metavar="FILE", help="read the Markdown body from FILE ('-' for stdin)")
        sp.add_argument("--field", action="append", metavar="NAME=VALUE",
                        help="a structured field; repeat for lists; JSON for list items")
        sp.add_argument("--tag", action="append", help="a tag; repeat for more" + ("; replaces all tags" if edit else ""))
        sp.add_argument("--partner", help="the partner this entry belongs to" + ("; '' to clear" if edit else ""))
        if edit:
            g = sp.add_mutually_exclusive_group()
            g.add_argument("--protected", dest="protected", action="store_true", default=None)
            g.add_argument("--unprotected", dest="protected", action="store_false")
        else:
            sp.add_argument("--protected", action="store_true", help="hide title and body in lists until asked")

    sp = add("add", cmd_add, "add an entry")
    sp.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    entry_options(sp, edit=False)
    sp = add("edit", cmd_edit, "edit an entry (a new revision)")
    sp.add_argument("id", metavar="ID")
    entry_options(sp, edit=True)

    sp = add("show", cmd_show, "show one entry")
    sp.add_argument("id", metavar="ID")

    def filters(sp: argparse.ArgumentParser, limit: int | None) -> None:
        sp.add_argument("--kind", metavar="KIND")
        sp.add_argument("--tag", metavar="TAG")
        sp.add_argument("--partner", metavar="NAME")
        sp.add_argument("--since", metavar="YYYY-MM-DD")
        sp.add_argument("--until", metavar="YYYY-MM-DD")
        sp.add_argument("--limit", metavar="N", type=int, default=limit)

    filters(add("list", cmd_list, "list entries, newest first"), None)
    sp = add("search", cmd_search, "full-text search")
    sp.add_argument("query", metavar="QUERY")
    filters(sp, 20)
    sp = add("delete", cmd_delete, "delete an entry and its whole history")
    sp.add_argument("id", metavar="ID")
    sp = add("history", cmd_history, "list an entry's revisions")
    sp.add_argument("id", metavar="ID")
    sp = add("restore-revision", cmd_restore_revision, "make an old revision current again")
    sp.add_argument("id", metavar="ID")
    sp.add_argument("rev", metavar="REV", type=int)
    add("kinds", cmd_kinds, "list entry kinds and their fields")
    cli_notes_in.add_parser(add, cmd_import_from)

    sp = add("partner", cmd_partner, "manage partners (relationships)")
    psub = sp.add_subparsers(dest="partner_cmd", metavar="ACTION", required=True, parser_class=_Parser)
    pa = psub.add_parser("add", parents=[common], help="add a partner")
    pa.add_argument("name", metavar="NAME")
    pa.add_argument("--role", choices=PARTNER_ROLES)
    pa.add_argument("--mentor-type", choices=MENTOR_TYPES)
    pa.add_argument("--rhythm", metavar="DAYS", type=int, help="meet every DAYS days")
    pa.add_argument("--card", metavar="FILE", help="the partner's contact card")
    pe = psub.add_parser("edit", parents=[common], help="edit a partner")
    pe.add_argument("name", metavar="NAME")
    pe.add_argument("--new-name")
    pe.add_argument("--role", choices=PARTNER_ROLES)
    pe.add_argument("--mentor-type", choices=MENTOR_TYPES)
    pe.add_argument("--rhythm", metavar="DAYS", type=int)
    cli_sync.add_parsers(add, pe, cmd_sync, cmd_calendar)
    psub.add_parser("list", parents=[common], help="list partners")
    pv = psub.add_parser("verify", parents=[common], help="mark a partner verified if the fingerprint matches")
    pv.add_argument("name", metavar="NAME")
    pv.add_argument("--fingerprint", required=True, metavar="WORDS", help="the nine words (or 30 digits) they read out")
    ps = psub.add_parser("show", parents=[common], help="a partner's details and fingerprint")
    ps.add_argument("name", metavar="NAME")

    sp = add("settings", cmd_settings, "list the vault's settings, or read or change one")
    sp.add_argument("name", metavar="NAME", nargs="?", help="a setting (all of them when left out)")
    sp.add_argument("value", metavar="VALUE", nargs="?", help="its new value (numbers; on or off; text)")

    add("identity", cmd_identity, "your name and fingerprint")
    sp = add("card", cmd_card, "export your contact card")
    csub = sp.add_subparsers(dest="card_cmd", metavar="ACTION", required=True, parser_class=_Parser)
    ce = csub.add_parser("export", parents=[common], help="write your contact card to FILE")
    ce.add_argument("file", metavar="FILE")
    ce.add_argument("--name", help="the name your partners see")
    ce.add_argument("--force", action="store_true", help="replace FILE if it exists")
    sp = add("consent", cmd_consent, "grant, revoke and list consent to share entries")
    csub = sp.add_subparsers(dest="consent_cmd", metavar="ACTION", required=True, parser_class=_Parser)
    cg = csub.add_parser("grant", parents=[common], help="consent to share an entry, as it is now, with a partner")
    cg.add_argument("id", metavar="ID")
    cg.add_argument("--to", required=True, metavar="NAME")
    cg.add_argument("--yes", action="store_true", help="do not ask; consent to the entry as it is now")
    cr = csub.add_parser("revoke", parents=[common], help="revoke consent; the partner's app removes its copy")
    cr.add_argument("id", metavar="ID")
    cr.add_argument("--to", required=True, metavar="NAME")
    cl = csub.add_parser("list", parents=[common], help="what is shared with whom, and its state")
    cl.add_argument("--to", metavar="NAME")
    sp = add("export", cmd_export, "write an encrypted, signed bundle for one or more verified partners")
    sp.add_argument("--to", required=True, metavar="NAME[,NAME...]")
    sp.add_argument("--out", metavar="FILE", help="the bundle file (.mvbundle is added when missing)")
    sp.add_argument("--preview", action="store_true", help="only show what would leave")
    sp.add_argument("--confirm-cross", action="append", metavar="ID",
                    help="confirm sending an entry that belongs to another partner's relationship")
    sp = add("import", cmd_import, "check and import a partner's bundle into your inbox")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--dry-run", action="store_true", help="check and review only; store nothing")
    sp = add("inbox", cmd_inbox, "entries partners shared with you ('inbox show ID' prints one)")
    sp.add_argument("--from", dest="from_", metavar="NAME")
    sp.add_argument("--digest", action="store_true",
                    help="words summing up everything received from --from NAME, to compare with theirs")
    isub = sp.add_subparsers(dest="inbox_cmd", metavar="ACTION", parser_class=_Parser)
    ishow = isub.add_parser("show", parents=[common], help="show one entry a partner shared with you")
    ishow.add_argument("id", metavar="ID")
    ishow.add_argument("--from", dest="from_", metavar="NAME")
    sp = add("shared-log", cmd_shared_log, "what left this vault, when, and to whom")
    sp.add_argument("--to", metavar="NAME")
    sp.add_argument("--digest", action="store_true",
                    help="words summing up everything sent to --to NAME, to compare with theirs")
    sp = add("agreement", cmd_agreement, "co-sign boundary agreements")
    asub = sp.add_subparsers(dest="agreement_cmd", metavar="ACTION", required=True, parser_class=_Parser)
    aa = asub.add_parser("accept", parents=[common], help="accept a partner's shared boundary agreement")
    aa.add_argument("id", metavar="ID")
    aa.add_argument("--from", dest="from_", required=True, metavar="NAME")
    ast = asub.add_parser("status", parents=[common], help="is my agreement agreed by both?")
    ast.add_argument("id", metavar="ID")
    sp = add("prep", cmd_prep, "before we meet: a partner's latest shared entries beside my agenda")
    sp.add_argument("name", metavar="NAME")
    cli_insights.add_parser(lambda name, help_: add(name, cmd_insights, help_))
    sp = add("end", cmd_end, "end a relationship gracefully")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--out", metavar="FILE", help="write the closing bundle (with revocations) to FILE")
    sp.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    sp.add_argument("--keep-shared", action="store_true", help="do not revoke what was shared")
    sp.add_argument("--gratitude", metavar="TEXT", help="a closing thank-you note, shared in the final bundle")

    notes_out_cli.add_parser(add, cmd_export_to)

    sp = add("passwd", cmd_passwd, "change the passphrase (MENTORVAULT_NEW_PASSPHRASE or a prompt)")
    sp.add_argument("--new-passphrase-file", metavar="FILE")
    sp.add_argument("--rekey", action="store_true",
                    help="my passphrase may be known to someone: also give the vault a new key, re-encrypt it, "
                         "and make a new recovery key (kept with --recovery-key-file)")
    sp.add_argument("--replace-backups", action="store_true",
                    help="with --rekey: replace the vault's backups (which keep the old key) with one fresh backup")
    add("remember", cmd_remember, "remember this vault's key in the system keyring")
    add("forget", cmd_forget, "forget the key remembered on this device")
    sp = add("rollback", cmd_rollback, "show or answer a warning that the vault was put back to an older copy")
    sp.add_argument("answer", nargs="?", choices=("accept", "report"),
                    help="accept: I put back this older copy on purpose; report: I did not, someone may have "
                    "replaced my vault (shows what to do)")
    sp = add("backup", cmd_backup, "write an encrypted backup file")
    sp.add_argument("file", metavar="FILE", nargs="?")
    sp.add_argument("--prune", action="store_true",
                    help="replace all of the vault's backups with one fresh backup (drops deleted entries "
                         "and old passphrases they still hold)")
    sp = add("restore", cmd_restore, "restore a backup into --vault DIR (which must not exist yet)")
    sp.add_argument("file", metavar="FILE")
    sp = add("verify-backup", cmd_verify_backup, "check a backup fully without restoring it")
    sp.add_argument("file", metavar="FILE")
    add("check", cmd_check, "check every page of the vault")
    cli_attach.add_commands(add, _open, _emit)
    add("backups", cmd_backups, "list the vault's automatic backups (no unlocking needed)")
    sp = add("gui", cmd_gui, "start the desktop app")
    sp.add_argument("--demo", action="store_true", help="open a throwaway demo vault")
    sp.add_argument("--exit-after-ms", type=int, metavar="MS", help=argparse.SUPPRESS)
    return p


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        args.func = cmd_gui
    # a subcommand's --json (default False) must not hide a global --json
    if "--json" in argv:
        args.json = True
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"mentorvault: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MentorVaultError as exc:
        print(f"mentorvault: {safe_text(' '.join(describe(exc).split()))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("mentorvault: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except DatabaseError as exc:  # a damaged page read after opening
        print(f"mentorvault: {describe(translate_error(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"mentorvault: {exc.strerror or exc} ({exc.filename or 'file'}).", file=sys.stderr)
        return EXIT_ERROR
