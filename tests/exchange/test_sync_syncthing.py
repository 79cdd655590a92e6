"""Two real Syncthing instances on localhost carry bundles between two real vaults' exchange folders.

Each instance has its own home (``syncthing generate``), its GUI/REST API on 127.0.0.1 at a free
port with its own API key, and listens for the other on 127.0.0.1 only; global and local discovery,
relays, NAT traversal, STUN, usage and crash reports and upgrades are off before it first starts, so
nothing leaves the machine.  The two are introduced by device id through the REST API and share one
folder.  Sam's vault writes a bundle into his folder; Syncthing carries it to Priya's; her sync
imports it and writes her receipt back, which Syncthing carries to Sam.  Both are stopped after.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from exchange_support import PASSPHRASE

SYNCTHING = shutil.which("syncthing")
pytestmark = pytest.mark.skipif(SYNCTHING is None, reason="syncthing is not installed here (CI installs it: .ci/run)")
FOLDER_ID = "mentorvault-exchange"
WAIT = 40.0  # seconds, for each hop; a hop takes a few seconds here


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    home: Path
    folder: Path
    gui: int
    listen: int
    api_key: str
    device_id: str
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    @classmethod
    def generate(cls, root: Path, name: str) -> Instance:
        home, folder = root / f"st-{name}", root / f"exchange-{name}"
        folder.mkdir(parents=True)
        out = subprocess.run([SYNCTHING, "generate", f"--home={home}", "--no-default-folder"],
                             capture_output=True, text=True, timeout=60, check=True)
        device = re.search(r"Device ID:\s*([A-Z0-9-]{63})", out.stdout + out.stderr)
        assert device, out.stdout + out.stderr
        inst = cls(home, folder, _free_port(), _free_port(), os.urandom(16).hex(), device[1], root / f"st-{name}.log")
        inst._local_only()
        return inst

    def _local_only(self) -> None:
        """Edit the generated config before the first start: nothing but 127.0.0.1."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        gui = tree.find("gui")
        assert gui is not None
        gui.find("address").text = f"127.0.0.1:{self.gui}"  # type: ignore[union-attr]
        gui.find("apikey").text = self.api_key  # type: ignore[union-attr]
        options = tree.find("options")
        assert options is not None
        settings = {"listenAddress": f"tcp://127.0.0.1:{self.listen}", "globalAnnounceEnabled": "false",
                    "localAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
                    "startBrowser": "false", "urAccepted": "-1", "autoUpgradeIntervalH": "0",
                    "crashReportingEnabled": "false", "stunKeepaliveStartS": "0", "stunKeepaliveMinS": "0",
                    "announceLANAddresses": "false", "reconnectionIntervalS": "1"}
        for key, value in settings.items():
            node = options.find(key)
            if node is None:
                node = ET.SubElement(options, key)
            node.text = value
        for extra in options.findall("globalAnnounceServer") + options.findall("stunServer"):
            extra.text = ""
        tree.write(path)

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1"}
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen([SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                                          "--no-upgrade", "--no-default-folder"],
                                         stdout=log, stderr=subprocess.STDOUT, env=env)
        _until(lambda: self._ping(), "the REST API to answer", self)

    def _ping(self) -> bool:
        try:
            return bool(self.rest("GET", "/rest/system/ping"))
        except OSError:
            assert self.proc is not None and self.proc.poll() is None, self.log.read_text(errors="replace")
            return False

    def rest(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.gui}{path}", data=data, method=method,
                                     headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 -- 127.0.0.1 only
            text = resp.read()
        return json.loads(text) if text.strip() else {}

    def introduce(self, other: Instance) -> None:
        self.rest("POST", "/rest/config/devices", {"deviceID": other.device_id, "name": other.home.name,
                                                   "addresses": [f"tcp://127.0.0.1:{other.listen}"]})

    def share(self, other: Instance) -> None:
        self.rest("POST", "/rest/config/folders", {
            "id": FOLDER_ID, "label": "MentorVault exchange", "path": str(self.folder), "type": "sendreceive",
            "rescanIntervalS": 2, "fsWatcherEnabled": True, "fsWatcherDelayS": 1,
            "devices": [{"deviceID": self.device_id}, {"deviceID": other.device_id}]})

    def scan(self) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def connected_to(self, other: Instance) -> bool:
        conns = self.rest("GET", "/rest/system/connections")["connections"]
        return bool(conns.get(other.device_id, {}).get("connected"))

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            self.rest("POST", "/rest/system/shutdown")
            self.proc.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait(timeout=15)
        self.proc = None


def _until(check: Callable[[], bool], what: str, *instances: Instance, timeout: float = WAIT) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.2)
    logs = "\n".join(i.log.read_text(errors="replace")[-3000:] for i in instances)
    raise AssertionError(f"timed out waiting for {what}\n{logs}")


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    a, b = Instance.generate(tmp_path, "sam"), Instance.generate(tmp_path, "priya")
    try:
        a.start()
        b.start()
        a.introduce(b)
        b.introduce(a)
        a.share(b)
        b.share(a)
        _until(lambda: a.connected_to(b) and b.connected_to(a), "the two instances to connect", a, b)
        yield a, b
    finally:
        a.stop()
        b.stop()


def _bundles(folder: Path) -> set[str]:
    return {n for n in os.listdir(folder) if n.endswith(".mvbundle") and not n.startswith(".")}


def test_syncthing_carries_a_bundle_and_the_receipt_back(pair, syncthing_pair) -> None:
    a, b = syncthing_pair
    sam, priya = pair.sam, pair.priya
    sam.v.sync.set_folder("Priya", a.folder)
    priya.v.sync.set_folder("Sam", b.folder)
    entry = sam.v.entries.add("goal", "Carried by Syncthing", "between two machines")
    sam.v.consents.grant(entry.id, "Priya")
    (first,) = sam.v.sync.run(passphrase=PASSPHRASE).sent
    sam.v.consents.revoke(entry.id, "Priya")  # ... and withdrawn before it arrived: a revocation travels
    (sent,) = sam.v.sync.run(passphrase=PASSPHRASE).sent
    name = Path(sent.file).name
    sams = {Path(first.file).name, name}
    assert _bundles(a.folder) == sams  # the first stays: Priya has not acknowledged it
    a.scan()

    _until(lambda: name in _bundles(b.folder), "Syncthing to carry Sam's bundle to Priya's folder", a, b)
    got = priya.v.sync.run(passphrase=PASSPHRASE)
    # The first too if Syncthing brought it already (else it is an older copy when it comes, skipped).
    assert {r.sender for r in got.received} == {"Sam"} and Path(got.received[-1].file).name == name
    assert got.ignored == [] and priya.v.inbox.list("Sam") == []
    (receipt,) = got.sent  # the receipt for the revocation, back through the same folder
    b.scan()

    _until(lambda: Path(receipt.file).name in _bundles(a.folder), "Syncthing to carry Priya's receipt back", a, b)
    back = sam.v.sync.run(passphrase=PASSPHRASE)
    assert [r.sender for r in back.received] == ["Priya"] and back.ignored == []
    (consent,) = sam.v.consents.list("Priya")
    assert consent.removed_by_partner_at  # Priya's signed receipt confirmed the removal
    # ... and acknowledged both of Sam's bundles: Sam deletes them, and Syncthing deletes them on Priya's side.
    assert {Path(f).name for f in back.deleted} == sams
    a.scan()
    _until(lambda: not sams & _bundles(b.folder), "Syncthing to carry the deletions to Priya's folder", a, b)
    # Syncthing's own files (.stfolder, temporary names) were never taken for bundles.
    assert priya.v.sync.run().to_json() == {"sent": [], "received": [], "ignored": []}
