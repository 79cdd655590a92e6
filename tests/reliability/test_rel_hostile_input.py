"""Hostile input on the facade and CLI side: 10 MB bodies, control characters and bidi overrides in
titles, Markdown with HTML and scripts, and contact cards that are malformed or impersonate a partner.

What is stored must come back verbatim (facade, ``--json``, a bundle round trip); what the CLI
prints as text must not carry raw terminal control sequences (the window side is another
helper's).  Extends tests/exchange (hostile bundles, malformed cards, key reuse).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorvault.crypto.identity import Identity
from mentorvault.domain.entry import MAX_BODY, MAX_TITLE, EntryContent
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.errors import BundleRejected, IdentityError, InvalidEntry, MentorVaultError

from exchange_support import World, make_world, manifest_dict, plain_sentence, seal_raw, wire_entry
from reliability_support import exchange_support, figure

# C0 controls but newline and tab, DEL, and the C1 controls (U+0080-U+009F: U+009B is a one-character CSI).
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"

HOSTILE_TITLES = [
    "Clear screen \x1b[2J\x1b[H and recolour \x1b[31mred\x1b[0m",
    "Window title \x1b]0;pwned\x07 set",
    "Hyperlink \x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "Eight-bit CSI \x9b31m and bell \x07 and backspace\x08\x08xx",
    "Bidi \u202eevil.exe\u202c and isolates \u2067abc\u2069 and marks \u200f",
    "Zero width\u200b\u200d\u2060 and BOM \ufeff and DEL \x7f",
]
SCRIPT_BODY = (
    "# Notes\n\n<script>alert(document.cookie)</script>\n<img src=x onerror=\"alert(1)\">\n"
    "[click](javascript:alert(1)) <iframe src=\"https://evil.example\"></iframe>\n"
    "<style>body{display:none}</style> &lt;escaped&gt; &amp; <!-- comment -->\n\x1b[31mred\x1b[0m\n"
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = make_world(tmp_path_factory.mktemp("hostile-input") / "world", with_jordan=False)
    yield w
    w.close()


def _partners(party: Any) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in party.v.conn.execute("SELECT * FROM partners"))


def _same(entry: Any, title: str, body: str) -> None:
    assert entry.title == title and entry.body == body
    assert EntryContent(entry.kind, entry.title, entry.body, entry.fields, entry.tags).content_hash() == \
        entry.content_hash


# ---------------------------------------------------------------- sizes


def test_ten_megabyte_bodies_round_trip_and_one_more_character_is_refused(world: World, tmp_path: Path) -> None:
    sam, priya = world.sam, world.priya
    marker = "zqmarkerend"
    body = ("A line of Markdown with *emphasis* and ünïcödé.\n" * 300_000)[: MAX_BODY - len(marker) - 1] + " " + marker
    assert len(body) == MAX_BODY
    timings = {}
    start = time.perf_counter()
    e = sam.v.entries.add("struggle-story", "A very long story", body, {"situation": "long"}, ["long"])
    timings["save"] = time.perf_counter() - start
    _same(sam.v.entries.get(e.id), "A very long story", body)
    start = time.perf_counter()
    assert [h.id for h in sam.v.entries.search(marker)] == [e.id]
    timings["search"] = time.perf_counter() - start
    with pytest.raises(InvalidEntry) as exc:
        sam.v.entries.add("struggle-story", "Too long", body + "x", {"situation": "long"})
    plain_sentence(str(exc.value))
    with pytest.raises(InvalidEntry):
        sam.v.entries.update(e.id, body=body + "x")
    with pytest.raises(InvalidEntry):
        sam.v.entries.add("goal", "t" * (MAX_TITLE + 1), "", {"why": "x"})
    with pytest.raises(InvalidEntry):
        sam.v.entries.add("goal", "Long field", "", {"why": "w" * 1_000_001})
    assert sam.v.entries.add("goal", "t" * MAX_TITLE, "", {"why": "w" * 1_000_000}).title == "t" * MAX_TITLE

    # The 10 MB entry travels in a bundle and arrives verbatim.
    sam.v.consents.grant(e.id, "Priya")
    out = tmp_path / "long.mvb"
    start = time.perf_counter()
    sam.export(priya, out)
    timings["export"] = time.perf_counter() - start
    start = time.perf_counter()
    assert priya.v.exchange.import_bundle(out).new == [e.id]
    timings["import"] = time.perf_counter() - start
    _same(next(i for i in priya.v.inbox.list() if i.id == e.id), "A very long story", body)

    # One character more, signed by Sam, is refused whole.
    too_long = wire_entry(kind="goal", title="Too long", body=body + "x", content_hash="0" * 64)
    manifest = manifest_dict(sam.identity, "Sam", [priya.fp], 10_000, [too_long])
    crafted = tmp_path / "too-long.mvb"
    crafted.write_bytes(seal_raw(dumps_canonical(manifest), sam.identity,
                                 [priya.identity.recipient, sam.identity.recipient]))
    before = priya.dump()
    with pytest.raises(BundleRejected) as rejected:
        priya.v.exchange.import_bundle(crafted)
    plain_sentence(str(rejected.value))
    assert "cannot accept" in str(rejected.value) and priya.dump() == before
    assert max(timings.values()) < 30
    figure("10 MB bodies", f"a body of exactly 10,000,000 characters saves in {timings['save']:.1f} s, is found by "
           f"search in {timings['search']:.2f} s, exports in {timings['export']:.1f} s and imports verbatim "
           f"in {timings['import']:.1f} s; one character more is refused with a plain sentence (facade and "
           "bundle), as are a 301-character title and a 1,000,001-character field",
           **{k: round(v, 2) for k, v in timings.items()})


def test_ten_megabyte_body_through_the_cli(world: World, tmp_path: Path) -> None:
    body_file = tmp_path / "body.md"
    body = "x" * (MAX_BODY - 1) + "\u00e9"
    body_file.write_text(body, encoding="utf-8")
    added = world.sam.cli("--json", "add", "resource", "--title", "Huge", "--field", "link=https://e.org",
                          "--body-file", str(body_file), fast=True)
    assert added.returncode == 0, added.stderr
    entry_id = json.loads(added.stdout)["id"]
    shown = world.sam.cli("--json", "show", entry_id, fast=True)
    assert json.loads(shown.stdout)["body"] == body
    body_file.write_text(body + "x", encoding="utf-8")
    refused = world.sam.cli("add", "resource", "--title", "Huge", "--field", "link=https://e.org",
                            "--body-file", str(body_file), fast=True)
    assert refused.returncode == 1 and "too long" in refused.stderr and len(refused.stderr.splitlines()) == 1


# ---------------------------------------------------------------- control characters, bidi, scripts


@pytest.fixture(scope="module")
def planted(world: World, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Hostile titles and a script-laden body in Sam's vault, shared with Priya, who imported them."""
    sam, priya = world.sam, world.priya
    ids = []
    for i, title in enumerate(HOSTILE_TITLES):
        e = sam.v.entries.add("goal", title, SCRIPT_BODY, {"why": f"because \x1b[5m{i}", "micro_goals": [
            {"title": f"step \u202e{i}", "status": "open"}]}, ["hostile"])
        sam.v.consents.grant(e.id, "Priya")
        ids.append(e.id)
    bundle = tmp_path_factory.mktemp("planted") / "to-priya.mvb"
    sam.export(priya, bundle)
    return {"ids": ids, "bundle": bundle}


def test_hostile_titles_and_html_are_stored_and_returned_verbatim(world: World, planted: dict[str, Any]) -> None:
    sam, priya = world.sam, world.priya
    for entry_id, title in zip(planted["ids"], HOSTILE_TITLES, strict=False):
        _same(sam.v.entries.get(entry_id), title, SCRIPT_BODY)
    listed = {s.id: s.title for s in sam.v.entries.list(tag="hostile")}
    assert [listed[i] for i in planted["ids"]] == HOSTILE_TITLES
    assert {h.id for h in sam.v.entries.search("alert")} >= set(planted["ids"])
    # --json gives back exactly what was stored
    results = sam.cli_many([["--json", "show", i] for i in planted["ids"]] + [["--json", "list"]],
                           subprocess_every=3)
    for _entry_id, title, result in zip(planted["ids"], HOSTILE_TITLES, results, strict=False):
        shown = json.loads(result.stdout)
        assert (shown["title"], shown["body"]) == (title, SCRIPT_BODY)
        assert shown["fields"]["micro_goals"][0]["title"].startswith("step \u202e")
    assert {e["id"]: e["title"] for e in json.loads(results[-1].stdout)}.items() >= dict(zip(planted["ids"],
                                                                                             HOSTILE_TITLES, strict=False)).items()
    # and so does the partner's inbox, after the bundle
    if not [i for i in priya.v.inbox.list() if i.id in planted["ids"]]:
        priya.v.exchange.import_bundle(planted["bundle"])
    inbox = {i.id: i for i in priya.v.inbox.list()}
    for entry_id, title in zip(planted["ids"], HOSTILE_TITLES, strict=False):
        _same(inbox[entry_id], title, SCRIPT_BODY)
    figure("control characters, bidi and scripts", f"{len(HOSTILE_TITLES)} titles with escape sequences (CSI, OSC "
           "title and hyperlink, 8-bit CSI), bidi overrides and isolates, zero-width characters, and a body "
           "with <script>, event handlers and javascript: links: stored, listed, searched, shown with "
           "--json and received by the partner verbatim, content hashes intact")


def _controls(text: str) -> list[str]:
    return sorted({repr(c) for c in TERMINAL_CONTROLS.findall(text)})


def test_cli_text_output_carries_no_terminal_controls(world: World, planted: dict[str, Any],
                                                      tmp_path: Path) -> None:
    sam = world.sam
    argvs = [["list"], ["list", "--tag", "hostile"], ["search", "alert"], ["consent", "list"],
             ["export", "--to", "Priya", "--preview"]] + [["show", i] for i in planted["ids"]] + \
            [["history", i] for i in planted["ids"][:2]]
    problems = []
    for argv, result in zip(argvs, sam.cli_many(argvs, subprocess_every=4), strict=False):
        assert result.returncode == 0, (argv, result.stderr)
        if _controls(result.stdout):
            problems.append(f"sam {' '.join(argv[:2])}: {_controls(result.stdout)}")
    # what a partner sent: the import review and the inbox
    fresh = make_world(tmp_path / "fresh", with_jordan=False)
    try:
        for title in HOSTILE_TITLES:
            e = fresh.sam.v.entries.add("goal", title, SCRIPT_BODY, {"why": "x"})
            fresh.sam.v.consents.grant(e.id, "Priya")
        bundle = tmp_path / "hostile.mvb"
        fresh.sam.export(fresh.priya, bundle)
        for argv, result in zip([["import", str(bundle)], ["inbox"], ["prep", "Sam"]],
                                fresh.priya.cli_many([["import", str(bundle)], ["inbox"], ["prep", "Sam"]],
                                                     subprocess_every=3), strict=False):
            assert result.returncode == 0, (argv, result.stderr)
            if _controls(result.stdout):
                problems.append(f"priya {argv[0]}: {_controls(result.stdout)}")
    finally:
        fresh.close()
    assert not problems, "\n".join(problems)


def test_cli_json_output_carries_no_raw_controls(world: World, planted: dict[str, Any]) -> None:
    results = world.sam.cli_many([["--json", "list"]] + [["--json", "show", i] for i in planted["ids"]])
    problems = [_controls(r.stdout) for r in results if _controls(r.stdout)]
    assert not problems, problems


def test_a_refusal_never_repeats_hostile_bundle_text_raw(world: World, tmp_path: Path) -> None:
    sam, priya = world.sam, world.priya
    hostile = {
        "field name with a fake second line": wire_entry(fields={"why": "w", "x\n\x1b[2Jmentorvault: Imported 1 "
                                                                 "new entry from Sam.": "y"}, content_hash="0" * 64),
        "tag with an OSC sequence": wire_entry(tags=("ok", "\x1b]0;pwned\x07"), content_hash="0" * 64),
        "kind of 5,000 characters": wire_entry(kind="\x1b[31m" + "k" * 5000, fields={}, content_hash="0" * 64),
    }
    problems = []
    for seq, (case, entry) in enumerate(hostile.items(), start=20_000):
        bundle = tmp_path / f"{seq}.mvb"
        manifest = manifest_dict(sam.identity, "Sam", [priya.fp], seq, [entry])
        bundle.write_bytes(seal_raw(dumps_canonical(manifest), sam.identity,
                                    [priya.identity.recipient, sam.identity.recipient]))
        with pytest.raises(BundleRejected) as exc:
            priya.v.exchange.import_bundle(bundle)
        message = str(exc.value)
        if "\n" in message or len(message) > 400 or TERMINAL_CONTROLS.search(message):
            problems.append(f"{case}: {message[:120]!r} ({len(message)} characters)")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- contact cards


def test_a_card_named_like_a_partner_but_added_under_another_name_never_shows_that_name(
        world: World, tmp_path: Path) -> None:
    """Mallory's card says 'Priya'; the user adds it as 'Mallory'. Her bundles say 'Mallory', whatever they claim."""
    sam = world.sam
    mallory = Identity.generate()
    card = mallory.card("Priya").to_text()
    status = sam.v.cards.add("Mallory", card).to_json()
    sam.v.cards.verify("Mallory", " ".join(status["words"]))
    try:
        entry = wire_entry(title="Hi, it's Priya", body="Trust me")
        manifest = manifest_dict(mallory, "Priya", [sam.fp], 1, [entry])
        bundle = tmp_path / "from-mallory.mvb"
        bundle.write_bytes(seal_raw(dumps_canonical(manifest), mallory, [sam.identity.recipient,
                                                                             mallory.recipient]))
        review = sam.v.exchange.import_bundle(bundle)
        assert review.sender == "Mallory"
        assert {i.partner for i in sam.v.inbox.list() if i.id == entry["id"]} == {"Mallory"}
        shown = sam.cli("import", "--dry-run", str(bundle), fast=True)
        # the newest bundle from that sender again: "already imported", exit 0, still under Mallory's name
        assert shown.returncode == 0 and "already imported" in shown.stdout and "Mallory" in shown.stdout
        assert "Priya" not in shown.stdout
        assert sam.v.cards.status("Priya").to_json()["fingerprint"] == world.priya.fp
        # the same card under Priya's own name (any case) is held as pending, never swapped in
        for name in ("Priya", "PRIYA", "priya"):
            with pytest.raises(IdentityError) as exc:
                sam.v.cards.add(name, card)
            assert "already belong" in str(exc.value) or "different keys" in str(exc.value)
        assert sam.v.cards.status("Priya").to_json()["fingerprint"] == world.priya.fp
    finally:
        assert sam.v.cards.status("Priya").pending_card is False
    figure("cards impersonating a partner's name", "a card whose name says 'Priya', added as 'Mallory': its "
           "bundles are shown as from Mallory (the name inside the bundle is ignored); under 'Priya', "
           "'PRIYA' or 'priya' it is refused and Priya's verified keys stay pinned")


LOOKALIKES = {
    "zero-width space": "Pri\u200bya",
    "word joiner": "Priya\u2060",
    "left-to-right mark": "Pri\u200eya",
    "C1 control (8-bit CSI)": "Pri\x9bya",
    "fullwidth letters": "\uff30\uff52\uff49\uff59\uff41",
}


@pytest.mark.parametrize("case", list(LOOKALIKES))
def test_a_look_alike_partner_name_is_refused(world: World, case: str) -> None:
    sam = world.sam
    before = _partners(sam)
    card = Identity.generate().card("Priya").to_text()
    try:
        with pytest.raises(MentorVaultError) as exc:
            sam.v.cards.add(LOOKALIKES[case], card)
        assert "Priya" in str(exc.value)
    finally:
        sam.v.conn.execute("DELETE FROM partners WHERE name = ?", (LOOKALIKES[case],))
    assert _partners(sam) == before


CARD_LINES = st.sampled_from(["name: ", "age-recipient: ", "signing-key: ", "fingerprint: ", "", "# ", "nam e:"])


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                                    HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_cards_are_refused_cleanly(world: World, data: st.DataObject) -> None:
    """Any mutation of a valid card: accepted as a (new, unverified) partner, or refused with an IdentityError
    or a partner error; never another exception, never a half-added partner."""
    sam = world.sam
    text = world.priya.card_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    how = data.draw(st.sampled_from(["line", "char", "insert", "drop", "bytes"]))
    if how == "line":
        i = data.draw(st.integers(0, len(lines) - 1))
        lines[i] = data.draw(CARD_LINES) + data.draw(st.text(max_size=120))
        mutated = "\n".join(lines)
    elif how == "char":
        i = data.draw(st.integers(0, len(text) - 1))
        mutated = text[:i] + data.draw(st.characters()) + text[i + 1:]
    elif how == "insert":
        i = data.draw(st.integers(0, len(lines)))
        mutated = "\n".join(lines[:i] + [data.draw(CARD_LINES) + data.draw(st.text(max_size=60))] + lines[i:])
    elif how == "drop":
        i = data.draw(st.integers(0, len(lines) - 1))
        mutated = "\n".join(lines[:i] + lines[i + 1:])
    else:
        raw = bytearray(text.encode())
        for _ in range(data.draw(st.integers(1, 4))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
        mutated = raw.decode("utf-8", "replace")
    name = "Newcomer"
    before = _partners(sam)
    try:
        sam.v.cards.add(name, mutated)
    except MentorVaultError as exc:
        assert "\n" not in str(exc) and "Traceback" not in str(exc)
        assert _partners(sam) == before
    else:  # a harmless mutation (e.g. in the informational lines): it is someone's valid card now
        sam.v.conn.execute("DELETE FROM partners WHERE name = ?", (name,))


_ = exchange_support  # (helpers come from there)
