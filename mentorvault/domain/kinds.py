"""The entry kinds a user keeps, and the structured fields of each.

Labels and help texts are plain English here; the UI passes them through
``QCoreApplication.translate("kinds", ...)`` so translators can reach them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Field types
TEXT = "text"  # one line
LONGTEXT = "longtext"  # several paragraphs
DATE = "date"  # YYYY-MM-DD
ENUM = "enum"  # one of choices
INT = "int"  # whole number within [minimum, maximum]
LIST = "list"  # list of one-line texts
ITEMS = "items"  # list of small objects with sub-fields
URL = "url"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""
    subfields: tuple[FieldSpec, ...] = ()
    default: object = None


@dataclass(frozen=True)
class KindSpec:
    name: str
    label: str
    plural: str
    description: str
    fields: tuple[FieldSpec, ...]
    date_field: str | None = None  # the field that dates the entry, if any
    icon: str = ""

    def field(self, name: str) -> FieldSpec | None:
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _f(name: str, type_: str, label: str, **kw: object) -> FieldSpec:
    return FieldSpec(name, type_, label, **kw)  # type: ignore[arg-type]


PROPOSERS = ("me", "partner", "both")
MICRO_GOAL_STATES = ("open", "done", "dropped")
FEEDBACK_FORMATS = ("sbi", "start-stop-continue")
AGREEMENT_STATES = ("draft", "agreed")
MENTOR_TYPES = ("advisor", "advocate", "affirmer", "challenger", "coach", "connector", "sponsor")
PARTNER_ROLES = ("mentor", "mentee", "peer")

AGENDA_ITEM = (
    _f("text", TEXT, "Item", required=True),
    _f("proposed_by", ENUM, "Proposed by", choices=PROPOSERS, default="me"),
)
MICRO_GOAL = (
    _f("title", TEXT, "Step", required=True),
    _f("status", ENUM, "Status", choices=MICRO_GOAL_STATES, default="open"),
    _f("completed", DATE, "Completed on"),
)

KINDS: dict[str, KindSpec] = {
    k.name: k
    for k in (
        KindSpec(
            "session-note",
            "Session note",
            "Session notes",
            "What happened in a mentoring conversation, and what you took from it.",
            (
                _f("session_date", DATE, "Session date", required=True),
                _f("agenda_items", ITEMS, "Agenda", subfields=AGENDA_ITEM,
                   help="What each of you brought to talk about."),
                _f("discussed", LONGTEXT, "What we talked about"),
                _f("what_i_heard", LONGTEXT, "What I heard",
                   help="Put the other person's main point in your own words, to check you understood it."),
                _f("reflections", LONGTEXT, "My reflections"),
                _f("micro_goals", LIST, "Small steps agreed", help="Little actions to try before the next meeting."),
                _f("mood", INT, "Mood (1 to 5)", minimum=1, maximum=5),
                _f("energy", INT, "Energy (1 to 5)", minimum=1, maximum=5),
            ),
            date_field="session_date",
            icon="session-note",
        ),
        KindSpec(
            "struggle-story",
            "Struggle story",
            "Struggle stories",
            "A setback told without blame: what happened and what it taught you.",
            (
                _f("situation", LONGTEXT, "The situation", required=True),
                _f("what_happened", LONGTEXT, "What happened"),
                _f("what_i_learned", LONGTEXT, "What I learned"),
                _f("next_time", LONGTEXT, "What I would do differently"),
            ),
            icon="struggle-story",
        ),
        KindSpec(
            "feedback",
            "Feedback received",
            "Feedback received",
            "Feedback someone gave you, how you heard it, and what you will do with it.",
            (
                _f("from_whom", TEXT, "From", required=True),
                _f("date", DATE, "Received on", required=True),
                _f("format", ENUM, "Format", choices=FEEDBACK_FORMATS, required=True, default="sbi",
                   help="Situation-behaviour-impact, or start / stop / continue."),
                _f("situation", LONGTEXT, "Situation"),
                _f("behaviour", LONGTEXT, "Behaviour"),
                _f("impact", LONGTEXT, "Impact"),
                _f("start", LONGTEXT, "Start doing"),
                _f("stop", LONGTEXT, "Stop doing"),
                _f("continue", LONGTEXT, "Keep doing"),
                _f("what_i_heard", LONGTEXT, "What I heard",
                   help="The feedback in your own words, so you can check it with the giver."),
                _f("my_reflection", LONGTEXT, "My reflection"),
                _f("action_items", LIST, "What I will do"),
            ),
            date_field="date",
            icon="feedback",
        ),
        KindSpec(
            "boundary-agreement",
            "Boundary agreement",
            "Boundary agreements",
            "How the two of you agree to work together, and how either can step back.",
            (
                _f("communication_frequency", TEXT, "How often we meet or talk"),
                _f("contact_methods", LIST, "Preferred ways to get in touch"),
                _f("response_time", TEXT, "Expected response time"),
                _f("off_limits", LIST, "Topics we keep out", help="Subjects either of you prefers not to discuss."),
                _f("confidentiality", LONGTEXT, "What stays between us"),
                _f("unmet_expectations", LONGTEXT, "How we raise unmet expectations"),
                _f("exit_terms", LONGTEXT, "How either of us can end this"),
                _f("review_date", DATE, "Review on"),
                _f("status", ENUM, "Status", choices=AGREEMENT_STATES, default="draft"),
            ),
            date_field="review_date",
            icon="boundary-agreement",
        ),
        KindSpec(
            "goal",
            "Goal",
            "Goals",
            "Something you are working towards, broken into small steps.",
            (
                _f("why", LONGTEXT, "Why it matters"),
                _f("success_criteria", LONGTEXT, "How I will know I got there"),
                _f("target_date", DATE, "Target date"),
                _f("micro_goals", ITEMS, "Small steps", subfields=MICRO_GOAL),
                _f("progress", INT, "Progress (%)", minimum=0, maximum=100,
                   help="Leave empty to count finished steps."),
            ),
            date_field="target_date",
            icon="goal",
        ),
        KindSpec(
            "agenda",
            "Agenda",
            "Agendas",
            "What you want to raise at the next meeting.",
            (
                _f("meeting_date", DATE, "Meeting date", required=True),
                _f("items", LIST, "Things I want to raise"),
                _f("questions", LIST, "Questions"),
            ),
            date_field="meeting_date",
            icon="agenda",
        ),
        KindSpec(
            "reflection",
            "Reflection",
            "Reflections",
            "Your answer to a reflective prompt.",
            (
                _f("prompt", LONGTEXT, "Prompt", required=True),
                _f("deck", TEXT, "Deck"),
                _f("answer", LONGTEXT, "My answer"),
            ),
            icon="reflection",
        ),
        KindSpec(
            "gratitude",
            "Gratitude",
            "Gratitude",
            "Thanks for something someone did, and what it meant to you.",
            (
                _f("to_whom", TEXT, "To", required=True),
                _f("what_they_did", LONGTEXT, "What they did"),
                _f("what_it_meant", LONGTEXT, "What it meant to me"),
            ),
            icon="gratitude",
        ),
        KindSpec(
            "resource",
            "Resource",
            "Resources",
            "A book, talk, article or tool that helped, and why.",
            (
                _f("link", TEXT, "Link or reference", required=True),
                _f("why_it_helped", LONGTEXT, "Why it helped"),
            ),
            icon="resource",
        ),
    )
}


def kind_spec(name: str) -> KindSpec:
    try:
        return KINDS[name]
    except KeyError:
        from mentorvault.errors import UnknownKind

        raise UnknownKind(
            f"Unknown entry kind '{name}'. Use one of: {', '.join(KINDS)}."
        ) from None
