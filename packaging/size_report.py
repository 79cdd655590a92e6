"""Print what takes the space in a built MentorVault folder (build.sh runs it; stdlib only).

    python packaging/size_report.py dist/MentorVault [dist/MentorVault-0.1.0-linux-x86_64.tar.gz]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

MB = 1024 * 1024

# (label, pattern on the path inside the library folder), first match wins.
GROUPS = [
    ("ICU (Unicode data Qt Core needs)", r"libicu"),
    ("Qt libraries", r"(^|/)(lib)?Qt6\w*\.(so|dll|dylib)|QtCore\.framework|Qt\w+\.framework"),
    ("Qt for Python bindings", r"^PySide6/Qt\w+\.|^PySide6/lib|^shiboken6"),
    ("Qt plugins", r"^PySide6/Qt/plugins/"),
    ("Qt translations", r"^PySide6/Qt/translations/"),
    ("cryptography (its Rust core, with OpenSSL built in)", r"^cryptography"),
    ("OpenSSL for Python's hashlib and ssl", r"(^|/)lib(crypto|ssl)[.-]"),
    ("SQLCipher (sqlcipher3)", r"^sqlcipher3"),
    ("age (pyrage)", r"^pyrage"),
    ("Python runtime and standard library", r"libpython|^python3|base_library\.zip|^lib-dynload|python3\d*\.dll"),
    ("MentorVault resources", r"^resources/"),
]


def files(folder: Path) -> list[tuple[int, str]]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            out.append((path.stat().st_size, path.relative_to(folder).as_posix()))
    return out


def library_folder(app: Path) -> Path:
    for candidate in (app / "_internal", app / "Contents" / "Frameworks"):
        if candidate.is_dir():
            return candidate
    return app


def report(app: Path, archive: Path | None) -> str:
    lines = []
    everything = files(app)
    total = sum(s for s, _ in everything)
    lines.append(f"folder   {total / MB:8.1f} MB  {app}  ({len(everything)} files)")
    if archive and archive.is_file():
        lines.append(f"archive  {archive.stat().st_size / MB:8.1f} MB  {archive}")
    internal = library_folder(app)
    inside = files(internal)
    exe_bytes = total - sum(s for s, _ in inside)

    groups: Counter[str] = Counter()
    for size, rel in inside:
        label = next((lab for lab, pat in GROUPS if re.search(pat, rel)), "system libraries of the build machine (X11/xcb, GLib, fonts, D-Bus, C++ runtime) and the rest")
        groups[label] += size
    groups["the executable (holds the Python code), desktop files, licences, README"] += exe_bytes
    lines.append("\nby kind:")
    for label, size in groups.most_common():
        lines.append(f"  {size / MB:8.1f} MB  {label}")

    lines.append("\nlargest files:")
    for size, rel in sorted(inside, reverse=True)[:15]:
        lines.append(f"  {size / MB:8.1f} MB  {rel}")

    folders: Counter[str] = Counter()
    for size, rel in inside:
        parts = rel.split("/")
        for depth in (1, 2):
            if len(parts) > depth:
                folders["/".join(parts[:depth])] += size
    lines.append("\nlargest folders:")
    for name, size in folders.most_common(10):
        lines.append(f"  {size / MB:8.1f} MB  {name}/")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    parser.add_argument("archive", type=Path, nargs="?")
    args = parser.parse_args(argv)
    if not args.app.is_dir():
        print(f"no built app at {args.app}", file=sys.stderr)
        return 1
    print(report(args.app, args.archive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
