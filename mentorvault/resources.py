"""Read-only data shipped with the app: prompt decks, icons and the demo vault.

Everything here lives under ``resources/`` at the top of the repository, or
inside the PyInstaller bundle when the app runs frozen.  The module has no Qt
imports, so the CLI and the tests can use it as well as the UI.

Prompt decks are JSON files in ``resources/prompts/``, one deck per file::

    {"id": "icebreakers", "title": "Icebreakers",
     "description": "One sentence on when to use the deck.",
     "prompts": [{"id": "ice-01", "text": "..."}, ...]}

They are checked when first loaded (shape, lengths, unique ids across all
decks, no repeated text) and then cached for the life of the process.

Translations live beside them, one folder per language, one file per deck with the
same shape and ids (``resources/prompts/de/icebreakers.json``).  A deck is read in a
language by taking the English deck and replacing its title, description and each
prompt's text with the translation's; whatever a translation leaves out stays English,
and a translated prompt id the English deck lacks is a damaged file.
"""

from __future__ import annotations

import functools
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorvault.domain.strictjson import JSONObject, StrictJSONError, loads_strict
from mentorvault.errors import ResourceError

MAX_PROMPT = 200  # characters of one prompt's text
MAX_TITLE = 80
MAX_DESCRIPTION = 300
MAX_RESOURCE_FILE = 2_000_000  # bytes; the shipped files are far smaller

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ICON_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")




@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    deck_id: str


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    description: str
    prompts: tuple[Prompt, ...]

    def prompt(self, prompt_id: str) -> Prompt:
        for p in self.prompts:
            if p.id == prompt_id:
                return p
        raise ResourceError(f"The deck '{self.title}' has no prompt '{prompt_id}'.")


def resources_dir() -> Path:
    """The folder holding icons, prompt decks and other shipped data."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources"  # noqa: B009 - set by PyInstaller, unknown to mypy
    return Path(__file__).resolve().parents[1] / "resources"


# --- JSON reading ---------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_RESOURCE_FILE:
            raise ResourceError(f"The shipped file '{path.name}' is unexpectedly large. Reinstall MentorVault.")
        return loads_strict(path.read_bytes(), max_bytes=MAX_RESOURCE_FILE)
    except FileNotFoundError:
        raise ResourceError(f"The shipped file '{path.name}' is missing. Reinstall MentorVault.") from None
    except OSError as exc:
        raise ResourceError(
            f"The shipped file '{path.name}' could not be read ({exc.strerror or exc.__class__.__name__})."
        ) from None
    except StrictJSONError as exc:
        raise ResourceError(f"The shipped file '{path.name}' is damaged ({exc}). Reinstall MentorVault.") from None


# --- prompt decks ---------------------------------------------------------


def _text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise ResourceError(f"Prompt deck problem: {where} must be text.")
    text = value.strip()
    if not text:
        raise ResourceError(f"Prompt deck problem: {where} is empty.")
    if "\n" in text or "\r" in text:
        raise ResourceError(f"Prompt deck problem: {where} must be a single line.")
    if len(text) > limit:
        raise ResourceError(f"Prompt deck problem: {where} is longer than {limit} characters.")
    return text


def _parse_deck(data: Any, source: str) -> Deck:
    if not isinstance(data, dict):
        raise ResourceError(f"Prompt deck problem: '{source}' does not hold a deck object.")
    unknown = set(data) - {"id", "title", "description", "prompts"}
    if unknown:
        raise ResourceError(f"Prompt deck problem: '{source}' has unknown keys: {', '.join(sorted(unknown))}.")
    deck_id = _text(data.get("id"), f"the id in '{source}'", MAX_TITLE)
    if not _ID_RE.match(deck_id):
        raise ResourceError(f"Prompt deck problem: '{deck_id}' is not a valid deck id.")
    title = _text(data.get("title"), f"the title of deck '{deck_id}'", MAX_TITLE)
    description = _text(data.get("description"), f"the description of deck '{deck_id}'", MAX_DESCRIPTION)
    raw_prompts = data.get("prompts")
    if not isinstance(raw_prompts, list) or not raw_prompts:
        raise ResourceError(f"Prompt deck problem: deck '{deck_id}' has no prompts.")
    prompts: list[Prompt] = []
    for i, raw in enumerate(raw_prompts):
        if not isinstance(raw, dict) or set(raw) != {"id", "text"}:
            raise ResourceError(
                f"Prompt deck problem: prompt {i + 1} of deck '{deck_id}' must have exactly an id and a text."
            )
        pid = _text(raw["id"], f"prompt {i + 1} id of deck '{deck_id}'", MAX_TITLE)
        if not _ID_RE.match(pid):
            raise ResourceError(f"Prompt deck problem: '{pid}' is not a valid prompt id.")
        prompts.append(Prompt(pid, _text(raw["text"], f"prompt '{pid}'", MAX_PROMPT), deck_id))
    return Deck(deck_id, title, description, tuple(prompts))


def _check_unique(decks: list[Deck]) -> None:
    deck_ids: set[str] = set()
    prompt_ids: set[str] = set()
    texts: dict[str, str] = {}
    for d in decks:
        if d.id in deck_ids:
            raise ResourceError(f"Prompt deck problem: two decks use the id '{d.id}'.")
        deck_ids.add(d.id)
        for p in d.prompts:
            if p.id in prompt_ids:
                raise ResourceError(f"Prompt deck problem: two prompts use the id '{p.id}'.")
            prompt_ids.add(p.id)
            key = " ".join(p.text.casefold().split())
            if key in texts:
                raise ResourceError(f"Prompt deck problem: prompts '{texts[key]}' and '{p.id}' have the same text.")
            texts[key] = p.id


def load_decks_from(folder: Path) -> list[Deck]:
    """Read and check every ``*.json`` deck in ``folder`` (not cached)."""
    if not folder.is_dir():
        raise ResourceError("The prompt decks are missing. Reinstall MentorVault.")
    decks: list[Deck] = []
    for path in sorted(folder.glob("*.json")):
        deck_ = _parse_deck(_read_json(path), path.name)
        if deck_.id != path.stem:
            raise ResourceError(f"Prompt deck problem: '{path.name}' holds the deck '{deck_.id}'.")
        decks.append(deck_)
    if not decks:
        raise ResourceError("There are no prompt decks. Reinstall MentorVault.")
    _check_unique(decks)
    return decks


def translate_decks(english: list[Deck], folder: Path) -> list[Deck]:
    """``english`` with the titles, descriptions and prompt texts found in ``folder`` (English where none)."""
    if not folder.is_dir():
        return english
    by_id = {d.id: d for d in english}
    translated: dict[str, Deck] = {}
    for path in sorted(folder.glob("*.json")):
        source = f"{folder.name}/{path.name}"
        words = _parse_deck(_read_json(path), source)
        original = by_id.get(path.stem)
        if original is None or words.id != path.stem:
            raise ResourceError(f"Prompt deck problem: '{source}' translates no shipped deck.")
        texts = {p.id: p.text for p in words.prompts}
        unknown = set(texts) - {p.id for p in original.prompts}
        if unknown:
            raise ResourceError(f"Prompt deck problem: '{source}' translates unknown prompts: "
                                f"{', '.join(sorted(unknown))}.")
        prompts = tuple(Prompt(p.id, texts.get(p.id, p.text), p.deck_id) for p in original.prompts)
        translated[original.id] = Deck(original.id, words.title, words.description, prompts)
    decks = [translated.get(d.id, d) for d in english]
    _check_unique(decks)
    return decks


_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")


@functools.lru_cache(maxsize=4)
def _cached_decks(language: str = "en") -> tuple[Deck, ...]:
    english = load_decks_from(resources_dir() / "prompts")
    if language == "en" or not _LANGUAGE_RE.match(language):
        return tuple(english)
    return tuple(translate_decks(english, resources_dir() / "prompts" / language))


def load_decks(language: str = "en") -> list[Deck]:
    """Every shipped prompt deck in ``language`` (English where untranslated), checked, sorted by id,
    read once per process."""
    return list(_cached_decks(language))


def deck(deck_id: str, language: str = "en") -> Deck:
    """The deck with this id; :class:`ResourceError` if there is none."""
    for d in _cached_decks(language):
        if d.id == deck_id:
            return d
    known = ", ".join(d.id for d in _cached_decks(language))
    raise ResourceError(f"There is no prompt deck called '{deck_id}'. Decks: {known}.")


def find_prompt(prompt_id: str, language: str = "en") -> Prompt:
    """The prompt with this id, from whichever deck holds it."""
    for d in _cached_decks(language):
        for p in d.prompts:
            if p.id == prompt_id:
                return p
    raise ResourceError(f"There is no prompt '{prompt_id}' in the shipped decks.")


def random_prompt(
    deck_id: str, rng: random.Random | None = None, exclude: set[str] | frozenset[str] = frozenset(),
    language: str = "en",
) -> Prompt:
    """A prompt from the deck, avoiding the ids in ``exclude``.

    Pass a seeded :class:`random.Random` for a repeatable choice.  When every
    prompt of the deck is excluded (the user has seen them all), the whole
    deck is drawn from again rather than failing.
    """
    d = deck(deck_id, language)
    choices = [p for p in d.prompts if p.id not in exclude] or list(d.prompts)
    return (rng or random).choice(choices)


# --- icons and demo data --------------------------------------------------


def icon_path(name: str) -> Path:
    """Path of ``resources/icons/<name>.svg``; :class:`ResourceError` if absent."""
    if not isinstance(name, str) or not _ICON_RE.match(name):
        raise ResourceError(f"'{name}' is not a valid icon name.")
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise ResourceError(f"The icon '{name}' is missing. Reinstall MentorVault.")
    return path


def demo_data() -> JSONObject:
    """The sample vault content (a fresh copy on every call, so callers may change it)."""
    data = _read_json(resources_dir() / "demo" / "demo-vault.json")
    if not isinstance(data, dict) or not isinstance(data.get("partners"), list) or not isinstance(
        data.get("entries"), list
    ):
        raise ResourceError("The demo vault file is damaged. Reinstall MentorVault.")
    return data
