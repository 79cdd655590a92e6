"""Check a built MentorVault folder: everything the app needs is in, no test or development tool is.

    packaging/.build-venv/bin/python packaging/check_bundle.py dist/MentorVault

Run with the build venv's Python (it reads PyInstaller's archive inside the executable).
Prints one line per problem and exits 1 if there is any; build.sh and the packaging tests
run it.  The app is not started here: tests/packaging/test_built_app.py does that.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle_rules  # noqa: E402

# Top-level modules and folders that must never ship: the tests, the test and build tools.
FORBIDDEN = {
    "tests", "test", "pytest", "_pytest", "pytestqt", "hypothesis", "pluggy", "iniconfig",
    "pip", "setuptools", "pkg_resources", "_distutils_hack", "distutils", "wheel", "piptools",
    "PyInstaller", "tkinter", "_tkinter", "idlelib", "lib2to3", "ensurepip", "unittest",
}


def layout(app: Path) -> tuple[Path, Path]:
    """(the executable, the folder with the libraries and data) of a built app."""
    if app.suffix == ".app":
        return app / "Contents" / "MacOS" / "MentorVault", app / "Contents" / "Frameworks"
    exe = app / ("MentorVault.exe" if sys.platform == "win32" else "MentorVault")
    return exe, app / "_internal"


def bundled_modules(exe: Path, internal: Path) -> set[str]:
    """Every Python module name inside the app (the executable's PYZ and base_library.zip)."""
    from PyInstaller.archive.readers import pkg_archive_contents

    names = set(pkg_archive_contents(str(exe), recursive=True))
    base = internal / "base_library.zip"
    if base.is_file():
        with zipfile.ZipFile(base) as zf:
            for n in zf.namelist():
                if n.endswith(".pyc"):
                    n = n[: -len(".pyc")]
                    names.add(n[: -len("/__init__")].replace("/", ".") if n.endswith("/__init__") else n.replace("/", "."))
    return names


def source_modules() -> set[str]:
    pkg = ROOT / "mentorvault"
    out = set()
    for path in pkg.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.add(".".join(parts))
    return out


def qt_modules_imported() -> set[str]:
    """The PySide6 modules the app's source imports."""
    found = set()
    for path in (ROOT / "mentorvault").rglob("*.py"):
        found.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def library_problems(internal: Path) -> list[str]:
    """Linux: every library a bundled binary links must be in the bundle, be a base system
    library PyInstaller never bundles (libc, libGL, libxcb, ...), or be one the app
    deliberately takes from the system (bundle_rules.SYSTEM_PROVIDED)."""
    if not sys.platform.startswith("linux"):
        return []
    from PyInstaller.depend.dylib import include_library

    problems = []
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as the bootloader sets it
    real_internal = internal.resolve()
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        needed = bundle_rules.direct_dependencies(str(path))
        if not needed:
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        resolved = dict(re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", out, re.M))
        rel = path.relative_to(internal)
        for name in sorted(needed):
            where = resolved.get(name, "")
            inside = where not in ("", "not found") and Path(where).resolve().is_relative_to(real_internal)
            loader = name.startswith(("ld-linux", "ld64.so"))  # the dynamic loader itself
            if inside or loader or not include_library(name) or bundle_rules.system_provided(name):
                continue
            problems.append(f"{rel} needs {name}, which is " + ("missing" if where in ("", "not found")
                                                              else f"taken from the system ({where})"))
    return problems


def check(app: Path) -> list[str]:
    problems: list[str] = []
    exe, internal = layout(app)
    if not exe.is_file():
        return [f"no executable at {exe}"]
    if not internal.is_dir():
        return [f"no library folder at {internal}"]

    modules = bundled_modules(exe, internal)
    for name in sorted(source_modules() - modules):
        problems.append(f"module {name} is not in the bundle")
    for name in sorted(modules):
        if name.split(".")[0] in FORBIDDEN:
            problems.append(f"module {name} should not be in the bundle")

    forbidden = {f.lower() for f in FORBIDDEN}
    for path in internal.rglob("*"):
        rel = path.relative_to(internal)
        top = rel.parts[0]
        if len(rel.parts) == 1 and (top.lower() in forbidden or (
                top.endswith((".dist-info", ".egg-info")) and re.split(r"[-.]", top)[0].lower() in forbidden)):
            problems.append(f"{rel} should not be in the bundle")
        elif path.suffix == ".pyc" and "tests" in rel.parts:
            problems.append(f"{rel} is compiled test code")

    shipped = internal / "resources"
    want = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_file()}
    have = {p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file()} if shipped.is_dir() else set()
    for rel in sorted(want - have):
        problems.append(f"resources/{rel} is missing from the bundle")
    for rel in sorted(have - want):
        problems.append(f"resources/{rel} is in the bundle but not in the repository")

    for path in internal.rglob("*"):
        rel = path.relative_to(internal).as_posix()
        if bundle_rules.qt_plugin_cut(rel) or bundle_rules.file_cut(rel):
            problems.append(f"{rel} was meant to be left out")
    problems += library_problems(internal)

    for qt in sorted(qt_modules_imported()):
        if f"PySide6.{qt}" not in modules and not any((internal / "PySide6").glob(f"{qt}.*")):
            problems.append(f"the app imports PySide6.{qt}, which is not in the bundle")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="dist/MentorVault (or dist/MentorVault.app)")
    args = parser.parse_args(argv)
    problems = check(args.app)
    for p in problems:
        print(f"bundle problem: {p}", file=sys.stderr)
    if not problems:
        print(f"{args.app}: every module and resource is in; no tests or development tools")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
