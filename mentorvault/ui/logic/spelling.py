"""Spell checking without a window: which words of a text are misspelt, their suggestions, the
personal word list, and opening a Hunspell dictionary through pyenchant.

The personal word list lives in the vault (``vault.words``); the spelling library never
writes a word anywhere: its own personal files are pointed at a folder that cannot exist
(``ENCHANT_CONFIG_DIR``) before the library is loaded, and nothing is ever added to its
dictionaries.  Words added or ignored here are checked first, from memory.

Without pyenchant, without the Enchant C library or without a dictionary for the language,
``open_spelling`` says why in a ``SpellingStatus`` and the window works without underlines.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from mentorvault.domain.settings import SPELLING_LANGUAGES, SPELLING_OFF, SPELLING_SYSTEM

if TYPE_CHECKING:
    from mentorvault.vault import Vault

# A word: letters, with apostrophes inside ("don't", "l'été"); digits and underscores end it.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Never checked: links, e-mail addresses, Markdown code spans, and words glued to digits or underscores.
_SKIP = re.compile(r"(?:https?://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|`[^`\n]*`|\S*[\d_]\S*")
_CACHE_LIMIT = 20_000


@dataclass(frozen=True)
class Span:
    """A word of a text: where it starts, how long it is, and the word."""

    start: int
    length: int
    word: str

    @property
    def end(self) -> int:
        return self.start + self.length


def words(text: str) -> list[Span]:
    """The words of ``text`` a spell checker should look at, in order."""
    skipped = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
    found = []
    i = 0
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        while i < len(skipped) and skipped[i][1] <= start:
            i += 1
        if i < len(skipped) and skipped[i][0] < end:
            continue
        word = m.group()
        if len(word) < 2 or any(c.isupper() for c in word[1:]):
            continue  # single letters, acronyms and CamelCase names are left alone
        found.append(Span(start, end - start, word))
    return found


def span_at(spans: Iterable[Span], index: int) -> Span | None:
    """The span holding the character at ``index`` (or ending just before it: the cursor after a word)."""
    for s in spans:
        if s.start <= index <= s.end:
            return s
    return None


class Backend(Protocol):
    """What the checker needs of a dictionary (pyenchant's ``Dict`` has it)."""

    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


class SpellingUnavailable(Exception):
    """No spell checking: ``reason`` is "no-library" or "no-dictionary"; ``language`` the one asked for."""

    def __init__(self, reason: str, language: str = "", detail: str = "") -> None:
        super().__init__(f"{reason}: {language} {detail}".strip())
        self.reason = reason
        self.language = language
        self.detail = detail


NO_LIBRARY = "no-library"
NO_DICTIONARY = "no-dictionary"
TURNED_OFF = "off"


def _load_enchant() -> object:
    # Enchant keeps a personal word list and an exclude list per language in its config folder
    # and creates them when a dictionary is opened.  A folder under the null device cannot be
    # made, so it keeps them in memory only.  Set before the library reads its environment.
    os.environ["ENCHANT_CONFIG_DIR"] = os.path.join(os.devnull, "mentorvault-enchant")
    try:
        import enchant
    except ImportError as exc:  # the binding, or the C library it loads
        raise SpellingUnavailable(NO_LIBRARY, detail=str(exc)) from None
    return enchant


def open_backend(language: str) -> tuple[Backend, str]:
    """A Hunspell dictionary for ``language`` (e.g. "de_DE", or "de": any German one) and its tag."""
    enchant = _load_enchant()
    try:
        available = list(enchant.list_languages())  # type: ignore[attr-defined]
    except Exception as exc:  # a broken Enchant install: treat as no library
        raise SpellingUnavailable(NO_LIBRARY, language, str(exc)) from None
    tag = pick_dictionary(language, available)
    if tag is None:
        raise SpellingUnavailable(NO_DICTIONARY, language)
    try:
        return enchant.Dict(tag), tag  # type: ignore[attr-defined]
    except Exception as exc:  # enchant.errors.DictNotFoundError and friends
        raise SpellingUnavailable(NO_DICTIONARY, language, str(exc)) from None


def pick_dictionary(language: str, available: Iterable[str]) -> str | None:
    """The installed dictionary for ``language``: the same tag, else the same language in another
    region (the offered ones first: de_DE before de_AT)."""
    have = list(available)
    normal = language.replace("-", "_")
    if normal in have:
        return normal
    base = normal.split("_")[0].lower()
    if not base:
        return None
    same = [t for t in have if t.split("_")[0].lower() == base]
    preferred = [t for t in SPELLING_LANGUAGES if t in same]
    ranked = preferred or sorted(same)
    return ranked[0] if ranked else None


def wanted_language(setting: str, system_language: str) -> str | None:
    """The language the setting asks for (None: spell checking is off)."""
    if setting == SPELLING_OFF:
        return None
    if setting == SPELLING_SYSTEM:
        if system_language in ("", "C", "POSIX"):  # no language set: the first offered dictionary
            return SPELLING_LANGUAGES[0]
        return system_language
    return setting


@dataclass(frozen=True)
class SpellingStatus:
    """Whether words are checked, in which dictionary, and if not, why."""

    available: bool
    language: str = ""  # the dictionary in use, or the language asked for
    problem: str = ""  # "", NO_LIBRARY, NO_DICTIONARY or TURNED_OFF
    detail: str = ""


class SpellChecker:
    """One dictionary plus the vault's own words and the words ignored in this session."""

    def __init__(self, backend: Backend, language: str, personal: Iterable[str] = ()) -> None:
        self.backend = backend
        self.language = language
        self.personal: set[str] = set(personal)
        self.ignored: set[str] = set()
        self._known: dict[str, bool] = {}

    def _own(self, word: str) -> bool:
        own = self.personal | self.ignored
        return word in own or word.lower() in own

    def is_correct(self, word: str) -> bool:
        if self._own(word):
            return True
        known = self._known.get(word)
        if known is None:
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            known = self._known[word] = bool(self.backend.check(word.replace("’", "'")))
        return known

    def misspelt(self, text: str) -> list[Span]:
        return [s for s in words(text) if not self.is_correct(s.word)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        found: list[str] = []
        for s in self.backend.suggest(word):
            if s != word and s not in found:
                found.append(s)
        return found[:limit]

    def add(self, word: str) -> None:
        """Accept ``word`` from now on (the caller stores it in the vault)."""
        self.personal.add(word)

    def ignore(self, word: str) -> None:
        """Accept ``word`` until the vault is locked."""
        self.ignored.add(word)

    def forget(self) -> None:
        """Drop every word held in memory (at lock)."""
        self.personal.clear()
        self.ignored.clear()
        self._known.clear()


@dataclass
class SpellingSetup:
    """What ``open_spelling`` found: a checker (None without one) and the status to show."""

    checker: SpellChecker | None
    status: SpellingStatus


Opener = Callable[[str], "tuple[Backend, str]"]


def spelling_for(setting: str, system_language: str, personal: Iterable[str],
                 opener: Opener | None = None) -> SpellingSetup:
    """A checker for the language ``setting`` asks for (``system_language`` when it follows the system)."""
    language = wanted_language(setting, system_language)
    if language is None:
        return SpellingSetup(None, SpellingStatus(False, problem=TURNED_OFF))
    try:
        backend, tag = (opener or open_backend)(language)
    except SpellingUnavailable as exc:
        return SpellingSetup(None, SpellingStatus(False, exc.language or language, exc.reason, exc.detail))
    return SpellingSetup(SpellChecker(backend, tag, personal), SpellingStatus(True, tag))


def open_spelling(vault: Vault, system_language: str) -> SpellingSetup:
    """On the worker: the vault's spelling language and personal words, and the dictionary they need."""
    setting = vault.settings.get().spelling_language
    return spelling_for(setting, system_language, vault.words.list())


def add_word(vault: Vault, word: str) -> tuple[str, ...]:
    return vault.words.add(word)


__all__ = ["Backend", "NO_DICTIONARY", "NO_LIBRARY", "SpellChecker", "SpellingSetup", "SpellingStatus",
           "SpellingUnavailable", "Span", "TURNED_OFF", "add_word", "open_backend", "open_spelling",
           "pick_dictionary", "span_at", "spelling_for", "wanted_language", "words"]
