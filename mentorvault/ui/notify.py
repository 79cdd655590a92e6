"""Desktop notifications through the freedesktop notification service, and the words of reminders.

The call goes over the session bus to ``org.freedesktop.Notifications.Notify`` with the signature
the specification gives (``susssasa{sv}i``).  It is made with jeepney (already installed with the
keyring's Secret Service support), not QtDBus: PySide6 cannot marshal the UINT32 ``replaces_id``
(a Python int becomes an INT32, or a UINT16 through ``QDBusArgument``), and a service that checks
the signature, as GNOME's and dunst do, refuses such a call.  Where there is no session bus or no
notification service, :meth:`DesktopNotifier.notify` returns False and the window shows the
reminder itself.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from mentorvault.ui.wording import Context

if TYPE_CHECKING:
    from mentorvault.vault.reminders import Reminder

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
TIMEOUT_S = 2.0

Reminders = Context("Reminders")
# The kinds of vault/reminders.py, spelled out: the window comes up before the vault modules load.
MEETING_DUE, BUNDLE_ARRIVED = "meeting_due", "bundle_arrived"
SESSION_NOTE_MISSING, AGREEMENT_REVIEW = "session_note_missing", "agreement_review"


class DesktopNotifier:
    def __init__(self, app_name: str = "MentorVault", icon: str = "mentorvault") -> None:
        self.app_name = app_name
        self.icon = icon
        self.sent: list[tuple[str, str]] = []  # what went out, for the window's own record

    def _connection(self) -> Any:
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        return open_dbus_connection(bus="SESSION")

    def available(self) -> bool:
        """A notification service runs on the session bus, or the bus can start one."""
        try:
            from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]

            with self._connection() as conn:
                if conn.send_and_get_reply(message_bus.NameHasOwner(SERVICE), timeout=TIMEOUT_S).body[0]:
                    return True
                names = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=TIMEOUT_S).body[0]
                return SERVICE in names
        except Exception as exc:  # noqa: BLE001 -- no bus, no jeepney, a bus that does not answer: none here
            log.info("no desktop notifications: %s", type(exc).__name__)
            return False

    def notify(self, summary: str, body: str = "") -> bool:
        """Show one notification; False (nothing shown) where no service takes it."""
        try:
            from jeepney import DBusAddress, MessageType, new_method_call  # type: ignore[import-untyped]

            addr = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
            msg = new_method_call(addr, "Notify", SIGNATURE,
                                  (self.app_name, 0, self.icon, summary, body, [], {}, -1))
            with self._connection() as conn:
                reply = conn.send_and_get_reply(msg, timeout=TIMEOUT_S)
            if reply.header.message_type == MessageType.error:
                return False
        except Exception as exc:  # noqa: BLE001 -- as above: the window shows it instead
            log.info("desktop notification not shown: %s", type(exc).__name__)
            return False
        self.sent.append((summary, body))
        return True


def reminder_words(r: Reminder, show_names: bool) -> tuple[str, str]:
    """The notification's summary and body.  Without ``show_names`` they name no person and no
    entry: a lock screen shows notifications to whoever passes by."""
    named = show_names and bool(r.partner)
    if r.kind == MEETING_DUE:
        if named:
            return (Reminders.tr("Your meeting with %1 is due tomorrow").replace("%1", r.partner or ""),
                    Reminders.tr("Prepare an agenda in MentorVault."))
        return Reminders.tr("A mentoring meeting is due tomorrow"), Reminders.tr("Prepare an agenda in MentorVault.")
    if r.kind == BUNDLE_ARRIVED:
        if named:
            return (Reminders.tr("%1 sent you a bundle").replace("%1", r.partner or ""),
                    Reminders.tr("Open MentorVault to see what arrived."))
        return Reminders.tr("A partner's bundle arrived"), Reminders.tr("Open MentorVault to see what arrived.")
    if r.kind == SESSION_NOTE_MISSING:
        if named:
            return (Reminders.tr("Your session note for the meeting with %1 is not written yet").replace(
                "%1", r.partner or ""), Reminders.tr("Write down what you discussed while you remember it."))
        return (Reminders.tr("A session note is not written yet"),
                Reminders.tr("Write down what you discussed while you remember it."))
    if r.kind == AGREEMENT_REVIEW:
        if show_names and r.title:
            return (Reminders.tr("“%1” is due for review").replace("%1", r.title),
                    Reminders.tr("Look at the agreement together at your next meeting."))
        return (Reminders.tr("A boundary agreement is due for review"),
                Reminders.tr("Look at the agreement together at your next meeting."))
    return Reminders.tr("MentorVault has a reminder for you"), ""
