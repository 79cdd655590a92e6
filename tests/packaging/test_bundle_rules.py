"""packaging/bundle_rules.py: which Qt plugins, translations and libraries the bundle leaves out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import bundle_rules as rules  # noqa: E402

P = "PySide6/Qt/plugins/"


@pytest.mark.parametrize("filename, stem", [
    ("libqvnc.so", "qvnc"), ("qwindows.dll", "qwindows"), ("libqcocoa.dylib", "qcocoa"),
    ("libqgtk3.so", "qgtk3"), ("libqxcb.so.6", "qxcb"), ("PySide6\\Qt\\plugins\\platforms\\qdirect2d.dll", "qdirect2d"),
])
def test_plugin_stem(filename: str, stem: str) -> None:
    assert rules.plugin_stem(filename) == stem


@pytest.mark.parametrize("dest", [
    P + "platforms/libqvnc.so", P + "platforms/libqeglfs.so", P + "platforms/libqminimal.so",
    P + "platformthemes/libqgtk3.so", P + "generic/libqevdevmouseplugin.so",
    P + "egldeviceintegrations/libqeglfs-x11-integration.so", P + "imageformats/libqtiff.so",
    P + "imageformats/libqwebp.so", P + "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6\\Qt\\plugins\\platforms\\qdirect2d.dll", P + "sqldrivers/libqsqlite.so",
])
def test_cut_plugins(dest: str) -> None:
    assert rules.qt_plugin_cut(dest)


@pytest.mark.parametrize("dest", [
    P + "platforms/libqxcb.so", P + "platforms/libqwayland.so", P + "platforms/libqoffscreen.so",
    "PySide6\\Qt\\plugins\\platforms\\qwindows.dll", P + "platforms/libqcocoa.dylib",
    P + "platformthemes/libqxdgdesktopportal.so", P + "iconengines/libqsvgicon.so",
    P + "imageformats/libqsvg.so", P + "imageformats/libqjpeg.so", P + "imageformats/libqgif.so",
    P + "imageformats/libqico.so", P + "printsupport/libcupsprintersupport.so",
    P + "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    P + "platforminputcontexts/libibusplatforminputcontextplugin.so",
    P + "xcbglintegrations/libqxcb-glx-integration.so", P + "wayland-shell-integration/libxdg-shell.so",
    P + "wayland-decoration-client/libbradient.so", P + "styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/lib/libQt6Core.so.6", "libgtk-3.so.0", "plugins/platforms/libqvnc.so",
])
def test_kept_plugins_and_non_plugins(dest: str) -> None:
    assert not rules.qt_plugin_cut(dest)


def test_translations_follow_the_apps_own_languages(tmp_path: Path) -> None:
    assert rules.shipped_languages(tmp_path) == set()
    t = "PySide6/Qt/translations/"
    for name in ("qtbase_de.qm", "qt_de.qm", "qt_help_de.qm", "qtbase_pt_BR.qm"):
        assert rules.qt_translation_cut(t + name, set())
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "mentorvault_de.qm").write_bytes(b"")
    (tmp_path / "translations" / "mentorvault_pt_BR.qm").write_bytes(b"")
    langs = rules.shipped_languages(tmp_path)
    assert langs == {"de", "pt_BR"}
    assert not rules.qt_translation_cut(t + "qtbase_de.qm", langs)
    assert not rules.qt_translation_cut(t + "qtbase_pt_BR.qm", langs)
    assert rules.qt_translation_cut(t + "qt_help_de.qm", langs)
    assert rules.qt_translation_cut(t + "qtbase_fr.qm", langs)
    assert not rules.qt_translation_cut("resources/translations/mentorvault_de.qm", langs)


def test_the_real_resources_declare_no_languages_yet_or_valid_ones() -> None:
    for lang in rules.shipped_languages(REPO / "resources"):
        assert len(lang.split("_")[0]) in (2, 3)


def toc(*names: str) -> list[tuple[str, str, str]]:
    return [(n, "/src/" + Path(n).name, "BINARY") for n in names]


def test_prune_drops_what_only_cut_plugins_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = {
        "libqgtk3.so": {"libgtk-3.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6"},
        "libgtk-3.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},
        "libcairo.so.2": {"libpng16.so.16"},
        "libQt6Gui.so.6": {"libQt6Core.so.6", "libglib-2.0.so.0"},
        "libQt6Core.so.6": {"libglib-2.0.so.0"},
        "libqxcb.so": {"libQt6Gui.so.6"},
        "freetype.so": {"libpng16.so.16"},
    }

    def deps(src: str) -> set[str]:
        return graph.get(Path(src).name, set())

    monkeypatch.setattr(rules, "SYSTEM_PROVIDED", {})
    binaries = toc(P + "platformthemes/libqgtk3.so", P + "platforms/libqxcb.so", "libgtk-3.so.0",
                   "libcairo.so.2", "libpng16.so.16", "libglib-2.0.so.0", "PySide6/Qt/lib/libQt6Gui.so.6",
                   "PySide6/Qt/lib/libQt6Core.so.6", "freetype.so", "libloaded-by-ctypes.so")
    kept, dropped = rules.prune(binaries, rules.cut_binary, deps)
    assert sorted(d[0] for d in dropped) == [P + "platformthemes/libqgtk3.so", "libcairo.so.2", "libgtk-3.so.0"]
    kept_names = {k[0] for k in kept}
    assert {"libglib-2.0.so.0", "libpng16.so.16", "libloaded-by-ctypes.so"} <= kept_names


def test_prune_system_provided_library_takes_its_own_dependencies(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = {
        "libcupsprintersupport.so": {"libcups.so.2", "libQt6PrintSupport.so.6"},
        "libcups.so.2": {"libgnutls.so.30", "libz.so.1"},
        "libgnutls.so.30": {"libnettle.so.8"},
        "libQt6Core.so.6": {"libz.so.1"},
    }
    monkeypatch.setattr(rules, "SYSTEM_PROVIDED", {rules._platform(): {"libcups.so.2"}})
    binaries = toc(P + "printsupport/libcupsprintersupport.so", "libcups.so.2", "libgnutls.so.30",
                   "libnettle.so.8", "libz.so.1", "libQt6PrintSupport.so.6", "libQt6Core.so.6")
    kept, dropped = rules.prune(binaries, rules.cut_binary, lambda src: graph.get(Path(src).name, set()))
    assert sorted(d[0] for d in dropped) == ["libcups.so.2", "libgnutls.so.30", "libnettle.so.8"]
    assert P + "printsupport/libcupsprintersupport.so" in {k[0] for k in kept}
    assert "libz.so.1" in {k[0] for k in kept}  # Qt needs it too


def test_prune_keeps_symlinks_with_their_library(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = {"libqvnc.so": {"libQt6Network.so.6"}, "libqxcb.so": {"libQt6Gui.so.6"}}
    monkeypatch.setattr(rules, "SYSTEM_PROVIDED", {})
    binaries = toc(P + "platforms/libqvnc.so", P + "platforms/libqxcb.so",
                   "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6Gui.so.6")
    binaries += [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
                 ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")]
    kept, dropped = rules.prune(binaries, rules.cut_binary, lambda src: graph.get(Path(src).name, set()))
    assert {d[0] for d in dropped} == {P + "platforms/libqvnc.so", "PySide6/Qt/lib/libQt6Network.so.6",
                                       "libQt6Network.so.6"}
    assert {"libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"} <= {k[0] for k in kept}


@pytest.mark.skipif(sys.platform != "linux", reason="reads ELF headers with objdump")
def test_direct_dependencies_reads_elf() -> None:
    import shutil

    if not shutil.which("objdump"):
        pytest.skip("objdump is not installed (binutils)")
    import _ctypes

    assert "libc.so.6" in rules.direct_dependencies(_ctypes.__file__) | rules.direct_dependencies(sys.executable)
