"""Translatable words for the domain's names: kinds, field labels, choices, roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorvault.domain.kinds import FieldSpec, kind_spec

_CHOICES = {
    "me": QCoreApplication.translate("choices", "Me"),
    "partner": QCoreApplication.translate("choices", "My partner"),
    "both": QCoreApplication.translate("choices", "Both of us"),
    "open": QCoreApplication.translate("choices", "Open"),
    "done": QCoreApplication.translate("choices", "Done"),
    "dropped": QCoreApplication.translate("choices", "Dropped"),
    "sbi": QCoreApplication.translate("choices", "Situation, behaviour, impact"),
    "start-stop-continue": QCoreApplication.translate("choices", "Start, stop, continue"),
    "draft": QCoreApplication.translate("choices", "Draft"),
    "agreed": QCoreApplication.translate("choices", "Agreed by both"),
}

_ROLES = {
    "mentor": QCoreApplication.translate("roles", "My mentor"),
    "mentee": QCoreApplication.translate("roles", "My mentee"),
    "peer": QCoreApplication.translate("roles", "Peer"),
}

_MENTOR_TYPES = {
    "advisor": QCoreApplication.translate("mentor types", "Advisor"),
    "advocate": QCoreApplication.translate("mentor types", "Advocate"),
    "affirmer": QCoreApplication.translate("mentor types", "Affirmer"),
    "challenger": QCoreApplication.translate("mentor types", "Challenger"),
    "coach": QCoreApplication.translate("mentor types", "Coach"),
    "connector": QCoreApplication.translate("mentor types", "Connector"),
    "sponsor": QCoreApplication.translate("mentor types", "Sponsor"),
}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    return tr("kinds", kind_spec(kind).label)


def kind_plural(kind: str) -> str:
    return tr("kinds", kind_spec(kind).plural)


def field_label(spec: FieldSpec) -> str:
    return tr("kinds", spec.label)


def field_help(spec: FieldSpec) -> str:
    return tr("kinds", spec.help) if spec.help else ""


def choice_label(value: str) -> str:
    return tr("choices", _CHOICES[value]) if value in _CHOICES else value


def choice_for(spec: FieldSpec, value: str) -> str:
    return choice_label(value)


def role_label(role: str | None) -> str:
    return tr("roles", _ROLES[role]) if role in _ROLES else ""


def mentor_type_label(value: str | None) -> str:
    return tr("mentor types", _MENTOR_TYPES[value]) if value in _MENTOR_TYPES else ""

