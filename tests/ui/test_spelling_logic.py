"""The spell checker without a window: words, misspellings, suggestions, the personal word list,
choosing a dictionary and saying why there is none. Uses the real Hunspell dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorvault.domain.settings import BY_NAME
from mentorvault.errors import InvalidSetting
from mentorvault.ui.logic import spelling
from mentorvault.ui.logic.spelling import (
    NO_DICTIONARY,
    NO_LIBRARY,
    TURNED_OFF,
    SpellChecker,
    SpellingUnavailable,
    open_backend,
    pick_dictionary,
    span_at,
    spelling_for,
    words,
)
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE


def _english() -> SpellChecker:
    backend, tag = open_backend("en_US")
    return SpellChecker(backend, tag)


def test_words_skip_links_addresses_code_numbers_and_names() -> None:
    text = "We met at https://exmaple.org/agendda with sam@exmaple.org; `recieve()` v2 MentorVault don't a NASA go"
    assert [s.word for s in words(text)] == ["We", "met", "at", "with", "don't", "go"]
    first = words("  hello")[0]
    assert (first.start, first.length, first.end) == (2, 5, 7)


def test_misspelt_words_and_their_places_in_english() -> None:
    checker = _english()
    text = "I recieve feedback wiht thanks."
    bad = checker.misspelt(text)
    assert [(s.word, text[s.start:s.end]) for s in bad] == [("recieve", "recieve"), ("wiht", "wiht")]
    assert "receive" in checker.suggestions("recieve")
    assert "recieve" not in checker.suggestions("recieve")
    assert span_at(bad, text.index("cieve")) == bad[0]
    assert span_at(bad, 0) is None


@pytest.mark.parametrize(("language", "right", "wrong", "suggested"), [
    ("de_DE", "Rückmeldung zum Gespräch", "Rückmeldnug", "Rückmeldung"),
    ("es_ES", "La reunión fue muy útil", "reunion", "reunión"),
])
def test_german_and_spanish_dictionaries(language: str, right: str, wrong: str, suggested: str) -> None:
    backend, tag = open_backend(language)
    checker = SpellChecker(backend, tag)
    assert tag == language
    assert checker.misspelt(right) == []
    assert [s.word for s in checker.misspelt(f"{right} {wrong}")] == [wrong]
    assert suggested in checker.suggestions(wrong)


def test_added_and_ignored_words_are_accepted_and_forgotten() -> None:
    checker = _english()
    assert [s.word for s in checker.misspelt("Zorblat met Quimby")] == ["Zorblat", "Quimby"]
    checker.add("zorblat")
    checker.ignore("Quimby")
    assert checker.misspelt("Zorblat met Quimby") == []
    checker.forget()
    assert len(checker.misspelt("Zorblat met Quimby")) == 2


def test_picking_a_dictionary() -> None:
    have = ["de_AT", "de_DE", "en_GB", "en_US", "es_MX"]
    assert pick_dictionary("de_DE", have) == "de_DE"
    assert pick_dictionary("de_CH", have) == "de_DE"  # the offered one first
    assert pick_dictionary("en-GB", have) == "en_GB"
    assert pick_dictionary("es_ES", have) == "es_MX"
    assert pick_dictionary("fr_FR", have) is None
    assert pick_dictionary("C", []) is None


def test_the_setting_picks_the_language_or_the_system_one() -> None:
    asked: list[str] = []

    def opener(language: str) -> tuple[object, str]:
        asked.append(language)
        return _english().backend, language

    assert spelling_for("", "de_DE", [], opener).status.language == "de_DE"  # follows the system
    assert spelling_for("es_ES", "de_DE", [], opener).status.language == "es_ES"
    off = spelling_for("off", "de_DE", [], opener)
    assert off.checker is None and off.status.problem == TURNED_OFF
    assert asked == ["de_DE", "es_ES"]


def test_without_the_library_or_a_dictionary_the_status_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_library(language: str) -> tuple[object, str]:
        raise SpellingUnavailable(NO_LIBRARY, detail="enchant C library was not found")

    setup = spelling_for("en_US", "en_US", ["x"], no_library)
    assert setup.checker is None
    assert (setup.status.available, setup.status.problem, setup.status.language) == (False, NO_LIBRARY, "en_US")
    missing = spelling_for("", "fr_FR", [], open_backend)  # no French dictionary is installed
    assert missing.checker is None and missing.status.problem == NO_DICTIONARY
    assert missing.status.language == "fr_FR"

    import builtins

    real_import = builtins.__import__

    def failing_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "enchant":
            raise ImportError("The 'enchant' C library was not found")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(__import__("sys").modules, "enchant", raising=False)
    monkeypatch.setattr(builtins, "__import__", failing_import)
    failed = spelling.spelling_for("en_US", "", [])
    assert failed.status.problem == NO_LIBRARY and "C library" in failed.status.detail


def test_the_spelling_setting_takes_only_offered_values() -> None:
    spec = BY_NAME["spelling_language"]
    assert spec.default == ""
    assert spec.parse("de_DE") == "de_DE" and spec.parse("off") == "off"
    with pytest.raises(InvalidSetting) as raised:
        spec.parse("klingon")
    assert raised.value.field("choices") == spec.choices


def test_personal_words_are_kept_in_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, secret_store=None)
    try:
        assert vault.words.list() == ()
        assert vault.words.add("Zorblat") == ("Zorblat",)
        assert vault.words.add(" Quimby ") == ("Quimby", "Zorblat")
        assert vault.words.add("Zorblat") == ("Quimby", "Zorblat")
        for bad in ("", "two words", "x" * 101):
            with pytest.raises(InvalidSetting):
                vault.words.add(bad)
        assert vault.words.remove("Quimby") == ("Zorblat",)
        vault.settings.update(spelling_language="de_DE")
    finally:
        vault.lock()
    again = Vault.open(folder, PASSPHRASE, secret_store=None)
    try:
        assert again.words.list() == ("Zorblat",)
        setup = spelling.open_spelling(again, "en_US")
        assert setup.status.language == "de_DE"
        assert setup.checker is not None and setup.checker.misspelt("Zorblat") == []
    finally:
        again.lock()
