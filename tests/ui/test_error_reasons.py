"""An error raised for several cases names its case (``reason``), and the window words each case apart.

The source is read, not run: every place the core builds an error with a ``reason`` names a reason its
class declares and the window words; a class that needs a reason is never built without one.  Then real
refusals through the facade (a bundle cut on the way, a forged one, an entry too long ...) show the
sentence of their own case, in English and in German.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mentorvault import errors as E
from mentorvault.crypto import keyslots
from mentorvault.errors import BundleRejected, ConsentError, IdentityError, InvalidEntry
from mentorvault.ui import error_words, language
from mentorvault.ui.errors import describe
from mentorvault.ui.wording import Context

from exchange_support import HEADER, World, encrypt_plaintext, make_world, open_plaintext, seal_raw

PACKAGE = Path(E.__file__).resolve().parent
CLASSES = {cls.__name__: cls for cls in vars(E).values()
           if isinstance(cls, type) and issubclass(cls, E.MentorVaultError)}

# Where a reason is computed rather than written out, and every value it can take.
COMPUTED_REASONS = {
    ("crypto/keyslots.py", "DamagedKeySlots"): set(keyslots.SLOT_REASONS.values()) | {"slot_malformed"},
    # the export dialog words the reason notes_out's target checks gave (ui/logic/notes_out.target_problem)
    ("ui/notes_out_dialog.py", "NotesExportError"): {"not_empty", "is_file", "is_folder", "exists", "no_parent"},
}


def declaring(cls: type[E.MentorVaultError]) -> type[E.MentorVaultError]:
    """The class whose ``reasons`` an error of ``cls`` takes (itself, or the nearest parent that declares)."""
    return next(k for k in cls.__mro__ if "reasons" in vars(k))


@dataclass(frozen=True)
class Built:
    """One place the core builds an error: ``BundleRejected(...)``, or ``super().__init__(...)`` in errors.py."""

    where: str
    cls: type[E.MentorVaultError]
    reason: ast.expr | None


def built_in(source: str, where: str) -> Iterator[Built]:
    tree = ast.parse(source)
    owner: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                owner.setdefault(inner, node.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if (name == "__init__" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call)
                and getattr(func.value.func, "id", None) == "super"):
            name = owner.get(node)  # a subclass in errors.py passing its own reason up
        if name not in CLASSES:
            continue
        reason = next((k.value for k in node.keywords if k.arg == "reason"), None)
        yield Built(f"{where}:{node.lineno}", CLASSES[name], reason)


def core_builds() -> list[Built]:
    """Every place under mentorvault/ (the window's own checks included) that builds an error."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        found.extend(built_in(path.read_text(encoding="utf-8"), rel))
    return found


BUILDS = core_builds()


def missing_reasons(builds: list[Built]) -> list[str]:
    """Where a class that needs a reason is built without one."""
    return [f"{b.where}: {b.cls.__name__} without a reason" for b in builds
            if vars(b.cls).get("reason_required") and b.reason is None]


def reason_problems(builds: list[Built]) -> list[str]:
    """Reasons a class does not declare, or written so that no one can check them."""
    problems = []
    for b in builds:
        if b.reason is None:
            continue
        declared = declaring(b.cls).reasons
        if isinstance(b.reason, ast.Constant) and isinstance(b.reason.value, str):
            if b.reason.value not in declared:
                problems.append(f"{b.where}: {b.cls.__name__} reason {b.reason.value!r} is not in its reasons")
        else:
            computed = COMPUTED_REASONS.get((b.where.split(":")[0], b.cls.__name__))
            if computed is None:
                problems.append(f"{b.where}: {b.cls.__name__} takes a computed reason; write it out")
            elif not computed <= declared:
                problems.append(f"{b.where}: {sorted(computed - declared)} not in {b.cls.__name__}'s reasons")
    return problems


def test_the_walk_finds_the_raise_sites() -> None:
    counts: dict[str, int] = {}
    for b in BUILDS:
        counts[b.cls.__name__] = counts.get(b.cls.__name__, 0) + 1
    assert counts["BundleRejected"] >= 30 and counts["IdentityError"] >= 20 and counts["InvalidEntry"] >= 25
    assert counts["ConsentError"] >= 3 and counts["BackupError"] >= 8


def test_the_checks_catch_a_missing_or_unknown_reason() -> None:
    """The two checks below would fail on code that breaks the rule (and pass on code that keeps it)."""
    bad = list(built_in("raise BundleRejected('x')\nraise E.IdentityError('y', reason='no_such_case')\n"
                        "raise ConsentError('z', reason=why)\n", "sample.py"))
    assert missing_reasons(bad) == ["sample.py:1: BundleRejected without a reason"]
    assert reason_problems(bad) == ["sample.py:2: IdentityError reason 'no_such_case' is not in its reasons",
                                    "sample.py:3: ConsentError takes a computed reason; write it out"]
    good = list(built_in("raise BundleRejected('x', reason='tampered')\nraise DamagedVault()\n", "sample.py"))
    assert missing_reasons(good) == reason_problems(good) == []


def test_a_class_that_needs_a_reason_is_never_raised_without_one() -> None:
    assert missing_reasons(BUILDS) == []
    required = {name for name, cls in CLASSES.items() if vars(cls).get("reason_required")}
    assert {"BundleRejected", "IdentityError", "InvalidEntry", "ConsentError", "BackupError"} <= required


def test_every_reason_in_the_code_is_declared() -> None:
    assert reason_problems(BUILDS) == []


def test_every_reason_in_the_code_has_the_windows_own_sentence() -> None:
    used: set[tuple[type[E.MentorVaultError], str]] = set()
    for b in BUILDS:
        if isinstance(b.reason, ast.Constant):
            used.add((declaring(b.cls), b.reason.value))
    for (_file, name), values in COMPUTED_REASONS.items():
        used |= {(declaring(CLASSES[name]), value) for value in values}
    assert len(used) >= 60
    missing = sorted(f"{cls.__name__}: {reason}" for cls, reason in used
                     if reason not in error_words.REASONS.get(cls, {}))
    assert not missing, "no wording in mentorvault/ui/error_words.py REASONS for:\n" + "\n".join(missing)


# Facts as the raisers give them, for building one error per reason.
FACTS: dict[str, Any] = {
    "path": "/home/ana/Downloads/sam.mvbundle", "partner": "Priya", "folder": "/media/usb/backups",
    "fresh": "/b/auto-2026-03-14.mvbackup", "limit": 7, "limit_mib": 64, "limit_kib": 8, "label": "Why",
    "field": "why", "minimum": 1, "maximum": 5, "entry_id": "0123abcd", "slot_type": "passphrase",
}


def one_of_each() -> list[tuple[type[E.MentorVaultError], str]]:
    return sorted(((cls, reason) for cls in CLASSES.values() if "reasons" in vars(cls) for reason in cls.reasons),
                  key=lambda pair: (pair[0].__name__, pair[1]))


def build(cls: type[E.MentorVaultError], reason: str | None) -> E.MentorVaultError:
    """An error of ``cls`` for ``reason`` (None: the class's general case, without a slot's facts)."""
    if reason is None:
        return cls("The core's English sentence.", **{k: v for k, v in FACTS.items() if k != "slot_type"})
    problem = reason.removeprefix("slot_")  # a key slot's problem, as DamagedKeySlots carries it
    return cls("The core's English sentence.", **FACTS, problem=problem, reason=reason)


@pytest.mark.parametrize(("cls", "reason"), one_of_each(), ids=lambda v: getattr(v, "__name__", v))
def test_each_declared_reason_has_a_translated_sentence_of_its_own(cls: type[E.MentorVaultError], reason: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    plain = describe(build(cls, reason))
    assert reason in error_words.REASONS.get(cls, {}), f"{cls.__name__}: {reason} has no wording"
    assert plain != describe(build(cls, None)), f"{cls.__name__}: {reason} shows the general sentence"
    assert "%1" not in plain and "%n" not in plain and "The core's English" not in plain
    real = Context("Errors")
    monkeypatch.setattr(error_words.Errors, "tr", lambda text, disambiguation=None, n=-1:
                        "[" + real.tr(text, disambiguation, n) + "]")
    assert describe(build(cls, reason)).startswith("["), f"{cls.__name__}: {reason} is not translatable"


def test_the_reasons_of_one_class_read_differently() -> None:
    for cls in {cls for cls, _reason in one_of_each()}:
        texts = {reason: describe(build(cls, reason)) for reason in cls.reasons}
        assert len(set(texts.values())) == len(texts), f"{cls.__name__}: two reasons share a sentence: {texts}"


# ---------------------------------------------------------------- real refusals through the facade


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = make_world(tmp_path_factory.mktemp("reasons"), with_jordan=False)
    entry = w.sam.v.entries.add("goal", "Speak at the guild", "Why it matters.")
    w.sam.v.consents.grant(entry.id, "Priya")
    w.sam.export(w.priya, w.root / "sam-to-priya.mvbundle")
    try:
        yield w
    finally:
        w.close()


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    language.install("de")
    yield
    language.uninstall()


def refusal(world: World, data: bytes) -> BundleRejected:
    path = world.root / "changed.mvbundle"
    path.write_bytes(data)
    with pytest.raises(BundleRejected) as info:
        world.priya.v.exchange.import_bundle(path)
    return info.value


def cut_on_the_way(world: World) -> bytes:
    """The real bundle, decrypted and cut after its header and part of the signature, then encrypted to
    Priya again: anyone who can write to Priya can do this; nobody can sign it as Sam."""
    bundle = (world.root / "sam-to-priya.mvbundle").read_bytes()
    _manifest_bytes, signature = open_plaintext(bundle, world.priya.identity)
    return encrypt_plaintext(HEADER + signature[:40], [world.priya.identity.recipient])


def test_a_bundle_cut_on_the_way_is_worded_as_tampered(world: World) -> None:
    exc = refusal(world, cut_on_the_way(world))
    assert exc.field("reason") == "tampered"
    assert str(exc) == "This bundle is damaged or has been tampered with. Ask your partner to export it again."
    text = describe(exc)
    assert text.startswith("This bundle is damaged or was changed after your partner made it; nothing was stored.")
    assert text != describe(BundleRejected("x"))


def test_a_tampered_bundle_is_worded_in_german(world: World, german: None) -> None:
    text = describe(refusal(world, cut_on_the_way(world)))
    assert text.startswith("Dieses Paket ist beschädigt oder wurde verändert"), text


def test_a_bundle_signed_by_someone_else_is_worded_as_forged(world: World) -> None:
    from mentorvault.crypto.identity import Identity

    bundle = (world.root / "sam-to-priya.mvbundle").read_bytes()
    manifest_bytes, _signature = open_plaintext(bundle, world.priya.identity)
    changed = manifest_bytes.replace(b"Speak at the guild", b"Speak at the guilt")
    forged = seal_raw(changed, Identity.generate(), [world.priya.identity.recipient], drafts=False)
    exc = refusal(world, forged)
    assert exc.field("reason") == "bad_signature"
    assert "altered or forged" in describe(exc) and "Nothing was stored" in describe(exc)


def test_a_damaged_file_is_worded_apart_from_a_tampered_one(world: World) -> None:
    bundle = bytearray((world.root / "sam-to-priya.mvbundle").read_bytes())
    bundle[len(bundle) // 2] ^= 0x10
    exc = refusal(world, bytes(bundle))
    assert exc.field("reason") == "cannot_decrypt"
    assert describe(exc).startswith("This bundle could not be decrypted")
    assert describe(exc) != describe(refusal(world, cut_on_the_way(world)))


def test_the_missing_file_names_its_path(world: World) -> None:
    gone = world.root / "no-such.mvbundle"
    with pytest.raises(BundleRejected) as info:
        world.priya.v.exchange.import_bundle(gone)
    assert info.value.field("reason") == "no_file" and str(gone) in describe(info.value)


def test_a_card_and_an_entry_and_a_revocation_each_say_their_own_case(world: World) -> None:
    with pytest.raises(IdentityError) as own:
        world.sam.v.cards.add("Me", world.sam.card_path.read_text(encoding="utf-8"))
    assert own.value.field("reason") == "own_card" and "your own contact card" in describe(own.value)

    with pytest.raises(InvalidEntry) as long:
        world.sam.v.entries.add("goal", "x" * 5000)
    assert long.value.field("reason") == "too_long"
    limit = long.value.field("limit")
    assert describe(long.value) == (f"The field “Title” is too long: it takes at most {limit} characters. "
                                    "Shorten it, then save again.")

    mine = world.priya.v.entries.add("goal", "Only mine")
    with pytest.raises(ConsentError) as never:
        world.priya.v.consents.revoke(mine.id, "Sam")
    assert never.value.field("reason") == "never_shared"
    assert describe(never.value) == "That entry was never shared with Sam, so there is nothing to revoke."


def test_an_entry_field_is_named_by_its_label_in_german(world: World, german: None) -> None:
    with pytest.raises(InvalidEntry) as long:
        world.sam.v.entries.add("goal", "x" * 5000)
    text = describe(long.value)
    assert text.startswith("Das Feld „Titel“ ist zu lang") and str(long.value.field("limit")) in text


def test_a_folder_as_the_bundle_file_and_a_damaged_shipped_file_are_worded_in_the_window(qapp: object) -> None:
    """Both were bare MentorVaultErrors: the window showed the core's English sentence."""
    from mentorvault import errors as E
    from mentorvault.resources import ResourceError
    from mentorvault.ui.errors import describe

    folder = E.BundleTargetIsFolder("'/tmp/x' is a folder. Give a file name for the bundle.", path="/tmp/x")
    assert describe(folder).startswith("/tmp/x is a folder") and "bundle" in describe(folder)
    damaged = ResourceError("The shipped file 'x.json' is missing. Reinstall MentorVault.")
    assert "Install MentorVault again" in describe(damaged) and "x.json" not in describe(damaged)
