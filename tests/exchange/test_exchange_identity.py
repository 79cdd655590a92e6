"""Identity and partners at the vault level: cards, verification, key changes, impostors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exchange_support import Party, manifest_of, one_line_error, plain_sentence
from mentorvault.crypto.fingerprint import fingerprint_digits, fingerprint_words
from mentorvault.crypto.identity import ContactCard
from mentorvault.errors import BundleRejected, IdentityError


def test_card_round_trip_through_the_facade(tmp_path: Path) -> None:
    sam, priya = Party.create("Sam", tmp_path), Party.create("Priya", tmp_path)
    try:
        card = ContactCard.from_text(sam.card_path.read_text())
        assert card.name == "Sam"
        assert card.recipient == sam.identity.recipient
        assert card.signing_key == sam.identity.signing_public
        assert sam.v.identity.display_name() == "Sam"
        status = priya.knows(sam, verify=False)
        assert status["name"] == "Sam" and status["has_card"] and not status["verified"]
        assert status["fingerprint"] == sam.identity.fingerprint.hex()
        assert status["words"] == fingerprint_words(sam.identity.fingerprint)
        assert status["words"] == sam.v.identity.fingerprint().words
        assert priya.v.cards.card("Sam") == card
        assert priya.v.cards.verify("Sam", " ".join(status["words"])).verified
    finally:
        sam.close()
        priya.close()


def test_card_round_trip_through_the_cli(tmp_path: Path) -> None:
    sam, priya = Party.create("Sam", tmp_path), Party.create("Priya", tmp_path)
    try:
        card_file = tmp_path / "sam-from-cli.card"
        r = sam.cli("card", "export", str(card_file), "--name", "Sam Rivera", "--json")
        assert r.returncode == 0, r.stderr
        info = json.loads(r.stdout)
        assert info["name"] == "Sam Rivera" and info["fingerprint"] == sam.identity.fingerprint.hex()
        text = card_file.read_text()
        assert "AGE-SECRET-KEY" not in text.upper() and "signing_private" not in text  # public keys only
        assert card_file.stat().st_mode & 0o777 == 0o644

        r = sam.cli("identity", "--json", fast=True)
        assert r.returncode == 0, r.stderr
        ident = json.loads(r.stdout)
        assert ident["name"] == "Sam Rivera" and ident["words"] == info["words"]

        r = priya.cli("partner", "add", "Sam", "--card", str(card_file), "--role", "mentor", "--json",
                      fast=True)
        assert r.returncode == 0, r.stderr
        added = json.loads(r.stdout)
        assert added["words"] == info["words"] and added["verified"] is False

        r = priya.cli("partner", "verify", "Sam", "--fingerprint", " ".join(info["words"]), fast=True)
        assert r.returncode == 0, r.stderr
        r = priya.cli("partner", "show", "Sam", "--json", fast=True)
        assert r.returncode == 0, r.stderr
        shown = json.loads(r.stdout)
        assert shown["verified"] is True and shown["role"] == "mentor"
        assert priya.v.cards.card("Sam") == ContactCard.from_text(text)
        assert priya.v.cards.card("Sam").name == "Sam Rivera"
    finally:
        sam.close()
        priya.close()


def _one_word_wrong(words: list[str]) -> str:
    wrong = list(words)
    wrong[4] = "abandon" if wrong[4] != "abandon" else "ability"
    return " ".join(wrong)


def test_verify_only_on_a_match(tmp_path: Path) -> None:
    sam, priya = Party.create("Sam", tmp_path), Party.create("Priya", tmp_path)
    try:
        status = priya.knows(sam, verify=False)
        fp = sam.identity.fingerprint
        for bad in (_one_word_wrong(status["words"]), " ".join(status["words"][:8]), "", "0" * 30,
                    " ".join(fingerprint_words(priya.identity.fingerprint))):
            with pytest.raises(IdentityError) as exc:
                priya.v.cards.verify("Sam", bad)
            plain_sentence(str(exc.value))
            assert priya.v.cards.status("Sam").verified is False
        # digits, in odd spacing, are accepted
        digits = fingerprint_digits(fp)
        assert priya.v.cards.verify("Sam", "  " + digits.replace(" ", "-") + " ").verified is True
    finally:
        sam.close()
        priya.close()


def test_verify_accepts_words_ignoring_case_and_commas(pair) -> None:
    priya, sam = pair.priya, pair.sam
    # pair verified already; re-verifying with a messy spelling keeps it verified
    words = fingerprint_words(sam.identity.fingerprint)
    assert priya.v.cards.verify("Sam", ", ".join(w.upper() for w in words)).verified


def test_cli_verify_with_one_wrong_word_fails(tmp_path: Path) -> None:
    sam, priya = Party.create("Sam", tmp_path), Party.create("Priya", tmp_path)
    try:
        status = priya.knows(sam, verify=False)
        wrong = _one_word_wrong(status["words"])
        msg = one_line_error(priya.cli("partner", "verify", "Sam", "--fingerprint", wrong, fast=True))
        assert "do not match" in msg
        assert priya.v.cards.status("Sam").verified is False
        r = priya.cli("partner", "verify", "Sam", "--fingerprint", status["digits"], fast=True)
        assert r.returncode == 0, r.stderr
        assert priya.v.cards.status("Sam").verified is True
    finally:
        sam.close()
        priya.close()


def test_a_new_card_with_other_keys_stays_pending_until_its_new_words_are_verified(
        pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    old_fp = priya.fp
    # Priya "makes a new vault": same name, new keys.
    priya2 = Party.create("Priya", tmp_path / "new-laptop")
    try:
        priya2.knows(sam)
        with pytest.raises(IdentityError) as exc:
            sam.v.cards.add("Priya", priya2.card_path.read_text())
        message = str(exc.value)
        assert message.startswith("Warning") and "different keys" in message
        status = sam.v.cards.status("Priya").to_json()
        assert status["pending_card"] is True
        assert status["fingerprint"] == old_fp and status["verified"] is True  # the old pin stays
        assert status["pending"]["fingerprint"] == priya2.fp
        # the CLI says the same in one line, and shows the pending card
        assert one_line_error(sam.cli("partner", "add", "Priya", "--card", str(priya2.card_path),
                                      fast=True)).startswith("Warning")
        shown = sam.cli("partner", "show", "Priya", fast=True)
        assert shown.returncode == 0 and "NEW card" in shown.stdout

        # Until verified, Sam's bundles still go to the OLD keys only ...
        entry = sam.v.entries.add("goal", "Pending-card test")
        sam.v.consents.grant(entry.id, "Priya")
        sam.export(priya, tmp_path / "to-old.mvb")
        assert manifest_of(tmp_path / "to-old.mvb", priya.identity)["recipients"] == [old_fp]
        # ... and nothing from the new keys is accepted.
        e2 = priya2.v.entries.add("agenda", "From the new vault", fields={"meeting_date": "2026-04-01"})
        priya2.v.consents.grant(e2.id, "Sam")
        priya2.export(sam, tmp_path / "from-new.mvb")
        before = sam.dump()
        with pytest.raises(BundleRejected) as rej:
            sam.v.exchange.import_bundle(tmp_path / "from-new.mvb")
        plain_sentence(str(rej.value))
        assert sam.dump() == before

        # The OLD words do not verify the new card; nothing changes.
        with pytest.raises(IdentityError):
            sam.v.cards.verify("Priya", " ".join(fingerprint_words(bytes.fromhex(old_fp))))
        assert sam.dump() == before
        with pytest.raises(BundleRejected):
            sam.v.exchange.import_bundle(tmp_path / "from-new.mvb")

        # The NEW words do; afterwards the new keys' bundles import and the old ones do not.
        status = sam.v.cards.verify("Priya", " ".join(fingerprint_words(bytes.fromhex(priya2.fp)))).to_json()
        assert status["verified"] and not status["pending_card"] and status["fingerprint"] == priya2.fp
        review = sam.v.exchange.import_bundle(tmp_path / "from-new.mvb")
        assert review.new == [e2.id]
        assert [e.title for e in sam.v.inbox.list("Priya")] == ["From the new vault"]
        e3 = priya.v.entries.add("goal", "From the old vault")
        priya.v.consents.grant(e3.id, "Sam")
        priya.export(sam, tmp_path / "from-old.mvb")
        with pytest.raises(BundleRejected):
            sam.v.exchange.import_bundle(tmp_path / "from-old.mvb")
        # and exports now go to the new keys
        sam.export(priya, tmp_path / "to-new.mvb")
        assert manifest_of(tmp_path / "to-new.mvb", priya2.identity)["recipients"] == [priya2.fp]
    finally:
        priya2.close()


def test_a_card_reusing_another_partners_keys_is_refused(trio) -> None:
    sam = trio.sam
    before = sam.dump()
    with pytest.raises(IdentityError) as exc:
        sam.v.cards.add("Not Priya", trio.priya.card_path.read_text())
    assert "already belong" in str(exc.value)
    # a renamed copy of Priya's card, given for Jordan, is refused too
    renamed = trio.priya.card_path.read_text().replace("name: Priya", "name: Jordan")
    with pytest.raises(IdentityError):
        sam.v.cards.add("Jordan", renamed)
    assert sam.dump() == before
    assert sam.v.cards.status("Jordan").to_json()["fingerprint"] == trio.jordan.fp


def test_importing_your_own_card_is_refused(pair, tmp_path: Path) -> None:
    sam = pair.sam
    before = sam.dump()
    with pytest.raises(IdentityError) as exc:
        sam.v.cards.add("Me", sam.card_path.read_text())
    assert "your own" in str(exc.value)
    assert sam.dump() == before
    msg = one_line_error(sam.cli("partner", "add", "Myself", "--card", str(sam.card_path), fast=True))
    assert "your own" in msg
    assert [p.name for p in sam.v.partners.list()] == ["Priya"]


MALFORMED_CARDS: dict[str, bytes] = {
    "empty": b"",
    "no-header": b"name: X\nage-recipient: age1xyz\nsigning-key: AAAA\n",
    "binary": bytes(range(256)) * 4,
    "not-utf8": b"MentorVault contact card v1\nname: \xff\xfe\n",
    "unknown-line": b"MentorVault contact card v1\nname: X\nemail: x@example.org\n",
    "missing-key": b"MentorVault contact card v1\nname: X\n",
    "too-large": b"MentorVault contact card v1\n" + b"# " + b"x" * 9000 + b"\n",
    "huge": b"x" * (70 * 1024),
}


def _mutated_card(card_text: str, old: str, new: str) -> bytes:
    assert old in card_text
    return card_text.replace(old, new).encode()


def _malformed_card_files(folder: Path, good: str, card: ContactCard, other_words: str) -> dict[str, Path]:
    folder.mkdir()
    signing_b64 = good.split("signing-key: ")[1].split("\n")[0]
    contents = dict(MALFORMED_CARDS)
    contents.update({
        "bad-base64": _mutated_card(good, signing_b64, signing_b64[:-2] + "!!"),
        "short-key": _mutated_card(good, signing_b64, "AAAA"),
        "bad-recipient": _mutated_card(good, card.recipient, card.recipient[:-3] + "qqq"),
        "wrong-fingerprint": _mutated_card(good, " ".join(fingerprint_words(card.fingerprint)), other_words),
        "duplicate-name": _mutated_card(good, "name: Priya\n", "name: Priya\nname: Eve\n"),
        "bidi-name": _mutated_card(good, "name: Priya", "name: Pri\u202eya"),
        "nul-in-name": _mutated_card(good, "name: Priya", "name: Pri\x00ya"),
    })
    paths = {}
    for case, raw in contents.items():
        paths[case] = folder / f"{case}.card"
        paths[case].write_bytes(raw)
    paths["missing-file"] = folder / "missing.card"
    paths["directory"] = folder / "a-folder.card"
    paths["directory"].mkdir()
    return paths


def test_malformed_cards_via_cli_exit_1_with_one_line(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    files = _malformed_card_files(tmp_path / "cards", priya.card_path.read_text(), priya.card,
                                  " ".join(fingerprint_words(sam.identity.fingerprint)))
    # every card is also refused by the facade, with a plain sentence
    for case, path in files.items():
        if path.is_file():
            with pytest.raises(IdentityError) as exc:
                sam.v.cards.add("Newcomer", path.read_bytes().decode("utf-8", "replace"))
            plain_sentence(str(exc.value))
    before = sam.dump()
    cases = list(files)
    results = sam.cli_many([["partner", "add", "Newcomer", "--card", str(files[c])] for c in cases],
                           subprocess_every=5)
    problems = []
    for case, result in zip(cases, results):
        try:
            one_line_error(result)
        except AssertionError as exc:
            problems.append(f"{case}: {exc}")
    assert not problems, "\n".join(problems)
    assert sam.dump() == before
    assert "Newcomer" not in [p.name for p in sam.v.partners.list()]
