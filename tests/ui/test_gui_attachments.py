"""The editor's attachments strip with a real vault: thumbnails decoded in memory, the in-app viewer,
adding by dropping, removing, a plain copy after a warning, "Open with…" through a private folder in
memory that locking removes; and a marker inside attachment bytes found nowhere on disk afterwards."""

from __future__ import annotations

import base64
import os
import secrets
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QImage

from mentorvault.ui.attachments import ImageViewer
from mentorvault.ui.logic import attachments as logic
from mentorvault.ui.logic import scratch

from uihelpers import files_holding, in_vault, wait_idle

MARKER = "zqxjattachmarker5521"


def png_with(text: str, size: int = 64) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b7dd8"))
    image.setText("Comment", text)  # a tEXt chunk: the marker's bytes are in the file as they are
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    raw = bytes(data.data())
    assert text.encode() in raw
    return raw


def _forms(marker: str) -> list[bytes]:
    raw = marker.encode()
    return [raw, marker.encode("utf-16-le"), base64.b64encode(raw)[:16]]


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder in memory (/dev/shm is a tmpfs), as systemd gives each user."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or scratch._filesystem_of(shm) not in scratch.MEMORY_FILESYSTEMS:
        pytest.skip("no tmpfs at /dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="mv-runtime-", dir=shm))
    os.chmod(folder, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _entry_with_files(w: Any, tmp_path: Path, marker: str = MARKER) -> str:
    def make(v: Any) -> str:
        e = v.entries.add("reflection", "With files", "See the board.", {"prompt": "p"})
        v.attachments.add(e.id, __import__("io").BytesIO(png_with(marker)), name="board.png")
        v.attachments.add(e.id, __import__("io").BytesIO(b"%PDF-1.4 " + marker.encode() * 20), name="notes.pdf")
        return str(e.id)

    return str(in_vault(w, make))


def _open(w: Any, qtbot: Any, services: Any, entry_id: str) -> Any:
    w.workspace.open_entry(entry_id, switch=True)
    wait_idle(qtbot, services)
    strip = w.workspace.editor.attachment_strip
    qtbot.waitUntil(lambda: strip.list.count() == 2 and "board.png" in strip.images, timeout=10000)
    return strip


def test_the_strip_shows_thumbnails_and_files_and_changes_the_entry(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                                   services: Any, tmp_path: Path) -> None:
    w = unlocked(vault_folder)
    entry_id = _entry_with_files(w, tmp_path)
    strip = _open(w, qtbot, services, entry_id)
    assert [strip.list.item(i).text() for i in range(2)] == ["board.png", "notes.pdf"]
    assert strip.images["board.png"].width() == 64 and "notes.pdf" not in strip.images
    assert strip.isVisible() and strip.add_button.isEnabled()
    # the in-app viewer
    strip.open_item("board.png")
    viewer = services.dialogs.dialogs[-1]
    assert isinstance(viewer, ImageViewer) and viewer.label.pixmap().width() == 64
    # a file dropped on the editor is attached
    dropped = tmp_path / "agenda.txt"
    dropped.write_text("bring the plan")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped)), QUrl("https://example.org/x")])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only during a real drag (a platform drag manager offscreen has none): the event
    # goes to the filter the strip installed on the whole editor, as QApplication would hand it over.
    editor = w.workspace.editor
    assert editor.acceptDrops() and strip.eventFilter(editor, event)
    wait_idle(qtbot, services)
    assert services.dialogs.messages() == [] and strip.entry_id == entry_id
    qtbot.waitUntil(lambda: strip.list.count() == 3, timeout=10000)
    assert in_vault(w, lambda v: [a.name for a in v.attachments.list(entry_id)]) == [
        "agenda.txt", "board.png", "notes.pdf"]
    # a plain copy, after the warning that it is not encrypted
    out = tmp_path / "copy.pdf"
    services.dialogs.paths.append(out)
    strip.save_copy("notes.pdf")
    wait_idle(qtbot, services)
    assert out.read_bytes().startswith(b"%PDF-1.4")
    assert any(c[0] == "confirm" and "not be encrypted" in c[2] for c in services.dialogs.calls)
    # removing, after asking
    strip.remove("agenda.txt")
    qtbot.waitUntil(lambda: strip.list.count() == 2, timeout=10000)
    services.dialogs.confirm_answer = False
    strip.remove("board.png")
    wait_idle(qtbot, services)
    assert strip.list.count() == 2


def test_a_new_entry_takes_files_once_saved(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(vault_folder)
    editor = w.workspace.editor
    editor.new_entry("reflection")
    assert not editor.attachment_strip.add_button.isEnabled()
    editor.title_edit.setText("Fresh")
    prompt = editor.form("reflection").widgets["prompt"]
    qtbot.keyClicks(getattr(prompt, "edit", prompt), "A question")
    editor.save_now()
    qtbot.waitUntil(lambda: editor.current_id is not None and editor.attachment_strip.entry_id == editor.current_id,
                    timeout=10000)
    assert editor.attachment_strip.add_button.isEnabled()


def test_open_with_uses_a_private_folder_in_memory_removed_at_lock(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                                  services: Any, tmp_path: Path, runtime_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    w = unlocked(vault_folder)
    entry_id = _entry_with_files(w, tmp_path)
    strip = _open(w, qtbot, services, entry_id)
    strip.open_elsewhere("notes.pdf")
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    path = Path(opened[0])
    assert path.name == "notes.pdf" and runtime_dir in path.parents
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((runtime_dir / scratch.SCRATCH_NAME).stat().st_mode) == 0o700
    assert MARKER.encode() in path.read_bytes()
    w.lock()
    wait_idle(qtbot, services)
    assert not (runtime_dir / scratch.SCRATCH_NAME).exists()


def test_open_with_is_refused_without_a_memory_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorvault.errors import NoPrivateScratch

    disk = tmp_path / "runtime"
    disk.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(disk))
    if scratch._filesystem_of(disk) in scratch.MEMORY_FILESYSTEMS:
        pytest.skip("tmp_path is itself in memory here")
    with pytest.raises(NoPrivateScratch):
        logic.open_copy(None, "x", "y")
    assert not (disk / scratch.SCRATCH_NAME).exists()


def test_a_crash_leftover_is_swept_at_start(runtime_dir: Path) -> None:
    left = runtime_dir / scratch.SCRATCH_NAME / "abcd"
    left.mkdir(parents=True)
    (left / "a.pdf").write_bytes(b"left behind")
    assert scratch.sweep() and not (runtime_dir / scratch.SCRATCH_NAME).exists()


def test_no_marker_of_the_attachments_outside_the_vault(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                        services: Any, tmp_path: Path, runtime_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Attach (marker inside the bytes), see the thumbnail and the viewer, open one elsewhere, lock:
    then HOME, TMPDIR, the XDG folders and the runtime folder hold the marker in no file."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    w = unlocked(vault_folder)
    marker = "zqxjleak" + secrets.token_hex(8)  # this test's own: other tests' copies hold MARKER
    entry_id = _entry_with_files(w, tmp_path, marker)
    strip = _open(w, qtbot, services, entry_id)
    strip.open_item("board.png")
    strip.open_elsewhere("board.png")
    strip.open_elsewhere("notes.pdf")
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    assert all(marker.encode() in Path(p).read_bytes() for p in opened)  # the scan below can find it
    w.lock()
    wait_idle(qtbot, services)
    services.prefs.sync()
    roots = {tmp_path, runtime_dir}
    for var in ("TMPDIR", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        if os.environ.get(var):
            roots.add(Path(os.environ[var]))
    roots.add(Path(tempfile.gettempdir()))
    hits, scanned = files_holding(roots, _forms(marker))
    assert scanned > 3
    assert hits == []


def test_the_inbox_shows_a_partners_attachments_read_only(unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any,
                                                          services: Any) -> None:
    from mentorvault.ui.sidebar import Target
    from mentorvault.vault import Vault

    from uihelpers import PASSPHRASE

    sam, _ = Vault.create(tmp_path / "sam", PASSPHRASE, secret_store=keyring)
    priya, _ = Vault.create(tmp_path / "priya", PASSPHRASE, secret_store=keyring)
    for me, other, name in ((sam, priya, "Priya"), (priya, sam, "Sam")):
        card = tmp_path / f"{name}.mvcard"
        other.identity.export_card(card, name=name)
        status = me.cards.add(name, card.read_text()).to_json()
        me.cards.verify(name, " ".join(status["words"]))
    entry = priya.entries.add("goal", "Speak at the meetup", "", {"why": "Confidence."}, partner="Sam")
    priya.attachments.add(entry.id, __import__("io").BytesIO(png_with("slides")), name="slide.png")
    priya.consents.grant(entry.id, "Sam")
    priya.exchange.export_bundle(["Sam"], tmp_path / "b.mvbundle", PASSPHRASE)
    sam.exchange.import_bundle(tmp_path / "b.mvbundle")
    sam.lock()
    priya.lock()
    w = unlocked(tmp_path / "sam")
    ws = w.workspace
    ws.sidebar.choose(Target("inbox"))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: ws.inbox.list.count() == 1, timeout=10000)
    assert ws.inbox.select(entry.id)
    strip = ws.inbox.attachment_strip
    qtbot.waitUntil(lambda: "slide.png" in strip.images, timeout=10000)
    assert strip.read_only and strip.isVisible() and not strip.add_button.isVisible() and not strip.acceptDrops()
    out = tmp_path / "slide-copy.png"
    services.dialogs.paths.append(out)
    strip.save_copy("slide.png")
    wait_idle(qtbot, services)
    assert out.read_bytes() == png_with("slides")
    strip.remove("slide.png")  # not offered; and refused if called
    wait_idle(qtbot, services)
    assert strip.list.count() == 1


def test_the_share_dialog_names_the_files_that_would_leave(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                           services: Any, tmp_path: Path) -> None:
    from mentorvault.ui.consent import ShareDialog

    w = unlocked(vault_folder)
    entry_id = _entry_with_files(w, tmp_path)
    dialog = ShareDialog(w.session, services, entry_id, [], w)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert not dialog.files_label.isHidden()
    assert dialog.files_label.text() == "With 2 attached files: board.png, notes.pdf"
    dialog.reject()
    plain = in_vault(w, lambda v: v.entries.add("reflection", "No files", "", {"prompt": "p"}).id)
    dialog = ShareDialog(w.session, services, plain, [], w)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.files_label.isHidden()
    dialog.reject()
