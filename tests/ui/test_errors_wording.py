"""Every error the window can meet has its own translatable sentence, built from the error's facts.

No window is needed: ``describe`` only reads the error and translates through ``Errors.tr``.
"""

from __future__ import annotations

import inspect

import pytest

from mentorvault import errors as E
from mentorvault.ui import error_words
from mentorvault.ui.errors import describe
from mentorvault.ui.wording import Context

# Errors the window can never show, so they keep the core's English sentence. Empty today: every
# subclass is worded. Add a class here only with a comment saying why the window cannot meet it.
NEVER_IN_THE_WINDOW: set[type[E.MentorVaultError]] = set()

# Representative facts, as the core gives them where it raises each error.
FIELDS = {
    "folder": "/home/ana/Journal",
    "partner": "Priya",
    "path": "/home/ana/ana.mvcard",
    "setting": "personal_words",
    "entry_id": "0123abcd",
    "rev": 3,
}
ENTRY_IDS = ["a" * 32, "b" * 32, "c" * 32]


def _subclasses(cls: type[E.MentorVaultError]) -> list[type[E.MentorVaultError]]:
    found = []
    for sub in cls.__subclasses__():
        if sub.__module__ == E.__name__:
            found.append(sub)
        found.extend(_subclasses(sub))
    return found


ALL_ERRORS = sorted(set(_subclasses(E.MentorVaultError)), key=lambda c: c.__name__)


def make(cls: type[E.MentorVaultError]) -> E.MentorVaultError:
    """One error of this type, built the way its raisers build it (its own constructor or message + fields)."""
    params = inspect.signature(cls.__init__).parameters
    if "entry_ids" in params:
        return cls(entry_ids=ENTRY_IDS)  # type: ignore[call-arg]
    if "partner" in params:
        return cls(partner=FIELDS["partner"])  # type: ignore[call-arg]
    if "path" in params:
        return cls(path=FIELDS["path"])  # type: ignore[call-arg]
    return cls(None, **FIELDS)


def test_the_walk_finds_the_error_classes() -> None:
    assert len(ALL_ERRORS) >= 40 and E.NoCard in ALL_ERRORS and E.UnknownKind in ALL_ERRORS


@pytest.mark.parametrize("cls", ALL_ERRORS, ids=lambda c: c.__name__)
def test_every_error_has_the_windows_own_sentence(cls: type[E.MentorVaultError],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if cls in NEVER_IN_THE_WINDOW:
        pytest.skip("the window never shows it")
    exc = make(cls)
    plain = describe(exc)
    # Mark what goes through Errors.tr: a sentence a translator saw starts marked; the core's
    # English sentence (which some window sentences match word for word in English) does not.
    real = Context("Errors")
    monkeypatch.setattr(error_words.Errors, "tr", lambda text, disambiguation=None, n=-1:
                        "[" + real.tr(text, disambiguation, n) + "]")
    text = describe(exc)
    assert text.startswith("[") and text != str(exc), f"{cls.__name__} has no wording in mentorvault/ui/error_words.py"
    assert text.replace("[", "").replace("]", "") == plain
    assert cls in error_words.WORDS, f"{cls.__name__} borrows its parent's sentence; give it its own"
    assert "mentorvault " not in plain and "--" not in plain  # the product is "MentorVault"  # a window action, never a command


@pytest.mark.parametrize("cls", [E.NoCard, E.NotVerified, E.RelationshipEnded, E.CardKeysChanged,
                                 E.BundleReplay, E.ClosingBundleNeeded, E.PartnerExists])
def test_partner_errors_name_the_partner(cls: type[E.MentorVaultError]) -> None:
    text = describe(make(cls))
    assert "Priya" in text and "%1" not in text


def test_names_and_counts_come_from_the_errors_fields() -> None:
    assert "/home/ana/ana.mvcard" in describe(E.CardFileExists(path="/home/ana/ana.mvcard"))
    assert "/srv/v" in describe(E.VaultFolderMoved(folder="/srv/v"))
    assert describe(E.CrossRelationship(["a" * 32])).startswith("1 of these entries")
    assert describe(E.CrossRelationship(ENTRY_IDS)).startswith("3 of these entries")
    full = describe(E.InvalidSetting("full", setting="personal_words", limit=5000))
    assert "5000" in full and "%n" not in full


def test_a_field_named_like_a_method_leaves_the_method_alone() -> None:
    exc = E.InvalidPartner("Role must be one of: mentor, mentee.", field="role", allowed=("mentor", "mentee"))
    assert exc.field("field") == "role" and exc.field("allowed") == ("mentor", "mentee")
    assert describe(exc) != describe(E.InvalidPartner("x", field="rhythm_days"))


def test_the_facts_of_one_error_pick_its_sentence() -> None:
    assert describe(E.NoRollbackPending(read_only=True)) != describe(E.NoRollbackPending())
    assert describe(E.DamagedVault(backup_refused=True)) != describe(E.DamagedVault())
    assert "/b" in describe(E.DamagedVault(backups=["/b/one.mvbackup"], backups_dir="/b"))
    assert describe(E.WrongPassphrase(missing=True)) != describe(E.WrongPassphrase())


def test_a_bare_error_keeps_its_own_sentence_and_others_get_the_apology() -> None:
    assert describe(E.MentorVaultError("The passphrase file '/x' is empty.")) == "The passphrase file '/x' is empty."
    assert describe(ValueError("boom")) != "boom"


def test_a_reason_the_core_gives_keeps_its_fact_in_the_window() -> None:
    assert "changed after you reviewed it" in describe(E.ConsentError("x", reason="changed_after_review"))
    assert "do not match" in describe(E.IdentityError("x", reason="fingerprint_mismatch", partner="Priya"))
    assert "new card for Priya" in describe(E.IdentityError("x", reason="fingerprint_mismatch", partner="Priya",
                                                             new_card=True))
    unusable = describe(E.BackupError("x", reason="folder_unusable", folder="/media/usb/backups"))
    assert unusable.startswith("The backup folder /media/usb/backups cannot be used")
