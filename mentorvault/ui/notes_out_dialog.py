"""File > Export notes...: the format, which entries, where, and, before anything is written, that the
output is not encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorvault.errors import NotesExportError
from mentorvault.ui.errors import describe
from mentorvault.ui.logic import notes_out as logic
from mentorvault.ui.services import Services
from mentorvault.ui.widgets import Notice, a11y, plain_buttons, primary_button, styled_label


class ExportNotesDialog(QDialog):
    def __init__(self, services: Services, counts: dict[str, int], shown_name: str, open_title: str | None,
                 start: Path, today: str, parent: QWidget | None = None, *, hidden: int = 0) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.counts = {**counts, logic.OPEN: 1 if open_title else 0}
        self.setWindowTitle(self.tr("Export notes"))
        self.setMinimumWidth(560)
        col = QVBoxLayout(self)
        col.setSpacing(8)
        col.addWidget(styled_label(self.tr(
            "Write entries out of the vault: to read or print (PDF), to keep in any notes app (Markdown), or for "
            "other programs (JSON)."), "muted"))

        col.addWidget(styled_label(self.tr("Format"), "subheading"))
        self.formats = QButtonGroup(self)
        texts = {"pdf": self.tr("PDF, laid out for reading and printing"),
                 "markdown": self.tr("Markdown: a folder with one file per entry, attachments beside them"),
                 "json": self.tr("JSON: one file, for other programs")}
        for n, fmt in enumerate(logic.FORMATS):
            button = QRadioButton(texts[fmt])
            a11y(button, texts[fmt])
            self.formats.addButton(button, n)
            col.addWidget(button)
        self.formats.button(0).setChecked(True)

        col.addWidget(styled_label(self.tr("Which entries"), "subheading"))
        self.scopes = QButtonGroup(self)
        self.scope_names = [logic.ALL, logic.SHOWN, logic.OPEN]
        scope_texts = [
            self.tr("All entries (%n)", "", counts.get(logic.ALL, 0)),
            self.tr("The entries in the list now: %1 (%n)", "", counts.get(logic.SHOWN, 0)).replace("%1", shown_name),
            self.tr("The open entry: %1").replace("%1", open_title or "") if open_title else self.tr(
                "The open entry (none is open)"),
        ]
        for n, text in enumerate(scope_texts):
            button = QRadioButton(text)
            a11y(button, text)
            self.scopes.addButton(button, n)
            col.addWidget(button)
        if hidden:
            col.addWidget(styled_label(self.tr(
                "%n protected entries stay out while they are hidden. To include them, choose Show protected "
                "entries… first.", "", hidden), "muted"))
        self.scopes.button(2).setEnabled(bool(open_title))
        self.scopes.button(1).setEnabled(counts.get(logic.SHOWN, 0) > 0)
        self.scopes.button(0).setChecked(True)

        col.addWidget(styled_label(self.tr("Where"), "subheading"))
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        a11y(self.path_edit, self.tr("Where the export goes"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        a11y(self.choose_button, self.tr("Choose where the export goes"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        col.addLayout(row)
        self.start = start
        self.agreed_to_replace: Path | None = None  # a file the save dialog asked about, and the user said yes
        self.path_edit.setText(str(start / logic.default_name("pdf", self.tr("MentorVault notes"), today)))

        self.problem = styled_label("", "inline-error")
        col.addWidget(self.problem)
        self.warning = Notice("warning", "shield")
        col.addWidget(self.warning)
        col.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.export_button = primary_button(self.tr("Export"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.accept)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        a11y(cancel, self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self.formats.idToggled.connect(self._format_changed)
        self.scopes.idToggled.connect(lambda _id, _on: self._update())
        self.path_edit.textChanged.connect(self._update)
        self._update()

    @property
    def format(self) -> str:
        return logic.FORMATS[max(0, self.formats.checkedId())]

    @property
    def scope(self) -> str:
        return self.scope_names[max(0, self.scopes.checkedId())]

    def out(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _format_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        out = self.out()
        if out is not None:
            stem = out.name
            for suffix in (".pdf", ".json"):
                stem = stem.removesuffix(suffix)
            self.path_edit.setText(str(out.with_name(stem + logic.SUFFIX[self.format])))
        self._update()

    def choose(self) -> None:
        out = self.out()
        title = (self.tr("Export to a new folder") if self.format == "markdown" else self.tr("Export to a file"))
        files = {"pdf": QCoreApplication.translate("Files", "PDF documents (*.pdf)"),
                 "json": QCoreApplication.translate("Files", "JSON files (*.json)"), "markdown": ""}
        chosen = self.services.dialogs.save_file(self, title, out or self.start, files[self.format])
        if chosen is not None:
            if self.format != "markdown" and not chosen.suffix:
                chosen = chosen.with_name(chosen.name + logic.SUFFIX[self.format])
            self.agreed_to_replace = chosen  # the file dialog asked before a file there was replaced
            self.path_edit.setText(str(chosen))
            self._update()  # also when the same path was typed before

    def warning_text(self) -> str:
        out = self.out()
        where = str(out) if out is not None else self.tr("the place you choose")
        what = {"pdf": self.tr("a PDF"), "markdown": self.tr("a folder of plain text files"),
                "json": self.tr("a plain text file")}[self.format]
        return self.tr("Not encrypted: the export is written as %1 to %2. Anyone who can open that place can read "
                       "it. Keep it somewhere safe, and delete it when you no longer need it.").replace(
            "%1", what).replace("%2", where)

    def problem_text(self) -> str:
        out = self.out()
        if not self.counts.get(self.scope, 0):
            return self.tr("There are no entries to export yet.")
        if out is None:
            return self.tr("Choose where the export goes.")
        reason = logic.target_problem(self.format, out, replace=out == self.agreed_to_replace)
        return describe(NotesExportError(path=str(out), reason=reason)) if reason else ""

    def _update(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setAccessibleName(problem)
        self.problem.setVisible(bool(problem))
        self.warning.set_text(self.warning_text())
        self.export_button.setEnabled(not problem)

    def request(self) -> logic.ExportRequest | None:
        out = self.out()
        if out is None or self.problem_text():
            return None
        return logic.ExportRequest(self.format, self.scope, out)


__all__ = ["ExportNotesDialog"]
