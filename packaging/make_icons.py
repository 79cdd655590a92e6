"""Render the app icon for desktops: hicolor PNGs, a Windows .ico and a macOS .icns.

The one source is ``resources/icons/mentorvault.svg``.  Run this after changing it:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

and commit what it writes under ``packaging/icons/``:

    hicolor/scalable/apps/io.github.mentorvault.MentorVault.svg   (a copy of the source)
    hicolor/<N>x<N>/apps/io.github.mentorvault.MentorVault.png    (N = 16 ... 512)
    mentorvault.ico     PNG-compressed sizes 16-256, for the Windows build
    mentorvault.icns    sizes 16-1024, for the macOS build

``--check`` only verifies that the committed files exist, have the right sizes and that
the SVG copy matches the source (the tests run it); it renders nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "io.github.mentorvault.MentorVault"
SOURCE = ROOT / "resources" / "icons" / "mentorvault.svg"
OUT = HERE / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024),
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_path(size: int) -> Path:
    return OUT / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return OUT / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != PNG_MAGIC or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def render_png(size: int) -> bytes:
    """The SVG rendered to a square, transparent PNG of ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise SystemExit(f"cannot encode a {size}px PNG")
    buf.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNG-compressed (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def build_icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt alive)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, svg_path())
    (OUT / "mentorvault.ico").write_bytes(build_ico(pngs))
    (OUT / "mentorvault.icns").write_bytes(build_icns(pngs))
    for path in sorted(OUT.rglob("*")):
        if path.is_file():
            print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")


def check() -> list[str]:
    """Problems with the committed icons (an empty list when all is well)."""
    problems: list[str] = []
    if not svg_path().is_file() or svg_path().read_bytes() != SOURCE.read_bytes():
        problems.append(f"{svg_path().relative_to(ROOT)} differs from {SOURCE.relative_to(ROOT)}")
    for size in PNG_SIZES:
        path = png_path(size)
        try:
            if png_size(path.read_bytes()) != (size, size):
                problems.append(f"{path.relative_to(ROOT)} is not {size}x{size}")
        except (OSError, ValueError) as exc:
            problems.append(f"{path.relative_to(ROOT)}: {exc}")
    for name, magic in (("mentorvault.ico", b"\0\0\1\0"), ("mentorvault.icns", b"icns")):
        path = OUT / name
        if not path.is_file():
            problems.append(f"{path.relative_to(ROOT)} is missing")
        elif not path.read_bytes().startswith(magic):
            problems.append(f"{path.relative_to(ROOT)} is not an {name.rsplit('.', 1)[1]} file")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the committed icons; render nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(f"icon problem: {p}", file=sys.stderr)
        return 1 if problems else 0
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
