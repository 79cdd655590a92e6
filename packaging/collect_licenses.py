"""Put the licences of everything in the bundle into its ``licenses/`` folder (build.sh runs it).

    packaging/.build-venv/bin/python packaging/collect_licenses.py dist/MentorVault

Writes ``licenses/README.txt`` (what is inside and under which licence), the licence files
the Python packages ship, the GPL/LGPL texts (MentorVault is GPL-3.0-or-later; Qt and
Qt for Python are used under the LGPL-3.0), and, on Debian-like build machines, the
``copyright`` file of every system package a bundled library came from.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD_TOOLS = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "setuptools", "pip", "packaging", "wheel"}
LICENSE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)")
COMMON = Path("/usr/share/common-licenses")
QT_NOTE = """\
Qt 6 and Qt for Python (PySide6, shiboken6) {version} are used under the GNU Lesser General
Public License version 3 (LGPL-3.0, in LGPL-3 and GPL-3 here). Their source code is at
https://download.qt.io/official_releases/ and https://code.qt.io/. The Qt libraries are
separate files in _internal/PySide6/Qt/lib/, so you may replace them with your own builds
of the same version.
"""


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def python_packages(out: Path) -> list[str]:
    lines = []
    for dist in sorted(md.distributions(), key=lambda d: norm(d.metadata["Name"])):
        name = norm(dist.metadata["Name"])
        if name in BUILD_TOOLS or name == "mentorvault":
            continue
        licence = dist.metadata.get("License-Expression") or (dist.metadata.get("License") or "").split("\n")[0]
        classifiers = [c.split(" :: ")[-1] for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License ::")]
        lines.append(f"  {dist.metadata['Name']} {dist.version}: {licence or ', '.join(classifiers) or 'see its files'}")
        copied = 0
        for f in dist.files or []:
            if LICENSE_FILE.match(f.name) and ".dist-info" in str(f):
                target = out / "python" / f"{name}-{f.name}"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f.locate(), target)
                copied += 1
        if copied:
            lines[-1] += f"  (python/{name}-*)"
    return lines


def bundled_sources(toc_file: Path) -> dict[str, str]:
    """Destination -> source path of every binary, from PyInstaller's COLLECT table of contents."""
    import ast

    try:
        entries = ast.literal_eval(toc_file.read_text(encoding="utf-8"))[0]
    except (OSError, ValueError, SyntaxError, IndexError):
        return {}
    return {dest: src for dest, src, kind in entries if kind in ("BINARY", "EXTENSION")}


def debian_packages(sources: dict[str, str], out: Path) -> list[str]:
    """The Debian package and copyright file of each bundled library that came from one."""
    if not shutil.which("dpkg") or not sources:
        return []
    packages: dict[str, set[str]] = {}
    for dest, src in sorted(sources.items()):
        real = Path(src).resolve()
        if not str(real).startswith(("/usr/", "/lib")):
            continue  # from a wheel or the Python installation, covered above
        found = subprocess.run(["dpkg", "-S", str(real)], capture_output=True, text=True)
        if found.returncode != 0:  # usrmerge: /lib/... is owned as /usr/lib/... or the reverse
            alt = str(real)[4:] if str(real).startswith("/usr/") else "/usr" + str(real)
            found = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        pkg = found.stdout.split(":")[0].strip() if found.returncode == 0 else ""
        if pkg:
            packages.setdefault(pkg, set()).add(Path(dest).name)
    lines = []
    for pkg, owned in sorted(packages.items()):
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True).stdout
        copyright_file = Path("/usr/share/doc") / pkg / "copyright"
        if copyright_file.is_file():
            target = out / "system" / f"{pkg}.copyright"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(copyright_file, target)
        lines.append(f"  {pkg} {version}: {', '.join(sorted(owned))}  (system/{pkg}.copyright)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    parser.add_argument("--toc", type=Path, default=ROOT / "build" / "pyinstaller" / "mentorvault" / "COLLECT-00.toc",
                        help="PyInstaller's COLLECT table of contents (where each binary came from)")
    args = parser.parse_args(argv)
    out = args.app / "licenses"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
    if python_licence.is_file():
        (out / "python").mkdir()
        shutil.copyfile(python_licence, out / "python" / "python-LICENSE.txt")
    for text in ("GPL-3", "LGPL-3"):
        if (COMMON / text).is_file():
            shutil.copyfile(COMMON / text, out / text)
    version = md.version("PySide6_Essentials")
    parts = [
        "MentorVault and what it is built from",
        "",
        "MentorVault is free software under the GNU General Public License, version 3 or",
        "(at your option) any later version (GPL-3.0-or-later; the text is in GPL-3 here).",
        "It runs on Python " + ".".join(map(str, sys.version_info[:3])) + " (PSF License 2.0).",
        "",
        QT_NOTE.format(version=version),
        "Python packages (licence texts in python/):",
        *python_packages(out),
    ]
    system = debian_packages(bundled_sources(args.toc), out)
    if system:
        parts += ["", "Libraries from the build machine's Debian packages (copyright files in system/):", *system]
    (out / "README.txt").write_text("\n".join(parts) + "\n", encoding="utf-8")
    print(f"{out}: {sum(1 for p in out.rglob('*') if p.is_file())} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
