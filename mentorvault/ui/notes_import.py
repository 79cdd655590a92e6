"""File > Import notes…: pick a format and an export, see what will arrive, choose the kind,
partner and tag, then import (on the worker, with a progress bar and Cancel for large imports).

The facts come from ``ui/logic/notes_import.py``; this module only words and lays them out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.kinds import KINDS
from mentorvault.errors import ImportCancelled, MentorVaultError
from mentorvault.ui import labels
from mentorvault.ui.errors import describe
from mentorvault.ui.logic import notes_import as logic
from mentorvault.ui.widgets import a11y, plain_buttons, primary_button, styled_label
from mentorvault.ui.wording import Context, friendly_date, names

ImportNotes = Context("ImportNotes")
CHECK_DELAY_MS = 250  # a pause in typing before the export is read again
POLL_MS = 100  # how often the progress bar follows a running import


class ImportNotesDialog(QDialog):
    """The whole import, from choosing the export to the result (``result``)."""

    def __init__(self, session: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs
        self.checked: logic.Checked | None = None
        self.job: logic.ImportJob | None = None
        self.result_: Any = None
        self._asked = 0  # the newest check asked for; older answers are dropped
        self.closed = False  # set once the dialog is done with: answers still on their way are dropped
        self.setWindowTitle(self.tr("Import notes"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(styled_label(self.tr(
            "Bring in notes from another journal. Nothing is stored until you choose Import, and importing the "
            "same notes again adds nothing."), "muted"))
        form = QFormLayout()
        self.format_box = QComboBox()
        for fmt, text in ((("dayone"), self.tr("Day One (JSON export: the .zip or its folder)")),
                          (("jrnl"), self.tr("jrnl (the file jrnl --export json writes)")),
                          (("markdown"), self.tr("Markdown folder (Obsidian, Logseq or plain notes)"))):
            self.format_box.addItem(text, fmt)
        a11y(self.format_box, self.tr("Format"))
        form.addRow(self.tr("&Format:"), self.format_box)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose the export"))
        a11y(self.path_edit, self.tr("Export file or folder"))
        self.file_button = QPushButton(self.tr("Choose &file…"))
        self.folder_button = QPushButton(self.tr("Choose f&older…"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        export_label = QLabel(self.tr("&Export:"))
        export_label.setBuddy(self.path_edit)
        form.addRow(export_label, row)
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(labels.kind_label(kind), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData("reflection"))
        a11y(self.kind_box, self.tr("Import as"))
        form.addRow(self.tr("Import &as:"), self.kind_box)
        self.partner_box = QComboBox()
        self.partner_box.addItem(self.tr("No partner"), "")
        a11y(self.partner_box, self.tr("Partner"))
        form.addRow(self.tr("&Partner:"), self.partner_box)
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(self.tr("Optional, for example imported"))
        a11y(self.tag_edit, self.tr("Tag every imported entry"))
        form.addRow(self.tr("Add &tag:"), self.tag_edit)
        outer.addLayout(form)
        outer.addWidget(styled_label(self.tr("What will arrive"), "subheading"))
        self.summary = styled_label("", selectable=True)
        self.titles = styled_label("", "muted", selectable=True)
        self.problem = styled_label("", "error", selectable=True)
        self.notice = styled_label("", "muted")  # what became of the last import tried here (cancelled)
        for label in (self.summary, self.titles, self.problem, self.notice):
            outer.addWidget(label)
            label.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        a11y(self.progress, self.tr("Import progress"))
        outer.addWidget(self.progress)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.import_button = primary_button(self.tr("Import"), self.tr("Import these notes into your vault"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        a11y(self.cancel_button, self.tr("Cancel"))
        plain_buttons(self.buttons)
        outer.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(lambda _t: self._timer.start())
        self.tag_edit.textChanged.connect(lambda _t: self._timer.start())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.check_now())
        self.partner_box.currentIndexChanged.connect(lambda _i: self.check_now())
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self._format_changed()
        session.call(logic.partner_names, self._partners)

    @staticmethod
    def _put(label: QLabel, text: str) -> None:
        """A preview line; an empty one takes no room."""
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    # ------------------------------------------------------------ choosing

    def request(self) -> logic.ImportRequest:
        return logic.ImportRequest(
            format=str(self.format_box.currentData()), path=self.path_edit.text().strip(),
            kind=str(self.kind_box.currentData()), partner=str(self.partner_box.currentData()) or None,
            tag=self.tag_edit.text())

    def _partners(self, names_: list[str]) -> None:
        if self.closed:
            return
        for name in names_:
            self.partner_box.addItem(name, name)

    def _format_changed(self) -> None:
        picks = logic.PICKS[str(self.format_box.currentData())]
        self.file_button.setVisible("file" in picks)
        self.folder_button.setVisible("folder" in picks)
        self.check_now()

    def choose_file(self) -> None:
        fmt = str(self.format_box.currentData())
        pattern = logic.FILE_FILTERS.get(fmt, "*")
        filter_ = self.tr("Exports (%1);;All files (*)").replace("%1", pattern)
        path = self.dialogs.open_file(self, self.tr("Choose the export file"), Path.home(), filter_)
        if path is not None:
            self.path_edit.setText(str(path))

    def choose_folder(self) -> None:
        path = self.dialogs.open_folder(self, self.tr("Choose the export folder"), Path.home())
        if path is not None:
            self.path_edit.setText(str(path))

    # ------------------------------------------------------------ the preview

    def check_now(self) -> None:
        self._timer.stop()
        request = self.request()
        self._asked += 1
        asked = self._asked
        self.checked = None
        self.import_button.setEnabled(False)
        if not request.ready:
            self._show(None)
            return
        self._put(self.summary, self.tr("Reading the export…"))
        self._put(self.titles, "")
        self._put(self.problem, "")
        self.session.call(lambda v: logic.check(v, request), lambda c: self._checked(asked, c))

    def _checked(self, asked: int, checked: logic.Checked) -> None:
        if self.closed or asked != self._asked or self.job is not None:
            return
        self.checked = checked
        self._show(checked)

    def _show(self, checked: logic.Checked | None) -> None:
        self._put(self.problem, "")
        self._put(self.titles, "")
        if checked is None:
            self._put(self.summary, self.tr("Choose an export to see what it holds."))
        elif checked.problem is not None:
            self._put(self.summary, "")
            self._put(self.problem, describe(checked.problem))
        else:
            p = checked.preview
            assert p is not None
            lines = [self.tr("%n new note(s) will arrive.", "", p.new)]
            if p.first_day and p.last_day:
                lines.append(self.tr("Written from %1 to %2.").replace("%1", friendly_date(p.first_day))
                             .replace("%2", friendly_date(p.last_day)))
            if p.attachments:
                lines.append(self.tr("With %n attached file(s).", "", p.attachments))
            if p.skipped:
                lines.append(self.tr("%n note(s) were imported before and will be skipped.", "", p.skipped))
            self._put(self.summary, "\n".join(lines))
            if p.first_titles:
                more = p.new - len(p.first_titles)
                text = self.tr("First: %1").replace("%1", names(p.first_titles))
                if more > 0:
                    text += " " + self.tr("and %n more.", "", more)
                self._put(self.titles, text)
        self.import_button.setEnabled(self.checked is not None and self.checked.can_import)

    # ------------------------------------------------------------ importing

    def _set_choosing(self, enabled: bool) -> None:
        for w in (self.format_box, self.path_edit, self.file_button, self.folder_button, self.kind_box,
                  self.partner_box, self.tag_edit, self.import_button):
            w.setEnabled(enabled)

    def start_import(self) -> None:
        if self.checked is None or not self.checked.can_import or self.job is not None:
            return
        job = self.job = logic.ImportJob(self.checked)
        self._put(self.notice, "")
        self._set_choosing(False)
        self.progress.setRange(0, max(1, job.total))
        self.progress.setValue(0)
        self.progress.setVisible(job.large)
        self._put(self.summary, self.tr("Importing %n note(s)…", "", job.total))
        self._poll.start()
        self.session.call(job.run, self._imported, self._failed)

    def _show_progress(self) -> None:
        if self.job is not None:
            self.progress.setValue(self.job.done)

    def _imported(self, result: Any) -> None:
        self._poll.stop()
        self.job = None
        self.result_ = result
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self._poll.stop()
        self.job = None
        self.progress.setVisible(False)
        self._set_choosing(True)
        if isinstance(exc, ImportCancelled):
            self._put(self.notice, self.tr("The import was cancelled; nothing was imported."))
            self.check_now()
            return True
        if isinstance(exc, MentorVaultError):
            self._put(self.summary, "")
            self._put(self.problem, describe(exc))
            self.import_button.setEnabled(False)
            return True
        return False

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._put(self.summary, self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None:  # Escape while importing cancels the import, not the dialog
            self.cancel()
            return
        super().reject()


def import_notes(window: Any) -> None:
    """File > Import notes…: the dialog, then the result in a sentence and the lists refreshed."""
    session = window.session
    if session is None:
        return
    workspace = window.workspace
    workspace.flush()
    dialog = ImportNotesDialog(session, window.services.dialogs, window)
    accepted = window.services.dialogs.run(dialog)
    result = dialog.result_
    dialog.closed = True
    dialog.deleteLater()
    if not accepted or result is None:
        return
    workspace.list_model.reload()
    workspace.refresh_sidebar()
    text = ImportNotes.tr("Imported %n entry(s).", "", result.imported)
    if result.skipped:
        text += " " + ImportNotes.tr("%n note(s) imported before were skipped.", "", result.skipped)
    window.services.dialogs.info(window, ImportNotes.tr("Notes imported"), text)


__all__ = ["ImportNotesDialog", "import_notes"]
