"""The exchange in the desktop app: consent with preview, export preview, import review, inbox, prep, co-signing.

Real vaults on disk (Sam and Priya, cards exchanged and verified through the
facade), the real window, and the recording dialog service driving each dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtWidgets import QDialog
from uihelpers import PASSPHRASE, in_vault, wait_idle

from mentorvault.ui.consent import ShareDialog
from mentorvault.ui.entrylist import EntryListModel
from mentorvault.ui.exchange_dialogs import ExportPreviewDialog, ImportReviewDialog, SeenDialog
from mentorvault.ui.identity import MyCardDialog, VerifyDialog
from mentorvault.ui.prep import PrepDialog
from mentorvault.ui.sidebar import Target
from mentorvault.vault import Vault


# ---------------------------------------------------------------- helpers

PROMPT = {"prompt": "What did I learn?"}


def _pair(tmp_path: Path, keyring: Any, verify: bool = True) -> tuple[Vault, Vault]:
    """Sam and Priya, each with the other's card (verified unless told otherwise); both left open."""
    sam, _ = Vault.create(tmp_path / "sam", PASSPHRASE, secret_store=keyring)
    priya, _ = Vault.create(tmp_path / "priya", PASSPHRASE, secret_store=keyring)
    sam.identity.export_card(tmp_path / "sam.mvcard", name="Sam")
    priya.identity.export_card(tmp_path / "priya.mvcard", name="Priya")
    if verify:
        st = sam.cards.add("Priya", (tmp_path / "priya.mvcard").read_text(), role="mentee").to_json()
        sam.cards.verify("Priya", " ".join(st["words"]))
        st = priya.cards.add("Sam", (tmp_path / "sam.mvcard").read_text(), role="mentor").to_json()
        priya.cards.verify("Sam", " ".join(st["words"]))
    return sam, priya


def _dispatch(dialogs: Any, **handlers: Callable[[Any], bool]) -> None:
    """Answer each dialog by its class name; anything else is cancelled."""

    def on_dialog(dialog: QDialog) -> bool:
        handler = handlers.get(type(dialog).__name__)
        return bool(handler(dialog)) if handler else False

    dialogs.on_dialog = on_dialog


def _row_of(ws: Any, entry_id: str) -> Any:
    model = ws.list_model
    return model.index(model.row_of(entry_id))


def _open(qtbot: Any, services: Any, ws: Any, entry_id: str) -> None:
    ws.list_view.select_entry(entry_id, notify=True)
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: ws.editor.current_id == entry_id and ws.editor.state == "saved", timeout=10000)


def _partner_page(qtbot: Any, services: Any, ws: Any, name: str) -> None:
    p = next(p for p in ws.partners if p.name == name)
    ws.sidebar.choose(Target("entries", partner_id=p.id))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: ws.banner.info is not None and ws.banner.info.partner.id == p.id, timeout=10000)


# ---------------------------------------------------------------- consent with preview


def test_share_dialog_previews_pins_the_hash_flags_changes_and_revokes(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    entry = sam.entries.add("struggle-story", "Freezing in critiques", "I go **quiet** when the room turns.",
                          {"situation": "Design critique on Tuesday", "what_i_learned": "Writing notes first"},
                          ["critique"], "Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _open(qtbot, services, ws, entry.id)
    assert ws.list_model.index(ws.list_model.row_of(entry.id)).data(EntryListModel.ShareRole) == ""
    qtbot.waitUntil(lambda: ws.editor.sharing_label.text() == "Not shared with anyone.", timeout=5000)

    seen: dict[str, Any] = {}

    def share(d: ShareDialog) -> bool:
        qtbot.waitUntil(lambda: d.loaded, timeout=10000)
        text = d.preview.toPlainText()
        seen["preview"] = text
        seen["read_only"] = d.preview.isReadOnly()
        assert d.confirm.isHidden()
        d.boxes["Priya"].setChecked(True)
        seen["button"] = d.confirm.text()
        seen["notice"] = d.notice.text()
        d.confirm.click()
        qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=10000)
        return True

    _dispatch(dialogs, ShareDialog=share)
    ws.editor.share_button.click()
    wait_idle(qtbot, services)
    # Exactly what leaves: every field, the tags and the body
    for part in ("Freezing in critiques", "Design critique on Tuesday", "Writing notes first", "#critique",
                 "quiet"):
        assert part in seen["preview"]
    assert seen["read_only"]
    assert seen["button"] == "Share this version with Priya"
    infos = in_vault(w, lambda v: v.consents.list(entry_id=entry.id))
    assert [(c.partner, c.state) for c in infos] == [("Priya", "current")]
    assert infos[0].content_hash == in_vault(w, lambda v: v.entries.get(entry.id)).content_hash
    qtbot.waitUntil(lambda: _row_of(ws, entry.id).data(EntryListModel.ShareRole) == "shared", timeout=5000)
    assert "Shared with Priya" in _row_of(ws, entry.id).data(0x03)  # tooltip
    assert "Shared with Priya" in ws.editor.sharing_label.text()

    # Editing the entry leaves the consent behind: "changed since consent", in the list and the editor
    ws.editor.body_edit.setPlainText("I go quiet when the room turns. Added: and I blush.")
    ws.editor.save_now()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: _row_of(ws, entry.id).data(EntryListModel.ShareRole) == "changed", timeout=5000)
    assert "Changed since Priya consented" in _row_of(ws, entry.id).data(0x03)
    assert "Changed since" in ws.editor.sharing_label.text()
    assert ws.editor.sharing_label.property("role") == "inline-error"
    assert in_vault(w, lambda v: v.consents.list(entry_id=entry.id))[0].state == "changed since consent"

    # Unticking revokes, with the honest sentence
    def revoke(d: ShareDialog) -> bool:
        qtbot.waitUntil(lambda: d.loaded, timeout=10000)
        seen["state"] = d.state_labels["Priya"].text()
        assert d.boxes["Priya"].isChecked()
        d.boxes["Priya"].setChecked(False)
        seen["button"] = d.confirm.text()
        seen["notice"] = d.notice.text()
        d.confirm.click()
        qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=10000)
        return True

    _dispatch(dialogs, ShareDialog=revoke)
    ws.editor.share_button.click()
    wait_idle(qtbot, services)
    assert "changed since consent" in seen["state"]
    assert seen["button"] == "Stop sharing with Priya"
    assert "Their app will be asked to delete its copy; a copy they already read cannot be taken back." \
        in seen["notice"]
    assert in_vault(w, lambda v: v.consents.list(entry_id=entry.id))[0].state == "revoked"
    qtbot.waitUntil(lambda: _row_of(ws, entry.id).data(EntryListModel.ShareRole) == "revoked", timeout=5000)


def test_share_refuses_a_version_changed_after_the_preview(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    entry = sam.entries.add("reflection", "What I learned", "First version.", PROMPT, partner="Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _open(qtbot, services, ws, entry.id)
    seen: dict[str, Any] = {}

    def share(d: ShareDialog) -> bool:
        qtbot.waitUntil(lambda: d.loaded, timeout=10000)
        d.boxes["Priya"].setChecked(True)
        d.session._vault.entries.update(entry.id, body="Changed behind the preview.")  # type: ignore[union-attr]
        d.confirm.click()
        qtbot.waitUntil(lambda: not d.error.isHidden(), timeout=5000)
        seen["error"] = d.error.text()
        return d.result() == QDialog.DialogCode.Accepted

    _dispatch(dialogs, ShareDialog=share)
    ws.editor.share_button.click()
    wait_idle(qtbot, services)
    assert "changed after you reviewed it" in seen["error"]
    assert in_vault(w, lambda v: v.consents.list(entry_id=entry.id)) == []


# ---------------------------------------------------------------- cards and verification


def test_add_card_and_verify_with_a_mismatch_first(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring, verify=False)
    sam.partners.add("Priya", "mentee")
    words = priya.identity.fingerprint().words
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    assert ws.banner.card_state == "no card"
    assert not ws.banner.bundle_button.isEnabled()
    seen: dict[str, Any] = {}

    def verify(d: VerifyDialog) -> bool:
        seen["shown"] = list(d.fingerprint.words)
        seen["qr"] = not d.fingerprint.qr.pixmap().isNull()
        seen["digits"] = d.fingerprint.digits.text()
        d.typed.setText(" ".join(reversed(words)))
        d.ok.click()
        qtbot.waitUntil(lambda: not d.error.isHidden(), timeout=5000)
        seen["error"] = d.error.text()
        d.typed.setText(" ".join(words))
        d.ok.click()
        qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=5000)
        return True

    _dispatch(dialogs, VerifyDialog=verify)
    dialogs.paths.append(tmp_path / "priya.mvcard")
    ws.banner.card_button.click()  # "Add their card…", then straight to verifying it
    wait_idle(qtbot, services)
    assert seen["shown"] == words
    assert seen["qr"]
    assert len(seen["digits"].replace(" ", "")) == 30
    assert "do not match" in seen["error"]
    qtbot.waitUntil(lambda: ws.banner.card_state == "verified", timeout=5000)
    assert "Card verified on" in ws.banner.card_notice.label.text()
    assert ws.banner.bundle_button.isEnabled()


def test_my_contact_card_dialog_shows_words_and_saves_the_card(
        unlocked: Any, vault_folder: Path, tmp_path: Path, qtbot: Any, services: Any, dialogs: Any) -> None:
    w = unlocked(vault_folder)
    out = tmp_path / "me.mvcard"
    seen: dict[str, Any] = {}

    def card(d: MyCardDialog) -> bool:
        qtbot.waitUntil(lambda: len(d.fingerprint.words) == 9, timeout=5000)
        seen["groups"] = [g.text() for g in d.fingerprint.groups]
        d.name.setText("Sam Rivera")
        dialogs.paths.append(out)
        d.save_button.click()
        qtbot.waitUntil(lambda: not d.message.isHidden(), timeout=5000)
        return False

    _dispatch(dialogs, MyCardDialog=card)
    w.card_action.trigger()
    wait_idle(qtbot, services)
    assert len(seen["groups"]) == 3 and all(len(g.split()) == 3 for g in seen["groups"])
    assert "Sam Rivera" in out.read_text()
    assert in_vault(w, lambda v: v.identity.display_name()) == "Sam Rivera"


# ---------------------------------------------------------------- export preview


def test_export_preview_lists_left_out_and_needs_a_tick_for_cross_relationship_entries(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    sam.partners.add("Jordan", "peer")
    a = sam.entries.add("reflection", "Shared and current", "A", PROMPT, partner="Priya")
    b = sam.entries.add("reflection", "About Jordan", "B", PROMPT, partner="Jordan")
    c = sam.entries.add("reflection", "Edited after consent", "C", PROMPT, partner="Priya")
    for e in (a, b, c):
        sam.consents.grant(e.id, "Priya")
    sam.entries.update(c.id, body="C, changed")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    out = tmp_path / "for-priya.mvbundle"
    seen: dict[str, Any] = {}

    def preview(d: ExportPreviewDialog) -> bool:
        seen["entries"] = [d.entries_list.item(i).text() for i in range(d.entries_list.count())]
        seen["left_out"] = [d.left_out_list.item(i).text() for i in range(d.left_out_list.count())]
        seen["cross"] = list(d.cross_boxes)
        assert not d.export_button.isEnabled()
        dialogs.paths.append(out)
        d.choose_button.click()
        d.passphrase.setText(PASSPHRASE)
        seen["enabled_before_tick"] = d.export_button.isEnabled()
        d.cross_boxes[b.id].setChecked(True)
        seen["enabled_after_tick"] = d.export_button.isEnabled()
        return True

    _dispatch(dialogs, ExportPreviewDialog=preview)
    ws.banner.bundle_button.click()
    wait_idle(qtbot, services)
    assert seen["entries"] == ["Reflection: Shared and current"]
    assert seen["left_out"] == ["Reflection: Edited after consent"]
    assert seen["cross"] == [b.id]
    assert seen["enabled_before_tick"] is False and seen["enabled_after_tick"] is True
    assert out.is_file()
    assert dialogs.messages("info")[-1][1] == "Bundle ready"
    sent = {e["id"] for r in in_vault(w, lambda v: v.shared_log.records("Priya")) for e in r.entries}
    assert sent == {a.id, b.id}
    assert not any(c[0] == "error" for c in dialogs.calls)


def test_export_with_a_wrong_passphrase_writes_nothing(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    e = sam.entries.add("reflection", "One", "x", PROMPT, partner="Priya")
    sam.consents.grant(e.id, "Priya")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    out = tmp_path / "nope.mvbundle"

    def pick(d: Any) -> bool:
        return True

    def preview(d: ExportPreviewDialog) -> bool:
        dialogs.paths.append(out)
        d.choose_button.click()
        d.passphrase.setText("not my passphrase")
        return True

    _dispatch(dialogs, PickPartnersDialog=pick, ExportPreviewDialog=preview)
    w.bundle_action.trigger()
    wait_idle(qtbot, services)
    assert not out.exists()
    errors = dialogs.messages("error")
    assert errors and "passphrase" in errors[-1][2] and "\n" not in errors[-1][2]


# ---------------------------------------------------------------- import review, inbox, note


def _priya_shares(priya: Vault, tmp_path: Path, name: str = "b1.mvbundle") -> Path:
    agenda = priya.entries.add("agenda", "Agenda for Thursday", "Talk about the **portfolio**.\n\n![x](https://example.com/t.png)",
                             {"meeting_date": "2026-03-12", "items": ["Portfolio review"]}, partner="Sam")
    story = priya.entries.add("struggle-story", "Imposter feelings", "<b>raw html</b> stays text",
                            {"situation": "First client call"}, partner="Sam")
    for e in (agenda, story):
        priya.consents.grant(e.id, "Sam")
    out = tmp_path / name
    priya.exchange.export_bundle(["Sam"], out, PASSPHRASE)
    return out


def test_import_review_then_inbox_read_only_with_a_private_note(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    bundle = _priya_shares(priya, tmp_path)
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    ws.sidebar.choose(Target("inbox"))
    wait_idle(qtbot, services)
    assert ws.pages.currentWidget() is ws.inbox
    assert ws.inbox.list.count() == 0
    seen: dict[str, Any] = {}

    def review(d: ImportReviewDialog) -> bool:
        seen["sender"] = d.review.sender
        seen["new"] = sorted(d.review.titles[i] for i in d.review.new)
        seen["title"] = d.windowTitle()
        return True

    _dispatch(dialogs, ImportReviewDialog=review)
    dialogs.paths.append(bundle)
    ws.inbox.import_button.click()
    wait_idle(qtbot, services)
    assert seen["sender"] == "Priya" and seen["title"] == "Bundle from Priya"
    assert seen["new"] == ["Agenda for Thursday", "Imposter feelings"]
    assert dialogs.messages("info")[-1][1] == "Bundle imported"
    qtbot.waitUntil(lambda: ws.inbox.list.count() == 2, timeout=5000)

    inbox = ws.inbox
    assert inbox.filter.findText("Priya") >= 0
    story = next(e for e in inbox.data.entries if e.title == "Imposter feelings")
    agenda = next(e for e in inbox.data.entries if e.title == "Agenda for Thursday")
    assert inbox.select(agenda.id)
    assert inbox.browser.isReadOnly()
    text = inbox.browser.toPlainText()
    assert "Portfolio review" in text and "portfolio" in text
    assert inbox.browser.document().toHtml().count("<img") == 0  # no remote image
    assert not inbox.accept_button.isVisible()
    inbox.select(story.id)
    assert "<b>raw html</b>" in inbox.browser.toPlainText()  # shown as text, never rendered

    inbox.note.setPlainText("Ask how the client call went.")
    qtbot.waitUntil(lambda: inbox.note_state.text() == "Note saved", timeout=5000)
    notes = {e.title: e.private_note for e in in_vault(w, lambda v: v.inbox.list("Priya"))}
    assert notes["Imposter feelings"] == "Ask how the client call went."

    # The same bundle again is no error: it says so in one sentence, and changes nothing
    errors_before = len(dialogs.messages("error"))
    dialogs.paths.append(bundle)
    w.import_action.trigger()
    wait_idle(qtbot, services)
    title, text = dialogs.messages("info")[-1][1:]
    assert title == "Already imported" and "already imported" in text and "\n" not in text
    assert len(dialogs.messages("error")) == errors_before
    assert len(in_vault(w, lambda v: v.inbox.list())) == 2


# ---------------------------------------------------------------- before we meet


def test_before_we_meet_shows_their_side_and_starts_my_agenda(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    bundle = _priya_shares(priya, tmp_path)
    sam.exchange.import_bundle(bundle)
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    seen: dict[str, Any] = {}

    def prep(d: PrepDialog) -> bool:
        seen["theirs"] = d.theirs.toPlainText()
        seen["mine"] = d.mine.toPlainText()
        seen["start"] = not d.start_button.isHidden()
        d.start_button.click()
        return True

    _dispatch(dialogs, PrepDialog=prep)
    ws.banner.prep_button.click()
    wait_idle(qtbot, services)
    assert "Agenda for Thursday" in seen["theirs"] and "Imposter feelings" in seen["theirs"]
    assert "no agenda" in seen["mine"]
    assert seen["start"]
    assert ws.editor.current_kind == "agenda"
    assert ws.editor.partner_combo.currentText() == "Priya"


# ---------------------------------------------------------------- co-signing, across two windows


def test_cosigning_accept_in_priyas_inbox_then_sam_sees_agreed_by_both(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    agreement = sam.entries.add("boundary-agreement", "How we work", "We keep it kind.",
                              {"off_limits": ["salary"], "review_date": "2026-12-01"}, partner="Priya")
    sam.consents.grant(agreement.id, "Priya")
    b1 = tmp_path / "sam-to-priya.mvbundle"
    sam.exchange.export_bundle(["Priya"], b1, PASSPHRASE)
    priya.exchange.import_bundle(b1)
    sam.lock()
    priya.lock()

    # Priya accepts it in her inbox, then prepares a bundle for Sam
    pw = unlocked(tmp_path / "priya")
    pws = pw.workspace
    pws.sidebar.choose(Target("inbox"))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: pws.inbox.list.count() == 1, timeout=5000)
    assert pws.inbox.current.kind == "boundary-agreement"
    assert pws.inbox.accept_button.isVisible()
    pws.inbox.accept_button.click()
    wait_idle(qtbot, services)
    assert not pws.inbox.accept_button.isVisible()
    assert "You accepted this agreement" in pws.inbox.agreement_label.text()
    b2 = tmp_path / "priya-to-sam.mvbundle"
    seen: dict[str, Any] = {}

    def preview(d: ExportPreviewDialog) -> bool:
        seen["notices"] = [d.notices_list.item(i).text() for i in range(d.notices_list.count())]
        dialogs.paths.append(b2)
        d.choose_button.click()
        d.passphrase.setText(PASSPHRASE)
        return True

    _dispatch(dialogs, PickPartnersDialog=lambda d: True, ExportPreviewDialog=preview)
    pw.bundle_action.trigger()
    wait_idle(qtbot, services)
    assert b2.is_file()
    assert any("acceptance" in n for n in seen["notices"])
    pw.lock()
    wait_idle(qtbot, services)

    # Sam imports it; his agreement now says agreed by both
    w = unlocked(tmp_path / "sam")
    ws = w.workspace

    def review(d: ImportReviewDialog) -> bool:
        seen["acceptances"] = list(d.review.acceptances)
        return True

    _dispatch(dialogs, ImportReviewDialog=review)
    dialogs.paths.append(b2)
    w.import_action.trigger()
    wait_idle(qtbot, services)
    assert seen["acceptances"] == [agreement.id]
    _open(qtbot, services, ws, agreement.id)
    qtbot.waitUntil(lambda: ws.editor.agreement_label.text().startswith("Agreed by both on"), timeout=5000)
    assert ws.editor.agreement_label.isVisible()


# ---------------------------------------------------------------- what has my partner seen, safe exit


def test_what_has_my_partner_seen_and_ending_the_relationship(
        unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    sam, priya = _pair(tmp_path, keyring)
    e = sam.entries.add("reflection", "Sent once", "x", PROMPT, partner="Priya")
    sam.consents.grant(e.id, "Priya")
    sam.exchange.export_bundle(["Priya"], tmp_path / "b.mvbundle", PASSPHRASE)
    bundle = _priya_shares(priya, tmp_path, "from-priya.mvbundle")
    sam.exchange.import_bundle(bundle)
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    _partner_page(qtbot, services, ws, "Priya")
    seen: dict[str, Any] = {}

    def seen_dialog(d: SeenDialog) -> bool:
        seen["lines"] = [d.seen_list.item(i).text() for i in range(d.seen_list.count())]
        seen["warning"] = hasattr(d, "log_warning")
        return False

    def end(d: Any) -> bool:
        d.gratitude.setPlainText("Thank you for a year of Thursdays.")
        d.final.setChecked(True)
        assert not d.end_button.isEnabled()
        dialogs.paths.append(tmp_path / "final.mvbundle")
        d.choose_button.click()
        d.passphrase.setText(PASSPHRASE)
        assert d.end_button.isEnabled()
        return True

    _dispatch(dialogs, SeenDialog=seen_dialog, EndRelationshipDialog=end)
    ws.banner.seen_button.click()
    wait_idle(qtbot, services)
    assert len(seen["lines"]) == 1 and seen["lines"][0].startswith("Sent once") and "still shared" in seen["lines"][0]
    assert seen["warning"] is False

    ws.banner.end_action.trigger()
    wait_idle(qtbot, services)
    assert (tmp_path / "final.mvbundle").is_file()
    assert dialogs.messages("info")[-1][1] == "Relationship ended"
    assert in_vault(w, lambda v: v.inbox.list()) == []
    assert in_vault(w, lambda v: v.consents.list("Priya", entry_id=e.id))[0].state == "revoked"
    qtbot.waitUntil(lambda: all(p.name != "Priya" for p in ws.partners), timeout=5000)
