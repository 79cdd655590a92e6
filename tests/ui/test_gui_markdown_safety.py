"""Previews render Markdown as text: raw HTML stays inert text and no image (remote or local) is loaded."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextImageFormat

from mentorvault.ui.editor import GrowingBrowser
from mentorvault.ui.readonly import SafeBrowser

HOSTILE = (
    "# Notes\n\n<script>alert('x')</script>\n\n<b onmouseover=\"steal()\">bold?</b>\n\n"
    "![tracker](https://tracker.example/pixel.png) and <img src=\"http://evil.example/x.png\">\n\n"
    "[a link](javascript:alert(1))\n"
)


def _images(browser: SafeBrowser) -> list[str]:
    found = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return found


def test_previews_show_html_as_text_and_load_nothing(qtbot: Any) -> None:
    loaded: list[str] = []
    for browser in (GrowingBrowser(), SafeBrowser()):
        qtbot.addWidget(browser)
        original = browser.loadResource

        def spy(kind: int, url: Any, original: Any = original) -> Any:
            loaded.append(url.toString())
            return original(kind, url)

        browser.loadResource = spy  # type: ignore[method-assign]
        browser.set_markdown(HOSTILE)
        browser.show()
        qtbot.wait(50)
        text = browser.toPlainText()
        assert "<script>alert('x')</script>" in text  # shown, not interpreted
        assert "<img src=" in text
        assert _images(browser) == []
    assert loaded == []
