"""A small org.freedesktop.Notifications service for tests: it records every Notify call.

Run as ``python notification_service.py RECORD_FILE`` on the session bus the test started
(``dbus-run-session``): it takes the well-known name, prints ``READY`` once it holds it, and
appends one JSON line per Notify call to RECORD_FILE (the D-Bus signature it was called with,
the app name, summary, body, actions, hint names and timeout), answering with a new id.
It stops when its standard input closes.  Built on jeepney, which secretstorage brings.
"""

from __future__ import annotations

import json
import sys
import threading

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
# What the Desktop Notifications Specification defines, as a real service describes itself.
INTROSPECTION = """<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg name="app_name" type="s" direction="in"/>
      <arg name="replaces_id" type="u" direction="in"/>
      <arg name="app_icon" type="s" direction="in"/>
      <arg name="summary" type="s" direction="in"/>
      <arg name="body" type="s" direction="in"/>
      <arg name="actions" type="as" direction="in"/>
      <arg name="hints" type="a{sv}" direction="in"/>
      <arg name="expire_timeout" type="i" direction="in"/>
      <arg name="id" type="u" direction="out"/>
    </method>
    <method name="GetCapabilities"><arg name="capabilities" type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg name="name" type="s" direction="out"/><arg name="vendor" type="s" direction="out"/>
      <arg name="version" type="s" direction="out"/><arg name="spec_version" type="s" direction="out"/>
    </method>
  </interface>
</node>
"""


def main(record: str) -> None:
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # DO_NOT_QUEUE
    if reply.body[0] != 1:
        print("NAME TAKEN", reply.body, flush=True)
        return
    threading.Thread(target=lambda: (sys.stdin.read(), conn.close()), daemon=True).start()
    print("READY", flush=True)
    next_id = 0
    while True:
        try:
            msg = conn.receive()
        except Exception:  # noqa: BLE001 -- the connection was closed: stop
            return
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        signature = msg.header.fields.get(HeaderFields.signature)
        if member == "Notify" and signature != "susssasa{sv}i":
            with open(record, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"signature": signature}) + "\n")
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs"))
        elif member == "Notify":
            next_id += 1
            app, _replaces, _icon, summary, body, actions, hints, timeout = msg.body
            line = {"signature": signature, "app": app, "summary": summary,
                    "body": body, "actions": list(actions), "hints": sorted(hints), "timeout": timeout}
            with open(record, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(line) + "\n")
            conn.send(new_method_return(msg, "u", (next_id,)))
        elif member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        elif member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["body"],)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("recorder", "tests", "1", "1.2")))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    main(sys.argv[1])
