"""A vault for the Insights tests (core, CLI, window): figures worked out by hand in
tests/vault/test_insights.py's docstring."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mentorvault.vault import Vault

from suite_support import PASSPHRASE, RecordingSecretStore


class Clock:
    def __init__(self) -> None:
        self.day = "2026-09-01"

    def __call__(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.day + "T12:00:00+00:00")


def note(v: Vault, day: str, mood: int | None, energy: int | None, tags: list[str], partner: str | None) -> str:
    fields: dict[str, Any] = {"session_date": day}
    if mood is not None:
        fields["mood"] = mood
    if energy is not None:
        fields["energy"] = energy
    return v.entries.add("session-note", f"Session {day}", "", fields, tags, partner=partner).id


def build(folder: Path) -> tuple[Vault, dict[str, str], str]:
    """The vault of the docstring, open; the ids by name; its recovery key."""
    clock = Clock()
    v, recovery = Vault.create(folder, PASSPHRASE, clock=clock, secret_store=RecordingSecretStore())
    v.partners.add("Priya", "mentor", rhythm_days=14)
    v.partners.add("Sam", "peer")
    ids = {
        "n1": note(v, "2026-09-01", 2, 3, ["career"], "Priya"),
        "n2": note(v, "2026-09-10", 3, 2, ["career"], "Priya"),
        "n3": note(v, "2026-10-01", 4, 4, ["visibility"], "Priya"),
        "n4": note(v, "2026-10-12", 5, 5, ["visibility", "career"], "Priya"),
        "s1": note(v, "2026-09-20", 3, None, ["career"], "Sam"),
    }
    for day, fmt, actions in (("2026-09-05", "sbi", ["[x] ask", "write"]),
                              ("2026-09-25", "start-stop-continue", ["[x] a", "[X] b"]),
                              ("2026-10-03", "sbi", [])):
        v.entries.add("feedback", f"Feedback {day}", "", {"from_whom": "Lee", "date": day, "format": fmt,
                                                          "action_items": actions})
    clock.day = "2026-09-02"
    steps = [{"title": "Ask a question", "status": "open"}, {"title": "Present", "status": "open"}]
    g1 = v.entries.add("goal", "Speak up", "", {"micro_goals": steps}, partner="Priya").id
    clock.day = "2026-09-09"
    g2 = v.entries.add("goal", "Read more", "", {"micro_goals": [
        {"title": "A", "status": "done", "completed": "2026-09-03"},
        {"title": "B", "status": "done", "completed": "2026-09-08"},
        {"title": "C", "status": "open"}, {"title": "D", "status": "dropped"}]}).id
    clock.day = "2026-09-15"
    steps[0] = {"title": "Ask a question", "status": "done", "completed": "2026-09-14"}
    v.entries.update(g1, fields={"micro_goals": steps})
    clock.day = "2026-10-05"
    v.entries.update(g1, fields={"micro_goals": steps, "progress": 80})
    ids.update(g1=g1, g2=g2)
    return v, ids, recovery
