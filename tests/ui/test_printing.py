"""ui/printing.py: the PDF is laid out without loading anything, written whole or not at all."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from mentorvault.ui import printing
from mentorvault.ui.logic.printdoc import PrintDocument

HOSTILE = ("![local](file:///etc/hostname) ![remote](https://tracker.example/p.png)\n\n"
           "<img src=\"file:///etc/passwd\"> <b>bold?</b>\n")


def test_nothing_is_loaded_and_html_stays_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = QTextDocument.loadResource

    def spy(self: Any, kind: int, url: Any) -> Any:
        asked.append(str(url))
        return real(self, kind, url)

    monkeypatch.setattr(QTextDocument, "loadResource", spy)
    doc = PrintDocument("Title", ["line"], ["# Entry\n\n" + HOSTILE])
    td = printing.layout(doc)
    assert "<b>bold?</b>" in td.toPlainText() and "local" in td.toPlainText()
    out = tmp_path / "n.pdf"
    printing.write_pdf(doc, out)
    assert asked == []
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "<b>bold?</b>" in text and "Title" in text


def test_a_failure_while_writing_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Any, printer: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing._InertDocument, "print_", broken)
    out = tmp_path / "n.pdf"
    out.write_bytes(b"the user's older file")
    with pytest.raises(Exception) as err:
        printing.write_pdf(PrintDocument("T", [], ["x"]), out)
    assert type(err.value).__name__ == "StorageFull"
    assert out.read_bytes() == b"the user's older file"
    assert sorted(os.listdir(tmp_path)) == ["config", "n.pdf"]  # (config: the UI tests' private settings)


def test_each_section_starts_a_new_page(tmp_path: Path) -> None:
    out = tmp_path / "n.pdf"
    printing.write_pdf(PrintDocument("T", ["a"], ["# One", "# Two", "# Three"]), out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert any(line.split() == ["Pages:", "4"] for line in info.splitlines())
    page3 = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Two" in page3 and "One" not in page3 and "Three" not in page3
