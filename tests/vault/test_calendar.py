"""``mentorvault calendar NAME --out FILE.ics`` / ``vault.partners.calendar``: the next meeting and the
rhythm as an iCalendar file, read back by the icalendar library and by a small RFC 5545 reader of
our own (unfolded content lines, ``NAME;PARAMS:VALUE``), so the file is not only what one library
happens to accept."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import icalendar
import pytest

from mentorvault.errors import InvalidPartner
from mentorvault.vault import Vault

from suite_support import _root_conftest

_root = _root_conftest()
PASSPHRASE, run_cli, RecordingSecretStore = _root.PASSPHRASE, _root.run_cli, _root.RecordingSecretStore
AGENDA_SECRET = "Raise the SECRET-PROMOTION-CASE"


def rfc5545_lines(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """Content lines per RFC 5545 section 3.1: CRLF line ends, folded lines (CRLF + space or tab) unfolded."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")  # CRLF only
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    out = []
    for line in unfolded.split("\r\n")[:-1]:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        out.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return out


def _event(lines: list[tuple[str, dict[str, str], str]]) -> dict[str, tuple[dict[str, str], str]]:
    names = [n for n, _p, _v in lines]
    assert names[0] == "BEGIN" and lines[0][2] == "VCALENDAR" and lines[-1] == ("END", {}, "VCALENDAR")
    start = names.index("BEGIN", 1)
    end = names.index("END", start)
    assert lines[start][2] == "VEVENT" and lines[end][2] == "VEVENT"
    return {n: (p, v) for n, p, v in lines[start + 1:end]}


@pytest.fixture
def vault(tmp_path: Path):
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, secret_store=RecordingSecretStore(),
                        clock=lambda: _dt.datetime(2026, 3, 10, 9, 0, tzinfo=_dt.UTC))
    v.partners.add("Priya", rhythm_days=14)
    v.entries.add("session-note", "Last time", fields={"session_date": "2026-03-05"}, partner="Priya")
    yield v
    v.lock()


def test_the_rhythm_becomes_a_recurrence_and_no_agenda_text_goes_by_default(vault, tmp_path: Path) -> None:
    out = tmp_path / "priya.ics"
    info = vault.partners.calendar("Priya", out)
    assert (info.date, info.rhythm_days, info.with_agenda) == ("2026-03-19", 14, False)
    data = out.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == _dt.date(2026, 3, 19)
    assert dict(event["rrule"]) == {"FREQ": ["WEEKLY"], "INTERVAL": [2]}
    assert str(event["summary"]) == "Mentoring meeting with Priya"
    assert "description" not in event
    ours = _event(rfc5545_lines(data))
    assert ours["DTSTART"] == ({"VALUE": "DATE"}, "20260319")
    assert ours["RRULE"][1] in ("FREQ=WEEKLY;INTERVAL=2", "INTERVAL=2;FREQ=WEEKLY")
    assert ours["UID"][1].endswith("@mentorvault") and "DTSTAMP" in ours and "DESCRIPTION" not in ours
    assert out.stat().st_mode & 0o077 == 0
    # The same partner again: the same UID, so a calendar updates the event instead of adding one.
    vault.partners.update("Priya", rhythm_days=10)
    vault.partners.calendar("Priya", out)
    again = _event(rfc5545_lines(out.read_bytes()))
    assert again["UID"] == ours["UID"] and again["RRULE"][1] in ("FREQ=DAILY;INTERVAL=10", "INTERVAL=10;FREQ=DAILY")


def test_the_agenda_goes_in_only_when_asked(vault, tmp_path: Path) -> None:
    vault.entries.add("agenda", "For the 12th", fields={"meeting_date": "2026-03-12", "items": [AGENDA_SECRET],
                                                        "questions": ["How do I ask, with a comma; and a colon:?"]},
                      partner="Priya")
    plain = tmp_path / "plain.ics"
    vault.partners.calendar("Priya", plain)
    assert b"SECRET" not in plain.read_bytes()
    full = tmp_path / "full.ics"
    info = vault.partners.calendar("Priya", full, with_agenda=True)
    assert info.date == "2026-03-12"  # the agenda's date comes before the rhythm
    (event,) = icalendar.Calendar.from_ical(full.read_bytes()).walk("VEVENT")
    text = str(event["description"])
    assert AGENDA_SECRET in text and "How do I ask, with a comma; and a colon:?" in text
    ours = _event(rfc5545_lines(full.read_bytes()))
    assert "SECRET-PROMOTION-CASE" in ours["DESCRIPTION"][1]
    assert "\\;" in ours["DESCRIPTION"][1] and "\\," in ours["DESCRIPTION"][1]  # TEXT escaping (3.3.11)


def test_no_next_meeting_is_a_sentence_not_a_file(vault, tmp_path: Path) -> None:
    vault.partners.add("Jordan")
    with pytest.raises(InvalidPartner) as exc:
        vault.partners.calendar("Jordan", tmp_path / "j.ics")
    assert "no next meeting" in str(exc.value)
    assert not (tmp_path / "j.ics").exists()


def test_cli_calendar(vault, tmp_path: Path) -> None:
    folder = vault.path
    vault.lock()
    r = run_cli("calendar", "Priya", "--out", str(tmp_path / "cli"), "--json", vault=folder)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["file"] == str(tmp_path / "cli.ics") and info["rhythm_days"] == 14
    (event,) = icalendar.Calendar.from_ical((tmp_path / "cli.ics").read_bytes()).walk("VEVENT")
    assert "rrule" in event
    r = run_cli("calendar", "Nobody", "--out", str(tmp_path / "n.ics"), vault=folder)
    assert r.returncode == 1 and "Traceback" not in r.stderr
