"""The CLI's exchange-folder commands: ``mentorvault sync [NAME]`` and the folder options of
``partner edit``.  The core (``vault.sync``) returns facts; the words are here."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault.cli_sharing import plural

if TYPE_CHECKING:
    from mentorvault.exchange.sync import ExchangeFolder, SyncResult
    from mentorvault.vault import Vault

EXIT_OK = 0

_WHY = {
    "conflict_copy": "a sync program's conflict copy; the original carries the same bundle",
    "incomplete": "not complete yet; tried again when it changes",
    "folder_missing": "the folder is not there (disk not connected?)",
    "unknown_sender": "from someone who is not your partner",
    "not_verified": "from a partner whose fingerprint you have not verified",
    "relationship_ended": "from a partner whose relationship has ended",
    "bad_signature": "its signature does not match the sender's card",
    "key_mismatch": "signed with other keys than the card you verified",
    "newer_version": "made by a newer MentorVault: update MentorVault",
    "older_version": "made by an older MentorVault: ask your partner to update",
}
_HELD = {
    "cross_relationship": "an entry of another relationship needs your confirmation: "
                          "run mentorvault export --to '{name}' --preview",
    "folder_missing": "the exchange folder is not there (disk not connected?)",
    "needs_confirmation": "waiting for your confirmation",
}


def add_parsers(add: Callable[..., argparse.ArgumentParser], partner_edit: argparse.ArgumentParser,
                cmd_sync: Callable[[argparse.Namespace], int], cmd_calendar: Callable[[argparse.Namespace], int]) -> None:
    """``sync``, ``calendar`` and the exchange-folder options of ``partner edit``."""
    folder = partner_edit.add_mutually_exclusive_group()
    folder.add_argument("--exchange-folder", metavar="DIR",
                        help="a folder you and this partner both reach (Syncthing, Nextcloud, Dropbox, a USB "
                             "stick): bundles travel through it")
    folder.add_argument("--no-exchange-folder", action="store_true", help="stop using an exchange folder")
    partner_edit.add_argument("--send-on-share", choices=("on", "off"),
                              help="on: sharing an entry with this partner sends it to the folder by itself")
    sp = add("sync", cmd_sync, "send what is new to each partner's exchange folder and import what arrived")
    sp.add_argument("name", metavar="NAME", nargs="?", help="only this partner's folder")
    sp = add("calendar", cmd_calendar, "write the next meeting with a partner (and the rhythm) as an .ics file")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--out", required=True, metavar="FILE", help="the calendar file to write (FILE.ics)")
    sp.add_argument("--with-agenda", action="store_true",
                    help="put the agenda's text in the event (calendars are often synced to a server)")


def folder_options_given(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "exchange_folder", None) or getattr(args, "no_exchange_folder", False)
                or getattr(args, "send_on_share", None))


def edit_folder(args: argparse.Namespace, vault: Vault, name: str) -> str:
    """Apply ``partner edit``'s folder options; the sentence that says what is set now."""
    info: ExchangeFolder | None
    if args.no_exchange_folder:
        vault.sync.set_folder(name, None)
        return f"{name} has no exchange folder now: bundles travel only as files you pass on."
    on = None if args.send_on_share is None else args.send_on_share == "on"
    if args.exchange_folder:
        info = vault.sync.set_folder(name, Path(args.exchange_folder), send_on_share=on)
    else:
        assert on is not None
        info = vault.sync.set_send_on_share(name, on)
    assert info is not None
    return (f"Exchange folder for {name}: {info.folder}"
            + (" (sharing an entry sends it there by itself)." if info.send_on_share else
               " (run 'mentorvault sync' to send and receive)."))


def folder_line(info: ExchangeFolder | None) -> str:
    if info is None:
        return ""
    return f"  exchange folder: {info.folder}" + ("  (sends when you share)" if info.send_on_share else "")


def sync_text(result: SyncResult) -> str:
    lines = []
    for s in result.sent:
        lines.append(f"Sent {s.to} {plural(s.entries, 'entry', 'entries')} and "
                     f"{plural(s.revocations, 'removal request', 'removal requests')}: {s.file}")
    for r in result.received:
        lines.append(f"Received a bundle from {r.sender}: {r.new} new, {r.updated} updated, "
                     f"{r.removed} removed at {r.sender}'s request.")
    for h in result.held:
        lines.append(f"Not sent to {h.partner}: " + _HELD.get(h.why, h.why).format(name=h.partner) + ".")
    for i in result.ignored:
        lines.append(f"Left alone: {i.file} ({_WHY.get(i.why, 'refused: ' + i.why.replace('_', ' '))}).")
    return "\n".join(lines) or "Nothing new to send or receive."


def cmd_sync(args: argparse.Namespace, vault: Vault, passphrase: Callable[[], str],
             emit: Callable[..., None]) -> int:
    waiting = vault.sync.needs_confirmation(args.name)
    result = vault.sync.run(args.name, passphrase=passphrase() if waiting else None)
    emit(args, result.to_json(), lambda: sync_text(result))
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace, vault: Vault, emit: Callable[..., None]) -> int:
    out = Path(args.out).expanduser()
    if not out.suffix:
        out = out.with_name(out.name + ".ics")
    info = vault.partners.calendar(args.name, out, with_agenda=args.with_agenda)
    every = f", then every {plural(info.rhythm_days, 'day', 'days')}" if info.rhythm_days else ""
    emit(args, info.to_json(), f"Wrote {info.file}: the meeting with {info.partner} on {info.date}{every}"
         + (", with the agenda." if info.with_agenda else "."))
    return EXIT_OK
