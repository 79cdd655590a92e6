"""What the Edit and Help menus show and enable, without a window: which edit actions a focused
field allows, the rows of the keyboard-shortcuts list, the documentation file, and the
versions and licences of the main dependencies for About."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib import metadata

# The libraries About names (the distribution names, as pip knows them).
MAIN_DEPENDENCIES: tuple[str, ...] = (
    "PySide6-Essentials", "sqlcipher3", "cryptography", "pyrage", "keyring", "platformdirs", "zxcvbn", "segno",
    "orjson", "zstandard", "pyenchant", "PyYAML",
)
UNKNOWN = "?"


@dataclass(frozen=True)
class FieldFacts:
    """What the focused text field allows (None in ``edit_enabled``: no text field has the focus)."""

    read_only: bool = False
    secret: bool = False  # a passphrase field: nothing is copied out of it
    can_undo: bool = False
    can_redo: bool = False
    has_selection: bool = False
    has_text: bool = False
    clipboard_has_text: bool = False


EDIT_ACTIONS = ("undo", "redo", "cut", "copy", "paste", "select_all")


def edit_enabled(facts: FieldFacts | None) -> dict[str, bool]:
    """Which of the Edit menu's actions work on the focused field."""
    if facts is None:
        return dict.fromkeys(EDIT_ACTIONS, False)
    writable = not facts.read_only
    copyable = facts.has_selection and not facts.secret
    return {
        "undo": writable and facts.can_undo,
        "redo": writable and facts.can_redo,
        "cut": writable and copyable,
        "copy": copyable,
        "paste": writable and facts.clipboard_has_text,
        "select_all": facts.has_text,
    }


def shortcut_rows(actions: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(what, keys) for each action with a shortcut, in the order given, once each: mnemonics and a
    trailing ellipsis dropped from the text."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for text, keys in actions:
        if not keys:
            continue
        what = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()
        if (what, keys) not in seen:
            seen.add((what, keys))
            rows.append((what, keys))
    return rows


@dataclass(frozen=True)
class Dependency:
    name: str
    version: str
    licence: str


def _licence(meta: metadata.PackageMetadata) -> str:
    fields = meta.json
    expression = fields.get("license_expression")
    if expression:
        return str(expression)
    listed = fields.get("classifier") or []
    classifiers = [c.split(" :: ")[-1] for c in listed if isinstance(c, str) and c.startswith("License ::")]
    classifiers = [c for c in classifiers if c != "OSI Approved"]
    if classifiers:
        return ", ".join(classifiers)
    text = str(fields.get("license") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    return UNKNOWN


# Recognised from the opening of a licence file when the metadata names none.
_LICENCE_TEXTS: tuple[tuple[str, str], ...] = (
    ("Permission is hereby granted, free of charge", "MIT"),
    ("This software is provided 'as-is', without any express or implied warranty", "zlib"),
    ("Apache License", "Apache-2.0"),
    ("GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"),
    ("GNU GENERAL PUBLIC LICENSE", "GPL"),
    ("Redistribution and use in source and binary forms", "BSD"),
)


def _licence_from_files(name: str) -> str:
    from importlib import metadata  # About only: it brings the email package (2 MiB) with it

    try:
        files = metadata.distribution(name).files or []
    except metadata.PackageNotFoundError:
        return UNKNOWN
    for f in files:
        if "licen" not in str(f).lower() and "copying" not in str(f).lower():
            continue
        try:
            head = " ".join(f.read_text(encoding="utf-8")[:2000].split())
        except (OSError, UnicodeDecodeError):
            continue
        for phrase, licence in _LICENCE_TEXTS:
            if phrase in head:
                return licence
    return UNKNOWN


def dependency_licences(names: Iterable[str] = MAIN_DEPENDENCIES) -> list[Dependency]:
    """Version and licence of each installed dependency, from its own metadata (``?`` when not known)."""
    from importlib import metadata

    found = []
    for name in names:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = _licence(meta)
        if licence == UNKNOWN:
            licence = _licence_from_files(name)
        found.append(Dependency(name, str(meta.json.get("version") or UNKNOWN), licence))
    return found


def app_licence() -> str:
    from importlib import metadata

    try:
        return _licence(metadata.metadata("mentorvault"))
    except metadata.PackageNotFoundError:
        return "GPL-3.0-or-later"


def documentation_file() -> Path | None:
    """The README beside the code (a checkout), or the one beside the packaged app."""
    here = Path(__file__).resolve()
    candidates = [here.parents[3] / "README.md"]
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "README.txt")
    for path in candidates:
        if path.is_file():
            return path
    return None


__all__ = ["Dependency", "EDIT_ACTIONS", "FieldFacts", "MAIN_DEPENDENCIES", "app_licence", "dependency_licences",
           "documentation_file", "edit_enabled", "shortcut_rows"]
