"""Valid content for every entry kind, with EVERY field filled (shared by facade and CLI tests).

Values are already in normalised form (ISO dates, no surrounding spaces, every
sub-field of list items given), so what comes back from the vault must equal
them exactly.  ``test_samples_cover_every_field`` keeps this file honest when a
kind gains a field.
"""

from __future__ import annotations

import copy
import json
from typing import Any

SAMPLES: dict[str, dict[str, Any]] = {
    "session-note": {
        "session_date": "2026-01-15",
        "agenda_items": [
            {"text": "Career plans", "proposed_by": "me"},
            {"text": "Conference talk", "proposed_by": "partner"},
            {"text": "Next steps", "proposed_by": "both"},
        ],
        "discussed": "We talked about the promotion.\nAnd about the talk.",
        "what_i_heard": "Start small and ask early.",
        "reflections": "I felt heard.\n\nSecond paragraph.",
        "micro_goals": ["Draft the outline", "Ask Kim for review"],
        "mood": 4,
        "energy": 2,
    },
    "struggle-story": {
        "situation": "The release slipped by a week.",
        "what_happened": "I kept quiet about the risk.",
        "what_i_learned": "Raise risks the day I see them.",
        "next_time": "Post a note in the channel.",
    },
    "feedback": {
        "from_whom": "Alex",
        "date": "2026-02-03",
        "format": "start-stop-continue",
        "situation": "Team retro",
        "behaviour": "I interrupted twice.",
        "impact": "Others stopped talking.",
        "start": "Pausing before answering.",
        "stop": "Finishing sentences for people.",
        "continue": "Summarising decisions.",
        "what_i_heard": "I dominate when excited.",
        "my_reflection": "Fair point, and a kind one.",
        "action_items": ["Count to three", "Ask a question first"],
    },
    "boundary-agreement": {
        "communication_frequency": "Every two weeks",
        "contact_methods": ["Email", "Chat"],
        "response_time": "Two working days",
        "off_limits": ["Salary", "Family"],
        "confidentiality": "What we say stays between us.",
        "unmet_expectations": "We say so at the next meeting.",
        "exit_terms": "Either of us can end it with a short note.",
        "review_date": "2026-06-30",
        "status": "agreed",
    },
    "goal": {
        "why": "I want to lead a team.",
        "success_criteria": "Run a project end to end.",
        "target_date": "2026-12-31",
        "micro_goals": [
            {"title": "Shadow a lead", "status": "done", "completed": "2026-01-02"},
            {"title": "Run a retro", "status": "open"},
            {"title": "Write a design doc", "status": "dropped"},
        ],
        "progress": 40,
    },
    "agenda": {
        "meeting_date": "2026-03-01",
        "items": ["Talk feedback", "Reading list"],
        "questions": ["How do you say no?", "What would you do first?"],
    },
    "reflection": {
        "prompt": "When did you feel most yourself this week?",
        "deck": "authenticity",
        "answer": "Pairing with the new hire.",
    },
    "gratitude": {
        "to_whom": "Sam",
        "what_they_did": "Reviewed my draft at short notice.",
        "what_it_meant": "I felt supported.",
    },
    "resource": {
        "link": "https://example.org/radical-candor",
        "why_it_helped": "It named what I was doing wrong.",
    },
}

# A value that is valid for the field, and different from the sample (for edits).
EDITS: dict[str, tuple[str, Any]] = {
    "session-note": ("mood", 1),
    "struggle-story": ("next_time", "Speak up sooner."),
    "feedback": ("format", "sbi"),
    "boundary-agreement": ("status", "draft"),
    "goal": ("progress", 75),
    "agenda": ("meeting_date", "2026-03-08"),
    "reflection": ("deck", "after-session"),
    "gratitude": ("to_whom", "Robin"),
    "resource": ("link", "https://example.org/other"),
}


def sample(kind: str) -> dict[str, Any]:
    return copy.deepcopy(SAMPLES[kind])


def cli_field_args(fields: dict[str, Any]) -> list[str]:
    """``--field NAME=VALUE`` arguments for the CLI: repeated for lists, JSON for list items."""
    args: list[str] = []
    for name, value in fields.items():
        if isinstance(value, list):
            for item in value:
                text = json.dumps(item) if isinstance(item, dict) else str(item)
                args += ["--field", f"{name}={text}"]
        else:
            args += ["--field", f"{name}={value}"]
    return args
