"""Reminders as desktop notifications, on a real session bus, to a notification service the test runs.

``tests/support/notification_service.py`` takes ``org.freedesktop.Notifications`` on the session bus
that tools/run-tests.sh started (dbus-run-session) and records every Notify call.  The window runs
its reminder pump at unlock and on its timers; the vault's clock is injected (``services.clock``).
Checked: which reminders fire and when, each once, with the signature the specification gives, and
that by default no partner's name and no entry's title reaches the service.  Without a service,
the window shows the reminder itself.  A bundle that lands in the exchange folder is imported while
the window is open and shown.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle

SERVICE = Path(__file__).resolve().parents[1] / "support" / "notification_service.py"
pytestmark = pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                                reason="needs a session bus (tools/run-tests.sh starts one)")
PARTNER = "Priyanka Marker"
TITLE = "Agreement MARKER-4711"


class Clock:
    def __init__(self, start: str) -> None:
        self.at = _dt.datetime.fromisoformat(start)

    def __call__(self) -> _dt.datetime:
        return self.at


@pytest.fixture
def notifications(tmp_path: Path) -> Iterator[Path]:
    record = tmp_path / "notifications.jsonl"
    record.touch()
    proc = subprocess.Popen([sys.executable, str(SERVICE), str(record)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        yield record
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _shown(record: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in record.read_text().splitlines()]


def _vault_with_reminders(folder: Path, keyring: Any, clock: Clock) -> None:
    vault, _recovery = Vault.create(folder, PASSPHRASE, secret_store=keyring, clock=clock)
    vault.partners.add(PARTNER, rhythm_days=30)
    vault.entries.add("agenda", "Agenda for tomorrow", fields={"meeting_date": "2026-03-11"}, partner=PARTNER)
    vault.entries.add("agenda", "Yesterday's meeting", fields={"meeting_date": "2026-03-09"}, partner=PARTNER)
    vault.entries.add("boundary-agreement", TITLE, fields={"review_date": "2026-03-01"}, partner=PARTNER)
    vault.lock()


def test_due_reminders_reach_the_notification_service_once_and_name_nobody(
        notifications: Path, unlocked: Any, services: Any, keyring: Any, tmp_path: Path, qtbot: Any) -> None:
    clock = Clock("2026-03-10T09:00:00+00:00")
    services.clock = clock
    folder = tmp_path / "vault"
    _vault_with_reminders(folder, keyring, clock)
    w = unlocked(folder)
    qtbot.waitUntil(lambda: len(_shown(notifications)) >= 3, timeout=20000)
    shown = _shown(notifications)
    assert {n["signature"] for n in shown} == {"susssasa{sv}i"}
    assert sorted(n["summary"] for n in shown) == ["A boundary agreement is due for review",
                                                    "A mentoring meeting is due tomorrow",
                                                    "A session note is not written yet"]
    assert {n["app"] for n in shown} == {"MentorVault"}
    text = json.dumps(shown)
    for secret in ("Priyanka", "Marker", "MARKER", "4711", "Agenda"):
        assert secret not in text
    assert not w.workspace.notices.reminder_notice.isVisible()  # the desktop showed them

    # Once: the next run (a timer's) shows nothing new.
    w.reminder_pump.run()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: w.reminder_pump.ticks >= 2, timeout=10000)
    assert len(_shown(notifications)) == 3

    # Names on, two days later (03-12): tomorrow's agenda, and the note of 03-11's meeting.
    in_vault(w, lambda v: v.settings.update(reminders_show_names=True))
    clock.at += _dt.timedelta(days=2)
    in_vault(w, lambda v: v.entries.add("agenda", "Next one", fields={"meeting_date": "2026-03-13"},
                                        partner=PARTNER))
    w.reminder_pump.run()
    qtbot.waitUntil(lambda: len(_shown(notifications)) >= 5, timeout=10000)
    assert sorted(n["summary"] for n in _shown(notifications)[3:]) == [
        f"Your meeting with {PARTNER} is due tomorrow",
        f"Your session note for the meeting with {PARTNER} is not written yet"]


def test_without_a_notification_service_the_window_shows_the_reminder(
        unlocked: Any, services: Any, keyring: Any, tmp_path: Path, qtbot: Any) -> None:
    clock = Clock("2026-03-10T09:00:00+00:00")
    services.clock = clock
    folder = tmp_path / "vault"
    _vault_with_reminders(folder, keyring, clock)
    w = unlocked(folder)
    notice = w.workspace.notices.reminder_notice
    qtbot.waitUntil(notice.isVisible, timeout=20000)
    qtbot.waitUntil(lambda: "review" in notice.label.text(), timeout=10000)
    assert "A mentoring meeting is due tomorrow" in notice.label.text()
    assert w.reminder_pump.notifier.sent == []


def test_a_bundle_landing_in_the_folder_is_imported_and_shown(
        notifications: Path, unlocked: Any, services: Any, tmp_path: Path, qtbot: Any) -> None:
    from exchange_support import make_world

    world = make_world(tmp_path / "world", with_jordan=False)
    sam, priya = world.sam, world.priya
    shared = tmp_path / "shared"
    shared.mkdir()
    sam.v.sync.set_folder("Priya", shared)
    priya.v.sync.set_folder("Sam", shared)
    priya.close()
    services.secret_store = priya.secret_store
    w = unlocked(priya.folder)
    qtbot.waitUntil(lambda: str(shared) in w.reminder_pump.watcher.directories(), timeout=10000)

    entry = sam.v.entries.add("goal", "Travels while the window is open")
    sam.v.consents.grant(entry.id, "Priya")
    assert sam.v.sync.run(passphrase=PASSPHRASE).sent  # a new file: the watcher starts a sync
    notice = w.workspace.notices.reminder_notice
    qtbot.waitUntil(notice.isVisible, timeout=20000)
    assert notice.label.text().startswith("A bundle from Sam arrived.")
    assert in_vault(w, lambda v: [e.title for e in v.inbox.list("Sam")]) == ["Travels while the window is open"]
    qtbot.waitUntil(lambda: any(n["summary"] == "A partner's bundle arrived" for n in _shown(notifications)),
                    timeout=10000)
    assert "Sam" not in json.dumps(_shown(notifications))
    sam.close()
