"""Translatable words for the domain's names: kinds, field labels, choices, roles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from mentorvault.domain.kinds import FieldSpec, kind_spec

_CHOICES = {
    "me": QT_TRANSLATE_NOOP("choices", "Me"),
    "partner": QT_TRANSLATE_NOOP("choices", "My partner"),
    "both": QT_TRANSLATE_NOOP("choices", "Both of us"),
    "open": QT_TRANSLATE_NOOP("choices", "Open"),
    "done": QT_TRANSLATE_NOOP("choices", "Done"),
    "dropped": QT_TRANSLATE_NOOP("choices", "Dropped"),
    "sbi": QT_TRANSLATE_NOOP("choices", "Situation, behaviour, impact"),
    "start-stop-continue": QT_TRANSLATE_NOOP("choices", "Start, stop, continue"),
    "draft": QT_TRANSLATE_NOOP("choices", "Draft"),
    "agreed": QT_TRANSLATE_NOOP("choices", "Agreed by both"),
}

_ROLES = {
    "mentor": QT_TRANSLATE_NOOP("roles", "My mentor"),
    "mentee": QT_TRANSLATE_NOOP("roles", "My mentee"),
    "peer": QT_TRANSLATE_NOOP("roles", "Peer"),
}

_MENTOR_TYPES = {
    "advisor": QT_TRANSLATE_NOOP("mentor types", "Advisor"),
    "advocate": QT_TRANSLATE_NOOP("mentor types", "Advocate"),
    "affirmer": QT_TRANSLATE_NOOP("mentor types", "Affirmer"),
    "challenger": QT_TRANSLATE_NOOP("mentor types", "Challenger"),
    "coach": QT_TRANSLATE_NOOP("mentor types", "Coach"),
    "connector": QT_TRANSLATE_NOOP("mentor types", "Connector"),
    "sponsor": QT_TRANSLATE_NOOP("mentor types", "Sponsor"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    return _tr("kinds", kind_spec(kind).label)


def kind_in_sentence(kind: str) -> str:
    """The kind's label inside a sentence ("New session note"): lower case, except in German, which
    capitalises nouns ("Neu: Sitzungsnotiz")."""
    label = kind_label(kind)
    return label if QLocale().language() == QLocale.Language.German else label.lower()


def kind_plural(kind: str) -> str:
    return _tr("kinds", kind_spec(kind).plural)


def field_label(spec: FieldSpec) -> str:
    return _tr("kinds", spec.label)


def label_text(label: str) -> str:
    """A field's label (``FieldSpec.label``, as an error carries it) in the window's language."""
    return _tr("kinds", label)


def field_help(spec: FieldSpec) -> str:
    return _tr("kinds", spec.help) if spec.help else ""


def choice_label(value: str) -> str:
    return _tr("choices", str(_CHOICES[value])) if value in _CHOICES else value


def choice_for(spec: FieldSpec, value: str) -> str:
    return choice_label(value)


def role_label(role: str | None) -> str:
    return _tr("roles", str(_ROLES[role])) if role in _ROLES else ""


def mentor_type_label(value: str | None) -> str:
    return _tr("mentor types", str(_MENTOR_TYPES[value])) if value in _MENTOR_TYPES else ""

