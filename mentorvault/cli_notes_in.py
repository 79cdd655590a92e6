"""``mentorvault import-from FORMAT PATH``: notes from another journal (Day One, jrnl, a
Markdown folder) into the vault, all or nothing.  The core (``vault.notes_import``) returns
facts; the words are here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault import notes_in
from mentorvault.cli_sharing import plural
from mentorvault.domain.kinds import KINDS
from mentorvault.errors import ImportProblem
from mentorvault.notes_in import STARRED_TAG, Choices

if TYPE_CHECKING:
    from mentorvault.vault import Vault

EXIT_OK, EXIT_ERROR = 0, 1


def add_parser(add: Callable[..., argparse.ArgumentParser], func: Callable[[argparse.Namespace], int]) -> None:
    sp = add("import-from", func, "bring in notes from Day One, jrnl or a folder of Markdown files")
    sp.add_argument("format", metavar="FORMAT", choices=notes_in.FORMATS, help=", ".join(notes_in.FORMATS))
    sp.add_argument("path", metavar="PATH",
                    help="dayone: the export's .zip or its folder; jrnl: the file 'jrnl --export json' wrote; "
                         "markdown: the folder of .md files")
    sp.add_argument("--kind", metavar="KIND", default="reflection", choices=sorted(KINDS),
                    help="the kind the notes become (default: reflection); notes MentorVault exported keep theirs")
    sp.add_argument("--partner", metavar="NAME", help="link every imported entry to this partner")
    sp.add_argument("--tag", metavar="TAG", help=f"add this tag to every imported entry (starred notes get "
                                                  f"'{STARRED_TAG}')")
    sp.add_argument("--dry-run", action="store_true", help="check the export and say what would arrive; change nothing")


def _problem_json(exc: ImportProblem) -> dict[str, Any]:
    return {"imported": 0, "skipped": 0, "attachments": 0,
            "problems": [{"file": exc.field("file"), "reason": exc.field("reason"), "message": str(exc)}]}


def _text(imported: int, skipped: int, attachments: int, dry_run: bool) -> str:
    verb = "Would import" if dry_run else "Imported"
    line = f"{verb} {plural(imported, 'entry', 'entries')}"
    if attachments:
        line += f" with {plural(attachments, 'attachment', 'attachments')}"
    if skipped:
        line += f"; {plural(skipped, 'note was', 'notes were')} imported before and skipped"
    return line + "."


def cmd_import_from(args: argparse.Namespace, open_vault: Callable[[], AbstractContextManager[Vault]],
                    emit: Callable[[argparse.Namespace, Any, str], None]) -> int:
    """Read and check the export first (no passphrase is asked for a file that cannot be imported),
    then unlock and import it in one transaction."""
    try:
        plan = notes_in.read(args.format, Path(args.path).expanduser())
        with open_vault() as vault:
            result = vault.notes_import.run(plan, Choices(kind=args.kind, partner=args.partner, tag=args.tag),
                                            dry_run=args.dry_run)
    except ImportProblem as exc:
        if getattr(args, "json", False):
            print(json.dumps(_problem_json(exc), ensure_ascii=False))
        print(f"mentorvault: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_ERROR
    data = result.to_json()
    emit(args, data, _text(result.imported, result.skipped, result.attachments, args.dry_run))
    return EXIT_OK
