"""Smoke tests against the built app in dist/ (``make package`` first).

Skipped when there is no build, unless MENTORVAULT_REQUIRE_PACKAGE=1 (CI after
``make package``), which turns a missing build into a failure.  The frozen program is run
as a user would run it: no virtual environment, a private HOME, Qt offscreen or on a
virtual X server.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

import mentorvault

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
APP_DIR = DIST / "MentorVault"
APP = APP_DIR / "MentorVault"
INTERNAL = APP_DIR / "_internal"
BUILD_PY = REPO / "packaging" / ".build-venv" / "bin" / "python"
VERSION = mentorvault.__version__
# The folder is ~140 MB today (see docs/install.md); this catches a Qt module or a
# system library stack sneaking back in, with room for ordinary growth.
SIZE_CEILING_MB = 175
FORBIDDEN_DIRS = {"tests", "test", "pytest", "_pytest", "pytestqt", "hypothesis", "pip", "setuptools",
                  "pkg_resources", "_distutils_hack", "wheel", "PyInstaller", "tkinter", "idlelib"}

pytestmark = [pytest.mark.skipif(sys.platform != "linux", reason="the Linux build is tested here")]


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    if APP.is_file() and os.access(APP, os.X_OK):
        return
    if os.environ.get("MENTORVAULT_REQUIRE_PACKAGE") == "1":
        pytest.fail(f"MENTORVAULT_REQUIRE_PACKAGE=1 but there is no built app at {APP}: run 'make package'")
    pytest.skip("no built app in dist/ (run 'make package')")


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A plain user's environment: private HOME and XDG folders, no venv, no project variables."""
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for d in (home, runtime, tmp_path / "tmp"):
        d.mkdir()
    runtime.chmod(0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MENTORVAULT_", "PYTHON", "VIRTUAL_ENV", "QT_", "XDG_"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), TMPDIR=str(tmp_path / "tmp"),
               PATH="/usr/bin:/bin", LANG="C.UTF-8", MENTORVAULT_KDF_PROFILE="minimum",
               MENTORVAULT_TESTING="1")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def skip_if_stale() -> None:
    """Comparisons with the source tree need a build of that tree; locally, an older build is
    skipped with a hint (CI builds first and sets MENTORVAULT_REQUIRE_PACKAGE=1)."""
    if os.environ.get("MENTORVAULT_REQUIRE_PACKAGE") == "1":
        return
    built_at = APP.stat().st_mtime
    sources = [*(REPO / "mentorvault").rglob("*.py"), *(REPO / "resources").rglob("*")]
    newer = [p for p in sources if p.is_file() and p.stat().st_mtime > built_at]
    if newer:
        pytest.skip(f"the build is older than {newer[0].relative_to(REPO)} (run 'make package')")


def run(args: list[str], env: dict[str, str], timeout: float = 60, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(APP), *args], env=env, capture_output=True, text=True, timeout=timeout, **kw)


def no_network_prefix() -> list[str]:
    """A command prefix that runs the app in a network namespace with no interfaces but lo."""
    unshare = shutil.which("unshare")
    if not unshare:
        return []
    for prefix in ([unshare, "--net", "--"], [unshare, "--map-root-user", "--net", "--"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=10).returncode == 0:
                return prefix
        except (OSError, subprocess.TimeoutExpired):
            pass
    return []


def assert_clean_stderr(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert not re.search(r"(?i)could not (load|find) the qt platform plugin|undefined symbol|"
                         r"cannot open shared object|GLIBC\w*_[\d.]+' not found", stderr), stderr


# ---------------------------------------------------------------- starting


def test_version(user_env: dict[str, str]) -> None:
    started = time.monotonic()
    result = run(["--version"], user_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MentorVault {VERSION}"
    assert_clean_stderr(result.stderr)
    assert time.monotonic() - started < 20


def test_version_without_network(user_env: dict[str, str]) -> None:
    prefix = no_network_prefix()
    if not prefix:
        pytest.skip("cannot make a network namespace here (unshare not permitted)")
    result = subprocess.run([*prefix, str(APP), "--version"], env=user_env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MentorVault {VERSION}"


def test_help_lists_the_commands(user_env: dict[str, str]) -> None:
    result = run(["--help"], user_env)
    assert result.returncode == 0, result.stderr
    for command in ("init", "backup", "restore", "export", "import", "gui"):
        assert command in result.stdout


def test_cli_round_trip_offline(user_env: dict[str, str], tmp_path: Path) -> None:
    """The frozen CLI creates a vault, writes, searches, backs up and restores, with no network:
    SQLCipher, Argon2id, age, the word list and zxcvbn all work from inside the bundle."""
    prefix = no_network_prefix()
    env = dict(user_env, MENTORVAULT_PASSPHRASE="frozen lantern orchard practice")
    vault, backup, restored = tmp_path / "vault", tmp_path / "b.mvbackup", tmp_path / "restored"

    def mv(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([*prefix, str(APP), "--vault", str(vault), *args], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (args, result.stderr)
        assert_clean_stderr(result.stderr)
        return result

    assert "recovery_key" in mv("init", "--json").stdout
    mv("add", "session-note", "--title", "Frozen check", "--body", "pineapple roundtrip",
       "--field", "session_date=2026-11-25")
    assert "Frozen check" in mv("search", "pineapple").stdout
    assert len(json.loads(mv("identity", "--json").stdout)["words"]) == 9
    mv("backup", str(backup))
    assert (vault / "backups").is_dir() and list((vault / "backups").glob("auto-*.mvbackup"))
    subprocess.run([*prefix, str(APP), "--vault", str(restored), "restore", str(backup)], env=env,
                   check=True, capture_output=True, timeout=120)
    result = subprocess.run([str(APP), "--vault", str(restored), "list", "--json"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Frozen check" in result.stdout, result.stderr


def test_default_vault_location(user_env: dict[str, str]) -> None:
    """With no --vault, the frozen app uses ~/.local/share/MentorVault/vault (as docs/install.md says)."""
    env = dict(user_env, MENTORVAULT_PASSPHRASE="frozen lantern orchard practice")
    result = run(["init"], env)
    assert result.returncode == 0, result.stderr
    assert (Path(env["HOME"]) / ".local/share/MentorVault/vault/keyslots.json").is_file()


def _gui_stays_up(cmd: list[str], env: dict[str, str], seconds: float = 6) -> str:
    """Start the GUI, check it is still running after ``seconds``, then close it; return stderr."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        time.sleep(seconds)
        code = proc.poll()
        if code is not None:
            out, err = proc.communicate()
            pytest.fail(f"the app exited with {code} after less than {seconds} s:\n{err}")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
    return err


def test_gui_starts_offscreen(user_env: dict[str, str]) -> None:
    err = _gui_stays_up([str(APP), "gui"], dict(user_env, QT_QPA_PLATFORM="offscreen"))
    assert_clean_stderr(err)


def test_gui_starts_under_x11(user_env: dict[str, str]) -> None:
    """The bundled xcb platform plugin and its libraries load on a (virtual) X server."""
    xvfb_run = shutil.which("xvfb-run")
    if not xvfb_run:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    env = dict(user_env, PATH=os.environ.get("PATH", "/usr/bin:/bin"), QT_QPA_PLATFORM="xcb")
    err = _gui_stays_up([xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(APP), "gui"], env, seconds=8)
    assert_clean_stderr(err)


def test_gui_starts_under_wayland(user_env: dict[str, str]) -> None:
    """The bundled Wayland platform plugin, xdg-shell and decorations load (headless Weston)."""
    weston = shutil.which("weston")
    if not weston:
        pytest.skip("weston is not installed (apt-get install weston) to run a headless compositor")
    env = dict(user_env, WAYLAND_DISPLAY="mv-test", QT_QPA_PLATFORM="wayland")
    socket = Path(env["XDG_RUNTIME_DIR"]) / "mv-test"
    compositor = subprocess.Popen([weston, "--backend=headless-backend.so", "--socket=mv-test", "--idle-time=0"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not socket.exists() and time.monotonic() < deadline and compositor.poll() is None:
            time.sleep(0.1)
        if not socket.exists():
            pytest.skip("headless weston did not start here")
        err = _gui_stays_up([str(APP), "gui"], env)
    finally:
        compositor.terminate()
        compositor.wait(timeout=20)
    assert_clean_stderr(err)
    assert "wayland" not in err.lower() or "failed" not in err.lower(), err


def test_demo_vault_offscreen_quits_cleanly(user_env: dict[str, str]) -> None:
    """Open the demo vault offscreen, quit by itself after 3 s with status 0, leave nothing behind."""
    env = dict(user_env, QT_QPA_PLATFORM="offscreen")
    tmp = Path(env["TMPDIR"])
    prefix = no_network_prefix()
    result = subprocess.run([*prefix, str(APP), "gui", "--demo", "--exit-after-ms", "3000"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert_clean_stderr(result.stderr)
    assert not list(tmp.glob("mentorvault-demo-*")), "the demo vault was not deleted on quit"
    assert not (Path(env["HOME"]) / ".local/share/MentorVault/vault").exists(), "the demo touched the real vault"


# ---------------------------------------------------------------- contents


def test_no_tests_or_development_tools_in_the_bundle() -> None:
    found = []
    for path in APP_DIR.rglob("*"):
        rel = path.relative_to(APP_DIR)
        if path.is_dir() and path.name in FORBIDDEN_DIRS:
            found.append(str(rel))
        elif path.name.endswith((".dist-info", ".egg-info")) and \
                re.split(r"[-.]", path.name)[0].lower() in {d.lower() for d in FORBIDDEN_DIRS}:
            found.append(str(rel))
        elif path.suffix == ".pyc" and ("tests" in rel.parts or path.name.startswith("test_")):
            found.append(str(rel))
    assert not found, found


def test_resources_are_bundled() -> None:
    skip_if_stale()
    shipped = INTERNAL / "resources"
    want = sorted(p.relative_to(REPO / "resources") for p in (REPO / "resources").rglob("*") if p.is_file())
    have = sorted(p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file())
    assert have == want
    assert (shipped / "demo" / "demo-vault.json").is_file()  # the demo vault is a feature


def test_unused_qt_parts_are_left_out() -> None:
    qt = INTERNAL / "PySide6" / "Qt"
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    assert "platforms/libqxcb.so" in plugins and "platforms/libqwayland.so" in plugins
    assert "platforms/libqoffscreen.so" in plugins and "iconengines/libqsvgicon.so" in plugins
    assert "printsupport/libcupsprintersupport.so" in plugins
    for gone in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "platformthemes/libqgtk3.so"):
        assert gone not in plugins
    libs = {p.name for p in (qt / "lib").iterdir()}
    for gone in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Network.so.6", "libQt6Pdf.so.6"):
        assert gone not in libs
    assert not (INTERNAL / "libgtk-3.so.0").exists()
    # Qt's catalogues only for languages the app itself is translated into (en, de, es), and the app's own
    assert not list(qt.glob("translations/qt_help_*.qm")) and not list(qt.glob("translations/qt_??.qm"))
    assert (qt / "translations" / "qtbase_de.qm").is_file() and (qt / "translations" / "qtbase_es.qm").is_file()
    assert not (qt / "translations" / "qtbase_fr.qm").exists()
    for lang in ("en", "de", "es"):
        assert (INTERNAL / "resources" / "translations" / f"mentorvault_{lang}.qm").is_file()


def test_size_ceiling() -> None:
    total = sum(p.stat().st_size for p in APP_DIR.rglob("*") if p.is_file() and not p.is_symlink())
    assert total / 2**20 < SIZE_CEILING_MB, f"the app folder is {total / 2**20:.0f} MB"


def test_bundle_check_script() -> None:
    """packaging/check_bundle.py: every mentorvault module is inside the executable's archive,
    and every library a bundled binary links is bundled or a base system library."""
    skip_if_stale()
    if not BUILD_PY.is_file():
        pytest.skip("no build venv (packaging/.build-venv) to read the PyInstaller archive with")
    result = subprocess.run([str(BUILD_PY), str(REPO / "packaging" / "check_bundle.py"), str(APP_DIR)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_archive() -> None:
    archives = sorted(DIST.glob(f"MentorVault-{VERSION}-linux-*.tar.gz"))
    if not archives:
        pytest.skip("no archive next to the folder")
    archive = archives[-1]
    sums = archive.with_name(archive.name + ".sha256").read_text().split()
    assert sums[0] == hashlib.sha256(archive.read_bytes()).hexdigest()
    with tarfile.open(archive) as tf:
        members = {m.name: m for m in tf.getmembers()}
    exe = members["MentorVault/MentorVault"]
    assert exe.isfile() and exe.mode & 0o111
    assert members["MentorVault/install-desktop.sh"].mode & 0o111
    for name in ("MentorVault/README.txt", "MentorVault/_internal/resources/demo/demo-vault.json",
                 "MentorVault/desktop/io.github.mentorvault.MentorVault.desktop",
                 "MentorVault/desktop/io.github.mentorvault.MentorVault.metainfo.xml",
                 "MentorVault/desktop/icons/scalable/apps/io.github.mentorvault.MentorVault.svg"):
        assert name in members, name
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())
    assert not any(n.startswith("/") or ".." in n.split("/") for n in members)
