"""The window's languages: catalogues complete and in step with the code, every string the window shows
translated, plural forms right in a real window, and the language setting loading the catalogue."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mentorvault import resources
from mentorvault.domain.settings import LANGUAGES
from mentorvault.ui import language
from mentorvault.ui.sidebar import Target
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n|L\d|Ln)")
FORMS = {"en": 2, "de": 2, "es": 2}  # numerus forms per language (one, other)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]


def messages(path: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            assert t is not None
            forms = tuple(f.text or "" for f in t.findall("numerusform")) if m.get("numerus") == "yes" else (t.text or "",)
            out.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes",
                               t.get("type", ""), forms))
    return out


@pytest.fixture
def restore_language() -> Iterator[None]:
    yield
    language.uninstall()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHON": sys.executable, "PYTHONPATH": str(REPO)}


# ---------------------------------------------------------------- the catalogues


def test_catalogues_are_in_step_with_the_code() -> None:
    """What `tools/update-translations.sh` would write is what is committed: no string of the window (nor of
    the domain's words, domain_words.py) is missing from the catalogues, none is left over."""
    result = subprocess.run([str(REPO / "tools" / "update-translations.sh"), "--check"], capture_output=True,
                            text=True, env=_env(), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", ["de", "es"])
def test_every_string_is_translated_in_german_and_spanish(lang: str) -> None:
    """Complete: no unfinished, vanished or obsolete entry, no empty form, the same strings in both."""
    msgs = messages(TS / f"mentorvault_{lang}.ts")
    problems = [f"{m.context}: {m.source!r} is {m.kind or 'empty'}" for m in msgs
                if m.kind or not all(f.strip() for f in m.forms)]
    assert not problems, "\n".join(problems)
    assert len(msgs) > 800
    others = {(m.context, m.source, m.comment) for m in messages(TS / "mentorvault_de.ts")}
    assert {(m.context, m.source, m.comment) for m in msgs} == others


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_translations_keep_placeholders_plural_forms_and_shortcut_keys(lang: str) -> None:
    msgs = messages(TS / f"mentorvault_{lang}.ts")
    problems = []
    for m in msgs:
        if m.numerus and len(m.forms) != FORMS[lang]:
            problems.append(f"{m.source!r}: {len(m.forms)} plural forms, {lang} has {FORMS[lang]}")
        want = set(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            have = set(PLACEHOLDER.findall(form))
            # a singular form may say "one"/"every day" instead of %n, never drop another placeholder
            if have != want and not (m.numerus and have == want - {"%n"} and form is m.forms[0]):
                problems.append(f"{m.source!r} -> {form!r}: placeholders {sorted(have)} instead of {sorted(want)}")
            if ("&" in m.source.replace("&&", "")) != ("&" in form.replace("&&", "")) and ";;" not in m.source:
                problems.append(f"{m.source!r} -> {form!r}: the keyboard shortcut (&) is lost or added")
    assert not problems, "\n".join(problems)


def test_english_catalogue_holds_exactly_the_plural_strings() -> None:
    plural = {(m.context, m.source) for m in messages(TS / "mentorvault_de.ts") if m.numerus}
    english = messages(TS / "mentorvault_en.ts")
    assert {(m.context, m.source) for m in english} == plural and len(plural) >= 20
    assert all(m.numerus and not m.kind and all(m.forms) for m in english)


def test_the_ui_and_the_domain_ship_the_same_languages() -> None:
    assert language.LANGUAGES == LANGUAGES
    shipped = {p.stem.split("_", 1)[1] for p in TS.glob("mentorvault_*.ts")}
    assert shipped == set(LANGUAGES)


# ---------------------------------------------------------------- the window, in German


class MissedLookups(QTranslator):
    """Installed before the app's translators, so Qt asks it only when none of them had a translation."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[tuple[str, str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not context.startswith("Q") and source.strip():  # Qt's own classes are qtbase's concern
            self.missed.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def test_every_string_the_tour_of_the_window_shows_is_translated(qapp: Any, tmp_path: Path,
                                                                   restore_language: None) -> None:
    """tools/screenshots.py walks every view and dialog (create, unlock, the list, editor, partner, search,
    goals, reflect, settings, history, cards, sharing, export, import, inbox, Before we meet) in German;
    every translation the window asks for must be in the catalogue."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import screenshots
    finally:
        sys.path.remove(str(REPO / "tools"))
    spy = MissedLookups()
    QCoreApplication.installTranslator(spy)
    try:
        assert screenshots.main([str(tmp_path / "shots"), "--language", "de", "--only", "nothing"]) == 0
    finally:
        QCoreApplication.removeTranslator(spy)
    assert language.current() == "de"
    assert not list((tmp_path / "shots").glob("*.png"))
    # PySide's tr() takes a translation equal to its source ("Passphrase", "—") for a miss and asks again
    # under each base class (_Scrolling, FieldWidget): those words are translated, as themselves.
    same = {m.source for m in messages(TS / "mentorvault_de.ts") if m.forms == (m.source,)}
    missed = sorted((c, s) for c, s, _ in spy.missed if s not in same)
    assert not missed, "untranslated in German:\n" + "\n".join(f"{c}: {s!r}" for c, s in missed)


def _partners_page(qtbot: Any, services: Any, ws: Any, name: str) -> str:
    p = next(p for p in ws.partners if p.name == name)
    ws.sidebar.choose(Target("entries", partner_id=p.id))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: ws.banner.info is not None and ws.banner.info.partner.id == p.id, timeout=10000)
    return str(ws.banner.details.text())


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "meets every day", "meets every 2 days"),
    ("de", "trifft sich jeden Tag", "trifft sich alle 2 Tage"),
])
def test_a_plural_string_has_its_singular_and_plural_in_the_window(
        lang: str, one: str, two: str, tmp_path: Path, keyring: Any, unlocked: Any, qtbot: Any, services: Any,
        restore_language: None) -> None:
    """"meets every %n days" on the partner banner: the English catalogue gives the singular, German both forms."""
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, secret_store=keyring)
    v.partners.add("Ana", "peer", None, 1)
    v.partners.add("Ben", "peer", None, 2)
    v.lock()
    language.install(lang)
    w = unlocked(tmp_path / "v")
    ws = w.workspace
    assert _partners_page(qtbot, services, ws, "Ana").endswith(one)
    assert _partners_page(qtbot, services, ws, "Ben").endswith(two)


def test_without_the_english_catalogue_the_singular_would_be_wrong(restore_language: None) -> None:
    """The English catalogue is what makes "1 day" right (the source text is the plural)."""
    language.uninstall()
    assert QCoreApplication.translate("Dates", "meets every %n days", "", 1) == "meets every 1 days"
    language.install("en")
    assert QCoreApplication.translate("Dates", "meets every %n days", "", 1) == "meets every day"
    assert QCoreApplication.translate("Dates", "meets every %n days", "", 14) == "meets every 14 days"


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("en", "and removed one older backup.", "and removed 3 older backups."),
    ("de", "und eine ältere Sicherung entfernt.", "und 3 ältere Sicherungen entfernt."),
    ("es", "y se quitó una copia anterior.", "y se quitaron 3 copias anteriores."),
])
def test_replacing_the_backups_counts_the_removed_ones_in_plural_forms(restore_language: None, lang: str,
                                                                       one: str, three: str) -> None:
    """Settings and the re-key's result say how many older backups went, through one %n plural string."""
    from mentorvault.ui.settings import replaced_text
    from mentorvault.vault.keys import BackupsReplaced

    language.install(lang)
    fresh = Path("/media/usb/auto-2026-03-14.mvbackup")
    once = replaced_text(BackupsReplaced(fresh, (Path("/media/usb/auto-2026-03-13.mvbackup"),)))
    assert once.endswith(one) and str(fresh) in once and "%" not in once
    thrice = replaced_text(BackupsReplaced(fresh, tuple(Path(f"/media/usb/old-{i}") for i in range(3))))
    assert thrice.endswith(three) and str(fresh) in thrice


# ---------------------------------------------------------------- choosing the language


def test_system_language_is_followed_when_shipped_else_english() -> None:
    assert language.resolve("system", QLocale("de_AT")) == "de"
    assert language.resolve("system", QLocale("es_MX")) == "es"
    assert language.resolve("system", QLocale("fr_FR")) == "en"
    assert language.resolve("es", QLocale("de_DE")) == "es"
    assert language.resolve("xx", QLocale("de_DE")) == "de"  # an unknown value is as "system"
    assert language.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert language.locale_for("de", QLocale("en_GB")).language() == QLocale.Language.German


def test_choosing_german_in_settings_stores_it_and_the_next_start_speaks_german(
        unlocked: Any, vault_folder: Path, dialogs: Any, services: Any, qtbot: Any,
        restore_language: None) -> None:
    from mentorvault.ui.settings import SettingsDialog

    w = unlocked(vault_folder)
    seen: dict[str, Any] = {}

    def choose(d: Any) -> bool:
        seen["note"] = d.language_note.text()
        d.language.setCurrentIndex(d.language.findData("de"))
        return True

    dialogs.on_dialog = choose
    w.show_settings()
    wait_idle(qtbot, services)
    assert "next time" in seen["note"]  # the dialog says when it applies
    assert in_vault(w, lambda v: v.settings.get().language) == "de"
    assert services.prefs.get("view/language") == "de"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"  # not before a restart

    # The next start reads the preference before any vault is unlocked (app.make_application does).
    assert language.install(services.prefs.get("view/language")) == "de"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own catalogue too
    assert QLocale().language() == QLocale.Language.German
    dialog = SettingsDialog(w.session, services, "light", w)
    assert dialog.windowTitle() == "Einstellungen" and dialog.language.currentData() == "de"
    dialog.deleteLater()
    assert resources.deck("after-session", language.current()).title == "Nach einem Treffen"


def test_unlocking_a_vault_makes_its_language_the_next_starts(tmp_path: Path, keyring: Any, unlocked: Any,
                                                               services: Any) -> None:
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, secret_store=keyring)
    v.settings.update(language="es")
    v.lock()
    assert services.prefs.get("view/language") == "system"
    unlocked(tmp_path / "v")
    assert services.prefs.get("view/language") == "es"


def test_dates_and_numbers_follow_the_language(restore_language: None) -> None:
    from mentorvault.ui.wording import friendly_date, number_text

    language.install("de")
    assert number_text(50000) == "50.000"
    language.install("en")
    assert number_text(50000) == "50,000"
    english = friendly_date("2026-12-02")
    language.install("de")
    assert friendly_date("2026-12-02") == "2. Dez. 2026" and english != "2. Dez. 2026"
    language.install("es")
    assert "dic" in friendly_date("2026-12-02")
