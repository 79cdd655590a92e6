"""Every vault setting declared once: name, type, default, range and help.

The core validates against this registry (``vault.settings``), the Settings dialog builds
its rows from it (``ui/settings.py``), and ``mentorvault settings`` lists, reads and
changes any setting by name.  Adding a setting is one ``SettingSpec`` here, one field in
:class:`Settings`, and (for the window) its words in ``ui/settings.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import InvalidSetting, UnknownSetting


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: type  # int, bool or str
    default: Any
    help: str
    group: str  # where the window shows it: "you", "locking", "backups", "writing", "reminders" or "appearance"
    minimum: int | None = None
    maximum: int | None = None
    range_help: str = ""  # the sentence an out-of-range value gets
    folder: bool = False  # a str that names a folder (the window offers a chooser)
    choices: tuple[str, ...] = ()  # a str that takes one of these values (the window offers a list)

    def check(self, value: Any) -> Any:
        """``value`` if it is a valid value of this setting; InvalidSetting (with the limits) if not."""
        valid_type = isinstance(value, self.type) and not (self.type is int and isinstance(value, bool))
        if not valid_type:
            raise InvalidSetting(f"The setting '{self.name}' takes {_TYPE_WORDS[self.type]}.", setting=self.name,
                                 value=value, expected=self.type.__name__)
        if self.choices and value not in self.choices:
            raise InvalidSetting(f"The setting '{self.name}' takes one of: {', '.join(self.choices)}.",
                                 setting=self.name, value=value, choices=self.choices)
        if self.minimum is not None and self.maximum is not None and not (self.minimum <= value <= self.maximum):
            raise InvalidSetting(self.range_help or f"'{self.name}' is between {self.minimum} and {self.maximum}.",
                                 setting=self.name, value=value, minimum=self.minimum, maximum=self.maximum)
        if self.choices and value not in self.choices:
            shown = ", ".join(repr(c) for c in self.choices)
            raise InvalidSetting(self.range_help or f"'{self.name}' is one of {shown}.", setting=self.name,
                                 value=value, choices=self.choices)
        return value

    def parse(self, text: str) -> Any:
        """A value of this setting from its text (the CLI's ``mentorvault settings NAME VALUE``)."""
        if self.type is bool:
            word = text.strip().lower()
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
            raise InvalidSetting(f"The setting '{self.name}' takes on or off.", setting=self.name, value=text,
                                 expected="bool")
        if self.type is int:
            try:
                return self.check(int(text.strip()))
            except ValueError:
                raise InvalidSetting(f"The setting '{self.name}' takes a whole number.", setting=self.name,
                                     value=text, expected="int") from None
        return self.check(text.strip())


# The dictionaries the spell checker is offered in (CI installs their Hunspell packages).
SPELLING_LANGUAGES: tuple[str, ...] = ("en_US", "de_DE", "es_ES")
SPELLING_SYSTEM = ""  # spelling_language: follow the system's language
SPELLING_OFF = "off"  # spelling_language: no spell checking
# The languages the window and the prompt decks are translated into (English is the source).
LANGUAGES: tuple[str, ...] = ("en", "de", "es")

_TRUE = ("on", "true", "yes", "1")
_FALSE = ("off", "false", "no", "0")
_TYPE_WORDS = {int: "a whole number", bool: "on or off", str: "text"}

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("your_name", str, "", "Your name, as partners see it on your contact card and your bundles.",
                "you"),
    SettingSpec("idle_lock_minutes", int, 5, "Lock after this many minutes without activity (0: never).",
                "locking", 0, 24 * 60, "The idle lock time is between 0 (off) and 1440 minutes."),
    SettingSpec("lock_on_minimise", bool, False, "Lock when the window is minimised.", "locking"),
    SettingSpec("backup_dir", str, "", "Folder for the automatic backups (empty: the vault's own backups/).",
                "backups", folder=True),
    SettingSpec("backup_keep", int, 7, "How many daily automatic backups to keep (0: no automatic backups).",
                "backups", 0, 365, "Keep between 0 (no automatic backups) and 365 backups."),
    SettingSpec("spelling_language", str, SPELLING_SYSTEM,
                "Spell-checking language: empty follows the system's language, 'off' turns spell checking off.",
                "writing", choices=(SPELLING_SYSTEM, SPELLING_OFF, *SPELLING_LANGUAGES),
                range_help="The spelling language is empty (follow the system), 'off', or one of "
                           + ", ".join(SPELLING_LANGUAGES) + "."),
    SettingSpec("language", str, "system", "Language of the window and the prompt decks: system (follow the "
                "computer), en, de or es. The window changes the next time it starts.", "appearance",
                choices=("system", *LANGUAGES)),
    SettingSpec("remind_meetings", bool, True, "Remind me the day before a meeting is due (from the next agenda's "
                "date or the partner's meeting rhythm).", "reminders"),
    SettingSpec("remind_bundles", bool, True, "Tell me when a partner's bundle arrived in an exchange folder.",
                "reminders"),
    SettingSpec("remind_session_notes", bool, True, "Remind me the day after a meeting when its session note is "
                "not written yet.", "reminders"),
    SettingSpec("remind_agreement_reviews", bool, True, "Remind me when a boundary agreement's review date has "
                "passed.", "reminders"),
    SettingSpec("reminders_show_names", bool, False, "Name the partner and the entry in reminders (off: a "
                "reminder names no person and no content, since lock screens show notifications).", "reminders"),
)
BY_NAME = {spec.name: spec for spec in SETTINGS}


def spec(name: str) -> SettingSpec:
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownSetting(setting=name, known=tuple(BY_NAME)) from None


@dataclass(frozen=True)
class Settings:
    """The vault's settings, typed; defaults from the registry."""

    your_name: str = BY_NAME["your_name"].default
    idle_lock_minutes: int = BY_NAME["idle_lock_minutes"].default
    lock_on_minimise: bool = BY_NAME["lock_on_minimise"].default
    backup_keep: int = BY_NAME["backup_keep"].default
    backup_dir: str = BY_NAME["backup_dir"].default
    spelling_language: str = BY_NAME["spelling_language"].default
    language: str = BY_NAME["language"].default
    remind_meetings: bool = BY_NAME["remind_meetings"].default
    remind_bundles: bool = BY_NAME["remind_bundles"].default
    remind_session_notes: bool = BY_NAME["remind_session_notes"].default
    remind_agreement_reviews: bool = BY_NAME["remind_agreement_reviews"].default
    reminders_show_names: bool = BY_NAME["reminders_show_names"].default

    def to_json(self) -> JSONObject:
        return {f.name: getattr(self, f.name) for f in fields(self)}


assert {f.name for f in fields(Settings)} == set(BY_NAME), "Settings and SETTINGS must name the same settings"

DEFAULT_BACKUP_KEEP: int = BY_NAME["backup_keep"].default
