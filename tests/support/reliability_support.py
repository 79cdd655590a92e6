"""Helpers for the reliability tests: figures, the fork server, corpus parties, small filesystems.

Test modules import this by name: pytest puts ``tests/support`` on ``sys.path`` (the
``pythonpath`` setting in pyproject.toml), with ``exchange_support``, ``make_corpus`` and
``sqlcipher_pages`` beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1] / "reliability"  # where crashworker.py runs

import sqlcipher3.dbapi2 as sqlcipher  # noqa: E402

from mentorvault.storage.db import transaction  # noqa: E402
from mentorvault.storage.meta import set_meta  # noqa: E402
from mentorvault.storage.migrations import MIGRATIONS  # noqa: E402
from mentorvault.vault import Vault  # noqa: E402

import exchange_support  # noqa: E402
import make_corpus  # noqa: E402
from exchange_support import PASSPHRASE, REPO, RecordingSecretStore, dump_vault, run_cli  # noqa: E402,F401

SEED = int(os.environ.get("MENTORVAULT_CRASH_SEED", time.time_ns() % 1_000_000))

# ---------------------------------------------------------------- figures

FIGURES: list[dict[str, Any]] = []
SUMMARY = {"printed": False}


def figure(test: str, summary: str, **values: Any) -> None:
    """Record one test's figures; the conftest prints them all at the end of the run.

    With MENTORVAULT_FIGURES=FILE they are also appended to FILE as JSON lines.
    """
    record = {"test": test, "summary": summary, **values}
    FIGURES.append(record)
    print(f"\n[figures] {test}: {summary}")
    target = os.environ.get("MENTORVAULT_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def print_figures(terminalreporter: Any) -> None:
    """The ``pytest_terminal_summary`` of tests/reliability and tests/fuzz: every figure, once."""
    if FIGURES and not SUMMARY["printed"]:
        SUMMARY["printed"] = True
        terminalreporter.section("reliability figures")
        for record in FIGURES:
            terminalreporter.write_line(f"{record['test']}: {record['summary']}")


# ---------------------------------------------------------------- the fork server


class ForkServer:
    """A long-lived ``crashworker.py`` that forks one worker per trial (see its docstring)."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env["MENTORVAULT_KDF_PROFILE"] = os.environ.get("MENTORVAULT_KDF_PROFILE", "minimum")
        env["MENTORVAULT_TESTING"] = "1"
        self.proc = subprocess.Popen([sys.executable, str(HERE / "crashworker.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1, env=env, cwd=str(HERE))
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        assert first.strip() == "ready", f"the fork server did not start: {first!r}"

    def trial(self, op: str, args: dict[str, Any], *, trigger: str = "ready", delay: float = 0.0,
              timeout: float = 60) -> Trial:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"op": op, "args": args, "trigger": trigger, "delay": delay,
                                          "timeout": timeout}) + "\n")
        self.proc.stdin.flush()
        raw = self.proc.stdout.readline()
        assert raw, "the fork server died"
        data = json.loads(raw)
        errors = [line for line in data["lines"] if line.startswith("error ")]
        assert not errors, f"the worker failed: {json.loads(errors[0][6:])}"
        assert data["status"] == -9, f"the worker was not killed by SIGKILL: {data}"
        return Trial(data["lines"], data["triggered"], data["ms_to_trigger"])

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@dataclass
class Trial:
    lines: list[str]
    triggered: bool
    ms_to_trigger: float | None

    def words(self, prefix: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.split()[0] == prefix]

    @property
    def last(self) -> str | None:
        return self.lines[-1] if self.lines else None


# ---------------------------------------------------------------- parties with the corpus keys


def corpus_vault(name: str, folder: Path, knows: tuple[str, ...]) -> tuple[Vault, str]:
    """Like ``make_corpus.vault_for`` (fixed test keys, verified cards), but keeps the recovery key."""
    vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    with transaction(vault.conn):
        set_meta(vault.conn, "identity", json.dumps(make_corpus.identity(name).to_json()))
    vault.identity.set_display_name(name)
    for other in knows:
        status = vault.cards.add(other, make_corpus.card_text(other))
        vault.cards.verify(other, " ".join(status.to_json()["words"]))
    return vault, recovery


def open_fast(folder: Path, recovery: str) -> Vault:
    return Vault.open(folder, recovery_key=recovery, secret_store=RecordingSecretStore(), auto_backup=False)


# ---------------------------------------------------------------- an older schema

V2_TABLES = ("consents", "shared_log", "inbox", "acceptances")
# schema 6 (consent protocol 3): receipts_due became receipts_owed, and four tables were added
V6_TABLES = ("revocations", "deliveries", "receipts_owed", "replay_guard", "partner_keys", "relationship_log")
V2_COLUMNS = ("card_name", "recipient", "signing_key", "fingerprint", "verified_at", "pending_card", "send_seq",
              "recv_seq")


def schema(conn: Any) -> dict[str, list[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def _undo_attachments(conn: Any) -> None:
    """The attachments migration undone (its tables, and the revisions' attachment sets)."""
    for table in ("inbox_attachments", "attachments", "attachment_chunks", "attachment_blobs"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE revisions DROP COLUMN attachments")


def _undo_import_origins(conn: Any) -> None:
    """The import origins undone (the table, its index and the trigger that forgets a deleted entry's)."""
    conn.execute("DROP TRIGGER import_origins_forget")
    conn.execute("DROP TABLE import_origins")


def _undo_insight_figures(conn: Any) -> None:
    """The Insights figures undone (their table and the index their queries read)."""
    conn.execute("DROP TABLE entry_figures")
    conn.execute("DROP INDEX entries_kind_day")


def _undo_exchange_folders(conn: Any) -> None:
    """The exchange folders and reminders undone (their tables, the acknowledgements, and when an owed
    receipt first travelled)."""
    for table in ("sync_file_recipients", "bundle_acks", "exchange_folders", "sync_files", "reminders_fired"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE receipts_owed DROP COLUMN sent_at")


# How to undo each migration after schema 8, by its function's name (one entry per new migration).
UNDO_AFTER_8 = {"_attachments": _undo_attachments, "_import_origins": _undo_import_origins,
                "_insight_figures": _undo_insight_figures, "_exchange_folders": _undo_exchange_folders}


def undo_after_schema_8(conn: Any) -> None:
    """Every migration after schema 8 undone, newest first, inside the caller's transaction."""
    for step in reversed(MIGRATIONS[8:]):
        UNDO_AFTER_8[step.__name__](conn)
    conn.execute("PRAGMA user_version = 8")


def undo_schema_8(conn: Any) -> None:
    """Schema 8 (and every later one) undone, inside the caller's transaction: the entry text unpacked
    into ``entries`` and into every revision (a schema-7 revision holds its whole text), the list's
    preview column gone, the search index rebuilt with its content table as schema 7 had it."""
    from mentorvault.domain.entry import searchable_text
    from mentorvault.storage.packing import unpack

    undo_after_schema_8(conn)

    assert conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0] == 0, "purge the index first"
    conn.execute("DROP TABLE entries_fts")
    conn.execute("CREATE VIRTUAL TABLE entries_fts USING fts5(title, body, fields, tags, "
                 "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    for setting, value in (("secure-delete", 1), ("rank", "bm25(8.0, 1.0, 2.0, 4.0)"), ("automerge", 0)):
        conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES (?, ?)", (setting, value))
    for rowid, entry_id, title, body, fields in conn.execute(
            "SELECT rowid, id, title, body, fields FROM entries").fetchall():
        body, fields = unpack(body), unpack(fields)
        tags = [r[0] for r in conn.execute("SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", (entry_id,))]
        conn.execute("UPDATE entries SET body = ?, fields = ? WHERE rowid = ?", (body, fields, rowid))
        conn.execute("UPDATE revisions SET body = ?, fields = ?, tags = ? WHERE entry_id = ? AND body IS NULL",
                     (body, fields, json.dumps(tags, ensure_ascii=False, separators=(",", ":")), entry_id))
        conn.execute("INSERT INTO entries_fts(rowid, title, body, fields, tags) VALUES (?, ?, ?, ?, ?)",
                     (rowid, title, body, searchable_text(json.loads(fields)), " ".join(tags)))
    for rowid, body, fields in conn.execute("SELECT rowid, body, fields FROM revisions").fetchall():
        conn.execute("UPDATE revisions SET body = ?, fields = ? WHERE rowid = ?", (unpack(body), unpack(fields), rowid))
    conn.execute("ALTER TABLE entries DROP COLUMN preview")
    conn.execute("ALTER TABLE fts_stale DROP COLUMN rev")
    conn.execute("PRAGMA user_version = 7")


def make_v7_vault(folder: Path, key: bytes) -> None:
    """Turn a vault made by the current code into one at schema version 7 (``undo_schema_8``)."""
    conn = sqlcipher.connect(str(folder / "vault.db"), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("BEGIN")
        undo_schema_8(conn)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def make_v1_vault(folder: Path, key: bytes) -> None:
    """Turn a vault made by the current code into one at schema version 1 (before the exchange tables
    the index upkeep of schemas 3 to 5, the list indexes of schemas 4 and 7, and the text stored
    once of schema 8)."""
    conn = sqlcipher.connect(str(folder / "vault.db"), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("BEGIN")
        undo_schema_8(conn)
        # schema 3: the superseded-index-row list and the ranking kept in FTS5's config
        assert conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0] == 0, "purge the index first"
        conn.execute("DROP TABLE fts_stale")
        conn.execute("DELETE FROM entries_fts_config WHERE k IN ('rank', 'automerge')")  # schemas 3 and 5
        # schema 7: the list-order indexes by the date shown
        for name in ("entries_date", "entries_kind_date", "entries_partner_date"):
            conn.execute(f"DROP INDEX {name}")
        conn.execute("CREATE INDEX entries_date ON entries(entry_date)")
        for name, columns in (("entries_updated", "updated_at DESC, id"), ("entries_kind_updated", "kind, updated_at DESC, id"),
                              ("entries_partner", "partner_id, updated_at DESC, id")):
            conn.execute(f"CREATE INDEX {name} ON entries({columns})")
        # schema 4: the list-order indexes gained the id
        for name, columns in (("entries_updated", "updated_at DESC"), ("entries_kind_updated", "kind, updated_at DESC"),
                              ("entries_partner", "partner_id, updated_at DESC")):
            conn.execute(f"DROP INDEX {name}")
            conn.execute(f"CREATE INDEX {name} ON entries({columns})")
        for table in V6_TABLES + V2_TABLES:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP INDEX partners_fingerprint")
        for column in V2_COLUMNS:
            conn.execute(f"ALTER TABLE partners DROP COLUMN {column}")
        conn.execute("DELETE FROM meta WHERE key IN ('identity', 'display_name', 'shared_log_head', "
                     "'shared_log_keyed')")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        reference = sqlcipher.connect(":memory:", isolation_level=None)
        MIGRATIONS[0](reference)
        assert schema(conn) == schema(reference), "the made-up v1 vault differs from what migration 1 makes"
    finally:
        conn.close()


def old_copy_is_whole(copy: Path, key: bytes, originals: dict[str, str], version: int = 1) -> bool:
    """Whether a before-migration backup is the whole old database: every page, the old schema, every entry."""
    import sqlcipher_pages

    try:
        with sqlcipher_pages.keyed_connection(copy, key) as conn:
            if conn.execute("PRAGMA cipher_integrity_check").fetchall():
                return False
            if conn.execute("PRAGMA user_version").fetchone()[0] != version:
                return False
            return {r[0]: r[1] for r in conn.execute("SELECT id, content_hash FROM entries")} == originals
    except sqlcipher.DatabaseError:
        return False


# ---------------------------------------------------------------- small filesystems


def can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp(prefix="mv-mount-probe-"))
    try:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                            capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", str(probe)], capture_output=True)
        return ok
    finally:
        probe.rmdir()


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at ``folder`` (root only); unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], check=True,
                   capture_output=True)
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem of ``folder`` to the last byte, then free ``leave`` bytes."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    block = b"\0" * 65536
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError:
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def free_bytes(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> bytes)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


__all__ = ["V2_TABLES", "print_figures", "make_v1_vault", "old_copy_is_whole", "schema", "PASSPHRASE", "REPO",
           "RecordingSecretStore", "SEED", "ForkServer", "Trial", "corpus_vault",
           "open_fast", "figure", "can_mount", "tmpfs", "fill", "free_bytes", "tree", "dump_vault", "run_cli",
           "exchange_support", "make_corpus"]
