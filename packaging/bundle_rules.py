"""What the MentorVault bundle leaves out beyond PyInstaller's defaults, and why.

Used by ``mentorvault.spec`` (to trim PyInstaller's Analysis) and by ``check_bundle.py``
(to check a built folder).  Pure data and functions; the PyInstaller-specific parts are
imported only inside the functions that need them.

The app is a Qt Widgets program that draws with the raster engine, shows its own SVG icons,
prints (the recovery key) and never touches the network.  PyInstaller's PySide6 hooks collect
every plugin of QtGui/QtWidgets, which brings in kiosk and embedded platforms, image formats
the app never reads, and the GTK 3 platform theme with the whole GTK stack of the build
machine.  Those are cut here, together with the libraries only they needed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

ALL = "*"

# Qt plugins left out, by plugin folder; names without "lib" prefix or extension.
CUT_QT_PLUGINS: dict[str, set[str] | str] = {
    # Kiosk and embedded back ends (framebuffer, EGL full screen, VNC, Vulkan display), the
    # "minimal" test platform and Windows' experimental Direct2D one.  Kept: xcb (X11),
    # wayland, offscreen (tests, headless), windows, cocoa.
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay", "qminimal", "qdirect2d"},
    "egldeviceintegrations": ALL,  # only used by eglfs
    "generic": ALL,  # evdev/tslib/TUIO input for framebuffer kiosks; loaded only on request
    # The GTK 3 theme links GTK, GDK, Pango, Cairo, ATK... (~25 MB of the build machine's
    # libraries, and a classic source of clashes with the user's own newer GTK).  Without it
    # Qt uses its built-in GNOME/KDE/generic themes, which follow the light/dark setting via
    # the desktop portal, and the xdgdesktopportal theme (kept) for native file dialogs.
    "platformthemes": {"qgtk3"},
    # The app only reads its own SVG icons and PNGs (built into Qt); keep SVG, JPEG, GIF and
    # ICO for pasted or themed images, cut the rest.
    "imageformats": {"qicns", "qtga", "qtiff", "qwbmp", "qwebp", "qpdf", "qmacheif", "qmacjp2", "qheif", "qjp2"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},  # needs Qt Quick
    # Wayland: desktop compositors (GNOME, KDE, wlroots) all speak xdg-shell, which is kept;
    # the others are for in-car (ivi), kiosk (fullscreen), Qt's own compositor (qt-shell) and
    # the deprecated wl_shell.  The "-server" buffer integrations only work against a Qt
    # compositor offering server buffers; the EGL client integration is kept.
    "wayland-shell-integration": {"ivi-shell", "fullscreen-shell-v1", "qt-shell", "wl-shell-plugin"},
    "wayland-graphics-integration-client": {"dmabuf-server", "drm-egl-server", "shm-emulation-server",
                                            "vulkan-server"},
    # Plugins of Qt modules the app does not use (normally absent, as the modules are excluded).
    "qmltooling": ALL, "sqldrivers": ALL, "networkinformation": ALL, "tls": ALL, "designer": ALL,
    "multimedia": ALL, "position": ALL, "sensors": ALL, "webview": ALL, "geometryloaders": ALL,
    "sceneparsers": ALL, "renderers": ALL, "renderplugins": ALL, "scenegraph": ALL, "texttospeech": ALL,
}

# Files left out by name, on one platform.
CUT_FILES: dict[str, set[str]] = {
    # Software OpenGL and the Direct3D shader compiler: for Qt Quick and OpenGL widgets, which
    # the app does not use (its widgets are drawn without OpenGL).
    "win32": {"opengl32sw.dll", "d3dcompiler_47.dll"},
}

# Libraries the app uses from the user's system instead of bundling a copy of the build
# machine's.  libcups: the CUPS print plugin loads it when the user prints (the recovery
# key); every desktop with a printer setup has it, it must match the system's CUPS, and it
# brings GnuTLS, Kerberos and Avahi (~8 MB) that would otherwise be frozen at the builder's
# versions.  Without it, Qt's print dialog still offers "Print to PDF".
SYSTEM_PROVIDED: dict[str, set[str]] = {
    "linux": {"libcups.so.2"},
}


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def plugin_stem(filename: str) -> str:
    """'libqvnc.so' -> 'qvnc', 'qwindows.dll' -> 'qwindows', 'libqcocoa.dylib' -> 'qcocoa'."""
    name = PurePosixPath(filename.replace("\\", "/")).name
    name = re.sub(r"\.(so(\.\d+)*|dll|dylib)$", "", name)
    return name[3:] if name.startswith("lib") else name


def qt_plugin_cut(dest: str) -> bool:
    """True for a bundled Qt plugin (by destination path) that the app leaves out."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return False
    i = parts.index("plugins")
    if i == 0 or parts[i - 1] != "Qt" or len(parts) < i + 3:
        return False
    folder, filename = parts[i + 1], parts[-1]
    rule = CUT_QT_PLUGINS.get(folder)
    return rule == ALL or (isinstance(rule, set) and plugin_stem(filename) in rule)


def shipped_languages(resources: os.PathLike[str] | str) -> set[str]:
    """Languages the app itself is translated into: resources/translations/<anything>_<lang>.qm."""
    folder = os.path.join(resources, "translations")
    if not os.path.isdir(folder):
        return set()
    langs = set()
    for name in os.listdir(folder):
        m = re.match(r"^[A-Za-z0-9-]+?_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$", name)
        if m:
            langs.add(m.group(1))
    return langs


def qt_translation_cut(dest: str, languages: set[str]) -> bool:
    """Qt's own catalogues are kept only for the languages the app ships (en, de, es).

    ``ui/language.py`` installs ``qtbase_<lang>.qm`` beside the app's own catalogue, so Qt's
    standard buttons and dialogs speak the window's language; the other languages' files
    are never read.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "translations" not in parts or not parts[-1].endswith(".qm"):
        return False
    i = parts.index("translations")
    if i == 0 or parts[i - 1] != "Qt":
        return False
    m = re.match(r"^qtbase_(.+)\.qm$", parts[-1])
    return not (m and (m.group(1) in languages or m.group(1).split("_")[0] in languages))


def file_cut(dest: str) -> bool:
    name = PurePosixPath(dest.replace("\\", "/")).name.lower()
    return name in CUT_FILES.get(_platform(), set())


def system_provided(name: str) -> bool:
    return PurePosixPath(name).name in SYSTEM_PROVIDED.get(_platform(), set())


# --------------------------------------------------------------- library dependencies


def direct_dependencies(path: str) -> set[str]:
    """Base names of the shared libraries a binary links directly (not transitively)."""
    if sys.platform.startswith("linux"):
        try:
            out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return set()
        return set(re.findall(r"^\s+NEEDED\s+(\S+)$", out, re.M))
    from PyInstaller.depend import bindepend  # macOS and Windows: its readers are direct already

    return {os.path.basename(name) for name, _ in bindepend.get_imports(path)}


def prune(binaries: Iterable[tuple[str, str, str]], cut: Callable[[str], bool],
          deps: Callable[[str], set[str]] = direct_dependencies) -> tuple[list, list]:
    """Drop the binaries ``cut`` selects, then every library nothing left needs.

    ``binaries`` is PyInstaller's TOC: (destination, source, typecode).  A library is dropped
    only if it was reachable from a cut binary and is not reachable from anything kept, so
    libraries loaded by other means (ctypes) or needed by a kept binary always stay.
    Returns (kept, dropped).
    """
    toc = list(binaries)
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in toc:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)

    def closure(roots: Iterable[tuple[str, str, str]], stop: Callable[[str], bool]) -> set[str]:
        seen: set[str] = set()
        todo = [e for e in roots]
        while todo:
            entry = todo.pop()
            if entry[2] == "SYMLINK":
                continue
            for name in deps(entry[1]):
                if name in seen or name not in by_name or stop(name):
                    continue
                seen.add(name)
                todo.extend(by_name[name])
        return seen

    cut_entries = [e for e in toc if cut(e[0])]
    cut_names = {PurePosixPath(e[0].replace("\\", "/")).name for e in cut_entries}
    candidates = closure(cut_entries, stop=lambda n: False) - cut_names
    kept_roots = [e for e in toc if not cut(e[0])
                  and PurePosixPath(e[0].replace("\\", "/")).name not in candidates]
    # A system-provided library is not bundled, so what only it needs is not needed either.
    needed = closure(kept_roots, stop=system_provided)
    drop_names = cut_names | (candidates - needed)
    kept, dropped = [], []
    for entry in toc:
        name = PurePosixPath(entry[0].replace("\\", "/")).name
        (dropped if cut(entry[0]) or name in drop_names else kept).append(entry)
    return kept, dropped


def cut_binary(dest: str) -> bool:
    return qt_plugin_cut(dest) or file_cut(dest) or system_provided(dest)
