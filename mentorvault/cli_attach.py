"""The CLI's attachment commands: ``attach``, ``detach``, ``attachment``.  The core returns facts
(``AttachmentInfo``); the words, and the remedies that name commands, are here."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from mentorvault import errors
from mentorvault.domain.models import AttachmentInfo

EXIT_OK = 0
Opener = Callable[..., AbstractContextManager[Any]]
Emit = Callable[[argparse.Namespace, Any, Any], None]
Adder = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

NOT_ENCRYPTED = "note: the copy written to '{path}' is NOT encrypted; anyone who can read that file can read it."


def size_text(size: int) -> str:
    """``512 bytes``, ``1.4 MB``: decimal units, as file managers show them."""
    if size < 1000:
        return f"{size} byte" + ("" if size == 1 else "s")
    for unit in ("kB", "MB", "GB"):
        size_f = size / 1000
        if size_f < 1000 or unit == "GB":
            return f"{size_f:.1f} {unit}"
        size = int(size_f)
    return f"{size} bytes"  # not reached


def attachment_lines(attachments: list[AttachmentInfo]) -> list[str]:
    """The lines ``show`` adds for an entry's (or a shared entry's) attachments."""
    if not attachments:
        return []
    return ["  attachments:"] + [f"    - {a.name}  ({size_text(a.size)}, {a.type})" for a in attachments]


def remedy(exc: BaseException) -> str | None:
    """What to do next, in the CLI's terms."""
    if isinstance(exc, errors.AttachmentNotFound):
        return "Run 'mentorvault show ID' to list the entry's attachments."
    if isinstance(exc, errors.OutputExists):
        return "Pick another file name, or add --force to replace it."
    if isinstance(exc, errors.AttachmentTooLarge) and exc.field("reason") is None:
        return "Make the file smaller (compress or split it) and attach it again."
    if isinstance(exc, errors.InvalidAttachmentName):
        return ("Give another name with --name: not empty, without '/', '\\', control characters or a leading "
                "dot, at most 120 characters.")
    return None


def add_commands(add: Adder, opener: Opener, emit: Emit) -> None:
    """Register the commands on the main parser (``add`` is build_parser's own helper)."""

    def cmd_attach(args: argparse.Namespace) -> int:
        with opener(args) as vault:
            info = vault.attachments.add(args.id, Path(args.file).expanduser(), name=args.name)
            emit(args, {"name": info.name, "size": info.size, "sha256": info.sha256},
                 f"Attached '{info.name}' ({size_text(info.size)}) to {vault.entries.resolve_id(args.id)[:8]}.")
        return EXIT_OK

    def cmd_detach(args: argparse.Namespace) -> int:
        with opener(args) as vault:
            entry_id = vault.entries.resolve_id(args.id)
            vault.attachments.remove(entry_id, args.name)
            emit(args, {"removed": args.name, "entry": entry_id},
                 f"Removed '{args.name}' from {entry_id[:8]}. Older revisions of the entry still hold it until "
                 "the entry is deleted.")
        return EXIT_OK

    def cmd_attachment(args: argparse.Namespace) -> int:
        out = Path(args.out).expanduser()
        with opener(args, reading=True) as vault:
            try:
                vault.attachments.get(args.id, args.name)  # a wrong name or a taken file is said before the note
                save = vault.attachments.save_copy
            except errors.EntryNotFound as not_mine:
                try:  # an entry a partner shared: its attachments are read-only, a copy may be saved
                    vault.inbox.attachment(args.id, args.name)
                except errors.EntryNotFound:
                    raise not_mine from None
                save = vault.inbox.save_attachment_copy
            if not args.force and os.path.lexists(out):
                raise errors.OutputExists(path=str(out))
            print(f"mentorvault: {NOT_ENCRYPTED.format(path=out)}", file=sys.stderr)
            info = save(args.id, args.name, out, overwrite=args.force)
            emit(args, {"name": info.name, "size": info.size, "sha256": info.sha256, "type": info.type,
                        "out": str(out)},
                 f"Saved a copy of '{info.name}' ({size_text(info.size)}) to '{out}'.")
        return EXIT_OK

    sp = add("attach", cmd_attach, "attach a file to an entry (stored encrypted in the vault)")
    sp.add_argument("id", metavar="ID")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--name", metavar="N", help="the name on the entry (default: the file's name)")
    sp = add("detach", cmd_detach, "remove an attachment from an entry")
    sp.add_argument("id", metavar="ID")
    sp.add_argument("name", metavar="NAME")
    sp = add("attachment", cmd_attachment, "save a plain (not encrypted) copy of an attachment "
                                           "(of your entry, or of one a partner shared)")
    sp.add_argument("id", metavar="ID")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--out", metavar="FILE", required=True, help="where to write the copy")
    sp.add_argument("--force", action="store_true", help="replace FILE if it exists")
