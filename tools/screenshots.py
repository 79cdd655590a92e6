"""Render the main views of the desktop app into PNG files (``make screenshots``).

Usage: python tools/screenshots.py OUTPUT_DIR [--theme light|dark] [--scenario demo|empty-path]
                                  [--language en|de|es] [--only NAME,...]

``--language de`` runs the window in German (the names end in ``-de``); ``--only``
writes just the named pictures (the whole tour still runs, so every view is built).

Runs the real app on a throwaway vault with private settings, so the user's own
vault and preferences are never touched.  The ``demo`` scenario (the default)
shows the full demo vault; ``empty-path`` walks a new user's first minutes:
creating a vault, the empty window, a first entry, a second kind, a goal's
steps, locking, and unlocking with the recovery key (files ``empty-path-*``).  Under ``make
screenshots`` it runs inside Xvfb; without a display it falls back to Qt's
offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")  # quick key derivation for a throwaway vault
os.environ.setdefault("MENTORVAULT_TESTING", "1")  # the app honours the profile only with this

import mentorvault.ui.app  # noqa: E402,F401 - first: PySide6 then keeps no module source (ui/_pyside.py)

# isort: split

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def pump(app: QApplication, seconds: float = 0.15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def wait_for(app: QApplication, condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("screenshots: timed out waiting for the app")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


ONLY: set[str] = set()  # --only: the pictures to write (names without the theme/language suffix)
SUFFIX = ""


def save(app: QApplication, widget: QWidget, out: Path, name: str) -> Path:
    pump(app)
    path = out / f"{name}.png"
    base = name[: -len(SUFFIX)] if SUFFIX and name.endswith(SUFFIX) else name
    if ONLY and base not in ONLY:
        return path
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def attach_samples(window, services, entry_id: str) -> None:  # type: ignore[no-untyped-def]
    """A drawn "whiteboard photo" (PNG) and a one-page PDF (Qt's own writer), attached to the entry."""
    import io

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter

    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    painter = QPainter(image)
    painter.setPen(QColor("#2f5d8a"))
    painter.setFont(QFont("Sans", 22))
    painter.drawText(QRectF(30, 30, 420, 60), "Talk plan")
    painter.setFont(QFont("Sans", 15))
    for i, line in enumerate(["1. Open with the story", "2. Three lessons", "3. Ask for questions"]):
        painter.drawText(QRectF(40, 100 + 45 * i, 420, 40), line)
    painter.setPen(QColor("#c0533a"))
    painter.drawEllipse(300, 180, 140, 100)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    pdf_data = QByteArray()
    pdf_buf = QBuffer(pdf_data)
    pdf_buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf_buf)
    p = QPainter(writer)
    p.drawText(200, 400, "Feedback notes from the dry run")
    p.end()
    pdf_buf.close()

    def add(v):  # type: ignore[no-untyped-def]
        v.attachments.add(entry_id, io.BytesIO(bytes(data.data())), name="whiteboard.png")
        v.attachments.add(entry_id, io.BytesIO(bytes(pdf_data.data())), name="dry-run feedback.pdf")

    services.worker.run_blocking(lambda: add(window.session._vault))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--scenario", choices=("demo", "empty-path", "insights-new"), default="demo")
    parser.add_argument("--language", choices=("en", "de", "es"), default="en")
    parser.add_argument("--only", default="", help="comma-separated picture names (without suffix), e.g. settings,partner")
    args = parser.parse_args(argv)
    global ONLY, SUFFIX
    ONLY = {n.strip() for n in args.only.split(",") if n.strip()}
    out: Path = args.output
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="mentorvault-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")

    from mentorvault.ui import theme
    from mentorvault.ui.app import make_application
    from mentorvault.ui.dialogs import DialogService
    from mentorvault.ui.history import HistoryDialog
    from mentorvault.ui.mainwindow import MainWindow
    from mentorvault.ui.prefs import Prefs
    from mentorvault.ui.services import Services
    from mentorvault.ui.settings import ChangePassphraseDialog, RekeyDoneDialog, SettingsDialog
    from mentorvault.ui.sidebar import Target
    from mentorvault.ui.worker import Worker
    from mentorvault.vault.keys import RekeyResult

    app = make_application([sys.argv[0]], language=args.language)
    theme.install(app, args.theme)
    prefs = Prefs(QSettings(str(scratch / "prefs.ini"), QSettings.Format.IniFormat))
    services = Services(worker=Worker(), dialogs=DialogService(), prefs=prefs, watch_session_bus=False)
    window = MainWindow(services)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    suffix = SUFFIX = ("" if args.theme == "light" else "-dark") + ("" if args.language == "en" else f"-{args.language}")
    idle = lambda: services.worker.idle  # noqa: E731
    try:
        if args.scenario == "empty-path":
            empty_path_shots(app, window, services, out, suffix, scratch)
            return 0
        if args.scenario == "insights-new":
            insights_new_shots(app, window, services, out, suffix, scratch)
            return 0
        save(app, window, out, f"welcome{suffix}")

        # Creating a vault: a passphrase being typed, the meter and its advice.
        window.show_create(Path.home() / "MentorVault")
        view = window.create_view
        view.passphrase.setText("correcthorse")
        view.repeat.setText("correcthorse")
        view.meter.evaluate_now()
        view._update_state()
        save(app, window, out, f"create-vault{suffix}")
        # ...then the recovery key of a throwaway vault, shown once.
        view.folder_edit.setText(str(scratch / "throwaway-vault"))
        view.passphrase.setText("lantern orchard pebble violin")
        view.repeat.setText("lantern orchard pebble violin")
        view.meter.evaluate_now()
        view.create_vault()
        wait_for(app, lambda: idle() and view.stack.currentIndex() == 1)
        save(app, window, out, f"recovery-key{suffix}")
        abandoned = view.abandon()
        if abandoned is not None:
            abandoned.lock()
        view.reset()

        # The demo vault, locked, with a wrong passphrase typed.
        window.open_demo()
        wait_for(app, lambda: window.session is not None and idle())
        demo = window.demo
        window.lock()
        wait_for(app, idle)
        window.unlock_view.passphrase.setText("not the right one")
        window.unlock_view.unlock()
        wait_for(app, lambda: idle() and window.unlock_view.message.isVisible())
        save(app, window, out, f"unlock-wrong-passphrase{suffix}")
        window.unlock_view.passphrase.setText(demo.passphrase)
        window.unlock_view.unlock()
        wait_for(app, lambda: window.session is not None and idle())
        ws = window.workspace
        wait_for(app, lambda: ws.list_model.rowCount() > 0 and idle())

        # Main window: session notes, one open in the editor.
        ws.sidebar.choose(Target("entries", kind="session-note"))
        wait_for(app, lambda: idle() and not ws.list_model.is_fetching and ws.list_model.rowCount() > 0)
        model = ws.list_model
        pick = next(model.summary_at(i) for i in range(model.rowCount()) if "First" in model.summary_at(i).title) \
            if any("First" in model.summary_at(i).title for i in range(model.rowCount())) else model.summary_at(0)
        ws.list_view.select_entry(pick.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == pick.id)
        save(app, window, out, f"main-session-note{suffix}")

        # The same entry with attachments: a photo of the whiteboard (a thumbnail) and a PDF.
        if ONLY and "entry-no-attachments" in ONLY:  # the strip's empty state (not among the defaults)
            bar = ws.editor.scroll_area.verticalScrollBar()
            bar.setValue(bar.maximum())
            save(app, window, out, f"entry-no-attachments{suffix}")
            bar.setValue(0)
        if not ONLY or "entry-attachments" in ONLY:
            attach_samples(window, services, pick.id)
            ws.editor.attachment_strip.reload()
            wait_for(app, lambda: idle() and "whiteboard.png" in ws.editor.attachment_strip.images)
            bar = ws.editor.scroll_area.verticalScrollBar()
            bar.setValue(bar.maximum())
            save(app, window, out, f"entry-attachments{suffix}")
            bar.setValue(0)

        # A partner, with the next meeting and an overdue agreement.
        priya = next(p for p in ws.partners if p.name == "Priya")
        ws.sidebar.choose(Target("entries", partner_id=priya.id))
        wait_for(app, lambda: idle() and ws.banner.info is not None)
        save(app, window, out, f"partner{suffix}")

        # The same partner with an exchange folder set (issue 16), then a bundle that arrived there.
        from mentorvault.exchange.sync import ReceivedBundle
        from mentorvault.ui.logic.reminders import Tick

        exchange_dir = scratch / "Sync" / "priya-and-me"
        exchange_dir.mkdir(parents=True)
        vault = window.session._vault
        services.worker.run_blocking(lambda: vault.sync.set_folder("Priya", exchange_dir))
        ws.partner_flow.refresh_banner()
        wait_for(app, lambda: idle() and ws.banner.info is not None and ws.banner.info.exchange_folder is not None)
        save(app, window, out, f"partner-exchange-folder{suffix}")
        window.reminder_pump._show(Tick(received=[ReceivedBundle("Priya", str(exchange_dir / "x.mvbundle"), 2, 1, 0)]))
        pump(app, 0.3)
        save(app, window, out, f"bundle-arrived{suffix}")
        ws.notices.reminder_notice.hide()

        # Search as you type.
        window.show_search()
        ws.search.query.setText("critique")
        ws.search.run()
        wait_for(app, lambda: idle() and ws.search.model.rowCount() > 0)
        ws.search.results.setCurrentIndex(ws.search.model.index(0))
        wait_for(app, idle)
        save(app, window, out, f"search{suffix}")
        ws.close_search()

        # Goals with progress and wins.
        ws.sidebar.choose(Target("goals"))
        wait_for(app, lambda: idle() and ws.goals.card_widgets)
        save(app, window, out, f"goals{suffix}")

        # Reflect.
        ws.sidebar.choose(Target("reflect"))
        ws.reflect.choose_deck("after-session")
        ws.reflect.answer.setPlainText("That I can ask for what I need before a critique, "
                                       "not after it has gone wrong.")
        save(app, window, out, f"reflect{suffix}")

        # Insights: the demo vault's patterns over months, charts and sentences.
        ws.sidebar.choose(Target("insights"))
        wait_for(app, lambda: idle() and ws.insights.insights is not None)
        pump(app, 0.3)
        save(app, window, out, f"insights{suffix}")

        # Focus mode on the session note shown above, with the writing timer running.
        ws.sidebar.choose(Target("entries", kind="session-note"))
        wait_for(app, lambda: idle() and not ws.list_model.is_fetching and ws.list_model.rowCount() > 0)
        ws.list_view.select_entry(pick.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == pick.id)
        window.window_actions._toggle_focus()
        focus = window.window_actions.focus
        focus.start_timer(10)
        pump(app, 0.5)
        save(app, window, out, f"focus{suffix}")
        focus.timer.started = (focus.timer.started or 0) - 600  # the time is up: the quiet sign
        focus._update_timer()
        pump(app, 0.2)
        save(app, window, out, f"focus-time-up{suffix}")
        window.window_actions._toggle_focus()
        pump(app, 0.3)

        # The warning when the day's automatic backup could not be written.
        window.session.backupFailed.emit("The disk is full, so the backup was not written. Free some space.")
        pump(app, 0.3)
        save(app, window, out, f"backup-failed{suffix}")
        ws.backup_dismiss_button.click()

        # Settings (a dialog over the window).
        dialog = SettingsDialog(window.session, services, args.theme, window)
        dialog.show()
        pump(app, 0.3)
        save(app, dialog, out, f"settings{suffix}")
        from PySide6.QtWidgets import QGroupBox, QScrollArea

        scroller = dialog.findChild(QScrollArea)
        reminders = dialog.findChild(QGroupBox, "reminders")
        if scroller is not None and reminders is not None:
            scroller.ensureWidgetVisible(reminders, 0, 0)
            pump(app, 0.3)
            save(app, dialog, out, f"settings-reminders{suffix}")
        dialog.reject()

        # File > Import notes…: the preview of a Day One export (the test fixture's), kind and tag chosen.
        from mentorvault.ui.notes_import import ImportNotesDialog

        notes = ImportNotesDialog(window.session, services.dialogs, window)
        notes.path_edit.setText(str(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "notes_in" / "dayone"))
        notes.kind_box.setCurrentIndex(notes.kind_box.findData("session-note"))
        notes.tag_edit.setText("day-one")
        notes.check_now()
        notes.show()
        wait_for(app, lambda: idle() and notes.checked is not None)
        save(app, notes, out, f"import-notes{suffix}")
        notes.reject()

        # "My passphrase may be known to someone": the passphrase change that also re-keys ...
        change = ChangePassphraseDialog(window.session, services, window)
        change.rekey_box.setChecked(True)
        change.show()
        pump(app, 0.3)
        save(app, change, out, f"change-passphrase-rekey{suffix}")
        change.reject()
        # ... and what it says when done (facts of a re-key; the demo vault itself is not re-keyed).
        facts = RekeyResult(recovery_key="7K2D-QX9M-4HRT-B8WN-3PZV-6JCF-1YGS-5EAK-9TDM-2QXH-8RBN-4WZC-6JKV-3MPT",
                            device="none", pages=4096, seconds=1.2,
                            old_backups=(scratch / "backups" / "auto-2026-12-01.mvbackup",
                                         scratch / "backups" / "auto-2026-12-02.mvbackup"), replaced=None)
        done = RekeyDoneDialog(window.session, services, facts, window)
        done.show()
        pump(app, 0.3)
        save(app, done, out, f"rekey-done{suffix}")
        done.confirm.setChecked(True)
        done.reject()

        # Revision history of an edited entry.
        ws.sidebar.choose(Target("entries"))
        wait_for(app, lambda: idle() and ws.list_model.rowCount() > 0)
        first = ws.list_model.summary_at(0)
        ws.list_view.select_entry(first.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == first.id)
        ws.editor.body_edit.setPlainText(ws.editor.body_edit.toPlainText() + "\nAdded after the call.")
        ws.editor.save_now()
        wait_for(app, idle)
        history = HistoryDialog(window.session, first.id, window)
        history.show()
        wait_for(app, lambda: idle() and history.model.rowCount() > 1)
        history.select_revision(1)
        wait_for(app, idle)
        save(app, history, out, f"history{suffix}")
        history.reject()

        exchange_shots(app, window, services, out, suffix, scratch)
    finally:
        window.close()
        window.shutdown()
        QCoreApplication.processEvents()
    return 0


def exchange_shots(app: QApplication, window, services, out: Path, suffix: str,  # type: ignore[no-untyped-def]
                   scratch: Path) -> None:
    """Cards, consent, bundles and the inbox, between the demo vault ("Sam") and a throwaway "Priya"."""
    from mentorvault.ui.consent import ShareDialog
    from mentorvault.ui.exchange_dialogs import ExportPreviewDialog, ImportReviewDialog
    from mentorvault.ui.identity import VerifyDialog
    from mentorvault.ui.logic.exchange import read_meeting_prep
    from mentorvault.ui.logic.partners import CardState
    from mentorvault.ui.prep import PrepDialog
    from mentorvault.ui.sidebar import Target
    from mentorvault.vault import Vault

    ws = window.workspace
    session = window.session
    idle = lambda: services.worker.idle  # noqa: E731
    sam = session._vault
    run = services.worker.run_blocking
    priya, _ = Vault.create(scratch / "priya-vault", "lantern orchard pebble violin")
    try:
        priya.identity.set_display_name("Priya")
        sam_card = run(lambda: (sam.identity.set_display_name("Sam"), sam.identity.card().to_text())[1])
        st = priya.cards.add("Sam", sam_card, role="mentee")
        priya.cards.verify("Sam", " ".join(st.fingerprint.words))
        status = run(lambda: sam.cards.add("Priya", priya.identity.card().to_text()))

        # Verifying Priya's card: the words she reads out, typed in
        dialog = VerifyDialog(session, services, "Priya", CardState.of(status), window)
        dialog.typed.setText(" ".join(status.fingerprint.words))
        dialog.show()
        pump(app, 0.3)
        save(app, dialog, out, f"partner-verification{suffix}")
        dialog.reject()
        run(lambda: sam.cards.verify("Priya", " ".join(status.fingerprint.words)))

        # Sharing an entry with Priya: the exact preview and the deliberate confirmation
        entries = run(lambda: sam.entries.list(partner="Priya", limit=200))
        by_title = {e.title: e for e in entries}
        feedback = by_title["Priya on how I describe my own work"]
        dialog = ShareDialog(session, services, feedback.id, ws.partners, window)
        dialog.resize(720, 760)
        dialog.show()
        wait_for(app, lambda: idle() and dialog.loaded)
        dialog.boxes["Priya"].setChecked(True)
        save(app, dialog, out, f"share-dialog{suffix}")
        dialog.reject()

        # The export preview: shared, left out (edited after consent), another relationship, a revocation
        goal = by_title["Run a design critique on my own"]
        note = by_title["Priya: rehearsal and the Friday plan"]
        agenda = by_title["Agenda for Priya, 2 December"]
        jordan = run(lambda: sam.entries.list(partner="Jordan", limit=200))
        pushback = next(e for e in jordan if e.kind == "feedback")

        def consent_some() -> None:
            for e in (feedback, goal, note, agenda, pushback):
                sam.consents.grant(e.id, "Priya")
            sam.entries.update(note.id, body=sam.entries.get(note.id).body + "\n\nOne more thought after the call.")

        run(consent_some)
        preview = run(lambda: sam.exchange.preview_export(["Priya"]))
        dialog = ExportPreviewDialog(preview, {}, services, window)
        dialog.resize(700, 720)
        dialog.path_label.setText(str(Path.home() / "priya.mvbundle"))
        dialog.show()
        save(app, dialog, out, f"export-preview{suffix}")
        dialog.reject()

        # Priya shares her side; Sam reviews the bundle, imports it, and reads it in the inbox
        mine = [
            priya.entries.add("agenda", "For Sam, 2 December", "Mostly I want to **rehearse** the opening.",
                            {"meeting_date": "2026-12-02", "items": ["Rehearse the critique opening",
                                                                    "How to handle the director's questions"],
                             "questions": ["Can you play the sceptical stakeholder?"]}, partner="Sam"),
            priya.entries.add("struggle-story", "Silence after my first question", "It felt like a minute.",
                            {"situation": "Team critique on Monday", "what_i_learned": "Count to ten; people think."},
                            partner="Sam"),
            priya.entries.add("goal", "Facilitate a critique end to end", "",
                            {"micro_goals": [{"title": "Watch two critiques", "status": "done"},
                                             {"title": "Co-facilitate one", "status": "done"},
                                             {"title": "Lead one alone", "status": "open"}]}, partner="Sam"),
            priya.entries.add("boundary-agreement", "How Priya and Sam work", "We keep it kind and honest.",
                            {"communication_frequency": "Every two weeks", "off_limits": ["salary"],
                             "review_date": "2027-03-01"}, partner="Sam"),
        ]
        for e in mine:
            priya.consents.grant(e.id, "Sam")
        bundle = scratch / "from-priya.mvbundle"
        priya.exchange.export_bundle(["Sam"], bundle, "lantern orchard pebble violin")
        review = run(lambda: sam.exchange.review_import(bundle))
        dialog = ImportReviewDialog(review, window)
        dialog.resize(600, 560)
        dialog.show()
        save(app, dialog, out, f"import-review{suffix}")
        dialog.reject()
        run(lambda: sam.exchange.import_bundle(bundle))

        ws.sidebar.choose(Target("inbox"))
        wait_for(app, lambda: idle() and ws.inbox.list.count() > 0)
        ws.inbox.select(mine[3].id)
        ws.inbox.note.blockSignals(True)
        ws.inbox.note.setPlainText("Ask whether every two weeks still suits her after the launch.")
        ws.inbox.note.blockSignals(False)
        save(app, window, out, f"inbox{suffix}")

        prep = run(lambda: read_meeting_prep(sam, "Priya"))
        dialog = PrepDialog(prep, window)
        dialog.resize(1000, 700)
        dialog.show()
        save(app, dialog, out, f"before-we-meet{suffix}")
        dialog.reject()
        notes_out_shots(app, window, sam, out, suffix, scratch, run)

        priya_p = next(p for p in ws.partners if p.name == "Priya")
        ws.sidebar.choose(Target("entries", partner_id=priya_p.id))
        wait_for(app, lambda: idle() and ws.banner.info is not None and ws.banner.card_state == "verified")
        ws.list_view.select_entry(feedback.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == feedback.id)
        save(app, window, out, f"partner-exchange{suffix}")
    finally:
        priya.lock()


def notes_out_shots(app: QApplication, window, vault, out: Path, suffix: str,  # type: ignore[no-untyped-def]
                    scratch: Path, run) -> None:
    """File > Export notes..., and the first pages of Priya's session pack rendered by poppler's pdftoppm."""
    import shutil
    import subprocess

    from mentorvault.notes_out import session_pack
    from mentorvault.ui.logic import notes_out as logic
    from mentorvault.ui.logic.printdoc import session_pack_document
    from mentorvault.ui.notes_out_dialog import ExportNotesDialog
    from mentorvault.ui.printing import words, write_pdf

    total = run(lambda: vault.entries.count())
    shown = run(lambda: vault.entries.count(partner="Priya"))
    dialog = ExportNotesDialog(window.services, {logic.ALL: total, logic.SHOWN: shown}, "With Priya",
                               "Agenda for our next session", Path.home(), "2026-03-12", window)
    dialog.resize(620, 560)
    dialog.show()
    save(app, dialog, out, f"export-notes{suffix}")
    dialog.reject()
    pack = run(lambda: session_pack(vault, "Priya"))
    pdf = scratch / "session-pack.pdf"
    write_pdf(session_pack_document(pack, words()), pdf)
    if shutil.which("pdftoppm") and (not ONLY or "session-pack-page" in ONLY):
        for page in (1, 2, 3):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                            str(out / f"session-pack-page{page}{suffix}")], check=True)
            print(f"wrote {out / f'session-pack-page{page}{suffix}.png'}")


def insights_new_shots(app: QApplication, window, services, out: Path, suffix: str,  # type: ignore[no-untyped-def]
                       scratch: Path) -> None:
    """Insights on a new vault: empty, then with three session notes (files ``insights-new-*``)."""
    import datetime as dt

    from mentorvault.ui.sidebar import Target
    from mentorvault.vault import Vault

    folder = scratch / "insights-vault"
    passphrase = "lantern orchard pebble violin"
    Vault.create(folder, passphrase)[0].lock()
    window.show_unlock(folder)
    window.unlock_view.passphrase.setText(passphrase)
    window.unlock_view.unlock()
    idle = lambda: services.worker.idle  # noqa: E731
    wait_for(app, lambda: window.session is not None and idle())
    ws = window.workspace
    ws.sidebar.choose(Target("insights"))
    wait_for(app, lambda: idle() and ws.insights.insights is not None)
    save(app, window, out, f"insights-new-empty{suffix}")
    vault = window.session._vault
    today = dt.date.today()
    for i, (mood, energy, title) in enumerate(((3, 2, "First session with Priya"), (4, 3, "Critique practice"),
                                               (4, 4, "Before the talk"))):
        day = (today - dt.timedelta(days=14 * (2 - i))).isoformat()
        services.worker.run_blocking(lambda day=day, mood=mood, energy=energy, title=title: vault.entries.add(
            "session-note", title, "", {"session_date": day, "mood": mood, "energy": energy}))
    ws.insights.refresh()
    wait_for(app, lambda: idle() and ws.insights.insights is not None and ws.insights.insights.mood)
    pump(app, 0.3)
    save(app, window, out, f"insights-new-three-notes{suffix}")


def empty_path_shots(app: QApplication, window, services, out: Path, suffix: str,  # type: ignore[no-untyped-def]
                     scratch: Path) -> None:
    """A new user's first minutes, from an empty vault (the demo screenshots hide what is missing there)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from mentorvault.ui.settings import SettingsDialog
    from mentorvault.ui.sidebar import Target

    idle = lambda: services.worker.idle  # noqa: E731

    def name(n: int, what: str) -> str:
        pump(app, 0.4)  # the sidebar's counts follow a save after a quarter of a second
        wait_for(app, idle)
        return f"empty-path-{n:02d}-{what}{suffix}"

    def type_into(widget: QWidget, text: str) -> None:
        widget.setFocus()
        QTest.keyClicks(widget, text)

    save(app, window, out, name(1, "welcome"))
    window.show_create(scratch / "My vault")
    view = window.create_view
    type_into(view.name_edit, "Alex Moreau")
    passphrase = "lantern orchard pebble violin"
    type_into(view.passphrase.edit, passphrase)
    type_into(view.repeat.edit, passphrase)
    view.meter.evaluate_now()
    save(app, window, out, name(2, "create"))
    view.create_vault()
    wait_for(app, lambda: idle() and view.stack.currentIndex() == 1)
    recovery = view._recovery
    save(app, window, out, name(3, "recovery-key"))
    view.confirm.setChecked(True)
    view.continue_button.click()
    pump(app)
    save(app, window, out, name(4, "remember"))
    view.not_now.click()
    ws = window.workspace
    wait_for(app, lambda: window.session is not None and idle() and not ws.list_model.is_fetching)
    save(app, window, out, name(5, "empty-vault"))

    # The first entry: a session note, typed as a user types it.
    ws.new_entry("session-note")
    editor = ws.editor
    type_into(editor.title_edit, "First talk with Priya")
    form = editor.form("session-note")
    type_into(form.widgets["discussed"].edit, "How she prepares a design critique, and what I find hard about mine.")
    form.extras["reflections"].click()
    wait_for(app, lambda: idle() and editor.state == "saved")
    save(app, window, out, name(6, "first-entry"))

    # A second kind: feedback, in its own fields.
    ws.new_entry("feedback")
    type_into(editor.title_edit, "Priya on my critique notes")
    form = editor.form("feedback")
    type_into(form.widgets["from_whom"].edit, "Priya")
    type_into(form.widgets["situation"].edit, "Thursday's critique of the onboarding screens")
    type_into(form.widgets["behaviour"].edit, "I listed every problem before saying what worked.")
    wait_for(app, lambda: idle() and editor.state == "saved")
    save(app, window, out, name(7, "second-kind"))

    # A goal with small steps, one of them done (the same control as on the Goals board).
    ws.new_entry("goal")
    type_into(editor.title_edit, "Speak up in design reviews")
    form = editor.form("goal")
    steps = form.widgets["micro_goals"]
    for text in ("Make my point before the Monday review, in two sentences",
                 "Ask one question in every review", "Count filler words"):
        steps.add_button.click()
        type_into(steps.rows[-1].title_edit, text)
    steps.rows[0].box.setChecked(True)
    steps.rows[2].drop_action.trigger()
    wait_for(app, lambda: idle() and editor.state == "saved")
    save(app, window, out, name(8, "goal-steps"))
    ws.sidebar.choose(Target("goals"))
    wait_for(app, lambda: idle() and ws.goals.card_widgets)
    save(app, window, out, name(9, "goals-board"))
    ws.sidebar.choose(Target("entries"))
    wait_for(app, lambda: idle() and not ws.list_model.is_fetching)
    ws.list_view.select_entry(ws.list_model.summary_at(0).id, notify=True)
    wait_for(app, idle)
    save(app, window, out, name(10, "all-entries"))

    # Lock, then unlock with the recovery key: the window offers a new passphrase.
    window.lock()
    wait_for(app, idle)
    save(app, window, out, name(11, "locked"))
    window.unlock_view.switch_button.click()
    type_into(window.unlock_view.recovery, recovery)
    save(app, window, out, name(12, "recovery-unlock"))
    QTest.keyClick(window.unlock_view.recovery, Qt.Key.Key_Return)
    wait_for(app, lambda: window.session is not None and idle() and not ws.list_model.is_fetching)
    save(app, window, out, name(13, "unlocked"))

    # Settings: the name given at set-up, changeable.
    dialog = SettingsDialog(window.session, services, "dark" if suffix else "light", window)
    dialog.show()
    pump(app, 0.3)
    save(app, dialog, out, name(14, "settings"))
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
