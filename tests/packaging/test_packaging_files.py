"""The packaging sources, without building: desktop entry, AppStream metainfo, icons, lock file, docs."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import mentorvault

REPO = Path(__file__).resolve().parents[2]
PKG = REPO / "packaging"
APP_ID = "io.github.mentorvault.MentorVault"
DESKTOP = PKG / "linux" / f"{APP_ID}.desktop"
METAINFO = PKG / "linux" / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_entry_fields() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "MentorVault"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] == "mentorvault" and entry["TryExec"] == "mentorvault"
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")


def test_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if not tool:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


def test_metainfo_content() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'license = "{root.findtext("project_license")}"' in pyproject
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == mentorvault.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date"))
    assert len(root.findall("description/p")) >= 2


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if not tool:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_are_current() -> None:
    result = subprocess.run([sys.executable, str(PKG / "make_icons.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_build_lock_is_hashed_and_matches_the_app_lock() -> None:
    """Every package in the build lock is pinned with a hash, at the version requirements.lock pins."""
    def pins(path: Path) -> dict[str, str]:
        text = path.read_text(encoding="utf-8")
        return dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^\s\\]+)", text, re.M))

    build, app = pins(PKG / "requirements-build.txt"), pins(REPO / "requirements.lock")
    assert "pyinstaller" in build
    for name in ("pyside6-essentials", "sqlcipher3", "cryptography", "pyrage", "keyring"):
        assert build[name] == app[name], name
    for name in ("pytest", "hypothesis", "pytest-qt", "pip-tools"):
        assert name not in build, f"{name} would be available to the bundle"
    blocks = re.split(r"\n(?=[a-z0-9])", (PKG / "requirements-build.txt").read_text(encoding="utf-8"))
    for block in blocks:
        if re.match(r"[a-z0-9][a-z0-9._-]*==", block):
            assert "--hash=sha256:" in block, block.splitlines()[0]


def test_spec_exclusions_cover_every_qt_module_the_app_does_not_import() -> None:
    """The spec must not exclude a Qt module the app imports (that would break the frozen app)."""
    spec = (PKG / "mentorvault.spec").read_text(encoding="utf-8")
    block = re.search(r"QT_EXCLUDES = \[(.*?)\n\]", spec, re.S).group(1)
    excluded = set(re.findall(r"\bQt\w+", block))
    used = set()
    for path in (REPO / "mentorvault").rglob("*.py"):
        used.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "found no Qt imports at all"
    assert not used & excluded, f"the spec excludes Qt modules the app imports: {sorted(used & excluded)}"


def test_scripts_are_executable_and_parse() -> None:
    for name in ("build.sh", "install-desktop.sh"):
        path = PKG / name
        assert path.stat().st_mode & 0o111, f"{name} is not executable"
        result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_install_doc_names_the_real_paths() -> None:
    doc = (REPO / "docs" / "install.md").read_text(encoding="utf-8")
    for text in ("~/.local/share/MentorVault/vault", "~/Library/Application Support/MentorVault/vault",
                 r"%LOCALAPPDATA%\MentorVault\vault", "install-desktop.sh", "mentorvault backup",
                 "recovery key", "packaging/build.sh"):
        assert text in doc, text


def test_gitignore_keeps_the_build_venv_out() -> None:
    assert ".build-venv/" in (PKG / ".gitignore").read_text(encoding="utf-8").split()
