"""Synthetic vaults, cached encrypted between runs, and the plain-sqlite3 floors built from them.

The cache (``benchmarks/cache/``, git-ignored) holds only ENCRYPTED vaults, made with
the fixed benchmark passphrase below and the Argon2id parameters calibrated on this
machine.  Each has a manifest beside it; a vault whose manifest does not match the
current generator, schema or parameters is rebuilt.

A run never touches the cached vaults: it copies them into a scratch folder
(``benchmarks/cache/work-PID``), measures there, and deletes the scratch folder.
The plain-sqlite3 floors are built in the scratch folder from the very rows of the
vault, so the floor holds exactly the same text; they never outlive the run.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import corpus

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
# Public on purpose: it protects only synthetic benchmark data.
PASSPHRASE = "benchmark lantern orchard quiet river"
BATCH = 2_000

Log = Callable[[str], None]


def _print(msg: str) -> None:
    print(msg, flush=True)


def schema_version() -> int:
    from mentorvault.storage.db import SCHEMA_VERSION

    return SCHEMA_VERSION


def calibrated_params() -> dict[str, int]:
    """The real calibrated Argon2id parameters, computed once per machine and kept in the cache."""
    from mentorvault.crypto import keyslots as ks

    path = CACHE / "argon2-params.json"
    if path.exists():
        try:
            data = json.loads(path.read_text())
            ks.Argon2Params.from_json(data)
            return data
        except Exception:  # noqa: BLE001 -- rebuilt below
            pass
    saved = os.environ.pop("MENTORVAULT_KDF_PROFILE", None)
    try:
        params = ks.calibrate()
    finally:
        if saved is not None:
            os.environ["MENTORVAULT_KDF_PROFILE"] = saved
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(params.to_json()))
    return params.to_json()


def _manifest(size: int, params: dict[str, int]) -> dict[str, Any]:
    return {"corpus_version": corpus.CORPUS_VERSION, "seed": corpus.SEED, "size": size,
            "schema_version": schema_version(), "argon2": params}


def vault_dir(size: int) -> Path:
    return CACHE / f"vault-{size}"


def fill_vault(vault: Any, raw_entries: Any, log: Log = _print, label: str = "") -> list[str]:
    """Insert entries through the storage layer in batches (validation and hashing included)."""
    from mentorvault.domain.entry import validate_content
    from mentorvault.storage.db import transaction
    from mentorvault.storage.entries import insert_entry

    partner_ids: dict[str, str] = {}
    for name in corpus.PARTNER_NAMES:
        try:
            partner_ids[name] = vault.partners.get(name).id
        except Exception:  # noqa: BLE001 -- not there yet
            partner_ids[name] = vault.partners.add(name, role="mentor").id
    ids: list[str] = []
    batch: list[corpus.RawEntry] = []
    started = time.perf_counter()

    def flush() -> None:
        with transaction(vault.conn):
            for raw in batch:
                content = validate_content(raw.kind, raw.title, raw.body, raw.fields, raw.tags)
                ids.append(insert_entry(vault.conn, content, partner_ids.get(raw.partner or ""),
                                              raw.protected, raw.saved_at))
        batch.clear()
        if label:
            log(f"  {label}: {len(ids):,} entries ({time.perf_counter() - started:.0f} s)")

    for raw in raw_entries:
        batch.append(raw)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return ids


def ensure_vault(size: int, log: Log = _print) -> Path:
    """The cached encrypted vault of ``size`` entries, built if missing or stale."""
    from mentorvault.crypto import keyslots as ks
    from mentorvault.vault import Vault

    params = calibrated_params()
    folder = vault_dir(size)
    manifest_path = CACHE / f"vault-{size}.json"
    want = _manifest(size, params)
    if folder.exists() and manifest_path.exists():
        try:
            if json.loads(manifest_path.read_text()) == want and Vault.exists(folder):
                return folder
        except ValueError:
            pass
    log(f"building the cached {size:,}-entry vault (once; later runs reuse it)")
    shutil.rmtree(folder, ignore_errors=True)
    manifest_path.unlink(missing_ok=True)
    tmp = CACHE / f".vault-{size}.building"
    shutil.rmtree(tmp, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    vault, _recovery = Vault.create(tmp, PASSPHRASE, params=ks.Argon2Params.from_json(params))
    try:
        fill_vault(vault, corpus.entries(size), log, label=f"vault-{size}")
    finally:
        vault.lock()
    for leftover in ("vault.lock",):
        (tmp / leftover).unlink(missing_ok=True)
    os.replace(tmp, folder)
    manifest_path.write_text(json.dumps(want, indent=1))
    return folder


@dataclass
class Scratch:
    """A per-run folder for copies of the vaults, the floors, bundles and app state."""

    root: Path

    @classmethod
    def create(cls) -> Scratch:
        root = CACHE / f"work-{os.getpid()}"
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        os.chmod(root, 0o700)
        scratch = cls(root)
        for sub in ("home", "config", "data", "state", "cache", "run", "tmp"):
            (root / sub).mkdir()
        os.chmod(root / "run", 0o700)
        return scratch

    def env(self) -> dict[str, str]:
        """Private HOME and XDG folders: a benchmark never touches the user's own state."""
        return {"HOME": str(self.root / "home"), "XDG_CONFIG_HOME": str(self.root / "config"),
                "XDG_DATA_HOME": str(self.root / "data"), "XDG_STATE_HOME": str(self.root / "state"),
                "XDG_CACHE_HOME": str(self.root / "cache"), "XDG_RUNTIME_DIR": str(self.root / "run"),
                "TMPDIR": str(self.root / "tmp")}

    def copy_vault(self, size: int, name: str | None = None) -> Path:
        target = self.root / (name or f"vault-{size}")
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(vault_dir(size), target)
        # Flush the copy (300 MB at 50k) now, so its writeback does not land inside the
        # timings that follow and slow the product's side and the floor's unevenly.
        os.sync()
        return target

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# ---------------------------------------------------------------- plain sqlite3 floors

# The vault's entries table and indexes (so the same statements get the same query plans), and
# its FTS5 table with the same tokenizer, columns, prefix indexes and ranking; without encryption, the
# revisions, tags, consent and exchange tables, and FTS5's secure-delete option.

FLOOR_SCHEMA = """
CREATE TABLE partners (id TEXT PRIMARY KEY, name TEXT NOT NULL, rhythm_days INTEGER);
CREATE TABLE entries (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, fields TEXT NOT NULL,
    partner_id TEXT, protected INTEGER NOT NULL DEFAULT 0, entry_date TEXT, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, content_hash TEXT NOT NULL, rev INTEGER NOT NULL
);
CREATE INDEX entries_date ON entries(entry_date DESC, updated_at DESC, id);
CREATE INDEX entries_kind_date ON entries(kind, entry_date DESC, updated_at DESC, id);
CREATE INDEX entries_partner_date ON entries(partner_id, entry_date DESC, updated_at DESC, id);
CREATE INDEX entries_kind_day ON entries(kind, entry_date, partner_id, id);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, fields, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO entries_fts(entries_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 2.0, 4.0)');
CREATE TABLE entry_tags (entry_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (entry_id, tag)) WITHOUT ROWID;
CREATE INDEX entry_tags_tag ON entry_tags(tag);
CREATE TABLE entry_figures (entry_id TEXT PRIMARY KEY, mood INTEGER, energy INTEGER, format TEXT, actions INTEGER,
    actions_done INTEGER, progress TEXT) WITHOUT ROWID;
"""

_COPY_ENTRIES = ("SELECT rowid, id, kind, title, body, fields, partner_id, protected, entry_date, created_at, "
                 "updated_at, content_hash, rev FROM entries ORDER BY rowid")


def open_floor(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # SQLite's default, and the vault's setting
    return conn


def build_floor(vault_conn: Any, path: Path) -> sqlite3.Connection:
    """A plain (unencrypted) sqlite3 database holding exactly the vault's rows and indexed text."""
    path.unlink(missing_ok=True)
    conn = open_floor(path)
    conn.execute("PRAGMA synchronous = OFF")  # only while loading
    conn.executescript(FLOOR_SCHEMA)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO partners(id, name, rhythm_days) VALUES (?, ?, ?)",
                     vault_conn.execute("SELECT id, name, rhythm_days FROM partners").fetchall())
    # the Insights view's aggregates read the tags and the figures kept beside the entries
    conn.executemany("INSERT INTO entry_tags(entry_id, tag) VALUES (?, ?)",
                     vault_conn.execute("SELECT entry_id, tag FROM entry_tags").fetchall())
    conn.executemany("INSERT INTO entry_figures VALUES (?, ?, ?, ?, ?, ?, ?)",
                     vault_conn.execute("SELECT entry_id, mood, energy, format, actions, actions_done, progress "
                                        "FROM entry_figures").fetchall())
    from mentorvault.storage.index import columns
    from mentorvault.storage.packing import unpack

    # The vault stores entry text packed and its index keeps no copy (schema 8): the floor gets the
    # plain text, and its index the very column text the vault's index was made from.
    indexed = []
    cur = vault_conn.execute(_COPY_ENTRIES)
    while rows := cur.fetchmany(2_000):
        rows = [(*r[:4], unpack(r[4]), unpack(r[5]), *r[6:]) for r in rows]
        conn.executemany("INSERT INTO entries(rowid, id, kind, title, body, fields, partner_id, protected, "
                         "entry_date, created_at, updated_at, content_hash, rev) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        tags: dict[str, list[str]] = {}
        for entry_id, tag in vault_conn.execute(
                "SELECT entry_id, tag FROM entry_tags WHERE entry_id IN (SELECT value FROM json_each(?))",
                (json.dumps([r[1] for r in rows]),)):
            tags.setdefault(entry_id, []).append(tag)
        indexed += [(r[0], *columns(r[2], r[3], r[4], json.loads(r[5]), tags.get(r[1], []))) for r in rows]
    for start in range(0, len(indexed), BATCH):  # one transaction per batch, as the vault was filled
        conn.executemany("INSERT INTO entries_fts(rowid, title, body, fields, tags) VALUES (?, ?, ?, ?, ?)",
                         indexed[start:start + BATCH])
        conn.execute("COMMIT")
        conn.execute("BEGIN")
    conn.execute("COMMIT")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn
