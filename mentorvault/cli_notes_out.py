"""``mentorvault export-to FORMAT OUT``: the selected entries written out as Markdown, JSON or PDF.

What is written is not encrypted: the command says so once on stderr, with where it goes,
before the first byte is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.cli_sharing import plural
from mentorvault.errors import MentorVaultError, NotesExportError

if TYPE_CHECKING:  # the writers (and PyYAML) load only when export-to runs
    from mentorvault.notes_out import ExportResult, Selection

FORMATS = ("markdown", "json", "pdf")

Emit = Callable[[argparse.Namespace, Any, Any], None]


def add_parser(add: Callable[..., argparse.ArgumentParser], command: Callable[[argparse.Namespace], int]) -> None:
    """Register ``export-to`` (``add`` is build_parser's own helper, ``command`` cli.cmd_export_to)."""
    sp = add("export-to", command,
             "write entries out as Markdown files, one JSON file or a PDF (NOT encrypted)")
    sp.add_argument("format", metavar="FORMAT", choices=FORMATS, help=", ".join(FORMATS))
    sp.add_argument("out", metavar="OUT", help="markdown: a new or empty folder; json, pdf: a new file")
    sp.add_argument("--kind", metavar="KIND")
    sp.add_argument("--tag", metavar="TAG")
    sp.add_argument("--partner", metavar="NAME")
    sp.add_argument("--since", metavar="YYYY-MM-DD")
    sp.add_argument("--until", metavar="YYYY-MM-DD")
    sp.add_argument("--limit", metavar="N", type=int)
    sp.add_argument("--id", dest="ids", action="append", default=[], metavar="ID",
                    help="this entry (repeat for more); with filters, only those that match them")


_REMEDIES = {
    "not_empty": "That folder is not empty: give the name of a new folder, or an empty one.",
    "is_file": "That is a file: a Markdown export needs a folder (a new or empty one).",
    "is_folder": "That is a folder: give a file name.",
    "exists": "That file exists: pick another name, or delete it first.",
    "no_parent": "The folder it would go in does not exist: create it first.",
    "nothing_selected": "Check the filters and ids with 'mentorvault list' and the same options.",
}


def remedy(exc: BaseException) -> str | None:
    if isinstance(exc, NotesExportError):
        return _REMEDIES.get(str(exc.field("reason")))
    return None


def _selection(args: argparse.Namespace) -> Selection:
    from mentorvault.notes_out import Selection

    return Selection(kind=args.kind, tag=args.tag, partner=args.partner, since=args.since, until=args.until,
                     limit=args.limit, ids=tuple(args.ids))


def warning(fmt: str, out: Path, count: int) -> str:
    what = {"markdown": "a folder of plain Markdown files", "json": "a plain JSON file", "pdf": "a PDF"}[fmt]
    return (f"mentorvault: note: this export is NOT encrypted: {plural(count, 'entry', 'entries')} will be "
            f"written to '{out}' as {what}, readable by anyone who can read that place.")


def _pdf(vault: Any, ids: list[str], out: Path) -> ExportResult:
    try:
        from mentorvault.ui.logic.printdoc import entries_document
        from mentorvault.ui.printing import ensure_gui_application, words, write_pdf
    except ImportError as exc:
        raise MentorVaultError(f"PDF export needs the desktop app's libraries: {exc}. Run 'make run' to install "
                               "them.") from None
    from mentorvault.notes_out import ExportResult

    ensure_gui_application()
    names = {i: [a.name for a in vault.attachments.list(i)] for i in ids}
    doc = entries_document([vault.entries.get(i) for i in ids], vault.today(), words(), names)
    write_pdf(doc, out)
    return ExportResult("pdf", str(out), len(ids), bytes=out.stat().st_size)


def export_to(args: argparse.Namespace, vault: Any, emit: Emit) -> int:
    from mentorvault import notes_out

    out = Path(args.out).expanduser().absolute()
    ids = notes_out.select_ids(vault, _selection(args))
    if not ids:
        raise NotesExportError("No entries match, so nothing was written.", path=str(out),
                               reason="nothing_selected")
    if args.format == "markdown":
        notes_out.check_folder_target(out)
    else:
        notes_out.check_file_target(out)
    print(warning(args.format, out, len(ids)), file=sys.stderr, flush=True)
    if args.format == "markdown":
        result = notes_out.write_markdown(vault, ids, out)
    elif args.format == "json":
        result = notes_out.write_json(vault, ids, out, exported_at=vault.now())
    else:
        result = _pdf(vault, ids, out)

    def text() -> str:
        extra = f" and {plural(result.attachments, 'attachment', 'attachments')}" if result.attachments else ""
        return f"Wrote {plural(result.entries, 'entry', 'entries')}{extra} to '{result.path}'."

    emit(args, {"format": result.format, "count": result.entries, "path": result.path,
                "attachments": result.attachments, "bytes": result.bytes}, text)
    return 0
