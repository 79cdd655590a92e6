"""Writing notes out of the vault: export to Markdown, JSON (and PDF through the window's renderer),
and the content of a session pack and an end-of-cycle summary.  No Qt here.

Everything written here is **not encrypted**: the front ends say so before calling in.
"""

from mentorvault.notes_out.jsonfile import JSON_FORMAT_VERSION, write_json
from mentorvault.notes_out.markdown import FORMAT_VERSION, entry_file_stem, front_matter, write_markdown
from mentorvault.notes_out.model import ExportResult, Selection
from mentorvault.notes_out.packs import CycleSummary, GoalOutline, SessionPack, cycle_summary, session_pack
from mentorvault.notes_out.selection import select_ids
from mentorvault.notes_out.target import check_file_target, check_folder_target

FORMATS = ("markdown", "json", "pdf")

__all__ = [
    "FORMATS", "FORMAT_VERSION", "JSON_FORMAT_VERSION", "CycleSummary", "ExportResult", "GoalOutline",
    "Selection", "SessionPack", "check_file_target", "check_folder_target", "cycle_summary", "entry_file_stem",
    "front_matter", "select_ids", "session_pack", "write_json", "write_markdown",
]
