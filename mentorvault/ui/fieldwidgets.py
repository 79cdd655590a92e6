"""Editor widgets generated from a kind's field specs (text, long text, date, choice, number, lists)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.kinds import DATE, ENUM, INT, ITEMS, LIST, LONGTEXT, TEXT, URL, FieldSpec
from mentorvault.ui import labels
from mentorvault.ui.spelling import SpellLineEdit
from mentorvault.ui.widgets import a11y, text_area
from mentorvault.ui.wording import date_format


class GrowingTextEdit(QTextEdit):
    """Plain text that grows with its content, so the editor has one scroll bar, not many."""

    def __init__(self, min_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        text_area(self)  # Tab moves on (Ctrl+Tab types a tab); misspelt words are underlined
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.min_lines = min_lines
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        line = self.fontMetrics().lineSpacing()
        height = max(int(doc.size().height()), self.min_lines * line + int(doc.documentMargin() * 2))
        margins = self.contentsMargins()
        self.setFixedHeight(height + margins.top() + margins.bottom() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class FieldWidget(QWidget):
    """One field: ``value()`` gives what validate_content expects, ``set_value`` fills it."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def name(self) -> str:
        return labels.field_label(self.spec)


class TextField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit() if spec.type == URL else SpellLineEdit()
        a11y(self.edit, self.name(), labels.field_help(spec))
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # show the start of a long value, not its end


class LongTextField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, min_lines: int = 2) -> None:
        super().__init__(spec, parent)
        self.edit = GrowingTextEdit(min_lines)
        a11y(self.edit, self.name(), labels.field_help(spec))
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        text = self.edit.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.set_text("" if value is None else str(value))

    def append_paragraph(self, text: str) -> None:
        current = self.edit.text().rstrip()
        self.edit.setPlainText((current + "\n\n" if current else "") + text + "\n")
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.edit.setFocus()


class DateField(FieldWidget):
    """A date, or none: optional dates start with an "Add date" button rather than a fake date."""

    def __init__(self, spec: FieldSpec, today: Callable[[], _dt.date], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._today = today
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setMinimumWidth(130)
        a11y(self.edit, self.name(), labels.field_help(spec))
        self.edit.dateChanged.connect(lambda _: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add a date"))
        a11y(self.add_button, self.tr("Add a date: %1").replace("%1", self.name()))
        self.add_button.clicked.connect(self._add)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        a11y(self.clear_button, self.tr("Remove the date: %1").replace("%1", self.name()))
        self.clear_button.clicked.connect(self._clear)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.add_button)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self._empty = True
        self._show()
        self.setFocusProxy(self.edit)

    def _show(self) -> None:
        self.edit.setVisible(not self._empty)
        self.clear_button.setVisible(not self._empty and not self.spec.required)
        self.add_button.setVisible(self._empty)
        self.setFocusProxy(self.add_button if self._empty else self.edit)

    def _add(self) -> None:
        d = self._today()
        self._empty = False
        self.edit.setDate(QDate(d.year, d.month, d.day))
        self._show()
        self.edit.setFocus()
        self.changed.emit()

    def _clear(self) -> None:
        self._empty = True
        self._show()
        self.add_button.setFocus()
        self.changed.emit()

    def value(self) -> Any:
        if self._empty:
            return None
        return self.edit.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        d = None
        if isinstance(value, str) and value:
            try:
                d = _dt.date.fromisoformat(value[:10])
            except ValueError:
                d = None
        if d is None and self.spec.required:
            d = self._today()
        self._empty = d is None
        if d is not None:
            self.edit.blockSignals(True)
            self.edit.setDate(QDate(d.year, d.month, d.day))
            self.edit.blockSignals(False)
        self._show()


class EnumField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        a11y(self.combo, self.name(), labels.field_help(spec))
        if not spec.required and spec.default is None:
            self.combo.addItem(self.tr("—"), None)
        for choice in spec.choices:
            self.combo.addItem(labels.choice_label(choice), choice)
        self.combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        if value is None:
            value = self.spec.default
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, i))


class IntField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = QSpinBox()
        low = spec.minimum if spec.minimum is not None else 0
        high = spec.maximum if spec.maximum is not None else 1_000_000
        self.spin.setRange(low - 1, high)
        self.spin.setSpecialValueText(self.tr("—"))
        self.spin.setMinimumWidth(80)
        a11y(self.spin, self.name(), labels.field_help(spec))
        self.spin.valueChanged.connect(lambda _: self.changed.emit())
        self._layout.addWidget(self.spin)
        self._layout.addStretch(1)
        self.setFocusProxy(self.spin)

    def value(self) -> Any:
        v = self.spin.value()
        return None if v == self.spin.minimum() else v

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value) if isinstance(value, int) else self.spin.minimum())


class ListField(FieldWidget):
    """A list of one-line texts, typed one per line."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = GrowingTextEdit(2)
        self.edit.setPlaceholderText(self.tr("One per line"))
        a11y(self.edit, self.name(), labels.field_help(spec) or self.tr("One item per line"))
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return [line.strip() for line in self.edit.text().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        self.edit.set_text("\n".join(str(v) for v in items))


class _ItemRow(QFrame):
    changed = Signal()
    removeRequested = Signal(object)

    def __init__(self, spec: FieldSpec, today: Callable[[], _dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widgets: dict[str, FieldWidget] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for i, sub in enumerate(spec.subfields):
            w = make_field_widget(sub, today)
            self.widgets[sub.name] = w
            w.changed.connect(self.changed)
            row.addWidget(w, 4 if i == 0 else 0)
        self.remove = QToolButton()
        self.remove.setText("×")
        a11y(self.remove, self.tr("Remove this item"))
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        row.addWidget(self.remove)

    def value(self) -> dict[str, Any]:
        return {k: v for k, w in self.widgets.items() if (v := w.value()) not in (None, "", [])}

    def set_value(self, item: dict[str, Any]) -> None:
        for name, w in self.widgets.items():
            w.blockSignals(True)
            w.set_value(item.get(name))
            w.blockSignals(False)


class ItemsField(FieldWidget):
    """Small objects (agenda items, micro-goals): one row each, with add and remove."""

    def __init__(self, spec: FieldSpec, today: Callable[[], _dt.date], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._today = today
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        box.addLayout(self.rows_box)
        self.add_button = QPushButton(self.tr("Add"))
        a11y(self.add_button, self.tr("Add to: %1").replace("%1", self.name()))
        self.add_button.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box.addLayout(add_row)
        self._layout.addLayout(box)
        self.rows: list[_ItemRow] = []
        self.setFocusProxy(self.add_button)

    def _add_clicked(self) -> None:
        row = self.add_row({})
        first = row.widgets[self.spec.subfields[0].name]
        first.setFocus()
        self.changed.emit()

    def add_row(self, item: dict[str, Any]) -> _ItemRow:
        row = _ItemRow(self.spec, self._today)
        row.set_value(item)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self._remove)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def _remove(self, row: _ItemRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self.add_button.setFocus()
            self.changed.emit()

    def value(self) -> Any:
        first = self.spec.subfields[0].name
        return [v for v in (r.value() for r in self.rows) if v.get(first)]

    def set_value(self, value: Any) -> None:
        for r in self.rows:
            r.setParent(None)
            r.deleteLater()
        self.rows = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                self.add_row(item)


class StepsField(FieldWidget):
    """A goal's small steps: one StepRow each (the control the Goals board shows too), and Add."""

    def __init__(self, spec: FieldSpec, today: Callable[[], _dt.date], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._today = today
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(2)
        box.addLayout(self.rows_box)
        self.add_button = QPushButton(self.tr("Add a step"))
        a11y(self.add_button, self.tr("Add to: %1").replace("%1", self.name()))
        self.add_button.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box.addLayout(add_row)
        self._layout.addLayout(box)
        self.rows: list[Any] = []  # StepRow
        self.setFocusProxy(self.add_button)

    def _add_clicked(self) -> None:
        row = self.add_row({})
        assert row.title_edit is not None
        row.title_edit.setFocus()
        self.changed.emit()

    def add_row(self, item: dict[str, Any]) -> Any:
        from mentorvault.ui.steps import StepRow

        row = StepRow(True, self._today)
        row.set_value(item)
        row.changed.connect(self.changed)
        row.removeRequested.connect(self._remove)
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def _remove(self, row: Any) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self.add_button.setFocus()
            self.changed.emit()

    def value(self) -> Any:
        return [v for v in (r.value() for r in self.rows) if v.get("title")]

    def set_value(self, value: Any) -> None:
        for r in self.rows:
            r.setParent(None)
            r.deleteLater()
        self.rows = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                self.add_row(item)


def make_field_widget(spec: FieldSpec, today: Callable[[], _dt.date] = _dt.date.today) -> FieldWidget:
    if spec.type in (TEXT, URL):
        return TextField(spec)
    if spec.type == LONGTEXT:
        return LongTextField(spec)
    if spec.type == DATE:
        return DateField(spec, today)
    if spec.type == ENUM:
        return EnumField(spec)
    if spec.type == INT:
        return IntField(spec)
    if spec.type == LIST:
        return ListField(spec)
    if spec.type == ITEMS and [s.name for s in spec.subfields] == ["title", "status", "completed"]:
        return StepsField(spec, today)  # a goal's steps: the same control as on the Goals board
    if spec.type == ITEMS:
        return ItemsField(spec, today)
    raise ValueError(f"no widget for field type {spec.type}")


__all__ = ["make_field_widget", "FieldWidget", "GrowingTextEdit", "StepsField"]
