"""packaging/install-desktop.sh: the menu entry, metainfo and icons for the current user."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PKG = REPO / "packaging"
APP_ID = "io.github.mentorvault.MentorVault"
SIZES = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512", "scalable")


def unpacked_app(parent: Path) -> Path:
    """The layout of the release archive (build.sh), with a stand-in for the frozen program."""
    app = parent / "MentorVault"
    (app / "desktop").mkdir(parents=True)
    exe = app / "MentorVault"
    exe.write_text("#!/bin/sh\necho MentorVault 0.1.0\n")
    exe.chmod(0o755)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        shutil.copy(PKG / "linux" / name, app / "desktop" / name)
    shutil.copytree(PKG / "icons" / "hicolor", app / "desktop" / "icons")
    shutil.copy(PKG / "install-desktop.sh", app / "install-desktop.sh")
    return app


def run_script(script: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), HOME=str(data_home.parent))
    return subprocess.run(["bash", str(script), *args], env=env, capture_output=True, text=True, timeout=60)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_install_and_uninstall_from_the_unpacked_archive(tmp_path: Path) -> None:
    parent = tmp_path / "My Apps 100%"  # a space and a percent sign: both need care in Exec
    app = unpacked_app(parent)
    data = tmp_path / "share"
    (data / "applications").mkdir(parents=True)
    (data / "applications" / "other.desktop").write_text("[Desktop Entry]\nName=Other\n")

    result = run_script(app / "install-desktop.sh", data)
    assert result.returncode == 0, result.stderr
    desktop = data / "applications" / f"{APP_ID}.desktop"
    entry = read_entry(desktop)
    assert entry["Exec"] == f'"{str(app / "MentorVault").replace("%", "%%")}"'
    assert entry["TryExec"] == str(app / "MentorVault")
    assert entry["Icon"] == APP_ID
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in SIZES:
        ext = "svg" if size == "scalable" else "png"
        assert (data / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.{ext}").is_file(), size
    validate = shutil.which("desktop-file-validate")
    if validate:
        check = subprocess.run([validate, str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    # installing twice is harmless
    assert run_script(app / "install-desktop.sh", data).returncode == 0

    result = run_script(app / "install-desktop.sh", data, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert "not touched" in result.stdout
    assert not desktop.exists()
    assert not (data / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
    assert (data / "applications" / "other.desktop").is_file()


def test_refuses_a_folder_name_a_menu_entry_cannot_hold(tmp_path: Path) -> None:
    app = unpacked_app(tmp_path / 'say "hi"')
    result = run_script(app / "install-desktop.sh", tmp_path / "share")
    assert result.returncode == 1
    assert "move it" in result.stderr
    assert not (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").exists()


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run_script(PKG / "install-desktop.sh", tmp_path / "share", "--bogus")
    assert result.returncode == 2


def test_install_from_a_clone_points_at_the_build_or_the_venv(tmp_path: Path) -> None:
    built = REPO / "dist" / "MentorVault" / "MentorVault"
    venv = REPO / ".venv" / "bin" / "mentorvault"
    if not (built.is_file() or venv.is_file()):
        pytest.skip("neither dist/MentorVault nor .venv exists")
    data = tmp_path / "share"
    result = run_script(PKG / "install-desktop.sh", data)
    assert result.returncode == 0, result.stderr
    entry = read_entry(data / "applications" / f"{APP_ID}.desktop")
    target = Path(entry["TryExec"])
    assert target == (built if built.is_file() else venv)
    assert os.access(target, os.X_OK)
