"""Logging an unexpected exception without any of the user's content.

An exception message can carry an entry title, a passphrase fragment or a
field value, so only the exception's type and the code location (file, line
and function of each frame inside MentorVault) are ever written.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from mentorvault.platform import make_private, make_private_dirs

log = logging.getLogger("mentorvault.ui")

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def _short(filename: str) -> str:
    try:
        return Path(filename).resolve().relative_to(_PACKAGE_ROOT.parent).as_posix()
    except ValueError:
        return os.path.basename(filename)


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """``TypeName at pkg/file.py:123 in func (called from ...)`` - never the message or locals."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    own = [f for f in frames if "mentorvault" in f.filename.replace(os.sep, "/")]
    chosen = own[-3:] if own else frames[-1:]
    where = " <- ".join(f"{_short(f.filename)}:{f.lineno} in {f.name}" for f in reversed(chosen))
    name = f"{exc_type.__module__}.{exc_type.__qualname__}" if exc_type.__module__ != "builtins" else exc_type.__qualname__
    return f"{name} at {where}" if where else name


def log_exception(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    line = describe(exc_type, tb)
    log.error("unexpected error: %s", line)
    return line


def configure(log_dir: Path | None) -> Path | None:
    """Send the UI log to ``log_dir/mentorvault.log`` (mode 0600) and stderr; returns the file path."""
    log.setLevel(logging.INFO)
    log.propagate = False
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) for h in log.handlers):
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        log.addHandler(stream)
    if log_dir is None:
        return None
    try:
        make_private_dirs(log_dir)  # the state folder above it too, when this creates it
        make_private(log_dir, 0o700)
        if log_dir.parent.name == "MentorVault":  # the app's state folder (an older version made it 0755)
            make_private(log_dir.parent, 0o700)
        path = log_dir / "mentorvault.log"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(fmt)
        log.addHandler(handler)
        return path
    except OSError:
        return None
