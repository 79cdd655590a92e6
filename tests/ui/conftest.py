"""pytest-qt fixtures for the desktop app: a real vault on disk, isolated settings, fake dialogs."""

from __future__ import annotations

import os

os.environ["MENTORVAULT_KDF_PROFILE"] = "minimum"  # RFC 9106's second recommendation: fast, still compliant
os.environ["MENTORVAULT_TESTING"] = "1"  # without it the app ignores the profile
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

import mentorvault.ui  # noqa: E402,F401 - applies the PySide6/Python 3.11 None refcount work-around first

# isort: split

from PySide6.QtCore import QSettings  # noqa: E402

from mentorvault.vault import Vault  # noqa: E402

from uifakes import FakeDialogs, RecordingSecretStore  # noqa: E402
from uihelpers import PASSPHRASE, wait_idle  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("MENTORVAULT_VAULT", raising=False)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    return config


@pytest.fixture(scope="session", autouse=True)
def ui_theme(qapp: Any) -> Any:
    from mentorvault.ui import theme

    return theme.install(qapp, "light")


@pytest.fixture
def keyring() -> RecordingSecretStore:
    return RecordingSecretStore()


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def prefs_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "mentorvault-test.ini"


@pytest.fixture
def services(dialogs: FakeDialogs, keyring: RecordingSecretStore, prefs_path: Path) -> Iterator[Any]:
    from mentorvault.ui.prefs import Prefs
    from mentorvault.ui.services import Services
    from mentorvault.ui.worker import Worker

    worker = Worker()
    s = Services(worker=worker, dialogs=dialogs, prefs=Prefs(QSettings(str(prefs_path), QSettings.Format.IniFormat)),
                 secret_store=keyring, autosave_ms=150, search_delay_ms=30, watch_session_bus=False)
    yield s
    worker.shutdown(wait=True)


@pytest.fixture
def vault_folder(tmp_path: Path, keyring: RecordingSecretStore) -> Path:
    """A fresh, locked vault on disk."""
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=keyring)
    (tmp_path / "recovery.txt").write_text(recovery)
    vault.lock()
    return folder


@pytest.fixture
def filled_folder(tmp_path: Path, keyring: RecordingSecretStore) -> Path:
    """A locked vault holding the demo content (every kind, two partners)."""
    from mentorvault import resources
    from mentorvault.ui.logic.demo import fill

    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=keyring)
    (tmp_path / "recovery.txt").write_text(recovery)
    fill(vault, resources.demo_data())
    vault.lock()
    return folder


@pytest.fixture
def make_window(qtbot: Any, services: Any) -> Iterator[Callable[..., Any]]:
    from mentorvault.ui.mainwindow import MainWindow

    windows: list[Any] = []

    def make(folder: Path | None = None) -> Any:
        w = MainWindow(services, folder)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield make
    for w in windows:
        if w.session is not None:
            w.lock("test-teardown")
    services.worker.shutdown(wait=True)
    for w in windows:
        if w.demo is not None:
            w.demo.discard()


@pytest.fixture
def unlocked(make_window: Callable[..., Any], qtbot: Any, services: Any) -> Callable[[Path], Any]:
    """Open a window on a folder and unlock it with the passphrase through the unlock view."""

    def open_(folder: Path) -> Any:
        w = make_window(folder)
        assert w.views.currentWidget() is w.unlock_view
        w.unlock_view.passphrase.setText(PASSPHRASE)
        w.unlock_view.unlock_button.click()
        qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
        wait_idle(qtbot, services)
        qtbot.waitUntil(lambda: not w.workspace.list_model.is_fetching, timeout=20000)
        wait_idle(qtbot, services)
        return w

    return open_
